// bench/rule-cost.js: each rule's whole cost to linting, on files parsed once, with per-file
// blocks applied to the rule they name only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleCosts } from '../../bench/rule-cost.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-rule-cost-'));
const files = Array.from({ length: 20 }, (_, index) => {
  const file = path.join(dir, `${index < 5 ? 'skip' : 'file'}-${index}.ts`);
  // Long enough that linting them (the baseline) takes far longer than the timer's noise.
  const lines = Array.from({ length: 300 }, (_, line) => `export const value${line}: number = ${index} + ${line};`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const WORK_MS = 4;

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const plugin = {
  rules: {
    // 4 ms of work per file and a report on each: well above the jitter of a round on a busy
    // machine (a few ms), which subtracting the baseline's best round cannot remove.
    slow: {
      meta: { type: 'problem', schema: [], messages: { seen: 'seen' } },
      create: (context: { report: (descriptor: object) => void }) => ({
        Program(node: object) {
          busyWait(WORK_MS);
          context.report({ node, messageId: 'seen' });
        },
      }),
    },
    // Listens to a node type these files do not have: next to nothing to add.
    quiet: { meta: { type: 'problem', schema: [] }, create: () => ({ DebuggerStatement() {} }) },
    // The same with long options checked against a schema: the CLI validates them once per config,
    // so they must not be charged again on every file.
    configured: {
      meta: {
        type: 'problem',
        schema: [{ type: 'array', items: { type: 'string', pattern: '^[a-z]+/[a-z]+\\*{0,2}$' } }],
      },
      create: () => ({ DebuggerStatement() {} }),
    },
  },
};

describe('steady-state rule cost (bench/rule-cost.js)', () => {
  const result = ruleCosts({
    cwd: dir,
    files,
    baseConfig: { files: ['**/*.ts'], plugins: { t: plugin }, languageOptions: { parser: tsParser } },
    rules: {
      't/slow': 'error',
      't/quiet': 'error',
      't/configured': ['error', Array.from({ length: 20_000 }, (_, index) => `src/${'abcdefghij'[index % 10]}**`)],
    },
    blocks: [
      { files: ['**/skip-*.ts'], rules: { 't/slow': 'off' } },
      // Names t/slow only: run with t/quiet alone, these files must not get t/slow.
      { files: ['**/file-1*.ts'], rules: { 't/slow': ['error'] } },
    ],
    minRounds: 5,
  });

  it('charges each rule what it adds to linting over a rule that listens to nothing', () => {
    expect(result.files).toBe(20);
    expect(result.fatal).toBe(0);
    // 15 files with the slow rule on (the block turns it off on 5), WORK_MS each.
    const slow = result.rules_ms['t/slow'] ?? Number.NaN;
    const quiet = result.rules_ms['t/quiet'] ?? Number.NaN;
    expect(slow).toBeGreaterThanOrEqual(15 * WORK_MS * 0.9);
    // Linting itself (the baseline) is not charged to a rule that does next to nothing.
    expect(quiet).toBeLessThan(result.baseline_ms / 2);
    expect(quiet).toBeLessThan(slow / 4);
  });

  it('does not charge a rule for normalizing its config on every file', () => {
    // Validating 20,000 option strings on each of 20 files cost ≈ 3–4 ms a file when every verify()
    // built its own config array; once per contender, nothing is left for the rounds.
    const configured = result.rules_ms['t/configured'] ?? Number.NaN;
    expect(configured).toBeLessThan(result.baseline_ms / 2);
    expect(configured).toBeLessThan((15 * WORK_MS) / 4);
  });

  it('applies a per-file block only to the rule it names and counts each rule’s messages', () => {
    expect(result.messages_by_rule).toEqual({ 't/slow': 15, 't/quiet': 0, 't/configured': 0 });
  });
});
