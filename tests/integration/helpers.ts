// Shared harness for the integration tests: they run the BUILT plugin (`dist/`) through the real
// ESLint CLI and Node API, on copies of on-disk projects, the way users run it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ESLint as ESLintClass, Linter } from 'eslint';
import { defaultEslintPackage, selectedEslintPackage } from '../../scripts/eslint-under-test.js';

const execFileAsync = promisify(execFile);

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const examplesDir = path.join(repoRoot, 'examples');
export const robustnessFixture = path.join(repoRoot, 'tests', 'fixtures', 'robustness');
export const distEntry = path.join(repoRoot, 'dist', 'index.js');

/**
 * The ESLint under test: the package SSOT_ESLINT selects (scripts/eslint-under-test.js; each vitest
 * project sets it), run by path, never through `node_modules/.bin/eslint`, which an ESLint alias
 * may have taken over (the same file says how).
 */
export const eslintPackage = selectedEslintPackage();
export const eslintBin = path.join(repoRoot, 'node_modules', eslintPackage, 'bin', 'eslint.js');
/**
 * The TypeScript versions users type-check with that fixes must satisfy: the dev dependency and the
 * `typescript-v6` npm alias (typescript-eslint supports TypeScript < 6.1).
 */
export const typescriptVersions = {
  '5.9': path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
  '6.0': path.join(repoRoot, 'node_modules', 'typescript-v6', 'bin', 'tsc'),
} as const;
export type TypescriptVersion = keyof typeof typescriptVersions;
/** The names of `typescriptVersions`, for `it.each`. */
export const typescriptVersionNames = Object.keys(typescriptVersions) as TypescriptVersion[];

/** The installed version of the ESLint under test, from its package.json. */
export function eslintVersion(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'node_modules', eslintPackage, 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** Its major version, for test titles. */
export const eslintMajor = Number(eslintVersion().split('.')[0]);

/**
 * Whether the ESLint under test is the default (the devDependency). Tests that do not depend on
 * SSOT_ESLINT, or compare every installed ESLint themselves, run only there, once per `npm test`.
 */
export const isDefaultEslint = eslintPackage === defaultEslintPackage;

/**
 * The version package.json pins for the ESLint installed as `name`: `10.15.0` for `eslint`, `9.15.0`
 * for `"eslint-v9-15": "npm:eslint@9.15.0"`. Read from the manifest, not node_modules, so a test can
 * check that what ran is what the project asks for.
 */
export function pinnedEslintVersion(name: string): string | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return manifest.devDependencies[name]?.replace(/^npm:eslint@/, '');
}

/** Every finding the recommended preset gives on examples/, one per case the project shows. */
export const examplesFindings = [
  'src/cache/redis.ts:18 ssot/no-module-singletons',
  'src/db/clickhouse.ts:3 ssot/no-duplicate-definitions',
  'src/routes/health.ts:5 ssot/no-process-env',
  'src/routes/stats.ts:4 ssot/no-duplicate-definitions',
  'src/services/analytics.ts:1 ssot/canonical-imports',
  'src/services/exports.ts:1 ssot/canonical-imports',
  'src/services/reports.ts:1 ssot/canonical-imports',
  'src/websocket/server.ts:5 ssot/no-deprecated-enum-members',
  'src/websocket/server.ts:9 ssot/no-deprecated-enum-members',
  'src/websocket/server.ts:12 ssot/no-deprecated-enum-members',
  'src/websocket/server.ts:12 ssot/no-deprecated-enum-members',
  'src/websocket/server.ts:14 ssot/no-deprecated-enum-members',
  'tests/analytics.test.ts:361 ssot/max-lines',
];

/** The `ESLint` class of the ESLint under test (Node API, as editors and scripts use it). */
export async function loadESLint(): Promise<typeof ESLintClass> {
  const entry = path.join(repoRoot, 'node_modules', eslintPackage, 'lib', 'api.js');
  const api = (await import(pathToFileURL(entry).href)) as { ESLint: typeof ESLintClass };
  return api.ESLint;
}

/** The built plugin, loaded from `dist/` like `import ssot from 'eslint-plugin-ssot'` does. */
export async function loadPlugin(): Promise<{
  rules: Record<string, unknown>;
  configs: Record<'recommended' | 'strict', Linter.Config>;
}> {
  const plugin = (await import(pathToFileURL(distEntry).href)) as {
    default: { rules: Record<string, unknown>; configs: Record<'recommended' | 'strict', Linter.Config> };
  };
  return plugin.default;
}

