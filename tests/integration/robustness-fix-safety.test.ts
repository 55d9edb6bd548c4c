// Issue 10 item 2: fixes are safe. On temp copies of `examples/` and of the shims/aliases fixture:
// `eslint --fix` with the real CLI, then `tsc --noEmit` passes, a second lint finds nothing fixable,
// and every module exports the same values as the unfixed copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type CliLint,
  createScratch,
  describeBoth,
  examplesDir,
  type Finding,
  lintWithApi,
  lintWithCli,
  listSources,
  robustnessFixture,
  runTsc,
  typescriptVersionNames,
  snapshotTree,
  summarize,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

interface Project {
  name: string;
  source: string;
  /** Folders linted, as the user would pass them to the CLI. */
  targets: string[];
  aliases: Record<string, string>;
  /** Lines each fixed file must contain afterwards: the concrete rewrite, quotes and local names kept. */
  expectedFixes: Record<string, string[]>;
  /** `file:line ruleId` of what no fix can remove. */
  remaining: string[];
}

const projects: Project[] = [
  {
    name: 'examples',
    source: examplesDir,
    targets: ['src', 'tests'],
    aliases: { '@app': 'src' },
    expectedFixes: {
      'src/services/analytics.ts': [
        "import { ClickHouseService as ClickHouseClient, createClickHouseService } from '../db/clickhouse.js';",
      ],
      'src/services/exports.ts': [
        "import { quoteIdentifier } from '../db/sql.js';",
        "import { createClickHouseService } from '../db/clickhouse.js';",
      ],
      'src/services/reports.ts': ["import type { QueryResult } from '@app/db/clickhouse';"],
      'src/websocket/server.ts': [
        'export function startServer(mode: WebSocketManagerMode = WebSocketManagerMode.UNIFIED): string {',
        'export const emergencyMode = WebSocketManagerMode.UNIFIED;',
      ],
    },
    remaining: [
      'src/cache/redis.ts:18 ssot/no-module-singletons',
      'src/db/clickhouse.ts:3 ssot/no-duplicate-definitions',
      'src/routes/health.ts:5 ssot/no-process-env',
      'src/routes/stats.ts:4 ssot/no-duplicate-definitions',
      'tests/analytics.test.ts:361 ssot/max-lines',
    ],
  },
  {
    name: 'robustness fixture',
    source: robustnessFixture,
    targets: ['src'],
    aliases: { '@fx': 'src' },
    expectedFixes: {
      'src/consumers/configured.ts': [
        "import { capitalize as upperFirst } from '../util/text.js';",
        "import { capitalize as shout } from '@fx/util/text';",
        "import { clamp } from '@fx/util/numbers';",
      ],
      'src/consumers/edge.ts': [
        "import Default, { DatabaseClient as Renamed } from '../db/client.js';",
        "import { default as AlsoDefault } from '../db/client.js';",
        "import { DatabaseClient, type Row } from '../db/client.js';",
        "import type { DatabaseClient as ClientType } from '../db/client.js';",
        "import { DatabaseClient as OldClient, createClient as build } from '../db/client.js';",
        "export const statuses = { halted: S.Stopped, enabled: S['Active'] };",
      ],
      'src/consumers/enum-edge.ts': [
        "export const labels: Record<string, string> = { [Status.Active]: 'on', stopped: 'off' };",
        '    case Status.Stopped:',
        'export type Either = Status.Active | Status.Active;',
        'export const viaNamespace = statusModule.Status.Active;',
        'const { Low: Minor } = Level;',
        'export const optional = Level?.High;',
      ],
      'src/consumers/jobs.ts': [
        "import { DatabaseClient as LegacyClient, createClient } from '../db/client.js';",
        "import { formatBytes } from '@fx/util/format';",
        'export const defaultStatus = Status.Active;',
        '  return `${client.region} ${formatBytes(2048)} ${Status.Stopped}`;',
      ],
      'src/consumers/metrics.ts': [
        "import { DatabaseClient as Client, createClient as makeClient } from '@fx/db/client';",
        "import type { Row } from '@fx/db/client';",
        'export const threshold = Level.Low;',
        'export const levels = [Level.Low, Level.High, Level.High] as const;',
      ],
      'src/consumers/mixed.ts': [
        'import { DatabaseClient as LegacyClient, DEFAULT_POOL as poolSize } from "../db/client.js";',
      ],
      'src/consumers/namespace.ts': [
        // util/fmt.ts is only `export * from './format'`, which has no default export: the same names.
        "import * as fmt from '../util/format.js';",
        "import { DatabaseClient as Client } from '../db/client';",
      ],
      'src/consumers/reexports.ts': [
        // Line 1 goes on publishing LegacyClient, which the shim renames: only a suggestion.
        "export { LegacyClient, DEFAULT_POOL } from './../db/legacy-client.js';",
        "export { formatMs as formatDuration } from '../util/format.js';",
        "export type { Row as ClientRow } from '../db/client.js';",
      ],
      'src/db/old-client.ts': [
        "export { DatabaseClient as OldClient, createClient as makeClient } from './client.js';",
      ],
    },
    // Namespace, dynamic, `typeof import()` and `export *` references to a shim are reported
    // without a fix: the names they expose differ between the shim and its canonical module. A
    // deprecated member whose replacement has another value gets a suggestion, not a fix, and so does
    // a re-export that goes on publishing a name the shim renames.
    remaining: [
      'src/consumers/edge.ts:9 ssot/canonical-imports',
      'src/consumers/enum-edge.ts:6 ssot/no-deprecated-enum-members',
      'src/consumers/lazy.ts:2 ssot/canonical-imports',
      'src/consumers/namespace.ts:3 ssot/canonical-imports',
      'src/consumers/reexports.ts:1 ssot/canonical-imports',
      'src/consumers/star.ts:2 ssot/canonical-imports',
      'src/consumers/star.ts:3 ssot/canonical-imports',
      'src/routes/ping.ts:4 ssot/no-process-env',
      'src/state/registry.ts:2 ssot/no-module-singletons',
    ],
  },
];

