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
        '--sarif',
        'out/report.sarif',
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
      sarifFile: 'out/report.sarif',
      thresholds: [{ min: 95 }, { category: 'test_files', min: 90 }],
      top: 3,
    });
  });

  it('recognises help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-v'])).toEqual({ command: 'version' });
  });

  it.each([
    [['--json'], /^Option '--json <value>' argument missing\. Run ssot-audit --help for usage\.$/],
    [['--json', ''], /--json expects a file name/],
    [
      ['--json', '--jsn'],
      /^--json expects a file name, got the option --jsn \(a file name starting with a dash is written --json=-file\)\. Run ssot-audit --help for usage\.$/,
    ],
    [['--sarif', ' '], /--sarif expects a file name/],
    [['--json', '-', '--markdown', '-'], /^--json - and --markdown - cannot both write to stdout/],
    [['--markdown', '-', '--sarif', '-'], /^--markdown - and --sarif - cannot both write to stdout/],
    [['--sarif', '-', '--json', '-', '--markdown', '-'], /^--json -, --markdown - and --sarif - cannot all write/],
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

describe('an unknown option', () => {
  it.each([
    [['--jsn', 'out.json'], 'Unknown option --jsn. Did you mean --json? Run ssot-audit --help for usage.'],
    [['--jsn=out.json'], 'Unknown option --jsn. Did you mean --json? Run ssot-audit --help for usage.'],
    [['-json', '-'], 'Unknown option -json. Did you mean --json? Run ssot-audit --help for usage.'],
    [['--JSON', '-'], 'Unknown option --JSON. Did you mean --json? Run ssot-audit --help for usage.'],
    [['--markdwon', 'a.md'], 'Unknown option --markdwon. Did you mean --markdown? Run ssot-audit --help for usage.'],
    [['--min', '90'], 'Unknown option --min. Did you mean --min-score? Run ssot-audit --help for usage.'],
    [['--sarf', 'a'], 'Unknown option --sarf. Did you mean --sarif? Run ssot-audit --help for usage.'],
    [['--bogus'], 'Unknown option --bogus. Run ssot-audit --help for usage.'],
    [['-x'], 'Unknown option -x. Run ssot-audit --help for usage.'],
    [['--constructor'], 'Unknown option --constructor. Run ssot-audit --help for usage.'],
  ])('%j: one clean sentence, with the option it probably meant', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new AuditUsageError(message));
  });

  it('is reported before the values of known options are checked', () => {
    expect(() => parseCliArgs(['--top', '0', '--jsn', 'a'])).toThrow('Unknown option --jsn.');
  });
});
