import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { collectFiles, createCategoryResolver, isIgnoredResult, ruleMatcher } from '../../src/report/collect.js';
import { AuditUsageError } from '../../src/report/errors.js';

const cwd = path.resolve('/project');

function lintMessage(ruleId: string | null, overrides: Partial<Linter.LintMessage> = {}): Linter.LintMessage {
  return {
    ruleId,
    line: 2,
    column: 3,
    severity: 1,
    message: `Message of ${ruleId}.`,
    ...overrides,
  } as Linter.LintMessage;
}

function result(relativePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  return {
    filePath: path.join(cwd, relativePath),
    messages,
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: messages.length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  } as ESLint.LintResult;
}

describe('ruleMatcher', () => {
  it('counts ssot rules only by default', () => {
    const counts = ruleMatcher();
    expect(counts('ssot/max-lines')).toBe(true);
    expect(counts('no-var')).toBe(false);
    expect(counts('other/ssot/max-lines')).toBe(false);
  });

  it('adds the given patterns', () => {
    const counts = ruleMatcher(['import/*', 'no-console']);
    expect(counts('import/no-cycle')).toBe(true);
    expect(counts('no-console')).toBe(true);
    expect(counts('ssot/max-lines')).toBe(true);
    expect(counts('no-var')).toBe(false);
  });

  it('counts every rule, scoped ones included, with **', () => {
    expect(ruleMatcher(['**'])('@typescript-eslint/no-explicit-any')).toBe(true);
  });

  it('rejects an empty pattern', () => {
    expect(() => ruleMatcher([''])).toThrow(AuditUsageError);
  });
});

describe('isIgnoredResult', () => {
  it('recognises the warning ESLint gives for an ignored file named explicitly', () => {
    expect(
      isIgnoredResult(
        result('dist/a.js', [
          lintMessage(null, {
            message:
              'File ignored because of a matching ignore pattern. Use "--no-ignore" to disable file ignore settings or use "--no-warn-ignored" to suppress this warning.',
          }),
        ]),
      ),
    ).toBe(true);
    expect(
      isIgnoredResult(
        result('x.md', [
          lintMessage(null, { message: 'File ignored because no matching configuration was supplied.' }),
        ]),
      ),
    ).toBe(true);
  });

  it('keeps files with rule messages or no messages', () => {
    expect(isIgnoredResult(result('a.ts', []))).toBe(false);
    expect(isIgnoredResult(result('a.ts', [lintMessage('ssot/x')]))).toBe(false);
    expect(isIgnoredResult(result('a.ts', [lintMessage(null, { message: 'Unused eslint-disable directive.' })]))).toBe(
      false,
    );
  });
});

describe('createCategoryResolver', () => {
  const settings = { testFiles: ['tests/**'], categories: { legacy: ['src/legacy/**'], test_files: ['tests/**'] } };

  it('uses each file’s settings.ssot.categories, real_system when none matches', async () => {
    const resolver = createCategoryResolver(async () => settings, cwd);
    expect(await resolver.categoryOf(path.join(cwd, 'src/legacy/a.ts'))).toBe('legacy');
    expect(await resolver.categoryOf(path.join(cwd, 'tests/a.test.ts'))).toBe('test_files');
    expect(await resolver.categoryOf(path.join(cwd, 'src/a.ts'))).toBe('real_system');
    expect(resolver.declaredCategories()).toEqual(['legacy', 'test_files']);
  });

  it('derives test_files from testFiles when no categories are set', async () => {
    const resolver = createCategoryResolver(async () => ({ testFiles: ['spec/**'] }), cwd);
    expect(await resolver.categoryOf(path.join(cwd, 'spec/a.ts'))).toBe('test_files');
    expect(await resolver.categoryOf(path.join(cwd, 'tests/a.ts'))).toBe('real_system');
  });

  it('uses the default test globs without settings', async () => {
    const resolver = createCategoryResolver(async () => undefined, cwd);
    expect(await resolver.categoryOf(path.join(cwd, 'src/a.spec.ts'))).toBe('test_files');
    expect(await resolver.categoryOf(path.join(cwd, 'src/a.ts'))).toBe('real_system');
  });

  it('lets overrides replace the settings categories', async () => {
    const resolver = createCategoryResolver(async () => settings, cwd, [{ name: 'scripts', files: ['scripts/**'] }]);
    expect(await resolver.categoryOf(path.join(cwd, 'scripts/a.ts'))).toBe('scripts');
    expect(await resolver.categoryOf(path.join(cwd, 'tests/a.test.ts'))).toBe('real_system');
    expect(resolver.declaredCategories()).toEqual(['scripts']);
  });

  it('turns invalid settings into a usage error naming the key', async () => {
    const resolver = createCategoryResolver(async () => ({ categories: { legacy: 'src/**' } }), cwd);
    await expect(resolver.categoryOf(path.join(cwd, 'a.ts'))).rejects.toThrow(AuditUsageError);
    await expect(resolver.categoryOf(path.join(cwd, 'a.ts'))).rejects.toThrow('categories.legacy');
  });
});

