// The repository's own modules, for tests that hold a reading of every module to another one.
import fs from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * JavaScript and TypeScript files under `dir`, hidden folders left out. Without `withDeclarations`,
 * declaration files and installed packages (`node_modules`) are left out too; with it, a fixture's
 * installed packages and their declarations are read as well.
 */
export function sourceFiles(dir: string, { withDeclarations = false } = {}): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || (!withDeclarations && entry.name === 'node_modules')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full, { withDeclarations });
    if (!/\.[cm]?[jt]sx?$/.test(entry.name)) return [];
    return withDeclarations || !/\.d\.[cm]?ts$/.test(entry.name) ? [full] : [];
  });
}

/** `sourceFiles` of the repository's folders of code: src, tests, examples and bench. */
export function repositorySources(options: { withDeclarations?: boolean } = {}): string[] {
  return ['src', 'tests', 'examples', 'bench'].flatMap((folder) => sourceFiles(path.join(REPO, folder), options));
}
