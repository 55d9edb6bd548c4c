import path from 'node:path';

/** POSIX path of `filename` relative to `rootDir`, or `undefined` when the file lies outside it. */
export function relativeToRoot(filename: string, rootDir: string): string | undefined {
  const relative = path.relative(rootDir, filename);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** True when `filename` is `dir` itself or lies inside it (no `..` escape). */
export function isInside(filename: string, dir: string): boolean {
  const relative = path.relative(dir, filename);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
