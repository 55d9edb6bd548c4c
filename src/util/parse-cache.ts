import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { realpathOf } from './fs-cache.js';
import { isInside } from './paths.js';

export interface ParsedFile {
  filePath: string;
  text: string;
  ast: TSESTree.Program;
  mtimeMs: number;
}

/** Files this large are generated or vendored; parsing them for cross-file facts is not worth it. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Enough for every module a large project imports in one lint run, small enough for an editor. */
const MAX_CACHED_FILES = 2_000;

const PARSEABLE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

interface CacheEntry {
  version: string;
  mtimeMs: number;
  /** `null` once known to be unreadable or binary; `undefined` until read. */
  text: string | null | undefined;
  /** `null` once known to be unparsable; `undefined` until parsed. */
  parsed: ParsedFile | null | undefined;
  analyses: Map<string, unknown>;
}

/** Insertion-ordered map used as an LRU: a hit moves the entry to the end, overflow drops the first. */
// eslint-disable-next-line ssot/no-module-singletons -- shared by every file of a lint run; bounded and keyed by file version.
const cache = new Map<string, CacheEntry>();

function touch(filePath: string, entry: CacheEntry): void {
  cache.delete(filePath);
  cache.set(filePath, entry);
  while (cache.size > MAX_CACHED_FILES) {
    const oldest = cache.keys().next();
    if (oldest.done) break;
    cache.delete(oldest.value);
  }
}

function readText(filePath: string): string | null {
  try {
    const text = fs.readFileSync(filePath, 'utf8');
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

function parseText(filePath: string, text: string, mtimeMs: number): ParsedFile | null {
  try {
    const extension = path.extname(filePath);
    const ast = parse(text, {
      comment: true,
      loc: true,
      range: true,
      jsx: extension === '.tsx' || extension === '.jsx',
      filePath,
      sourceType: 'module',
    });
    return { filePath, text, ast, mtimeMs };
  } catch {
    return null;
  }
}

function entryFor(filePath: string, rootDir: string): CacheEntry | undefined {
  const absolute = path.resolve(filePath);
  if (!PARSEABLE_EXTENSIONS.has(path.extname(absolute))) return undefined;
  const realRoot = realpathOf(rootDir) ?? path.resolve(rootDir);
  const realFile = realpathOf(absolute);
  if (realFile === undefined || !isInside(realFile, realRoot)) return undefined;
  // A fresh stat on every call, unlike resolution: an editor re-lints right after a save, and the
  // file's version (mtime + size) is what keeps the parse and its analyses honest.
  let stats: fs.Stats;
  try {
    stats = fs.statSync(absolute);
  } catch {
    return undefined;
  }
  if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
  const version = `${stats.mtimeMs}:${stats.size}`;
  let entry = cache.get(absolute);
  if (entry?.version !== version) {
    entry = { version, mtimeMs: stats.mtimeMs, text: undefined, parsed: undefined, analyses: new Map() };
  }
  touch(absolute, entry);
  return entry;
}

/** Parses a project file once per version (path + mtime + size) with @typescript-eslint/parser's `parse`
 *  (comments, loc, range; jsx for .tsx/.jsx). `undefined` when unreadable, binary, unparsable or outside
 *  rootDir. Bounded (LRU) so a long-lived editor process does not grow without limit. Never throws. */
export function parseProjectFile(filePath: string, rootDir: string): ParsedFile | undefined {
  try {
    const entry = entryFor(filePath, rootDir);
    return entry ? parsedOf(filePath, entry) : undefined;
  } catch {
    return undefined;
  }
}

function textOf(entry: CacheEntry, absolute: string): string | undefined {
  if (entry.text === undefined) entry.text = readText(absolute);
  return entry.text ?? undefined;
}

function parsedOf(filePath: string, entry: CacheEntry): ParsedFile | undefined {
  if (entry.parsed === undefined) {
    const absolute = path.resolve(filePath);
    const text = textOf(entry, absolute);
    entry.parsed = text === undefined ? null : parseText(absolute, text, entry.mtimeMs);
  }
  return entry.parsed ?? undefined;
}

/**
 * The text of a project file, cached like `parseProjectFile` but without parsing, so that a cheap
 * look at the text can rule a file out before the parse. Same `undefined` cases. Never throws.
 */
export function readProjectFile(filePath: string, rootDir: string): string | undefined {
  try {
    const entry = entryFor(filePath, rootDir);
    return entry ? textOf(entry, path.resolve(filePath)) : undefined;
  } catch {
    return undefined;
  }
}

/** Memoizes `analyze(file)` per file version and analyzer key (e.g. 'shim', 'enum'). */
export function analyzeProjectFile<T>(
  filePath: string,
  rootDir: string,
  analyzer: string,
  analyze: (file: ParsedFile) => T,
): T | undefined {
  let entry: CacheEntry | undefined;
  try {
    entry = entryFor(filePath, rootDir);
  } catch {
    return undefined;
  }
  if (!entry) return undefined;
  if (entry.analyses.has(analyzer)) return entry.analyses.get(analyzer) as T;
  const parsed = parsedOf(filePath, entry);
  if (!parsed) return undefined;
  const result = analyze(parsed);
  entry.analyses.set(analyzer, result);
  return result;
}

/** Forgets every parsed file; for tests. */
export function clearParseCache(): void {
  cache.clear();
}
