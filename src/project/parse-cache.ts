import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { ByteBudgetLru } from './byte-budget-lru.js';
import { registerCache } from './cache-registry.js';
import { currentStatOf } from './fs-cache.js';
import { absolutePath, isWithinRoot } from './paths.js';
import { detached } from '../util/detached.js';

export interface ParsedFile {
  filePath: string;
  text: string;
  ast: TSESTree.Program;
  mtimeMs: number;
}

/** Files this large are generated or vendored; parsing them for cross-file facts is not worth it. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Enough for every module a large project imports in one lint run, small enough for an editor:
 *  an entry holds the file's version and the small analyzer results, never its text or tree. */
const MAX_CACHED_FILES = 2_000;
/** Texts are kept only while the analyzers of the files being linted read them, so the budget is
 *  what a few dozen typical modules weigh (characters of text), not the project's sources. */
const TEXT_BUDGET_CHARS = 1_000_000;
/** Syntax trees are large (a 28k-line module's is tens of MB) and analyzers keep only small facts,
 *  so only recent trees are kept, weighed by the length of their text: enough that the analyzers of
 *  one file, asked in turn while the same file is linted, share one parse. */
const TREE_BUDGET_CHARS = 250_000;

const PARSEABLE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

interface CacheEntry {
  version: string;
  mtimeMs: number;
  /** Known to be unreadable or binary: no analyzer needs to read it again for this version. */
  unreadable: boolean;
  /** Known to be unparsable: no analyzer needs to try again for this version. */
  unparsable: boolean;
  analyses: Map<string, unknown>;
}

/** Insertion-ordered map used as an LRU: a hit moves the entry to the end, overflow drops the first. */
// eslint-disable-next-line ssot/no-module-singletons -- shared by every file of a lint run; bounded and keyed by file version.
const cache = new Map<string, CacheEntry>();
/** The recent texts, keyed by path, each for the version of its entry. */
// eslint-disable-next-line ssot/no-module-singletons -- as above; holds at most TEXT_BUDGET_CHARS characters.
const texts = new ByteBudgetLru<string, { entry: CacheEntry; text: string }>(TEXT_BUDGET_CHARS);
/** The recent syntax trees, keyed by path, each for the version of its entry. */
// eslint-disable-next-line ssot/no-module-singletons -- as above; holds trees of at most TREE_BUDGET_CHARS characters of text.
const trees = new ByteBudgetLru<string, { entry: CacheEntry; parsed: ParsedFile }>(TREE_BUDGET_CHARS);

function touch<T>(map: Map<string, T>, key: string, value: T, limit: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/** A project file's text, `null` when it cannot be read or is binary (a NUL in it). */
function readText(filePath: string): string | null {
  const text = readProjectText(filePath)?.text;
  return text === undefined || text.includes('\u0000') ? null : text;
}

function parseText(filePath: string, text: string, mtimeMs: number): ParsedFile | null {
  try {
    const extension = path.extname(filePath);
    // typescript-estree's own `parse`: the parser's would add tokens and scope analysis, which
    // no analysis of another file reads.
    const ast = parse(text, {
      comment: true,
      loc: true,
      range: true,
      jsx: extension === '.tsx' || extension === '.jsx',
      filePath,
      sourceType: 'module',
      loggerFn: false,
    });
    return { filePath, text, ast, mtimeMs };
  } catch {
    return null;
  }
}

/**
 * The version (mtime + size) of a file worth reading for cross-file facts: a regular file of at most
 * `MAX_FILE_BYTES`. It keeps a parse, an analysis or a scan honest: taken afresh once any file is
 * linted again (an editor re-lints after a save), shared within a CLI run. `undefined` otherwise.
 */
export function projectFileVersion(absolute: string): { version: string; mtimeMs: number } | undefined {
  const stats = currentStatOf(absolute);
  const version = stats ? versionOf(stats) : undefined;
  return stats && version !== undefined ? { version, mtimeMs: stats.mtimeMs } : undefined;
}

/**
 * The version `stats` give a file worth reading, `undefined` for anything else. One spelling for
 * `projectFileVersion` and `readProjectText`: a scan kept for the one is checked against the other.
 */
function versionOf(stats: fs.Stats): string | undefined {
  return stats.isFile() && stats.size <= MAX_FILE_BYTES ? `${stats.mtimeMs}:${stats.size}` : undefined;
}

/** Where `readProjectText` reads a file that fits (most source files do); a larger one gets its own buffer. */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/**
 * The text of a project file worth reading (see `projectFileVersion`) and the version it was read
 * at, for reading every file of a project: one open, the version from the open file itself (no
 * second stat), most into one reused buffer; ASCII text (most source files) is decoded byte for byte,
 * a third of the cost of UTF-8 decoding, to the same string. `undefined` when unreadable or too large.
 */
export function readProjectText(absolute: string): { text: string; version: string } | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(absolute, 'r');
    const stats = fs.fstatSync(descriptor);
    const version = versionOf(stats);
    if (version === undefined) return undefined;
    const buffer = stats.size <= READ_BUFFER.length ? READ_BUFFER : Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let read = -1; read !== 0 && length < stats.size; length += read)
      read = fs.readSync(descriptor, buffer, length, stats.size - length, length);
    const bytes = buffer.subarray(0, length);
    return {
      text: isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'),
      version,
    };
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

