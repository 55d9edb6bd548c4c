import fs from 'node:fs';

/**
 * How long file-system answers (stat, realpath, tsconfig) are trusted. A CLI run reuses them for
 * thousands of files; an editor that re-lints after a save sees renamed or new files within a
 * moment instead of never.
 */
const TRUST_MS = 2_000;

/* eslint-disable ssot/no-module-singletons -- one file-system view per ESLint process is the point:
   every rule and file of a lint run shares it, and the trust window above bounds its staleness. */
let createdAt = 0;
let statCache = new Map<string, fs.Stats | null>();
let realpathCache = new Map<string, string | null>();
const windowListeners: Array<() => void> = [];
/* eslint-enable ssot/no-module-singletons */

function refreshWindow(): void {
  const now = Date.now();
  if (now - createdAt <= TRUST_MS) return;
  createdAt = now;
  statCache = new Map();
  realpathCache = new Map();
  for (const listener of windowListeners) listener();
}

/** Registers a cache that must be emptied whenever file-system answers stop being trusted. */
export function onFsCacheExpiry(clear: () => void): void {
  windowListeners.push(clear);
}

/**
 * Empties every cache once its trust window has passed. Caches built on these answers call it before
 * a lookup, so a cache hit cannot outlive the window even when no stat happens in between.
 */
export function expireStaleFsCache(): void {
  refreshWindow();
}

/** `fs.statSync` that never throws (`undefined` for missing or unreadable paths), cached briefly. */
export function statOf(filePath: string): fs.Stats | undefined {
  refreshWindow();
  let stats = statCache.get(filePath);
  if (stats === undefined) {
    try {
      stats = fs.statSync(filePath);
    } catch {
      stats = null;
    }
    statCache.set(filePath, stats);
  }
  return stats ?? undefined;
}

export function isFile(filePath: string): boolean {
  return statOf(filePath)?.isFile() === true;
}

export function isDirectory(filePath: string): boolean {
  return statOf(filePath)?.isDirectory() === true;
}

/** `fs.realpathSync` that never throws, cached briefly. */
export function realpathOf(filePath: string): string | undefined {
  refreshWindow();
  let real = realpathCache.get(filePath);
  if (real === undefined) {
    try {
      real = fs.realpathSync(filePath);
    } catch {
      real = null;
    }
    realpathCache.set(filePath, real);
  }
  return real ?? undefined;
}

/** Empties every file-system cache; for tests that change files between runs. */
export function clearFsCache(): void {
  createdAt = 0;
  refreshWindow();
}
