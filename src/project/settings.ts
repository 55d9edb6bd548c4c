import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { registerCache } from './cache-registry.js';
import { globError, matchesAny } from './glob.js';
import { isDirectory } from './fs-cache.js';
import { absolutePath, relativeToRoot } from './paths.js';
import { workspaceRootOf } from './workspaces.js';

/** Project facts shared by every rule and the compliance report: `settings.ssot` in the flat config. */
export interface SsotSettings {
  /** Globs (relative to `rootDir`) of test files. */
  testFiles?: string[];
  /** Globs (relative to `rootDir`) of configuration modules, the only ones that may read the environment. */
  configModules?: string[];
  /**
   * Directory that globs are relative to and outside which no source file is read; a relative one is
   * taken from ESLint's `cwd`. Default: the nearest workspace root at or above the `cwd` (a folder
   * whose `package.json` has `workspaces`, or with a `pnpm-workspace.yaml`), else the `cwd`.
   */
  rootDir?: string;
  /** Report categories: name → globs, first match wins; files matching none are `real_system`. */
  categories?: Record<string, string[]>;
}

export interface ResolvedSettings {
  testFiles: readonly string[];
  configModules: readonly string[];
  rootDir: string;
  categories: readonly { name: string; files: readonly string[] }[];
}

export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/*.{test,spec,mock}.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/tests/**',
  '**/test/**',
];
export const DEFAULT_CONFIG_MODULES: readonly string[] = ['**/config/**', '**/*.config.*'];
export const DEFAULT_CATEGORY = 'real_system';
export const TEST_CATEGORY = 'test_files';

const KNOWN_KEYS = new Set(['testFiles', 'configModules', 'rootDir', 'categories']);

export class SsotSettingsError extends Error {
  constructor(message: string) {
    super(`eslint-plugin-ssot: invalid settings.ssot: ${message}`);
    this.name = 'SsotSettingsError';
  }
}

function readGlobList(value: unknown, key: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new SsotSettingsError(`"${key}" must be an array of glob strings, got ${JSON.stringify(value)}.`);
  }
  for (const glob of value as string[]) {
    const problem = globError(glob);
    if (problem) throw new SsotSettingsError(`"${key}" has an invalid glob ${JSON.stringify(glob)}: ${problem}.`);
  }
  return value as string[];
}

/** Validates a raw `settings.ssot` value; throws `SsotSettingsError` naming the offending key. */
export function parseSettings(raw: unknown, cwd: string): ResolvedSettings {
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    throw new SsotSettingsError(`expected an object, got ${JSON.stringify(raw)}.`);
  }
  const input = (raw ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new SsotSettingsError(`unknown key "${key}". Known keys: ${[...KNOWN_KEYS].join(', ')}.`);
    }
  }
  if (input.rootDir !== undefined && (typeof input.rootDir !== 'string' || input.rootDir === '')) {
    throw new SsotSettingsError(`"rootDir" must be a non-empty string, got ${JSON.stringify(input.rootDir)}.`);
  }
  const testFiles = readGlobList(input.testFiles, 'testFiles') ?? DEFAULT_TEST_FILES;
  const configModules = readGlobList(input.configModules, 'configModules') ?? DEFAULT_CONFIG_MODULES;

  let categories: { name: string; files: string[] }[];
  if (input.categories === undefined) {
    categories = [{ name: TEST_CATEGORY, files: [...testFiles] }];
  } else {
    const value = input.categories;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new SsotSettingsError(`"categories" must be an object of name → globs, got ${JSON.stringify(value)}.`);
    }
    categories = Object.entries(value).map(([name, files]) => ({
      name,
      files: readGlobList(files, `categories.${name}`) ?? [],
    }));
  }

  return {
    testFiles,
    configModules,
    rootDir:
      input.rootDir === undefined
        ? (workspaceRootOf(path.resolve(cwd)) ?? path.resolve(cwd))
        : path.resolve(cwd, input.rootDir),
    categories,
  };
}

