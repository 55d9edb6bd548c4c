// A fix that moves every name a file takes from a module with moved exports also stops the file
// loading that module: when the module runs code of its own at load, that change is only suggested.
import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import { parse } from '@typescript-eslint/typescript-estree';
import rule from '../../../src/rules/canonical-imports/index.js';
import { hasLoadEffects } from '../../../src/rules/canonical-imports/load-effects.js';
import { tempProject } from '../../helpers/temp-project.js';

const project = tempProject('ssot-moved-load-effects-');
const settings = { ssot: { rootDir: project.root } };
const filename = `${project.root}/src/use.ts`;
project.write('src/helpers.ts', 'export function shout(text: string): string {\n  return text.toUpperCase();\n}\n');
const MOVED = "\n/** @deprecated moved to ./helpers */\nexport { shout } from './helpers';\n";
// Registers itself when loaded, and one that only declares.
project.write(
  'src/registry.ts',
  `export const names: string[] = [];\nnames.push('registry');\nexport function register(name: string): void {\n  names.push(name);\n}\n${MOVED}`,
);
project.write('src/strings.ts', `export function trim(text: string): string {\n  return text.trim();\n}\n${MOVED}`);

new RuleTester().run('canonical-imports', rule, {
  valid: [],
  invalid: [
    {
      filename,
      code: "import { shout } from './registry';",
      output: null,
      errors: [
        {
          messageId: 'moved',
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'useMovedModuleLoadEffects',
              data: { name: 'shout', canonical: './helpers', module: 'src/registry.ts' },
              output: "import { shout } from './helpers';",
            },
          ],
        },
      ],
      settings,
      name: 'the last name taken from a module that runs code at load: suggested',
    },
    {
      filename,
      code: "import { shout, register } from './registry';",
      output: "import { register } from './registry';\nimport { shout } from './helpers';",
      errors: [{ messageId: 'moved', line: 1, column: 10, endLine: 1, endColumn: 15 }],
      settings,
      name: 'a name stays: the file still loads the module, so the fix is applied',
    },
    {
      filename,
      code: "import { shout } from './strings';",
      output: "import { shout } from './helpers';",
      errors: [{ messageId: 'moved', line: 1, column: 10, endLine: 1, endColumn: 15 }],
      settings,
      name: 'a module that only declares: the fix is applied',
    },
  ],
});

describe('hasLoadEffects', () => {
  const effects = (code: string) => hasLoadEffects(parse(code, { range: true }));

  it('finds calls, assignments, side-effect imports, decorators and static blocks at the top level', () => {
    for (const code of [
      "import './polyfill';",
      'setUp();',
      'export const client = createClient();',
      'globalThis.x = 1;',
      'export class A { static { init(); } }',
      '@Injectable() export class B {}',
      'export class C { static cache = new Map(); }',
      'export default register();',
    ]) {
      expect(effects(code), code).toBe(true);
    }
  });

  it('finds none in declarations, imports of names, re-exports and literal values', () => {
    expect(
      effects(
        [
          "'use client';",
          "import { a } from './a';",
          "import type { T } from './t';",
          "export * from './b';",
          "export { c } from './c';",
          'export const LIMIT = 10, NAMES = [`a${LIMIT}`, ...[]], MAP = { a: 1, [LIMIT]: -1 } as const;',
          'export function f() { return g(); }',
          'export class D { static label = "d"; run() { go(); } }',
          'export enum E { A = 1, B = A << 1 }',
          'export interface I {}',
          'export default f;',
        ].join('\n'),
      ),
    ).toBe(false);
  });
});
