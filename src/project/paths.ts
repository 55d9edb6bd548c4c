import path from 'node:path';
import { realpathOf } from './fs-cache.js';

/**
 * `child` with the `parent` prefix removed when `child` lies strictly inside `parent`, both
 * absolute and normalised; `undefined` when that cannot be told from the strings alone. Every
 * rule asks this for every file, and `path.relative` resolves both paths again each time.
 */
function insidePart(child: string, parent: string): string | undefined {
  const prefixLength = parent.endsWith(path.sep) ? parent.length : parent.length + 1;
  if (child.length <= prefixLength || !child.startsWith(parent)) return undefined;
  if (!parent.endsWith(path.sep) && child[parent.length] !== path.sep) return undefined;
  const rest = child.slice(prefixLength);
  return rest.endsWith(path.sep) ? undefined : rest;
}

/** A `.` or `..` segment, or an empty one (`a//b`): such paths need the full algorithm. */
const UNUSUAL_SEGMENT = path.sep === '/' ? /(?:^|\/)\.{1,2}(?:\/|$)|\/\// : /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]/;

function isNormalAbsolute(p: string): boolean {
  return path.isAbsolute(p) && !UNUSUAL_SEGMENT.test(p);
}

/**
 * `path.resolve(base, file)` without its cost when `file` is already absolute and normal, as the
 * paths ESLint and the resolver hand around are: rules ask this several times per import.
 */
export function absolutePath(file: string, base?: string): string {
  if (isNormalAbsolute(file) && !file.endsWith(path.sep)) return file;
  return base === undefined ? path.resolve(file) : path.resolve(base, file);
}

/** POSIX path of `filename` relative to `rootDir`, or `undefined` when the file lies outside it. */
export function relativeToRoot(filename: string, rootDir: string): string | undefined {
  if (isNormalAbsolute(filename) && isNormalAbsolute(rootDir)) {
    const rest = insidePart(filename, rootDir);
    if (rest !== undefined) return toPosix(rest);
  }
  const relative = path.relative(rootDir, filename);
  if (relative === '' || isParentPath(relative) || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

/** `..` or `../…`: the path climbs out (a name like `..cache` does not). */
function isParentPath(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`);
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** True when `filename` is `dir` itself or lies inside it (no `..` escape). */
export function isInside(filename: string, dir: string): boolean {
  if (filename === dir) return true;
  if (isNormalAbsolute(filename) && isNormalAbsolute(dir) && insidePart(filename, dir) !== undefined) return true;
  const relative = path.relative(dir, filename);
  return relative === '' || (!isParentPath(relative) && !path.isAbsolute(relative));
}

/**
 * Whether `file` is a file of the project under `rootDir` that may be read: its real path (symlinks
 * followed) lies inside the real `rootDir`, so that no link leads outside, and the path as written
 * lies inside `rootDir` too, so that it can be told relative to `rootDir`. `false` for a file that
 * does not exist. The one answer of the resolver and the parse cache.
 */
export function isWithinRoot(file: string, rootDir: string): boolean {
  const absoluteRoot = absolutePath(rootDir);
  const realFile = realpathOf(file);
  const realRoot = realpathOf(rootDir) ?? absoluteRoot;
  return realFile !== undefined && isInside(realFile, realRoot) && isInside(absolutePath(file), absoluteRoot);
}

/**
 * Whether TypeScript treats `filename` as a declaration file, where every declaration is ambient:
 * `.d.ts`, `.d.mts`, `.d.cts`, or a `.ts` file whose name holds `.d.` (`styles.d.css.ts`, the
 * declarations of an arbitrary extension). Its own rule, `getDeclarationFileExtension`; `.d.tsx` is
 * an ordinary TSX file to it.
 */
export function isDeclarationFile(filename: string): boolean {
  const base = path.basename(filename);
  return /\.d\.[cm]?ts$/.test(base) || (base.endsWith('.ts') && base.includes('.d.'));
}
