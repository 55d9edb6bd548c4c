// Globs of settings.ssot that match none of the linted files: a typo (`src/confg/**`) makes the real
// config module warn and the report miscount, and nothing else says so. Only `ssot-audit` sees the
// whole file list, so it is where this is checked.
import fs from 'node:fs';
import path from 'node:path';
import { globMatcher } from '../project/glob.js';
import { relativeToRoot } from '../project/paths.js';
import { parseSettings } from '../project/settings.js';
import type { CategoryOverride } from './collect.js';

/** A glob the user wrote that no linted file matches. */
export interface UnmatchedGlob {
  /**
   * Where it is written: `settings.ssot.configModules`, `settings.ssot.categories.api`, `--category api`,
   * `ssot/no-process-env option allowIn`, `ssot/max-lines option exceptions[0].files`.
   */
  setting: string;
  glob: string;
  /** How many linted files were checked against it. */
  files: number;
}

type WrittenGlobs = { setting: string; globs: readonly string[] }[];

const asGlobs = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** The options object of a rule in a calculated config (`[severity, options]`), if any. */
function optionsOf(rules: Record<string, unknown>, ruleId: string): Record<string, unknown> | undefined {
  const entry = rules[ruleId];
  const options: unknown = Array.isArray(entry) ? entry[1] : undefined;
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : undefined;
}

/** `list[i].key` of an options array of objects, as written globs named by their option path. */
function entryGlobs(list: unknown, option: string, key: string): WrittenGlobs {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => {
    const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
    const globs = asGlobs(value);
    return globs.length > 0 ? [{ setting: `${option}[${index}].${key}`, globs }] : [];
  });
}

/**
 * The file globs written in the options of the plugin's rules (relative to `rootDir`, like the
 * settings): `allowIn`, max-lines `overrides`/`exceptions`, canonical-imports `paths[].file` and
 * `shims.files`. Class-name globs (`allowClasses`) and module-specifier globs (`paths[].name`) name no
 * file and are not checked.
 */
export function ruleOptionGlobs(rules: Record<string, unknown> | undefined): WrittenGlobs {
  if (!rules) return [];
  const written: WrittenGlobs = [];
  for (const ruleId of ['ssot/no-process-env', 'ssot/no-module-singletons']) {
    const allowIn = asGlobs(optionsOf(rules, ruleId)?.allowIn);
    if (allowIn.length > 0) written.push({ setting: `${ruleId} option allowIn`, globs: allowIn });
  }
  const maxLines = optionsOf(rules, 'ssot/max-lines');
  written.push(...entryGlobs(maxLines?.overrides, 'ssot/max-lines option overrides', 'files'));
  written.push(...entryGlobs(maxLines?.exceptions, 'ssot/max-lines option exceptions', 'files'));
  const canonical = optionsOf(rules, 'ssot/canonical-imports');
  written.push(...entryGlobs(canonical?.paths, 'ssot/canonical-imports option paths', 'file'));
  const shims = canonical?.shims;
  const shimFiles = asGlobs(typeof shims === 'object' && shims !== null ? (shims as { files?: unknown }).files : []);
  if (shimFiles.length > 0) written.push({ setting: 'ssot/canonical-imports option shims.files', globs: shimFiles });
  return written;
}

/** The globs written in one `settings.ssot` (defaults are not the user's to fix), by where they are. */
function writtenGlobs(raw: unknown): { setting: string; globs: readonly string[] }[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const settings = raw as { testFiles?: unknown; configModules?: unknown; categories?: unknown };
  const written: { setting: string; globs: readonly string[] }[] = [];
  for (const key of ['testFiles', 'configModules'] as const) {
    const value = settings[key];
    if (Array.isArray(value)) written.push({ setting: `settings.ssot.${key}`, globs: value as string[] });
  }
  if (typeof settings.categories === 'object' && settings.categories !== null) {
    for (const [name, globs] of Object.entries(settings.categories)) {
      if (Array.isArray(globs)) written.push({ setting: `settings.ssot.categories.${name}`, globs: globs as string[] });
    }
  }
  return written;
}

/** Folders never searched for project files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every file under `rootDir` (relative, POSIX), outside node_modules and hidden folders. */
function filesOnDisk(rootDir: string): string[] {
  const files: string[] = [];
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(rootDir, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(relative);
      } else if (entry.isFile()) {
        files.push(relative);
      }
    }
  }
  return files;
}

/** What the check reads of a file's calculated config. */
export interface FileConfig {
  settings?: { ssot?: unknown };
  rules?: Record<string, unknown>;
}

/**
 * The globs of `settings.ssot` and of the plugin's rule options (each file's own, as flat config may
 * differ per file) and of `--category` that match none of the files linted with them, nor any file
 * under `rootDir` (a run over some folders only must not call the other folders' globs typos).
 */
export async function unmatchedGlobs(
  filePaths: readonly string[],
  configOf: (filePath: string) => Promise<FileConfig | undefined>,
  cwd: string,
  overrides: readonly CategoryOverride[] = [],
): Promise<UnmatchedGlob[]> {
  // Files grouped by the calculated config they are linted with (ESLint reuses the object).
  const groups = new Map<FileConfig | undefined, string[]>();
  for (const filePath of filePaths) {
    const config = await configOf(filePath);
    groups.set(config, [...(groups.get(config) ?? []), filePath]);
  }
  const unmatched: UnmatchedGlob[] = [];
  const reported = new Set<string>();
  for (const [config, files] of groups) {
    const raw = config?.settings?.ssot;
    const { rootDir } = parseSettings(raw, cwd);
    const relativePaths = files.flatMap((file) => relativeToRoot(file, rootDir) ?? []);
    const written = [
      ...writtenGlobs(raw).filter(({ setting }) => overrides.length === 0 || !setting.includes('.categories.')),
      ...overrides.map(({ name, files: globs }) => ({ setting: `--category ${name}`, globs })),
      ...ruleOptionGlobs(config?.rules),
    ];
    let onDisk: string[] | undefined;
    for (const { setting, globs } of written) {
      for (const glob of globs) {
        const matches = globMatcher([glob]);
        if (relativePaths.some((relativePath) => matches(relativePath))) continue;
        // Read the folder tree only for a glob the linted files do not match: rare, and then once.
        onDisk ??= filesOnDisk(rootDir);
        const key = `${setting}\0${glob}`;
        if (!reported.has(key) && !onDisk.some((relativePath) => matches(relativePath))) {
          reported.add(key);
          unmatched.push({ setting, glob, files: relativePaths.length });
        }
      }
    }
  }
  return unmatched;
}

/** `settings.ssot.configModules glob "src/confg/**" matches none of the 12 linted files.` */
export function describeUnmatched({ setting, glob, files }: UnmatchedGlob): string {
  return `${setting} glob ${JSON.stringify(glob)} matches none of the ${files} linted ${files === 1 ? 'file' : 'files'} (globs are relative to settings.ssot.rootDir).`;
}
