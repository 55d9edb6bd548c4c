import path from 'node:path';

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
  // `.`/`..` segments or doubled separators need the full algorithm.
  const unusual = rest.startsWith('.') || rest.endsWith(path.sep) || rest.includes(`${path.sep}.`) || rest.includes(path.sep + path.sep);
  return unusual ? undefined : rest;
}

function isNormalAbsolute(p: string): boolean {
  return path.isAbsolute(p) && !p.includes(`${path.sep}.`) && !p.includes(path.sep + path.sep);
}

/** POSIX path of `filename` relative to `rootDir`, or `undefined` when the file lies outside it. */
export function relativeToRoot(filename: string, rootDir: string): string | undefined {
  if (isNormalAbsolute(filename) && isNormalAbsolute(rootDir)) {
    const rest = insidePart(filename, rootDir);
    if (rest !== undefined) return toPosix(rest);
  }
  const relative = path.relative(rootDir, filename);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** True when `filename` is `dir` itself or lies inside it (no `..` escape). */
export function isInside(filename: string, dir: string): boolean {
  if (filename === dir) return true;
  if (isNormalAbsolute(filename) && isNormalAbsolute(dir) && insidePart(filename, dir) !== undefined) return true;
  const relative = path.relative(dir, filename);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
