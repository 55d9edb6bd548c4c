import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { registerCache } from './cache-registry.js';

/**
 * How long file-system answers (stat, realpath, tsconfig) are trusted once the process has linted
 * a file a second time (an editor, a watcher): renamed or new files are seen within a moment.
 */
const TRUST_MS = 2_000;
/**
 * A pause this long between look-ups also ends the trust. A CLI run, which lints every file once,
 * keeps its answers as long as it keeps linting: no file of the project changes under it.
 */
const IDLE_MS = 1_000;
/**
 * A gap in the look-ups is a pause only when the event loop was busy for less than this share of
 * it. Between two files of a run it is parsing the next one (a large module takes seconds on a
 * loaded machine); an editor waiting for the user sits idle in the loop.
 */
const BUSY_SHARE = 0.5;
/** A gap this long is a pause however busy the process was: no file takes that long to parse. */
const MAX_BUSY_GAP_MS = 30_000;
/** How stale the event loop's active time taken at a look-up may be; small next to `IDLE_MS`. */
const ACTIVE_SAMPLE_MS = 50;
/** Lint runs remembered for `noteLintedFile`; past this many files the memory starts over. */
const MAX_REMEMBERED_FILES = 50_000;

/* eslint-disable ssot/no-module-singletons -- one file-system view per ESLint process is the point:
   every rule and file of a lint run shares it, and the trust window above bounds its staleness. */
let createdAt = 0;
let lastUsedAt = 0;
/** The event loop's active time (ms, see `eventLoopActiveMs`) at `activeSampledAt`, a recent look-up. */
let activeAtLastUse = 0;
let activeSampledAt = 0;
/** `isLink`: the path itself is a symbolic link (`stats` describe its target). */
let statCache = new Map<string, { stats: fs.Stats | null; epoch: number; isLink: boolean }>();
let realpathCache = new Map<string, string | null>();
/** Bumped whenever a file is linted again (see `noteLintedFile`); file versions from an older epoch are re-checked. */
let epoch = 0;
/** Bumped with every new window and every new epoch; see `fsGeneration`. */
let generation = 0;
/** Bumped with every new window only; see `perFsWindow`. */
let windowGeneration = 0;
const lintedFiles = new Set<string>();
// Which lint (SourceCode) came last, told by a number kept beside it in a WeakMap: the SourceCode
// itself (its text and tree) is not kept for as long as the process lives. Not a WeakRef: V8 keeps a
// WeakRef's target until the current job ends, so a synchronous loop over `Linter.verify` would keep
// every file it linted.
let lintSerial = 0;
let lintSerials = new WeakMap<object, number>();
/* eslint-enable ssot/no-module-singletons */

/**
 * How long the event loop has run code rather than waited for events, in ms; cheaper to read than
 * the process CPU clock, yet a few microseconds, and look-ups come by the thousand: it is read only
 * to judge a gap and at most every `ACTIVE_SAMPLE_MS` otherwise. 0 until the loop starts (a script
 * that lints at its top level): its gaps are then all pauses, as before this measure.
 */
function eventLoopActiveMs(): number {
  return performance.eventLoopUtilization().active;
}

function refreshWindow(): void {
  const now = Date.now();
  const gap = now - lastUsedAt;
  let active: number | undefined;
  let busy = false;
  if (gap > IDLE_MS && gap <= MAX_BUSY_GAP_MS && lastUsedAt !== 0) {
    // The busy share since the last sample, which is at most ACTIVE_SAMPLE_MS older than the last look-up.
    active = eventLoopActiveMs();
    busy = active - activeAtLastUse >= BUSY_SHARE * (now - activeSampledAt);
  }
  // A clock set back counts as a pause.
  const idle = gap < 0 || (gap > IDLE_MS && !busy);
  lastUsedAt = now;
  if (active !== undefined || now - activeSampledAt >= ACTIVE_SAMPLE_MS || now < activeSampledAt) {
    activeAtLastUse = active ?? eventLoopActiveMs();
    activeSampledAt = now;
  }
  const relinting = epoch > 0;
  if (!idle && !(relinting && now - createdAt > TRUST_MS)) return;
  createdAt = now;
  generation += 1;
  windowGeneration += 1;
  statCache = new Map();
  realpathCache = new Map();
}

/**
 * Changes whenever a stat-based answer may have gone stale: the trust window ended, or a file was
 * linted again. Memos of answers derived from file versions are valid while it stays the same.
 */
export function fsGeneration(): number {
  refreshWindow();
  return generation;
}

/** A memo that `current()` makes anew whenever `generationNow()` changes; `reset()` empties it for the cache registry. */
export interface FsMemo<T> {
  current: () => T;
  reset: () => void;
}

function memoPer<T>(generationNow: () => number, create: () => T): FsMemo<T> {
  let value = create();
  let madeFor = -1;
  return {
    current() {
      const now = generationNow();
      if (madeFor !== now) {
        value = create();
        madeFor = now;
      }
      return value;
    },
    reset() {
      value = create();
      madeFor = -1;
    },
  };
}