// eslint-disable-next-line ssot/no-module-singletons -- validated settings, keyed by the config's own settings object.
let cache = new WeakMap<object, Map<string, ResolvedSettings>>();
const NO_SETTINGS = {};
// eslint-disable-next-line ssot/no-module-singletons -- the same, keyed by what the settings say (see contentKey).
let byContent = new Map<string, ResolvedSettings>();
registerCache('settings: validated settings', () => {
  cache = new WeakMap();
  byContent = new Map();
});

/**
 * ESLint hands every file of a config the same settings object; oxlint hands each file a new copy
 * (each validated again: 5–15 µs a rule and file, and a stat of rootDir), so settings are also known by
 * their content.
 * `undefined` for settings JSON cannot spell (a function, a symbol): those are known by identity alone.
 */
function contentKey(raw: unknown, cwd: string): string | undefined {
  try {
    const json = JSON.stringify(raw, (_key, value: unknown) => {
      if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('not JSON');
      return value;
    }) as string | undefined;
    return `${cwd}\0${json ?? ''}`;
  } catch {
    return undefined;
  }
}

/**
 * A `rootDir` that is not a directory would silently drop every report (no file is inside it), so
 * it stops the lint instead. Checked once per settings object and cwd, like the rest.
 */
function assertRootDirExists(raw: unknown, rootDir: string): void {
  if (isDirectory(rootDir)) return;
  const written = (raw as { rootDir?: unknown } | undefined)?.rootDir;
  const source = written === undefined ? 'the default rootDir' : `"rootDir" ${JSON.stringify(written)}`;
  throw new SsotSettingsError(`${source} resolves to ${rootDir}, which is not a directory.`);
}

/**
 * The validated `settings.ssot` of the file being linted. Validation runs once per settings (object
 * or content, see contentKey) and cwd, so rules may call this freely.
 */
export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ResolvedSettings {
  const raw = (context.settings as Record<string, unknown> | undefined)?.ssot;
  const cacheKey = typeof raw === 'object' && raw !== null ? raw : NO_SETTINGS;
  let byCwd = cache.get(cacheKey);
  if (!byCwd) {
    byCwd = new Map();
    cache.set(cacheKey, byCwd);
  }
  const cwd = context.cwd;
  let resolved = byCwd.get(cwd);
  if (!resolved) {
    const key = contentKey(raw, cwd);
    resolved = key === undefined ? undefined : byContent.get(key);
    if (!resolved) {
      resolved = parseSettings(raw, cwd);
      assertRootDirExists(raw, resolved.rootDir);
      if (key !== undefined) byContent.set(key, resolved);
    }
    byCwd.set(cwd, resolved);
  }
  return resolved;
}

/**
 * Path of the linted file relative to `rootDir` (POSIX), or `undefined` when outside it. A relative
 * file name (`Linter#verify` with one) is taken from ESLint's `cwd`, as `rootDir` is.
 */
export function projectPath(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): string | undefined {
  const filename = absolutePath(context.physicalFilename, context.cwd);
  const { rootDir } = getSettings(context);
  // Every rule asks for the file being linted, one after the other.
  if (lastProjectPath.filename !== filename || lastProjectPath.rootDir !== rootDir) {
    lastProjectPath = { filename, rootDir, relative: relativeToRoot(filename, rootDir) };
  }
  return lastProjectPath.relative;
}

interface ProjectPathAnswer {
  filename: string;
  rootDir: string;
  relative: string | undefined;
}
/** Before the first file: no linted file has an empty name, so the first call computes its answer. */
const NO_PROJECT_PATH: ProjectPathAnswer = { filename: '', rootDir: '', relative: undefined };
// eslint-disable-next-line ssot/no-module-singletons -- the last answer of projectPath, a pure function of its key.
let lastProjectPath: ProjectPathAnswer = NO_PROJECT_PATH;
registerCache('settings: last project path', () => {
  lastProjectPath = NO_PROJECT_PATH;
});

/** True when the linted file matches `settings.ssot.testFiles`. */
export function isTestFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  return matchesAny(getSettings(context).testFiles, projectPath(context));
}

/** Category of a project-relative path for the compliance report. */
export function categoryOf(settings: ResolvedSettings, relativePath: string | undefined): string {
  for (const category of settings.categories) {
    if (matchesAny(category.files, relativePath)) return category.name;
  }
  return DEFAULT_CATEGORY;
}