export interface Scratch {
  /**
   * Copies `source` to a fresh temp dir and makes it a project of its own: `eslint-plugin-ssot`
   * resolves to this checkout (so its `dist/` is what runs), `@types/node` is visible to `tsc`, and
   * a `package.json` marks the `.js` config as ESM. `aliases` maps extra package names to folders of
   * the copy, so runtime imports of tsconfig `paths` aliases resolve when vitest imports the modules.
   */
  copy: (source: string, aliases?: Record<string, string>) => string;
  /** Removes every copy; pass to `afterAll`. */
  removeAll: () => void;
}

/** Temp project copies of one test file. */
export function createScratch(): Scratch {
  const dirs: string[] = [];
  return {
    copy(source, aliases = {}) {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-robustness-')));
      dirs.push(dir);
      fs.cpSync(source, dir, { recursive: true, filter: (from) => !from.split(path.sep).includes('node_modules') });
      const modules = path.join(dir, 'node_modules');
      fs.mkdirSync(path.join(modules, '@types'), { recursive: true });
      fs.symlinkSync(repoRoot, path.join(modules, 'eslint-plugin-ssot'), 'dir');
      fs.symlinkSync(
        path.join(repoRoot, 'node_modules', '@types', 'node'),
        path.join(modules, '@types', 'node'),
        'dir',
      );
      for (const [name, target] of Object.entries(aliases)) {
        fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
        fs.symlinkSync(path.join(dir, target), path.join(modules, name), 'dir');
      }
      if (!fs.existsSync(path.join(dir, 'package.json'))) {
        fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
      }
      return dir;
    },
    removeAll() {
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProcessResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `node ...args` in `cwd`; a non-zero exit is a result, not an exception. */
export async function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<ProcessResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failure.code !== 'number') throw error;
    return { status: failure.code, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** Runs the real ESLint CLI (`node [nodeArgs] <eslint>/bin/eslint.js ...args`) in `cwd`. */
export function runEslintCli(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ProcessResult> {
  return runNode([...nodeArgs, eslintBin, ...args], cwd, env);
}

/** One lint message, reduced to what the tests compare: where, which rule, what it says. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string | null;
  message: string;
  fixable: boolean;
  fatal: boolean;
}

export interface CliLint extends ProcessResult {
  findings: Finding[];
}

/** Flattens ESLint results to sorted findings with POSIX paths relative to `cwd`. */
export function toFindings(results: ESLintClass.LintResult[], cwd: string): Finding[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: path.relative(cwd, result.filePath).split(path.sep).join('/'),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        message: message.message,
        fixable: message.fix !== undefined,
        fatal: message.fatal === true,
      })),
    )
    .sort(compareFindings);
}

/** Findings in reading order: file, line, column, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    String(a.ruleId).localeCompare(String(b.ruleId))
  );
}

/**
 * Runs the CLI with `--format json` and parses the findings. Exit code 2 (ESLint's "crashed or
 * misconfigured") throws with its stderr, so a test sees the real cause.
 */