/**
 * The one cache policy, in two lifetimes. Answers derived from file *contents* (a shim's chain, an
 * enum's members, a directory's redirects) live for one `fsGeneration()`: they are made anew when
 * the trust window ends or a file is linted again, as a file's version may have changed.
 */
export function perFsGeneration<T>(create: () => T): FsMemo<T> {
  return memoPer(fsGeneration, create);
}

/**
 * Answers derived only from which files exist (module resolution, tsconfig lookups) live as long as
 * the stats they rest on: one trust window. A file linted again does not end them, since `statOf`
 * keeps its answers for the window too.
 */
export function perFsWindow<T>(create: () => T): FsMemo<T> {
  return memoPer(() => {
    refreshWindow();
    return windowGeneration;
  }, create);
}

/**
 * Tells the cache that a cross-file rule starts on `filename` (`lint` is that run's SourceCode).
 * A file linted a second time means a long-lived process (an editor, a watcher, `--fix` passes)
 * that may have saved other files in between: each such lint takes the version of every file it
 * reaches afresh (`currentStatOf`), and the 2 s window applies from then on. A CLI run lints each
 * file once, so it keeps sharing answers.
 */
export function noteLintedFile(filename: string, lint: object): void {
  // The rules that call this run one after the other on each file: the last run is enough to
  // tell a second rule on the same run from a new run.
  if (lintSerials.get(lint) === lintSerial) return;
  lintSerial += 1;
  lintSerials.set(lint, lintSerial);
  if (lintedFiles.has(filename)) {
    epoch += 1;
    generation += 1;
    return;
  }
  if (lintedFiles.size >= MAX_REMEMBERED_FILES) lintedFiles.clear();
  lintedFiles.add(filename);
}

/** `lstat` first: for the common case, a file that is no link, it answers what `stat` would, and says so. */
function statNow(filePath: string): fs.Stats | null {
  let stats: fs.Stats | null;
  let isLink = false;
  try {
    stats = fs.lstatSync(filePath, { throwIfNoEntry: false }) ?? null;
    if (stats?.isSymbolicLink()) {
      isLink = true;
      stats = fs.statSync(filePath, { throwIfNoEntry: false }) ?? null;
    }
  } catch {
    stats = null;
  }
  statCache.set(filePath, { stats, epoch, isLink });
  return stats;
}

/** `fs.statSync` that never throws (`undefined` for missing or unreadable paths), cached briefly. */
export function statOf(filePath: string): fs.Stats | undefined {
  refreshWindow();
  const cached = statCache.get(filePath);
  return (cached ? cached.stats : statNow(filePath)) ?? undefined;
}

/**
 * Like `statOf`, but taken since the last time a file was linted again: the answer that decides
 * a file's version (mtime + size), so a re-lint in an editor always sees the last save.
 */
export function currentStatOf(filePath: string): fs.Stats | undefined {
  refreshWindow();
  const cached = statCache.get(filePath);
  return (cached?.epoch === epoch ? cached.stats : statNow(filePath)) ?? undefined;
}

export function isFile(filePath: string): boolean {
  return statOf(filePath)?.isFile() === true;
}

export function isDirectory(filePath: string): boolean {
  return statOf(filePath)?.isDirectory() === true;
}

function nativeRealpath(filePath: string): string | undefined {
  let real = realpathCache.get(filePath);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(filePath);
    } catch {
      real = null;
    }
    realpathCache.set(filePath, real);
  }
  return real ?? undefined;
}

/**
 * `fs.realpathSync.native` that never throws, cached briefly. For a file already stat'ed as a regular
 * file and no link, it is its directory's real path and its name: a project's files share a few dozen
 * directories, and each native call walks every segment of the path (one system call per segment).
 */
export function realpathOf(filePath: string): string | undefined {
  refreshWindow();
  const known = statCache.get(filePath);
  if (known?.stats?.isFile() !== true || known.isLink) return nativeRealpath(filePath);
  const realDirectory = nativeRealpath(path.dirname(filePath));
  return realDirectory === undefined ? undefined : path.join(realDirectory, path.basename(filePath));
}

/** Empties every file-system cache; for tests that change files between runs. */
export function clearFsCache(): void {
  lastUsedAt = 0;
  refreshWindow();
}

/**
 * Back to the state of a new process: no trust window, no stats, and no file linted yet, so the
 * next lint is a CLI run's first again. The generations alone keep counting: a memo stamped with an
 * old generation (shims.ts) must never see that number come back, nor one stamped with an old window.
 */
function resetFsCache(): void {
  createdAt = 0;
  lastUsedAt = 0;
  activeAtLastUse = 0;
  activeSampledAt = 0;
  statCache = new Map();
  realpathCache = new Map();
  epoch = 0;
  generation += 1;
  windowGeneration += 1;
  lintedFiles.clear();
  lintSerial = 0;
  lintSerials = new WeakMap();
}
registerCache('fs-cache: stats, realpaths, trust window and linted files', resetFsCache);
