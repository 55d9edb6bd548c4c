// Issue 10 item 5, long-lived processes: the ESLint Node API used like an editor (one process, one
// ESLint instance, the same importer linted again and again while the shim or the enum it imports is
// edited) gives fresh results every time with bounded memory. And ESLint's own `--cache` does NOT
// re-lint an importer when only its shim changed: a limitation documented here and in the README.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  lintWithCli,
  loadESLint,
  robustnessFixture,
  setMtime,
  summarize,
  toFindings,
} from './helpers.js';
import { retainedHeap } from '../helpers/heap.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

const IMPORTER = 'src/consumers/jobs.ts';
const SHIM = 'src/db/legacy-client.ts';
const ENUM = 'src/status.ts';
// Same length as `@deprecated`, so an edit changes the mtime but not the size of the file.
const NOT_DEPRECATED = '@undeprecat';

/**
 * Turns the first `@deprecated` tag (or its stand-in) of `file` on or off, keeping its size, and
 * gives the file the mtime `when`, so each edit is a new version even within one millisecond.
 */
function setDeprecated(project: string, file: string, deprecated: boolean, when: Date): void {
  const full = path.join(project, file);
  const text = fs.readFileSync(full, 'utf8');
  const [from, to] = deprecated ? [NOT_DEPRECATED, '@deprecated'] : ['@deprecated', NOT_DEPRECATED];
  fs.writeFileSync(full, text.replace(from, to));
  setMtime(full, when);
}

/** What the importer must report when the shim and `Status.Enabled` are (not) deprecated. */
function expected(shimDeprecated: boolean, enumDeprecated: boolean): string[] {
  return [
    ...(shimDeprecated ? [`${IMPORTER}:1 ssot/canonical-imports`] : []),
    `${IMPORTER}:2 ssot/canonical-imports`,
    ...(enumDeprecated ? [`${IMPORTER}:5 ssot/no-deprecated-enum-members`] : []),
    `${IMPORTER}:10 ssot/no-deprecated-enum-members`,
  ];
}

describe('an editor-like process linting an importer 50 times while its shim and enum change', () => {
  const runs: Array<{ run: number; expected: string[]; actual: string[] }> = [];
  let heapAfter10 = 0;
  let heapAfter50 = 0;

  beforeAll(async () => {
    const project = scratch.copy(robustnessFixture, { '@fx': 'src' });
    const ESLint = await loadESLint();
    const eslint = new ESLint({ cwd: project });
    const start = Date.now();
    let shimDeprecated = true;
    let enumDeprecated = true;
    for (let run = 1; run <= 50; run += 1) {
      // Odd runs edit the shim, even runs the enum; each edit flips its deprecation.
      if (run > 1 && run % 2 === 1) {
        shimDeprecated = !shimDeprecated;
        setDeprecated(project, SHIM, shimDeprecated, new Date(start + run * 1_000));
      } else if (run > 1) {
        enumDeprecated = !enumDeprecated;
        setDeprecated(project, ENUM, enumDeprecated, new Date(start + run * 1_000));
      }
      const results = await eslint.lintFiles([IMPORTER]);
      runs.push({
        run,
        expected: expected(shimDeprecated, enumDeprecated),
        actual: summarize(toFindings(results, project)),
      });
      if (run === 10) heapAfter10 = retainedHeap();
      if (run === 50) heapAfter50 = retainedHeap();
    }
  });

  it('starts from the expected reports', () => {
    expect(runs[0]?.actual).toEqual(expected(true, true));
  });

  // Runs back to back, far less than fs-cache.ts's 2 s trust window apart: the parse cache must
  // re-stat each file (its version is mtime + size) instead of trusting the cached stat.
  it('gives fresh results after every edit (caches keyed by path + mtime)', () => {
    expect(runs.filter(({ expected: want, actual }) => JSON.stringify(want) !== JSON.stringify(actual))).toEqual([]);
  });

  it('keeps retained memory bounded: heap after run 50 within 8 MB of run 10', () => {
    expect(heapAfter10).toBeGreaterThan(0);
    expect(heapAfter50 - heapAfter10).toBeLessThan(8 * 1024 * 1024);
  });
});

describe("ESLint's --cache and cross-file rules (documented limitation)", () => {
  it('keeps reporting an importer whose shim is no longer deprecated until the cache is dropped', async () => {
    const project = scratch.copy(robustnessFixture, { '@fx': 'src' });
    const cacheArgs = ['--cache', '--cache-location', path.join(project, '.eslintcache'), IMPORTER];
    const shimReport = `${IMPORTER}:1 ssot/canonical-imports`;

    const first = await lintWithCli(project, cacheArgs);
    expect(summarize(first.findings)).toContain(shimReport);

    setDeprecated(project, SHIM, false, new Date(Date.now() + 1_000));
    const cached = await lintWithCli(project, cacheArgs);
    const fresh = await lintWithCli(project, [IMPORTER]);

    // The importer itself did not change, so ESLint replays its cached result: stale.
    expect(summarize(cached.findings)).toContain(shimReport);
    // Without the cache the same run is right.
    expect(summarize(fresh.findings)).not.toContain(shimReport);
  });
});