function entryFor(filePath: string, rootDir: string): CacheEntry | undefined {
  const absolute = absolutePath(filePath);
  if (!PARSEABLE_EXTENSIONS.has(path.extname(absolute))) return undefined;
  if (!isWithinRoot(absolute, rootDir)) return undefined;
  const current = projectFileVersion(absolute);
  if (!current) return undefined;
  const { version, mtimeMs } = current;
  let entry = cache.get(absolute);
  if (entry?.version !== version) {
    entry = { version, mtimeMs, unreadable: false, unparsable: false, analyses: new Map() };
  }
  touch(cache, absolute, entry, MAX_CACHED_FILES);
  return entry;
}

function textOf(entry: CacheEntry, absolute: string): string | undefined {
  if (entry.unreadable) return undefined;
  const kept = texts.get(absolute);
  if (kept?.entry === entry) return kept.text;
  const text = readText(absolute);
  if (text === null) {
    entry.unreadable = true;
    texts.delete(absolute);
    return undefined;
  }
  texts.set(absolute, { entry, text }, text.length);
  return text;
}

/** The tree of a project file (comments, loc, range; jsx for .tsx/.jsx; no tokens). Only the last few
 *  trees are kept, so a file is parsed again once evicted; analyses keep their results for longer. */
function parsedOf(filePath: string, entry: CacheEntry): ParsedFile | undefined {
  if (entry.unparsable) return undefined;
  const absolute = absolutePath(filePath);
  const kept = trees.get(absolute);
  if (kept?.entry === entry) return kept.parsed;
  const text = textOf(entry, absolute);
  const parsed = text === undefined ? null : parseText(absolute, text, entry.mtimeMs);
  if (!parsed) {
    entry.unparsable = true;
    trees.delete(absolute);
    return undefined;
  }
  trees.set(absolute, { entry, parsed }, text?.length ?? 0);
  return parsed;
}

/** What an analysis returns when the file cannot be read or parsed now: not memoized, tried again later. */
const UNAVAILABLE = Symbol('unavailable');

/**
 * Memoizes `compute(entry)` per file version and analyzer key, on the entry of a project file.
 * `undefined` for files outside the project or unreadable, and when `compute` says `UNAVAILABLE`.
 */
function memoizedAnalysis<T>(
  filePath: string,
  rootDir: string,
  analyzer: string,
  compute: (entry: CacheEntry) => T | typeof UNAVAILABLE,
): T | undefined {
  let entry: CacheEntry | undefined;
  try {
    entry = entryFor(filePath, rootDir);
  } catch {
    return undefined;
  }
  if (!entry) return undefined;
  if (entry.analyses.has(analyzer)) return entry.analyses.get(analyzer) as T | undefined;
  const result = compute(entry);
  if (result === UNAVAILABLE) return undefined;
  // A key may hold a name cut from a file's text (`ssot:mentions\0<name>`): kept, it would hold the text.
  entry.analyses.set(detached(analyzer), result);
  return result;
}

