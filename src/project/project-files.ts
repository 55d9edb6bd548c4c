import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { registerCache } from './cache-registry.js';
import { perFsWindow } from './fs-cache.js';
import { isDeclarationFile, toPosix } from './paths.js';

/**
 * The source files of the project under `rootDir`, for analyses that need the whole project at once
 * (which modules define a name). What is not the project's own code is left out: `node_modules`,
 * folders whose name starts with a dot, everything a `.gitignore` on the way ignores (builds,
 * generated code, coverage), and type declaration files.
 */

const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
/** A project larger than this is walked no further: the index then covers the first files found. */
const MAX_FILES = 100_000;

interface IgnoreRules {
  /** The folder the `.gitignore` lies in; its patterns are relative to it. */
  dir: string;
  rules: Ignore;
}

/**
 * The rules of `dir`'s `.gitignore`. Asked only where one was seen (a listing, `existsSync`): most
 * folders have none, and a failed read costs an exception, several times a look.
 */
function gitignoreIn(dir: string): IgnoreRules | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore({ allowRelativePaths: true }).add(text) };
}

/** Whether the `.gitignore` files from the outermost in ignore `file`: a deeper one may take back (`!x`) what an outer one ignored. */
function isIgnored(file: string, isDir: boolean, rules: readonly IgnoreRules[]): boolean {
  let ignored = false;
  for (const { dir, rules: matcher } of rules) {
    const relative = toPosix(path.relative(dir, file));
    const verdict = matcher.test(isDir ? `${relative}/` : relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

function readEntries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * The `.gitignore` files of the folders above `rootDir` up to its repository's root (the nearest
 * folder with `.git`): a package linted on its own still leaves out what its repository ignores,
 * unless the repository ignores `rootDir` itself.
 */
function inheritedRules(rootDir: string): IgnoreRules[] {
  const above: IgnoreRules[] = [];
  for (let dir = rootDir; ;) {
    if (fs.existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) return [];
    dir = parent;
    const rules = fs.existsSync(path.join(dir, '.gitignore')) ? gitignoreIn(dir) : undefined;
    if (rules) above.unshift(rules);
  }
  // A project kept in a folder its enclosing repository ignores (a checkout inside a build or cache
  // folder) is not that repository's code: its rules would leave out every file.
  return isIgnored(rootDir, true, above) ? [] : above;
}

function walk(rootDir: string): string[] {
  const files: string[] = [];
  const pending: { dir: string; rules: readonly IgnoreRules[] }[] = [{ dir: rootDir, rules: inheritedRules(rootDir) }];
  for (let next = pending.pop(); next && files.length < MAX_FILES; next = pending.pop()) {
    const { dir, rules: inherited } = next;
    const entries = readEntries(dir);
    const own = entries.some((entry) => entry.name === '.gitignore' && !entry.isDirectory())
      ? gitignoreIn(dir)
      : undefined;
    const rules = own ? [...inherited, own] : inherited;
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      // `dir` is normal and absolute and a name holds no separator: joining needs no normalizing.
      const full = dir.endsWith(path.sep) ? `${dir}${entry.name}` : `${dir}${path.sep}${entry.name}`;
      if (entry.isDirectory()) {
        if (!isIgnored(full, true, rules)) pending.push({ dir: full, rules });
      } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !isDeclarationFile(entry.name)) {
        if (!isIgnored(full, false, rules)) files.push(full);
      }
    }
  }
  return files.sort();
}

// Which files exist is trusted for one file-system window, like the stats it rests on.
const listings = perFsWindow(() => new Map<string, readonly string[]>());
registerCache('project-files: source files per root', listings.reset);

/** The project's source files under `rootDir` (absolute, sorted); see the module comment for what is left out. */
export function projectSourceFiles(rootDir: string): readonly string[] {
  const known = listings.current();
  let files = known.get(rootDir);
  if (!files) {
    files = walk(rootDir);
    known.set(rootDir, files);
  }
  return files;
}
