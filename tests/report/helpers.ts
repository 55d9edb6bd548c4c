// `ssot-audit` in-process for the report tests: arguments in, exit code and output out.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { main } from '../../src/report/run-cli.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A small project with its own eslint.config.js (loading the built plugin). */
export const fixture = path.join(repoRoot, 'tests/fixtures/report');
export const NOW = new Date('2026-01-02T03:04:05.000Z');

/** A scratch directory outside the repository (so no eslint.config.* above it), removed after the test. */
export function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssot-audit-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function runCli(argv: string[], options: { cwd?: string; stdoutIsTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd ?? fixture,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    now: NOW,
  });
  return { code, stdout, stderr };
}
