import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { realpathOf, statOf } from './fs-cache.js';
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
  parsed: ParsedFile | undefined;
  analyses: Map<string, unknown>;
}

/** Insertion-ordered map used as an LRU: a hit moves the entry to the end, overflow drops the first. */
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

function readAndParse(filePath: string, mtimeMs: number): ParsedFile | undefined {
  try {
    const text = fs.readFileSync(filePath, 'utf8');
    if (text.includes('\u0000')) return undefined;
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
    return undefined;
  }
}

function entryFor(filePath: string, rootDir: string): CacheEntry | undefined {
  const absolute = path.resolve(filePath);
  if (!PARSEABLE_EXTENSIONS.has(path.extname(absolute))) return undefined;
  const realRoot = realpathOf(rootDir) ?? path.resolve(rootDir);
  const realFile = realpathOf(absolute);
  if (realFile === undefined || !isInside(realFile, realRoot)) return undefined;
  const stats = statOf(absolute);
  if (!stats?.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
  const version = `${stats.mtimeMs}:${stats.size}`;
  let entry = cache.get(absolute);
  if (entry?.version !== version) {
    entry = { version, parsed: readAndParse(absolute, stats.mtimeMs), analyses: new Map() };
  }
  touch(absolute, entry);
  return entry;
}

/** Parses a project file once per version (path + mtime + size) with @typescript-eslint/parser's `parse`
 *  (comments, loc, range; jsx for .tsx/.jsx). `undefined` when unreadable, binary, unparsable or outside
 *  rootDir. Bounded (LRU) so a long-lived editor process does not grow without limit. Never throws. */
export function parseProjectFile(filePath: string, rootDir: string): ParsedFile | undefined {
  try {
    return entryFor(filePath, rootDir)?.parsed;
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
  if (!entry?.parsed) return undefined;
  if (entry.analyses.has(analyzer)) return entry.analyses.get(analyzer) as T;
  const result = analyze(entry.parsed);
  entry.analyses.set(analyzer, result);
  return result;
}

/** Forgets every parsed file; for tests. */
export function clearParseCache(): void {
  cache.clear();
}