export async function lintWithCli(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<CliLint> {
  const run = await runEslintCli(cwd, ['--format', 'json', ...args], env, nodeArgs);
  if (run.status === 2) throw new Error(`ESLint exited with 2 in ${cwd}:\n${run.stderr}\n${run.stdout}`);
  const results = JSON.parse(run.stdout) as ESLintClass.LintResult[];
  return { ...run, findings: toFindings(results, cwd) };
}

/**
 * What the CLI reports in `project` (`eslint .`), then `eslint --fix .`, then what it reports after;
 * `nodeArgs` go to every run (a `--require` preload, say).
 */
export async function lintFixLint(
  project: string,
  nodeArgs: string[] = [],
): Promise<{ before: CliLint; fix: CliLint; after: CliLint }> {
  const before = await lintWithCli(project, ['.'], {}, nodeArgs);
  const fix = await lintWithCli(project, ['--fix', '.'], {}, nodeArgs);
  return { before, fix, after: await lintWithCli(project, ['.'], {}, nodeArgs) };
}

/** The first line of `file` (relative to `project`), where the fixed import is. */
export function firstLineOf(project: string, file: string): string {
  return fs.readFileSync(path.join(project, file), 'utf8').split('\n')[0] ?? '';
}

/** Lints `targets` in `cwd` with the Node API of the ESLint under test (no process start). */
export async function lintWithApi(cwd: string, targets: string[]): Promise<Finding[]> {
  const ESLint = await loadESLint();
  return toFindings(await new ESLint({ cwd }).lintFiles(targets), cwd);
}

/** `file:line ruleId` lines: a compact, diffable view for `toEqual` assertions. */
export function summarize(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId ?? '(fatal)'}`);
}

/** `tsc --noEmit -p <project>` with one of `typescriptVersions` (the dev dependency by default). */
export function runTsc(project: string, version: TypescriptVersion = '5.9'): Promise<ProcessResult> {
  return runNode([typescriptVersions[version], '--noEmit', '-p', project], path.dirname(project));
}

/** Every file under `dir` (outside node_modules) → size, mtime and content hash. */
export function snapshotTree(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile()) {
        const stats = fs.statSync(full);
        const hash = createHash('sha1').update(fs.readFileSync(full)).digest('hex');
        snapshot[path.relative(dir, full).split(path.sep).join('/')] = `${stats.size}:${stats.mtimeMs}:${hash}`;
      } else {
        snapshot[path.relative(dir, full).split(path.sep).join('/')] = entry.isSymbolicLink() ? 'symlink' : 'special';
      }
    }
  };
  walk(dir);
  return snapshot;
}

/**
 * A structural description of a module's exports that is equal for two copies of the same source:
 * values by content, functions and classes by name, arity and prototype members (their identity
 * differs between copies by construction). Zero-argument plain functions are called, so a default
 * parameter that went through a rewritten import is compared by its result too.
 */
export function describeValue(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const isClass = /^class\b/.test(Function.prototype.toString.call(fn));
    const described: Record<string, unknown> = {
      kind: isClass ? 'class' : 'function',
      name: fn.name,
      length: fn.length,
    };
    if (isClass) {
      described.members = Object.getOwnPropertyNames(fn.prototype as object).sort();
    } else if (fn.length === 0 && fn.constructor.name === 'Function') {
      try {
        described.returns = describeValue(fn(), depth + 1);
      } catch (error) {
        described.throws = error instanceof Error ? error.message : String(error);
      }
    }
    return described;
  }
  if (value instanceof Map) return { kind: 'Map', entries: describeValue([...value.entries()], depth + 1) };
  if (value instanceof Set) return { kind: 'Set', values: describeValue([...value.values()], depth + 1) };
  if (Array.isArray(value)) return value.map((item) => describeValue(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const described: Record<string, unknown> = { kind: value.constructor?.name ?? 'null-prototype' };
    for (const key of Object.keys(value).sort()) {
      described[key] = describeValue((value as Record<string, unknown>)[key], depth + 1);
    }
    return described;
  }
  return value;
}

/**
 * Imports `file` (TypeScript; vitest transforms it) and describes its exports. Exported
 * zero-argument functions are awaited as well, so async results are compared too.
 */
export async function describeModule(file: string): Promise<Record<string, unknown>> {
  const namespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const described: Record<string, unknown> = {};
  for (const key of Object.keys(namespace).sort()) {
    const value = namespace[key];
    described[key] = describeValue(value);
    if (typeof value === 'function' && value.length === 0 && value.constructor.name === 'AsyncFunction') {
      described[`${key}()`] = describeValue(await (value as () => Promise<unknown>)());
    }
  }
  return described;
}

/** `describeModule` of the same file in an unfixed copy and in the fixed project: what the two export. */
export function describeBoth(
  original: string,
  project: string,
  file: string,
): Promise<[Record<string, unknown>, Record<string, unknown>]> {
  return Promise.all([describeModule(path.join(original, file)), describeModule(path.join(project, file))]);
}

/** Every `.ts` file under `dir`, relative POSIX paths, sorted. */
export function listSources(dir: string, extension = '.ts'): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith(extension) && !file.split('/').includes('node_modules'))
    .sort();
}

/** Sets a file's mtime (and atime) to `when`: distinct, known versions even for edits in the same millisecond. */
export function setMtime(file: string, when: Date): void {
  fs.utimesSync(file, when, when);
}