describe.each(projects)('eslint --fix on a copy of $name', ({ source, targets, aliases, expectedFixes, remaining }) => {
  let before: string;
  let after: string;
  let beforeFindings: Finding[];
  let fixRun: CliLint;
  let afterLint: CliLint;
  let changedFiles: string[];
  let writtenFiles: string[];

  beforeAll(async () => {
    before = scratch.copy(source, aliases);
    after = scratch.copy(source, aliases);
    const unfixed = snapshotTree(after);
    [beforeFindings, fixRun] = await Promise.all([
      lintWithApi(before, targets),
      lintWithCli(after, ['--fix', ...targets]),
    ]);
    const fixed = snapshotTree(after);
    writtenFiles = [...new Set([...Object.keys(unfixed), ...Object.keys(fixed)])]
      .filter((file) => unfixed[file] !== fixed[file])
      .sort();
    afterLint = await lintWithCli(after, targets);
    changedFiles = listSources(before).filter(
      (file) => fs.readFileSync(path.join(before, file), 'utf8') !== fs.readFileSync(path.join(after, file), 'utf8'),
    );
  });

  it('rewrites each fixable import and enum member as expected', () => {
    expect(changedFiles).toEqual(Object.keys(expectedFixes).sort());
    for (const [file, lines] of Object.entries(expectedFixes)) {
      const fixed = fs.readFileSync(path.join(after, file), 'utf8').split('\n');
      for (const line of lines) expect(fixed, file).toContain(line);
    }
  });

  it('leaves exactly the problems no fix can remove', () => {
    expect(summarize(afterLint.findings)).toEqual(remaining);
  });

  it('writes nothing but the fixed files: no other file touched, created or removed', () => {
    expect(writtenFiles).toEqual(Object.keys(expectedFixes).sort());
  });

  it('lints without fatal errors before and after fixing', () => {
    expect(beforeFindings.filter((finding) => finding.fatal)).toEqual([]);
    expect(fixRun.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(afterLint.stderr).toBe('');
  });

  it.each(typescriptVersionNames)('leaves a project that type-checks with TypeScript %s', async (version) => {
    const tsc = await runTsc(path.join(after, 'tsconfig.json'), version);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('is idempotent: a second run finds no fixable problem and --fix changes nothing more', async () => {
    expect(afterLint.findings.filter((finding) => finding.fixable)).toEqual([]);
    expect(afterLint.findings).toEqual(fixRun.findings);
  });

  it('keeps the exported values of every module', async () => {
    // With the clock stopped: a value may measure time (examples/' query result holds the elapsed
    // milliseconds, 0 on one copy and 1 on the other when the machine is busy).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const file of listSources(path.join(before, 'src'))) {
        const [original, fixed] = await describeBoth(before, after, `src/${file}`);
        expect(fixed, file).toEqual(original);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('fixes only what was reported as fixable', () => {
    const fixableFiles = [
      ...new Set(beforeFindings.filter((finding) => finding.fixable).map((finding) => finding.file)),
    ];
    expect(changedFiles).toEqual(fixableFiles.sort());
  });
});
