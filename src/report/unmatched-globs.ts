// Globs of settings.ssot that match none of the linted files: a typo (`src/confg/**`) makes the real
// config module warn and the report miscount, and nothing else says so. Only `ssot-audit` sees the
// whole file list, so it is where this is checked.
import fs from 'node:fs';
import path from 'node:path';
import { globMatcher } from '../project/glob.js';
import { relativeToRoot } from '../project/paths.js';
import { parseSettings } from '../project/settings.js';
import type { CategoryOverride, SettingsLookup } from './collect.js';

/** A glob the user wrote that no linted file matches. */
export interface UnmatchedGlob {
  /** Where it is written: `settings.ssot.configModules`, `settings.ssot.categories.api`, `--category api`. */
  setting: string;
  glob: string;
  /** How many linted files were checked against it. */
  files: number;
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

/**
 * The globs of `settings.ssot` (each file's own, as flat config may differ per file) and of
 * `--category` that match none of the files linted with them, nor any file under `rootDir` (a run
 * over some folders only must not call the other folders' globs typos).
 */
export async function unmatchedGlobs(
  filePaths: readonly string[],
  settingsOf: SettingsLookup,
  cwd: string,
  overrides: readonly CategoryOverride[] = [],
): Promise<UnmatchedGlob[]> {
  // Files grouped by the settings object they are linted with.
  const groups = new Map<unknown, string[]>();
  for (const filePath of filePaths) {
    const raw = await settingsOf(filePath);
    groups.set(raw, [...(groups.get(raw) ?? []), filePath]);
  }
  const unmatched: UnmatchedGlob[] = [];
  for (const [raw, files] of groups) {
    const { rootDir } = parseSettings(raw, cwd);
    const relativePaths = files.flatMap((file) => relativeToRoot(file, rootDir) ?? []);
    const written = [
      ...writtenGlobs(raw).filter(({ setting }) => overrides.length === 0 || !setting.includes('.categories.')),
      ...overrides.map(({ name, files: globs }) => ({ setting: `--category ${name}`, globs })),
    ];
    let onDisk: string[] | undefined;
    for (const { setting, globs } of written) {
      for (const glob of globs) {
        const matches = globMatcher([glob]);
        if (relativePaths.some((relativePath) => matches(relativePath))) continue;
        // Read the folder tree only for a glob the linted files do not match: rare, and then once.
        onDisk ??= filesOnDisk(rootDir);
        if (!onDisk.some((relativePath) => matches(relativePath))) {
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
