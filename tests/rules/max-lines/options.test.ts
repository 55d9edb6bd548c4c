// Options through the real ESLint `Linter` of both majors: bad options stop the lint with an error
// that names the rule and the option, the schema and the `MaxLinesOptions` type stay in step, and the
// recommended preset gives test files their own limit from `settings.ssot.testFiles` alone.
import parser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import rule, { type MaxLinesOptions } from '../../../src/rules/max-lines/index.js';

/** What the test needs of a `Linter`, so both majors fit one type. */
interface Verifier {
  verify(code: string, config: Linter10.Config | Linter10.Config[], filename: string): Linter10.LintMessage[];
}

const linters: ReadonlyArray<readonly [string, Verifier]> = [
  ['ESLint 10', new Linter10({ configType: 'flat' })],
  ['ESLint 9', new Linter9({ configType: 'flat' }) as unknown as Verifier],
];

function lintWith(linter: Verifier, options: unknown, code = 'a();', filename = 'src/a.ts'): Linter10.LintMessage[] {
  return linter.verify(
    code,
    {
      files: ['**/*.ts'],
      plugins: { ssot: { rules: { 'max-lines': rule } } },
      languageOptions: { parser },
      rules: { 'ssot/max-lines': ['error', options] },
    } as unknown as Linter10.Config,
    filename,
  );
}

describe.each(linters)('ssot/max-lines options under %s', (_, linter) => {
  it.each([
    [
      'an exception without a reason',
      { exceptions: [{ files: 'a.ts', max: 10 }] },
      /ssot\/max-lines[\s\S]*required property 'reason'/,
    ],
    [
      'an exception with an empty reason',
      { exceptions: [{ files: 'a.ts', reason: '' }] },
      /ssot\/max-lines[\s\S]*Value "" should NOT be shorter than 1 characters/,
    ],
    [
      'an exception without files',
      { exceptions: [{ reason: 'Legacy.' }] },
      /ssot\/max-lines[\s\S]*required property 'files'/,
    ],
    [
      'an empty glob in an exception',
      { exceptions: [{ files: ['a.ts', ''], reason: 'Legacy.' }] },
      /ssot\/max-lines[\s\S]*Value "" should NOT be shorter than 1 characters/,
    ],
    [
      'an override without max',
      { overrides: [{ files: ['tests/**'] }] },
      /ssot\/max-lines[\s\S]*required property 'max'/,
    ],
    [
      'an override with no globs',
      { overrides: [{ files: [], max: 10 }] },
      /ssot\/max-lines[\s\S]*should NOT have fewer than 1 items/,
    ],
    ['a negative limit', { max: -1 }, /ssot\/max-lines[\s\S]*Value -1 should be >= 0/],
    ['a fractional test limit', { testFilesMax: 2.5 }, /ssot\/max-lines[\s\S]*Value 2.5 should be integer/],
    ['a misspelt option', { testMax: 300 }, /ssot\/max-lines[\s\S]*Unexpected property "testMax"/],
  ])('rejects %s with a schema error', (_, options, expected) => {
    expect(() => lintWith(linter, options)).toThrow(expected);
  });

  it.each([
    [
      'exceptions[1].files',
      {
        exceptions: [
          { files: 'a.ts', reason: 'A.' },
          { files: ['b.ts', '  '], reason: 'B.' },
        ],
      },
    ],
    ['overrides[0].files', { overrides: [{ files: [' '], max: 10 }] }],
  ])('rejects a glob that cannot match anything, naming %s', (option, options) => {
    expect(() => lintWith(linter, options)).toThrow(
      new RegExp(`ssot/max-lines.*option "${option.replace(/[[\]]/g, '\\$&')}" has an invalid glob`),
    );
  });

  it('accepts every option at once', () => {
    const options: MaxLinesOptions = {
      max: 400,
      testFilesMax: 250,
      skipBlankLines: false,
      skipComments: false,
      overrides: [{ files: ['src/generated/**'], max: 2000 }],
      exceptions: [{ files: ['src/legacy.ts'], reason: 'Being split.', max: 900 }],
      reportUnusedExceptions: false,
    };
    expect(lintWith(linter, options)).toEqual([]);
  });
});

describe('ssot/max-lines schema', () => {
  it('declares exactly the keys of MaxLinesOptions, each with a default', () => {
    // A key added to the type but not the schema (or back) fails to compile here or below.
    const typeKeys: Record<keyof MaxLinesOptions, true> = {
      max: true,
      testFilesMax: true,
      skipBlankLines: true,
      skipComments: true,
      overrides: true,
      exceptions: true,
      reportUnusedExceptions: true,
    };
    const [schema] = rule.meta.schema as unknown as [{ properties: Record<string, unknown> }];
    const [defaults] = rule.meta.defaultOptions as [MaxLinesOptions];
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(typeKeys).sort());
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(typeKeys).sort());
  });
});

describe('ssot/max-lines in the recommended preset', () => {
  const [, linter10] = linters[0] as readonly [string, Verifier];
  const lines = (count: number): string => 'a();\n'.repeat(count);

  /** The preset plus project facts only, as a user writes it: no rule options at all. */
  function lintWithPreset(code: string, filename: string): Linter10.LintMessage[] {
    const config = [
      plugin.configs.recommended,
      { settings: { ssot: { testFiles: ['tests/**', '**/*.test.ts'] } } },
    ] as unknown as Linter10.Config[];
    return linter10.verify(code, config, filename).filter((message) => message.ruleId === 'ssot/max-lines');
  }

  it('is on as a warning', () => {
    expect(plugin.configs.recommended.rules?.['ssot/max-lines']).toBe('warn');
  });

  it('limits files matching settings.ssot.testFiles to 300 lines', () => {
    expect(lintWithPreset(lines(300), 'tests/a.ts')).toEqual([]);
    expect(lintWithPreset(lines(301), 'tests/a.ts')).toMatchObject([
      {
        severity: 1,
        line: 301,
        message: expect.stringContaining('tests/a.ts has 301 lines (limit 300 for tests/**).'),
      },
    ]);
  });

  it('limits other files to 500 lines', () => {
    expect(lintWithPreset(lines(500), 'src/a.ts')).toEqual([]);
    expect(lintWithPreset(lines(501), 'src/a.ts')).toMatchObject([
      {
        severity: 1,
        line: 501,
        message: expect.stringContaining('src/a.ts has 501 lines (limit 500 for non-test files).'),
      },
    ]);
  });
});
