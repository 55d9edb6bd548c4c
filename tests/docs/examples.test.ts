// The ❌/✅ examples of docs/rules/*.md, each linted on its own with the rule it documents.
//
// Notation. A ❌ or ✅ line (`❌ Incorrect`, `✅ Correct (the fix)`) labels the fenced blocks right
// after it, until a heading or other text. Every ```ts/```tsx/```js block under such a line, or with
// `// ❌` / `// ✅` line comments, needs an HTML comment right before it (invisible on GitHub):
//
//   <!-- example: {"file": "src/routes/health.ts", "options": [{ "max": 3 }],
//                  "settings": {"ssot": {"configModules": ["src/config/**"]}},
//                  "files": {"src/db/client.ts": "export const db = {};\n"}, "errors": 2} -->
//
// - `file` (required): where the block is written in a fresh temp project and linted, with only
//   this page's rule on (`['error', ...options]`), `settings` as given and `settings.ssot.rootDir`
//   the project (or a folder of it, when given). A first line `// src/…/name.ts` in the block must
//   name the same file.
// - `files`: hidden files the example needs. Every project also gets a tsconfig.json mapping
//   `@app/*` to `src/*`, and the page's setup files.
// - `<!-- setup: {"file": "src/db/clickhouse_client.ts"} -->` before a shown block (not under a
//   ❌/✅ line) writes it into every example project of the page, unjudged; `<!-- setup:
//   {"files": {…}} -->` on its own adds hidden setup files.
// - A ❌ block must report at least one problem (exactly `errors` when given), a ✅ block none, and
//   neither may fail to parse. In a block with line comments, a `// ❌` line must be reported, a
//   `// ✅` line must not; where the block has no ❌/✅ line above it, only `// ❌` lines may be
//   reported. `// ❌ → code` says what `--fix` turns the line into; `// ❌ suggestion only` says the
//   line gets a suggestion and no fix.
// - `"id": "name"` on a ❌ example and `"fixOf": "name"` on a ✅ one: the ✅ block is the `--fix`
//   output of the ❌ one, character for character. A ✅ line that says "fix" needs `fixOf`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocPage, type DocExample, type DocPage } from './doc-examples.js';
import { createExampleProjects, type LintedExample } from './lint-example.js';

const docsDir = path.resolve(import.meta.dirname, '..', '..', 'docs', 'rules');

/** At least this many examples per page, so a broken parser cannot pass by finding none. */
const MIN_EXAMPLES: Record<string, number> = {
  'canonical-imports': 5,
  'max-lines': 2,
  'no-deprecated-enum-members': 2,
  'no-duplicate-definitions': 4,
  'no-module-singletons': 4,
  'no-process-env': 8,
};

const projects = createExampleProjects();
afterAll(() => projects.removeAll());

function describeMessages(linted: LintedExample): string {
  return (
    linted.messages.map((message) => `${message.line}:${message.column} ${message.message}`).join('\n') || '(none)'
  );
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

/** The code of a line before its `// ❌` comment. */
function codeBefore(line: string): string {
  const comment = line.search(/\/\/\s*❌/u);
  return (comment === -1 ? line : line.slice(0, comment)).trim();
}

function checkLineLabels(example: DocExample, linted: LintedExample): void {
  const reported = new Set(linted.messages.map((message) => message.line));
  for (const { line, label, fixTo, suggestionOnly } of example.lineLabels) {
    const where = `line ${line} (${lineOf(example.code, line).trim()})`;
    expect(
      reported.has(line),
      `${where} should ${label === 'incorrect' ? '' : 'not '}be reported; got:\n${describeMessages(linted)}`,
    ).toBe(label === 'incorrect');
    if (fixTo !== undefined) {
      expect(linted.output.split('\n'), 'the fix should keep the line count').toHaveLength(
        example.code.split('\n').length,
      );
      expect(codeBefore(lineOf(linted.output, line)), `--fix of ${where}`).toBe(fixTo);
    }
    if (suggestionOnly) {
      const messages = linted.messages.filter((message) => message.line === line);
      expect(
        messages.some((message) => (message.suggestions ?? []).length > 0),
        `${where} should offer a suggestion`,
      ).toBe(true);
      expect(
        messages.every((message) => message.fix === undefined),
        `${where} should not be fixed`,
      ).toBe(true);
    }
  }
  if (example.label === undefined) {
    const labelled = new Set(example.lineLabels.filter((line) => line.label === 'incorrect').map((line) => line.line));
    const stray = linted.messages.filter((message) => !labelled.has(message.line));
    expect(
      stray.map((message) => `${message.line}: ${message.message}`),
      'problems on lines not marked ❌',
    ).toEqual([]);
  }
}

function checkExample(rule: string, page: DocPage, example: DocExample): void {
  const linted = projects.lint(rule, page, example);
  const fatal = linted.messages.filter((message) => message.fatal === true);
  expect(
    fatal.map((message) => `${message.line}:${message.column} ${message.message}`),
    'the example should parse',
  ).toEqual([]);
  if (example.label === 'incorrect') {
    expect(linted.messages.length, `a ❌ example should be reported by ssot/${rule}`).toBeGreaterThan(0);
    if (example.errors !== undefined) {
      expect(linted.messages.length, `problems of the ❌ example:\n${describeMessages(linted)}`).toBe(example.errors);
    }
  }
  if (example.label === 'correct') {
    expect(describeMessages(linted), `a ✅ example should not be reported by ssot/${rule}`).toBe('(none)');
  }
  checkLineLabels(example, linted);
  if (example.fixOf !== undefined) {
    const source = page.examples.find((candidate) => candidate.id === example.fixOf);
    expect(source, `no example has "id": "${example.fixOf}"`).toBeDefined();
    expect(projects.lint(rule, page, source!).output, `--fix of the example "${example.fixOf}"`).toBe(example.code);
  }
}

const rules = fs
  .readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => path.basename(file, '.md'))
  .sort();

describe.each(rules)('docs/rules/%s.md', (rule) => {
  const page = parseDocPage(fs.readFileSync(path.join(docsDir, `${rule}.md`), 'utf8'));

  it('annotates every ❌/✅ TypeScript example, with one clear label each', () => {
    expect(page.problems).toEqual([]);
  });

  it(`has at least ${MIN_EXAMPLES[rule] ?? '(unknown page)'} examples`, () => {
    expect(MIN_EXAMPLES[rule], `add docs/rules/${rule}.md to MIN_EXAMPLES`).toBeDefined();
    expect(page.examples.length).toBeGreaterThanOrEqual(MIN_EXAMPLES[rule]!);
  });

  for (const example of page.examples) {
    const label = example.label === undefined ? '❌/✅ lines' : example.label === 'incorrect' ? '❌' : '✅';
    it(`line ${example.docLine}: ${label} ${example.file}`, () => checkExample(rule, page, example));
  }
});
