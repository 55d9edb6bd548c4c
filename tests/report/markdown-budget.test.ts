// The Markdown report must fit in a GitHub comment (65,536 characters) however large the codebase:
// a generated result of thousands of long, mostly repeated messages, as real backends produce
// (no-process-env names every configuration module in each message).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_BUDGET, renderMarkdown } from '../../src/report/markdown.js';
import { buildReport, type AuditFile, type AuditMessage } from '../../src/report/score.js';
import { runCli, temporaryDir } from './helpers.js';

const TOOL = { name: 'eslint-plugin-ssot', version: '1.2.3' };
const NOW = new Date('2026-01-02T03:04:05.000Z');
const CONFIG_MODULES = Array.from({ length: 30 }, (_, index) => `packages/service-${index}/src/config/**`).join(', ');
const READ_ENVIRONMENT = `Read environment variables through the configuration modules (${CONFIG_MODULES}) instead of using process.env here.`;

function envMessage(line: number, text: string): AuditMessage {
  return { rule: 'ssot/no-process-env', line, column: 5, severity: 'warning', message: text };
}

/** 600 files: each reads the whole environment three times and two variables of its own. */
function largeReport() {
  const files: AuditFile[] = Array.from({ length: 600 }, (_, index) => ({
    path: `packages/service-${index % 30}/src/module-${index}.ts`,
    category: index % 4 === 0 ? 'test_files' : 'real_system',
    messages: [
      envMessage(2, `Read VAR_${index}_A through the configuration modules (${CONFIG_MODULES}), not process.env.`),
      envMessage(3, READ_ENVIRONMENT),
      envMessage(9, READ_ENVIRONMENT),
      envMessage(12, READ_ENVIRONMENT),
      envMessage(21, `Read VAR_${index}_B through the configuration modules (${CONFIG_MODULES}), not process.env.`),
    ],
  }));
  return buildReport(files, { categories: ['test_files'], generatedAt: NOW, tool: TOOL });
}

/** What GitHub needs to render the comment as meant: whole lines, closed blocks, even tables. */
function expectWellFormed(markdown: string): void {
  expect(markdown.match(/<details>/gu)?.length ?? 0).toBe(markdown.match(/<\/details>/gu)?.length ?? 0);
  expect(markdown.endsWith('</sub>\n')).toBe(true);
  const lines = markdown.split('\n');
  for (const line of lines) expect((line.match(/`/gu) ?? []).length % 2, line).toBe(0);
  let cells: number | undefined;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      cells = undefined;
      continue;
    }
    const count = line.replace(/\\\|/gu, '').split('|').length;
    cells ??= count;
    expect(count, line).toBe(cells);
  }
}

describe('the Markdown report of a large result', () => {
  const report = largeReport();

  it('would be far over GitHub’s limit without a budget', () => {
    expect(report.total_violations).toBe(3000);
    expect(renderMarkdown(report, { maxLength: Infinity, maxDetails: Infinity }).length).toBeGreaterThan(65_536);
  });

  it.each([MARKDOWN_BUDGET, 20_000, 5_000])('stays within %i characters, well formed', (budget) => {
    const markdown = renderMarkdown(report, budget === MARKDOWN_BUDGET ? {} : { maxLength: budget });
    expect(markdown.length).toBeLessThanOrEqual(budget);
    expectWellFormed(markdown);
    expect(markdown).toContain('### Top files');
  });

  it('lists a repeated message once, most repeated first, with its count and files, and says what it left out', () => {
    const markdown = renderMarkdown(report);
    const lines = markdown.split('\n');
    const repeated = lines.filter((line) => line.includes('Read environment variables'));
    expect(repeated).toHaveLength(1);
    expect(lines[lines.findIndex((line) => line.startsWith('<details>')) + 2]).toBe(repeated[0]);
    expect(repeated[0]).toMatch(
      /^- `ssot\/no-process-env` ×1800 in 600 files: Read environment .* \(`packages\/service-0\/src\/module-0\.ts` \(3\), .* and 595 more files\)$/u,
    );
    const summary = /<summary>3000 violations \((?<listed>\d+) listed\)<\/summary>/u.exec(markdown)?.groups;
    const note =
      /^- … and (?<omitted>\d+) more not listed here: run ssot-audit with `--json <file>` for all of them\.$/mu.exec(
        markdown,
      )?.groups;
    expect(Number(summary?.listed) + Number(note?.omitted)).toBe(3000);
    expect(Number(summary?.listed)).toBeGreaterThan(1800);
  });
});

describe('the Markdown report of a small result', () => {
  it('is the same with and without the budget: one line per violation', () => {
    const report = buildReport(
      [
        { path: 'src/a.ts', category: 'real_system', messages: [envMessage(1, 'Same.'), envMessage(2, 'Same.')] },
        { path: 'src/b.ts', category: 'real_system', messages: [envMessage(4, READ_ENVIRONMENT)] },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toBe(renderMarkdown(report, { maxLength: Infinity, maxDetails: Infinity }));
    expect(markdown).toContain(
      '- `src/a.ts:1:5` `ssot/no-process-env`: Same.\n- `src/a.ts:2:5` `ssot/no-process-env`: Same.\n',
    );
    expect(markdown).not.toContain('more not listed');
  });
});

describe('ssot-audit --markdown', () => {
  /** 250 identical messages: more than the list takes one per line, so they are listed once. */
  function projectWithManyVars(): string {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'eslint.config.js'), "export default [{ rules: { 'no-var': 'warn' } }];\n");
    const code = Array.from({ length: 250 }, (_, index) => `var v${index} = ${index};`).join('\n');
    writeFileSync(path.join(dir, 'a.js'), `${code}\nexport { v0 };\n`);
    return dir;
  }

  it('names the JSON file the same run wrote, and the flag when it wrote none', async () => {
    const dir = projectWithManyVars();
    const withJson = await runCli(['--rules', 'no-var', '--markdown', 'out/a.md', '--json', 'out/a.json'], {
      cwd: dir,
    });
    expect(withJson.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/a.md'), 'utf8')).toContain(
      '- [`no-var`](https://eslint.org/docs/latest/rules/no-var) ×250 in 1 file: Unexpected var, use let or const instead. (`a.js` (250))\n- Messages reported more than once are listed once, with their files: the JSON report `out/a.json` has every location.\n',
    );

    const withoutJson = await runCli(['--rules', 'no-var', '--markdown', '-'], { cwd: dir });
    expect(withoutJson.stdout).toContain(
      '- Messages reported more than once are listed once, with their files: run ssot-audit with `--json <file>` for every location.\n',
    );
  });
});
