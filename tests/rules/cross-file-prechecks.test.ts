// The text tests that spare cross-file analyses a parse: they may let a file through needlessly,
// never rule out one that could matter.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { enumLookup, moduleEnums, resolveImport } from '../../src/rules/no-deprecated-enum-members/resolution.js';
import {
  mayExportEnum,
  mayLeadToDeprecatedEnum,
  sketchEnumExports,
} from '../../src/rules/no-deprecated-enum-members/enum-text.js';
import { shimExportsOf } from '../../src/rules/canonical-imports/shims.js';
import { codeOnly, mayBeShim } from '../../src/rules/canonical-imports/shim-text.js';
import { parsesDuring, tempProject } from '../helpers/temp-project.js';

const { root, write } = tempProject('ssot-prechecks-');

/**
 * Whether a module's text shows enum syntax or a forwarding export, the two patterns the rule's
 * pre-check (`mayLeadToDeprecatedEnum`) is made of: with a `@deprecated` tag in the text and no
 * configured names, it answers exactly that. (src/ had this as `mayLeadToEnum`, used by no rule.)
 */
function mayLeadToEnum(text: string): boolean {
  return mayLeadToDeprecatedEnum(`/** @deprecated */\n${text}`, []);
}

describe('mayLeadToEnum', () => {
  it.each([
    ['an enum', 'export enum A { B }'],
    ['a const enum', 'const enum A { B }\nexport { A };'],
    ['an `as const` object', 'export const X = { a: 1 } as const;'],
    ['an `as const` with comments inside', 'export const X = { a: 1 } // values\n  as /* frozen */ const;'],
    ['a parenthesized `as const` object', 'export const X = ({ a: 1 }) as const;'],
    ['an `Object.freeze` object', 'export const X = Object.freeze({ a: 1 });'],
    ['an escaped name', "export const X = Object['fr\\x65eze']({ a: 1 });"],
    ['`export *`', "export * from './a';"],
    ['`export * as`', "export * as ns from './a';"],
    ['`export { } from`', "export { A as B } from './a';"],
    ['`export type { } from`', "export type { A } from './a';"],
    ['a re-exported import', "import { A } from './a';\nexport { A };"],
    ['a default-exported import', "import A from './a';\nexport default A;"],
    ['a parenthesized default export', "import A from './a';\nexport default (A);"],
    ['an import named `async` exported as default', "import async from './a';\nexport default async;"],
  ])('lets through %s', (_, text) => {
    expect(mayLeadToEnum(text)).toBe(true);
  });

  it.each([
    ['deprecated functions', '/** @deprecated Use g. */\nexport function f() {}\nexport default function g() {}'],
    ['classes and casts', 'export default class X {}\nexport const y = 1 as number;'],
    ['`as const` arrays and strings', "export const sizes = ['s', 'm'] as const;\nconst size = 's' as const;"],
    ['a default async function', 'export default async function load() {}'],
    ['uses of imports', "import { a } from './a';\nexport function f() {\n  return a.b;\n}"],
  ])('rules out a module with only %s', (_, text) => {
    expect(mayLeadToEnum(text)).toBe(false);
  });

  it.each([
    ['many comments', 'export /* a */ /* b */ function f() {}\n'.repeat(20_000)],
    [
      'line comments full of `//`',
      `export // ${'see https://example.com // '.repeat(40)}\nfunction f() {}\n}${' // x'.repeat(40)}\n`.repeat(200),
    ],
  ])('stays fast on long modules with %s', (_, text) => {
    const start = performance.now();
    expect(mayLeadToEnum(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('mayLeadToDeprecatedEnum', () => {
  const sizes = 'export const Size = { S: 1, M: 2 } as const;\n';
  it('rules out an enum-like nothing deprecates', () => {
    expect(mayLeadToDeprecatedEnum(sizes, [])).toBe(false);
    expect(mayLeadToDeprecatedEnum('export enum Mode { A, B }\n', ['Other'])).toBe(false);
  });

  it.each([
    ['a `@deprecated` tag', `/** @deprecated */\n${sizes}`, []],
    ['a configured enum name', sizes, ['Size']],
    ['an escape that could spell a configured name', 'export enum \\u0053ize { A }\n', ['Size']],
    ['a forwarding export', "export * from './sizes';\n", []],
  ])('lets through %s', (_, text, names) => {
    expect(mayLeadToDeprecatedEnum(text, names)).toBe(true);
  });
});

describe('sketchEnumExports', () => {
  /** The names `sketchEnumExports` lets through, of those asked. */
  const through = (text: string, names: string[], configured: string[] = []): string[] =>
    names.filter((name) => mayExportEnum(sketchEnumExports(text, configured), name));

  it('lets through only names that may forward another module', () => {
    const text = [
      "import { Mode } from './mode';",
      "import * as sizes from './sizes';",
      'const fn_ = () => 1;',
      'export { fn_ as fn, Mode as Kind };',
      "export { Level as Tier } from './level';",
      "export * as ns from './ns';",
      'export default sizes;',
    ].join('\n');
    expect(through(text, ['fn', 'Kind', 'Mode', 'Tier', 'Level', 'ns', 'default', 'other'])).toEqual([
      'Kind',
      'Mode',
      'Tier',
      'Level',
      'ns',
      'default',
    ]);
  });

  it('lets through every name but `default` past `export *`', () => {
    expect(through("export * from './a';\nexport const x = 1;", ['x', 'Mode', 'default'])).toEqual(['x', 'Mode']);
  });

  it('lets through every name of a module that may declare a deprecated enum', () => {
    const text = 'export enum Mode { /** @deprecated */ A, B }\nexport const x = 1;';
    expect(through(text, ['Mode', 'x'])).toEqual(['Mode', 'x']);
    expect(through('export enum Mode { A, B }\nexport { Mode as M };', ['Mode', 'M'], ['Mode'])).toEqual(['Mode', 'M']);
    expect(through('export enum Mode { A, B }\nexport { Mode as M };', ['Mode', 'M'])).toEqual([]);
  });

  it('reads clauses through comments, strings and line breaks', () => {
    const text = [
      'import {',
      '  // the old name (kept)',
      "  Mode as /* } */ OldMode, 'a-b' as Dash,",
      "} from './mode';",
      'export {',
      '  /** Renamed: {@link OldMode}. */',
      "  OldMode as 'old-mode',",
      '  Dash,',
      '};',
    ].join('\n');
    expect(through(text, ['old-mode', 'Dash', 'OldMode', 'Mode'])).toEqual(['old-mode', 'Dash', 'OldMode']);
  });

  it('tells a binding named `from` from the keyword', () => {
    expect(through("import { from } from './a';\nexport { from };", ['from'])).toEqual(['from']);
  });

  it('lets every name through when an escape may spell one', () => {
    expect(through("import { \\u004dode } from './mode';\nexport { Mode };", ['Mode', 'x'])).toEqual(['Mode', 'x']);
    expect(through("import { Mode } from './mode';\nexport { \\u004dode as M };", ['M', 'x'])).toEqual(['M', 'x']);
  });

  it.each([
    ['the word `import` in data', `export { a };\nexport const keys = {${' import: 1, other: 2,'.repeat(20_000)} };\n`],
    ['an unclosed clause', `export {${' a,'.repeat(20_000)}\nimport ${'b, '.repeat(20_000)}`],
    ['many clauses without `from`', `export { a };\n${'import a, '.repeat(20_000)}`],
  ])('stays fast on long modules with %s', (_, text) => {
    const start = performance.now();
    sketchEnumExports(text, []);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('rules out a module with no enum and no forwarding export', () => {
    expect(
      through('/** @deprecated */\nexport const enumNames = { enum: 1 };\nexport function f() {}', ['enumNames', 'f']),
    ).toEqual([]);
  });
});

describe('moduleEnums', () => {
  const lookup = enumLookup(root, []);

  it('does not parse a module without any enum or forwarding export', () => {
    const file = write('src/plain.ts', '/** @deprecated Use g. */\nexport function f() {}\nexport const Mode = f();\n');
    expect(parsesDuring(() => expect(moduleEnums(file, lookup)).toBeUndefined())).toBe(0);
    expect(resolveImport('./plain', 'Mode', path.join(root, 'src/user.ts'), lookup)).toBeUndefined();
  });

  it('does not parse a module whose enums nothing deprecates, unless the `enums` option names one', () => {
    const file = write('src/sizes.ts', 'export const Size = { S: 1, M: 2 } as const;\n');
    expect(parsesDuring(() => expect(moduleEnums(file, lookup)).toBeUndefined())).toBe(0);
    let target: ReturnType<typeof resolveImport>;
    expect(
      parsesDuring(
        () => (target = resolveImport('./sizes', 'Size', path.join(root, 'src/user.ts'), enumLookup(root, ['Size']))),
      ),
    ).toBe(1);
    expect(target?.kind === 'enum' && [...target.info.members.keys()]).toEqual(['S', 'M']);
  });

  it('parses a module that forwards, and follows it to the enum', () => {
    write('src/mode.ts', 'export enum Mode {\n  /** @deprecated Use B. */\n  A,\n  B,\n}\n');
    write('src/index.ts', "export * from './mode';\n");
    let target: ReturnType<typeof resolveImport>;
    // The `export *` module is read without a parse (`starReexportsOnly`): only the enum's module is parsed.
    expect(
      parsesDuring(() => (target = resolveImport('./index', 'Mode', path.join(root, 'src/user.ts'), lookup))),
    ).toBe(1);
    expect(target?.kind === 'enum' && target.info.members.get('A')?.deprecated).toBe(true);
  });
});

describe('shim detection', () => {
  it('looks at code without comments and string contents', () => {
    expect(codeOnly("// a => b\n/* class */ export { a } from './a'; const s = 'new';\n`${x}` \"if\"")).toBe(
      " \n  export { a } from ''; const s = '';\n`` \"\"",
    );
    expect(codeOnly('/* never closed')).toBe(' ');
  });

  it.each([
    ["/** @deprecated Use ./b. */\nexport * from './b';\n", true],
    ["// @deprecated use ./b\nexport * from './b';\n", true],
    ["export { a } from './a';\n/** @deprecated Use a. */\nexport { a as b } from './a';\n", true],
    ["import { New } from './new';\n/** @deprecated Use New. */\nexport const Old = New;\n", true],
    ["'use client';\n/** @deprecated */\nexport { default } from './x';\n", true],
    ["export * from './b';\n/** @deprecated */\nexport function f() {}\n", false],
    ['/** @deprecated */\nexport const a = 1;\n', false],
    ['/** @deprecated */\nexport const a = () => b;\n', false],
    ['/** @deprecated */\nexport type T = { a: string; };\n', false],
    ["export * from './b';\n", false],
  ])('tells from the text whether %j may be a shim', (text, expected) => {
    expect(mayBeShim(text)).toBe(expected);
  });

  it('does not parse a module whose only `@deprecated` is on a function', () => {
    const file = write(
      'src/helpers.ts',
      "import { b } from './b';\n/** @deprecated Use b. */\nexport function a() {\n  return b;\n}\n",
    );
    expect(parsesDuring(() => expect(shimExportsOf(file, root)).toBeUndefined())).toBe(0);
  });

  it('rules out a module from its first bytes, without reading it whole', () => {
    const file = write('src/long.ts', `export const a = 1;\n${'// filler\n'.repeat(2_000)}`);
    const readFileSync = vi.spyOn(fs, 'readFileSync');
    try {
      expect(shimExportsOf(file, root)).toBeUndefined();
      expect(readFileSync.mock.calls.filter(([read]) => read === file)).toEqual([]);
    } finally {
      readFileSync.mockRestore();
    }
  });

  it("reads a module's first bytes once per version of the file", () => {
    const file = write('src/read-once.ts', 'export const once = 1;\n');
    const openSync = vi.spyOn(fs, 'openSync');
    try {
      expect(shimExportsOf(file, root)).toBeUndefined();
      expect(shimExportsOf(file, root)).toBeUndefined();
      expect(openSync.mock.calls.filter(([opened]) => opened === file)).toHaveLength(1);
    } finally {
      openSync.mockRestore();
    }
  });

  it('reads on when the leading comments run past the first bytes', () => {
    write('src/c.ts', 'export const c = 1;\n');
    // Multi-byte characters, so the first bytes also end inside a character.
    const header = `/*\n${' * Ünïcödé licence text €\n'.repeat(400)} * @deprecated Use ./c.\n */\n`;
    const shim = write('src/old-c.ts', `${header}export * from './c';\n`);
    expect(shimExportsOf(shim, root)?.starTargets).toHaveLength(1);
    const notShim = write('src/long-header.ts', `${header.replace('@deprecated', 'deprecated')}export * from './c';\n`);
    expect(parsesDuring(() => expect(shimExportsOf(notShim, root)).toBeUndefined())).toBe(0);
  });

  it('parses a module with a deprecated header once, and finds the shim', () => {
    write('src/b.ts', 'export const b = 1;\n');
    const file = write('src/old-b.ts', "/** @deprecated Use ./b. */\nexport * from './b';\n");
    expect(parsesDuring(() => expect(shimExportsOf(file, root)?.starTargets).toHaveLength(1))).toBe(1);
    expect(parsesDuring(() => shimExportsOf(file, root))).toBe(0);
  });
});
