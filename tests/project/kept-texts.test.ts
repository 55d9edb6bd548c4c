// What the rules keep for a lint run (resolutions, redirects, forwarded names, export checks, enum
// answers) must not hold the text of the file they were read from: V8 keeps a substring of 13
// characters or more as a view into the whole string, so one specifier kept in a cache would keep
// its file's text, and a run over a project every file it linted (effect: 20 MB).
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { collectGarbage } from '../helpers/heap.js';
import { tempProject, useFakeDateClock } from '../helpers/temp-project.js';

const { root, write } = tempProject('ssot-kept-texts-');
write('tsconfig.json', '{ "compilerOptions": { "strict": true } }\n');

/** What the module of each variant imports, and another definition of its function. */
for (const variant of ['WarmUp', 'Measured']) {
  write(
    `src/configuration-values${variant}.ts`,
    `export const configurationValue${variant} = 1;\nexport enum ConnectionStatus${variant} {\n  ACTIVE,\n  /** @deprecated use ACTIVE */\n  CONNECTION_ACTIVE = ACTIVE,\n}\n`,
  );
  write(
    `src/legacy-configuration${variant}.ts`,
    `/** @deprecated use ./configuration-values${variant} */\nexport * from './configuration-values${variant}';\n`,
  );
  write(
    `src/other-durations${variant}.ts`,
    `export function formatLongDuration${variant}(milliseconds: number): string {\n  return String(milliseconds);\n}\n`,
  );
}

/**
 * A module that reaches every cross-file cache with names and specifiers of 13 characters and more
 * (each `variant` its own, so that no answer is shared between variants), then `lines` lines of its
 * own, in two-byte text (`ł`).
 */
function moduleText(variant: string, lines: number): string {
  const filler = Array.from({ length: lines }, (_, index) => `export const label${String(index)} = 'dłuższa';`);
  return [
    `import { configurationValue${variant}, ConnectionStatus${variant} } from './legacy-configuration${variant}';`,
    `export function formatLongDuration${variant}(milliseconds: number): string {`,
    `  return String(milliseconds) + String(configurationValue${variant}) + String(ConnectionStatus${variant}.CONNECTION_ACTIVE);`,
    '}',
    ...filler,
    '',
  ].join('\n');
}

/** The rules that reported on `code`, linted as `src/<variant>.ts` with the strict preset by a Linter dropped afterwards. */
function reportingRules(variant: string, code: string): string[] {
  const config = {
    ...plugin.configs.strict,
    files: ['**/*.ts'],
    languageOptions: { parser },
    settings: { ssot: { rootDir: root } },
  };
  const file = write(`src/${variant}.ts`, code);
  const messages = new Linter({ configType: 'flat', cwd: root }).verify(code, config as Linter.Config, file);
  return [...new Set(messages.map((message) => String(message.ruleId)))].sort();
}

/** Each rule with a cross-file cache has something to say about the module (and max-lines about its length). */
const EVERY_CROSS_FILE_RULE = [
  'ssot/canonical-imports',
  'ssot/max-lines',
  'ssot/no-deprecated-enum-members',
  'ssot/no-duplicate-definitions',
];

/**
 * The heap in use once collected at each of five turns of the event loop: under vitest what the
 * lint's job still held went two or three turns after it (tests/project/last-lint.test.ts checks what
 * fs-cache holds within the job). What is left is kept.
 */
async function heapInUse(): Promise<number> {
  // V8 keeps the input of the last regular expression match (`RegExp.input`), whichever rule ran it.
  /x/.test('x');
  for (let turn = 0; turn < 5; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
  }
  return process.memoryUsage().heapUsed;
}

describe('texts kept by a lint run', () => {
  useFakeDateClock();

  it('keeps nothing the size of a linted file', async () => {
    // Warm-up: every cache, and the code of every rule, with a module of some size.
    expect(reportingRules('WarmUp', moduleText('WarmUp', 5_000))).toEqual(EVERY_CROSS_FILE_RULE);
    const before = await heapInUse();
    const bytes = ((): number => {
      const code = moduleText('Measured', 30_000);
      expect(reportingRules('Measured', code)).toEqual(EVERY_CROSS_FILE_RULE);
      return code.length * 2;
    })();
    const kept = (await heapInUse()) - before;
    expect(bytes).toBeGreaterThan(2_000_000);
    expect(kept).toBeLessThan(bytes / 2);
  });
});
