import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { buildReport, type AuditFile } from '../../src/report/score.js';
import { alignColumns, renderTable } from '../../src/report/table.js';

const TOOL = { name: 'eslint-plugin-ssot', version: '1.2.3' };
const NOW = new Date('2026-01-02T03:04:05.000Z');

function violation(rule: string, line: number, message = 'Do this instead.'): AuditFile['messages'][number] {
  return { rule, line, column: 1, severity: 'warning', message };
}

const report = buildReport(
  [
    { path: 'src/routes/health.ts', category: 'real_system', messages: [violation('ssot/no-process-env', 5)] },
    { path: 'src/app.ts', category: 'real_system', messages: [] },
    {
      path: 'tests/big.test.ts',
      category: 'test_files',
      messages: [
        violation('ssot/max-lines', 301, 'tests/big.test.ts has 2,056 lines (limit 300 for tests/**). Split it.'),
        violation('ssot/no-process-env', 9),
      ],
    },
  ],
  { categories: ['test_files'], generatedAt: NOW, tool: TOOL },
);

describe('alignColumns', () => {
  it('pads left and right aligned columns without trailing spaces', () => {
    expect(
      alignColumns(
        [
          ['a', '1', 'x'],
          ['long', '100', ''],
        ],
        ['left', 'right', 'left'],
      ),
    ).toEqual(['a       1  x', 'long  100']);
  });
});

describe('renderTable', () => {
  it('prints the categories, totals, top rules and top files', () => {
    expect(renderTable(report)).toBe(
      [
        'SSOT compliance: 33.33% (2 of 3 files with violations, 3 violations)',
        '',
        'Category     Files  With violations  Violations  Score',
        'real_system      2                1           1  50.00',
        'test_files       1                1           2   0.00',
        'Total            3                2           3  33.33',
        '',
        'Top rules',
        '  Rule                 real_system  test_files  Total',
        '  ssot/no-process-env            1           1      2',
        '  ssot/max-lines                 0           1      1',
        '',
        'Top files',
        '  File                  Category     Violations  Lines over limit',
        '  tests/big.test.ts     test_files            2             1,756',
        '  src/routes/health.ts  real_system           1',
        '',
      ].join('\n'),
    );
  });

  it('limits the top lists and reports thresholds and parse errors', () => {
    const withErrors = { ...report, parse_errors: [{ path: 'src/broken.ts', line: 3, message: 'Parsing error: x.' }] };
    const text = renderTable(withErrors, {
      top: 1,
      thresholds: [{ category: 'test_files', min: 10, actual: 0, passed: false }],
    });
    expect(text).toContain(
      [
        'Top rules',
        '  Rule                 real_system  test_files  Total',
        '  ssot/no-process-env            1           1      2',
        '',
        'Top files',
        '  File               Category    Violations  Lines over limit',
        '  tests/big.test.ts  test_files           2             1,756',
        '',
      ].join('\n'),
    );
    expect(text).toContain('Not checked (parse errors)\n  src/broken.ts:3  Parsing error: x.\n');
    expect(text).toContain('Thresholds\n  FAIL  test_files score 0.00 is below the minimum 10\n');
  });

  it('says so when there is nothing to fix', () => {
    const clean = buildReport([{ path: 'a.ts', category: 'real_system', messages: [] }], {
      generatedAt: NOW,
      tool: TOOL,
    });
    expect(renderTable(clean)).toContain('SSOT compliance: 100.00% (0 of 1 file with violations, 0 violations)');
    expect(renderTable(clean)).toContain('Top rules\n  No violations.\n');
    expect(renderTable(clean)).not.toContain('Top files');
  });
});

describe('renderMarkdown', () => {
  it('renders a pull-request comment with linked rules and folded details', () => {
    const text = renderMarkdown(report, {
      ruleUrls: { 'ssot/max-lines': 'https://example.test/max-lines.md' },
      thresholds: [{ min: 30, actual: report.compliance_score, passed: true }],
    });
    expect(text).toBe(
      [
        '## SSOT compliance: 33.33%',
        '',
        '2 of 3 files with violations, 3 violations.',
        '',
        '- ✅ compliance score 33.33 meets the minimum 30',
        '',
        '| Category | Files | With violations | Violations | Score |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| real\\_system | 2 | 1 | 1 | 50.00 |',
        '| test\\_files | 1 | 1 | 2 | 0.00 |',
        '| **Total** | 3 | 2 | 3 | 33.33 |',
        '',
        '### Top rules',
        '',
        '| Rule | real\\_system | test\\_files | Total |',
        '| --- | ---: | ---: | ---: |',
        '| `ssot/no-process-env` | 1 | 1 | 2 |',
        '| [`ssot/max-lines`](https://example.test/max-lines.md) | 0 | 1 | 1 |',
        '',
        '### Top files',
        '',
        '| File | Category | Violations | Lines over limit |',
        '| --- | --- | ---: | ---: |',
        '| `tests/big.test.ts` | test\\_files | 2 | 1,756 |',
        '| `src/routes/health.ts` | real\\_system | 1 |  |',
        '',
        '<details><summary>All 3 violations</summary>',
        '',
        '- `src/routes/health.ts:5:1` `ssot/no-process-env`: Do this instead.',
        '- `tests/big.test.ts:301:1` [`ssot/max-lines`](https://example.test/max-lines.md): tests/big.test.ts has 2,056 lines (limit 300 for tests/\\*\\*). Split it.',
        '- `tests/big.test.ts:9:1` `ssot/no-process-env`: Do this instead.',
        '',
        '</details>',
        '',
        '<sub>eslint-plugin-ssot 1.2.3, 2026-01-02T03:04:05.000Z</sub>',
        '',
      ].join('\n'),
    );
  });

  it('caps the details, listing a repeated message once with its files', () => {
    const text = renderMarkdown(report, { maxDetails: 1 });
    expect(text).toContain(
      [
        '<details><summary>3 violations (2 listed)</summary>',
        '',
        '- `ssot/no-process-env` ×2 in 2 files: Do this instead. (`src/routes/health.ts`, `tests/big.test.ts`)',
        '- … and 1 more not listed here: run ssot-audit with `--json <file>` for all of them.',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(text).not.toContain('big.test.ts:301');
  });

  it('sends the reader to the JSON report only when the run wrote one', () => {
    const note = (jsonFile?: string) =>
      /^- … and 1 more not listed here: (.*)\.$/mu.exec(
        renderMarkdown(report, { maxDetails: 1, ...(jsonFile === undefined ? {} : { jsonFile }) }),
      )?.[1];
    expect(note()).toBe('run ssot-audit with `--json <file>` for all of them');
    expect(note('reports/ssot.json')).toBe('the JSON report `reports/ssot.json` has all of them');
    expect(note('-')).toBe('the JSON report (`--json -`) has all of them');
  });

  it('escapes messages and file names that would break the table or the HTML', () => {
    expect(escapeMarkdown('a | b <script> *x*\nnext')).toBe('a \\| b &lt;script&gt; \\*x\\* next');
    expect(codeSpan('odd`name.ts')).toBe('`` odd`name.ts ``');
    expect(codeSpan('a|b.ts', true)).toBe('`a\\|b.ts`');
    expect(codeSpan('a|b.ts')).toBe('`a|b.ts`');
  });
});
