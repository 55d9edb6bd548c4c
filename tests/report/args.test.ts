import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/report/args.js';
import { AuditUsageError } from '../../src/report/errors.js';

describe('parseCliArgs', () => {
  it('defaults to auditing . with ten top rows and no thresholds', () => {
    expect(parseCliArgs([])).toEqual({
      command: 'audit',
      paths: ['.'],
      categories: [],
      rules: [],
      thresholds: [],
      top: 10,
    });
  });

  it('reads every option', () => {
    expect(
      parseCliArgs([
        'src',
        'tests',
        '-c',
        'eslint.ci.config.js',
        '--category',
        'legacy=src/legacy/**',
        '--category',
        'test_files=tests/**',
        '--category',
        'legacy=old/**',
        '--rules',
        'import/*',
        '--json',
        'out/report.json',
        '--markdown',
        'out/report.md',
        '--min-score',
        '95',
        '--min-score',
        'test_files=90',
        '--top',
        '3',
      ]),
    ).toEqual({
      command: 'audit',
      paths: ['src', 'tests'],
      configFile: 'eslint.ci.config.js',
      categories: [
        { name: 'legacy', files: ['src/legacy/**', 'old/**'] },
        { name: 'test_files', files: ['tests/**'] },
      ],
      rules: ['import/*'],
      jsonFile: 'out/report.json',
      markdownFile: 'out/report.md',
      thresholds: [{ min: 95 }, { category: 'test_files', min: 90 }],
      top: 3,
    });
  });

  it('recognises help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-v'])).toEqual({ command: 'version' });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'.*--help/],
    [['--json'], /--json.*argument missing|Option '--json <value>' argument missing/],
    [['--json', ''], /--json expects a file name/],
    [['--json', '-', '--markdown', '-'], /cannot both write to stdout/],
    [['--category', 'legacy'], /--category expects name=glob/],
    [['--category', '=tests/**'], /--category expects name=glob/],
    [['--category', 'legacy=  '], /--category expects name=glob/],
    [['--min-score', 'high'], /--min-score expects a score from 0 to 100/],
    [['--min-score', '120'], /--min-score expects a score from 0 to 100/],
    [['--top', '0'], /--top expects a positive whole number/],
    [['--rules', '  '], /--rules has an invalid pattern/],
  ])('rejects %j with a clear usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(AuditUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