/**
 * Memoizes `analyze(text)` per file version and analyzer key, like `analyzeProjectFile` without the
 * parse: for looks at the text that decide whether a parse is needed at all. Never throws.
 */
export function analyzeProjectText<T>(
  filePath: string,
  rootDir: string,
  analyzer: string,
  analyze: (text: string) => T,
): T | undefined {
  return memoizedAnalysis(filePath, rootDir, analyzer, (entry) => {
    const text = textOf(entry, absolutePath(filePath));
    return text === undefined ? UNAVAILABLE : analyze(text);
  });
}

/**
 * Memoizes `analyze(head)` per file version and analyzer key, where `head` is the text of the file's
 * first `bytes` bytes (a character cut in two at the end decodes as U+FFFD): for looks at how a
 * module starts (its leading comments) that spare reading it whole. Never throws.
 */
export function analyzeProjectHead<T>(
  filePath: string,
  rootDir: string,
  analyzer: string,
  bytes: number,
  analyze: (head: string) => T,
): T | undefined {
  return memoizedAnalysis(filePath, rootDir, analyzer, () => {
    const head = readHead(absolutePath(filePath), bytes);
    return head === null ? UNAVAILABLE : analyze(head);
  });
}

function readHead(filePath: string, bytes: number): string | null {
  try {
    const descriptor = fs.openSync(filePath, 'r');
    try {
      // Only the bytes read are decoded: the buffer need not be zeroed.
      const buffer = Buffer.allocUnsafe(bytes);
      return buffer.toString('utf8', 0, fs.readSync(descriptor, buffer, 0, bytes, 0));
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    return null;
  }
}

/**
 * Memoizes `analyze(file)` per file version and analyzer key (e.g. 'shim', 'enum'). The result is
 * kept with the file's entry, so it must not hold on to the tree. `mayMatter`, a cheap test of the
 * text, spares the parse of files it rules out: their result is `undefined`, also memoized.
 */
export function analyzeProjectFile<T>(
  filePath: string,
  rootDir: string,
  analyzer: string,
  analyze: (file: ParsedFile) => T,
  mayMatter?: (text: string) => boolean,
): T | undefined {
  return memoizedAnalysis<T | undefined>(filePath, rootDir, analyzer, (entry) => {
    if (mayMatter) {
      const text = textOf(entry, absolutePath(filePath));
      if (text === undefined) return UNAVAILABLE;
      if (!mayMatter(text)) return undefined;
    }
    const parsed = parsedOf(filePath, entry);
    return parsed ? analyze(parsed) : UNAVAILABLE;
  });
}

/**
 * Hands the cache an analysis a rule made of the file it is linting (from the tree ESLint parsed of
 * `text`, the text ESLint hands rules: without a byte order mark), so that the files linted after it
 * need not parse it again for that analyzer. Taken only when `text` is the file's saved text (an
 * editor lints unsaved text), which the file is read again to tell: a read costs little beside a
 * parse, and the text is not kept. `analyze` runs only then. Never throws.
 */
export function offerProjectAnalysis(
  filePath: string,
  rootDir: string,
  analyzer: string,
  text: string,
  analyze: () => unknown,
): void {
  memoizedAnalysis(filePath, rootDir, analyzer, () => {
    // Read after the entry's version was taken, as `textOf` does: the text is at least that recent.
    const saved = readText(absolutePath(filePath));
    const unmarked = saved?.startsWith('\uFEFF') ? saved.slice(1) : saved;
    return unmarked === text ? analyze() : UNAVAILABLE;
  });
}

registerCache('parse-cache: file texts, analyses and syntax trees', () => {
  cache.clear();
  texts.clear();
  trees.clear();
});
