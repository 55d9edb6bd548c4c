// The lines over the limit are read back from ssot/max-lines messages: these tests get the messages
// from the rule itself, so a change to their wording fails here instead of silently ranking every
// file as 0 lines over.
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import maxLines, { type MaxLinesOptions } from '../../src/rules/max-lines/index.js';
import { fileLinesOverLimit, linesOverLimit, MAX_LINES_RULE } from '../../src/report/severity.js';
import { fixture as root } from './helpers.js';

/** The ssot/max-lines message for a file of `lineCount` non-blank lines. */
function maxLinesMessage(file: string, lineCount: number, options: Partial<MaxLinesOptions>): string {
  const code = Array.from({ length: lineCount }, (_, index) => `export const v${index} = ${index};`).join('\n');
  const messages = new Linter({ configType: 'flat', cwd: root }).verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser },
      plugins: { ssot: { rules: { 'max-lines': maxLines } } },
      settings: { ssot: { rootDir: root } },
      rules: { [MAX_LINES_RULE]: ['warn', options] },
    } as unknown as Linter.Config,
    path.join(root, file),
  );
  expect(messages.map((message) => message.ruleId)).toEqual([MAX_LINES_RULE]);
  return messages[0]?.message ?? '';
}

describe('linesOverLimit', () => {
  it('reads a file over its limit, thousands separators included', () => {
    const message = maxLinesMessage('src/big.ts', 2056, { max: 300 });
    expect(message).toContain('has 2,056 lines (limit 300 for');
    expect(linesOverLimit({ rule: MAX_LINES_RULE, message })).toBe(1756);
  });

  it('reads a test file over its own limit, whose area is a glob', () => {
    const message = maxLinesMessage('tests/a.test.ts', 515, { testFilesMax: 300 });
    expect(linesOverLimit({ rule: MAX_LINES_RULE, message })).toBe(215);
  });

  it('reads a file over its exception ceiling as over by the lines past the ceiling', () => {
    const message = maxLinesMessage('src/legacy.ts', 812, {
      max: 300,
      exceptions: [{ files: 'src/legacy.ts', reason: 'Being split (limit 1 for x)', max: 700 }],
    });
    expect(message).toContain('grew past its exception ceiling of 700');
    expect(linesOverLimit({ rule: MAX_LINES_RULE, message })).toBe(112);
  });

  it('counts 0 for the exception messages of files within their limit, and for other rules', () => {
    const unused = maxLinesMessage('src/small.ts', 20, {
      max: 300,
      exceptions: [{ files: 'src/small.ts', reason: 'Was large' }],
    });
    expect(linesOverLimit({ rule: MAX_LINES_RULE, message: unused })).toBe(0);
    expect(linesOverLimit({ rule: 'other/max-lines', message: 'a.ts has 900 lines (limit 10 for x).' })).toBe(0);
  });

  it('takes the largest figure of a file’s messages', () => {
    expect(
      fileLinesOverLimit([
        { rule: 'ssot/no-process-env', message: 'Read PORT through config.' },
        { rule: MAX_LINES_RULE, message: 'a.ts has 1,200 lines (limit 500 for non-test files). Split it.' },
      ]),
    ).toBe(700);
    expect(fileLinesOverLimit([])).toBe(0);
  });
});
