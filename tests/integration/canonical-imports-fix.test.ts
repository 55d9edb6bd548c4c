// `eslint --fix` with ssot/canonical-imports on a copy of a fixture project, through the real CLI and
// the built plugin (dist/): the fixed project still type-checks, the fixes are the expected ones, and
// a second run finds nothing fixable (idempotent). Run `npm run build` first. The CLI is the one
// SSOT_ESLINT selects (see helpers.ts), so this is also the `--fix` check of the lowest ESLint.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eslintBin, typescriptVersionNames, typescriptVersions } from './helpers.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/fix-project');
const distEntry = path.join(repoRoot, 'dist/index.js');

interface Finding {
  file: string;
  line: number;
  message: string;
  fixable: boolean;
  suggestions: number;
}

function flatConfig(): string {
  return `import ssot from ${JSON.stringify(pathToFileURL(distEntry).href)};

export default [
  ssot.configs.recommended,
  {
    rules: {
      'ssot/canonical-imports': ['error', {
        paths: [{ file: 'src/legacy/format.ts', canonical: 'src/core/format.ts', importNames: { formatRow: 'formatRecord' } }],
      }],
    },
  },
];
`;
}

/** Runs the ESLint CLI in `cwd`; exit code 1 only means "problems found". */
async function lint(cwd: string, ...args: string[]): Promise<Finding[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [eslintBin, '--format', 'json', ...args, 'src'], { cwd }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || failed.stdout === undefined)
      throw new Error(`eslint failed: ${failed.stderr ?? String(error)}`);
    stdout = failed.stdout;
  }
  const results = JSON.parse(stdout) as Array<{
    filePath: string;
    messages: Array<{
      ruleId: string | null;
      line: number;
      message: string;
      fix?: unknown;
      suggestions?: unknown[];
      fatal?: boolean;
    }>;
  }>;
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        if (message.fatal) throw new Error(`fatal lint error in ${result.filePath}: ${message.message}`);
        return {
          file: path.relative(cwd, result.filePath).split(path.sep).join('/'),
          line: message.line,
          message: `${message.ruleId}: ${message.message}`,
          fixable: message.fix !== undefined,
          suggestions: message.suggestions?.length ?? 0,
        };
      }),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Every source file of the project with its content, for "nothing changed" comparisons. */
function sources(project: string): Record<string, string> {
  const files = fs.readdirSync(path.join(project, 'src'), { recursive: true, encoding: 'utf8' });
  return Object.fromEntries(
    files.filter((file) => file.endsWith('.ts')).map((file) => [file, read(project, path.join('src', file))]),
  );
}

function read(project: string, file: string): string {
  return fs.readFileSync(path.join(project, file), 'utf8');
}

describe('canonical-imports: eslint --fix on a copy of the fix fixture', () => {
  let project: string;
  let before: Finding[];
  let after: Finding[];

  beforeAll(async () => {
    if (!fs.existsSync(distEntry)) throw new Error('dist/ is missing: run `npm run build` first.');
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-canonical-fix-'));
    fs.cpSync(fixture, project, { recursive: true });
    fs.writeFileSync(path.join(project, 'eslint.config.js'), flatConfig());
    before = await lint(project);
    await lint(project, '--fix');
    after = await lint(project);
  });

  afterAll(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  it('reports every reference to a shim or configured file before fixing', () => {
    expect(before.filter((finding) => finding.fixable).map(({ file, line }) => `${file}:${line}`)).toEqual([
      'src/db/old-client.ts:2',
      'src/services/named.ts:1',
      'src/services/named.ts:2',
      'src/services/named.ts:3',
      'src/services/named.ts:4',
      'src/services/reexports.ts:2',
      'src/services/reexports.ts:3',
      'src/services/suggestions.ts:14',
    ]);
  });

  it('rewrites specifiers in the user style and renames imported names, keeping local names', () => {
    expect(read(project, 'src/services/named.ts').split('\n').slice(0, 4)).toEqual([
      "import { DatabaseClient as LegacyClient, createClient as make } from '../db/client.js';",
      'import type { Row } from "@app/db/client";',
      "import { DatabaseClient as Client, createClient as makeClient } from '@app/db/client';",
      "import { DatabaseClient } from '../db/client';",
    ]);
    expect(read(project, 'src/services/reexports.ts')).toBe(
      [
        // Goes on publishing LegacyClient, which the shim renames: a suggestion, as the fix would drop its tag.
        "export { LegacyClient, DEFAULT_POOL as pool } from './../db/legacy-client.js';",
        "export type { Row as ClientRow } from '../db/client.js';",
        "export { formatRecord as formatRow } from '../core/format.js';",
        '',
      ].join('\n'),
    );
    expect(read(project, 'src/db/old-client.ts')).toContain(
      "export { DatabaseClient as OldClient, createClient as makeClient } from './client.js';",
    );
  });

  it('leaves what is only a suggestion or a report untouched', () => {
    const original = fs.readFileSync(path.join(fixture, 'src/services/suggestions.ts'), 'utf8');
    expect(read(project, 'src/services/suggestions.ts')).toBe(
      original.replace("import('../db/legacy-client.js').Row", "import('../db/client.js').Row"),
    );
  });

  it.each(typescriptVersionNames)('leaves a project that type-checks with TypeScript %s', async (version) => {
    const result = await run(process.execPath, [
      typescriptVersions[version],
      '--noEmit',
      '-p',
      path.join(project, 'tsconfig.json'),
    ]).then(
      () => ({ code: 0, output: '' }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, output: error.stdout }),
    );
    expect(result).toEqual({ code: 0, output: '' });
  });

  it('is idempotent: nothing fixable is left, only suggestions and reports', async () => {
    expect(after.filter((finding) => finding.fixable)).toEqual([]);
    expect(after.map(({ file, line, suggestions }) => `${file}:${line} suggestions=${suggestions}`)).toEqual([
      'src/services/reexports.ts:1 suggestions=1',
      'src/services/suggestions.ts:1 suggestions=1',
      'src/services/suggestions.ts:2 suggestions=1',
      'src/services/suggestions.ts:3 suggestions=0',
      'src/services/suggestions.ts:9 suggestions=1',
      'src/services/suggestions.ts:13 suggestions=1',
    ]);
    const snapshot = sources(project);
    await lint(project, '--fix');
    expect(sources(project)).toEqual(snapshot);
  });
});