describe('collectFiles', () => {
  it('keeps linted files without messages, drops ignored ones and counts only matching rules', async () => {
    const { files, parseErrors } = await collectFiles(
      [
        result('src/a.ts', [lintMessage('ssot/no-process-env', { severity: 2 }), lintMessage('no-var')]),
        result('src/clean.ts', []),
        result('tests/a.test.ts', [lintMessage('ssot/max-lines')]),
        result('dist/out.js', [lintMessage(null, { message: 'File ignored because of a matching ignore pattern.' })]),
      ],
      { cwd, countsRule: ruleMatcher(), categories: createCategoryResolver(async () => undefined, cwd) },
    );
    expect(files).toEqual([
      {
        path: 'src/a.ts',
        category: 'real_system',
        messages: [
          {
            rule: 'ssot/no-process-env',
            line: 2,
            column: 3,
            severity: 'error',
            message: 'Message of ssot/no-process-env.',
          },
        ],
      },
      { path: 'src/clean.ts', category: 'real_system', messages: [] },
      {
        path: 'tests/a.test.ts',
        category: 'test_files',
        messages: [
          { rule: 'ssot/max-lines', line: 2, column: 3, severity: 'warning', message: 'Message of ssot/max-lines.' },
        ],
      },
    ]);
    expect(parseErrors).toEqual([]);
  });

  it('keeps where a reported range ends, when the rule gave an end', async () => {
    const { files } = await collectFiles(
      [result('src/a.ts', [lintMessage('ssot/max-lines', { endLine: 40, endColumn: 7 }), lintMessage('ssot/x')])],
      { cwd, countsRule: ruleMatcher(), categories: createCategoryResolver(async () => undefined, cwd) },
    );
    expect(files[0]?.messages.map((message) => Object.keys(message))).toEqual([
      ['rule', 'line', 'column', 'end_line', 'end_column', 'severity', 'message'],
      ['rule', 'line', 'column', 'severity', 'message'],
    ]);
    expect(files[0]?.messages[0]).toMatchObject({ line: 2, column: 3, end_line: 40, end_column: 7 });
  });

  it('keeps the <text> name of eslint --stdin results', async () => {
    const stdin = { ...result('x.ts', [lintMessage('ssot/no-process-env')]), filePath: '<text>' };
    const { files } = await collectFiles([stdin], {
      cwd,
      countsRule: ruleMatcher(),
      categories: createCategoryResolver(async () => undefined, cwd),
    });
    expect(files.map((file) => [file.path, file.category, file.messages.length])).toEqual([
      ['<text>', 'real_system', 1],
    ]);
  });

  it('counts an unparsable file as linted and notes its parse error', async () => {
    const { files, parseErrors } = await collectFiles(
      [
        result('src/broken.ts', [
          lintMessage(null, { fatal: true, severity: 2, line: 4, message: 'Parsing error: Expression expected.' }),
        ]),
      ],
      { cwd, countsRule: ruleMatcher(), categories: createCategoryResolver(async () => undefined, cwd) },
    );
    expect(files).toEqual([{ path: 'src/broken.ts', category: 'real_system', messages: [] }]);
    expect(parseErrors).toEqual([{ path: 'src/broken.ts', line: 4, message: 'Parsing error: Expression expected.' }]);
  });
});
