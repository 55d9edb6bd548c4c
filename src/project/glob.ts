import picomatch from 'picomatch';
import { registerCache } from './cache-registry.js';

type Matcher = (relativePath: string) => boolean;

/**
 * Glob lists compiled, and single globs validated, that are remembered at once. A config names a
 * few dozen; only a process that sees ever new configs (an editor over many projects) reaches this,
 * and then starts over: a matcher compiled again answers the same.
 */
const MAX_REMEMBERED_GLOBS = 1_000;

/** Compiled globs, process-wide on purpose (see below); a memo, so no-module-singletons allows it. */
const matcherCache = new Map<string, Matcher>();
// eslint-disable-next-line ssot/no-module-singletons -- the same cache, looked up by list identity first; reset replaces it.
let matcherByList = new WeakMap<readonly string[], { globs: readonly string[]; matcher: Matcher }>();
/** Each glob's regular expression: checking a glob compiles it, and a matcher needs the same. */
const regexCache = new Map<string, RegExp>();
registerCache('glob: compiled matchers', () => {
  matcherCache.clear();
  regexCache.clear();
  matcherByList = new WeakMap();
});

/** `picomatch.makeRe(glob, { dot: true })`, once per glob; throws what it throws. */
function regexOf(glob: string): RegExp {
  let regex = regexCache.get(glob);
  if (!regex) {
    regex = picomatch.makeRe(glob, { dot: true });
    if (regexCache.size >= MAX_REMEMBERED_GLOBS) regexCache.clear();
    regexCache.set(glob, regex);
  }
  return regex;
}

/**
 * One compiled matcher per distinct glob list, shared by every rule and file: compiling globs is
 * far more expensive than testing a path, and editors lint the same file hundreds of times.
 */
export function globMatcher(globs: readonly string[]): Matcher {
  // Options and settings arrays are the same objects for every file: skip building the string key.
  const known = matcherByList.get(globs);
  if (known && sameGlobs(known.globs, globs)) return known.matcher;
  const matcher = cachedMatcher(globs.join('\0'), globs);
  // A copy to compare with, in case the list is changed in place later.
  matcherByList.set(globs, { globs: [...globs], matcher });
  return matcher;
}

function sameGlobs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** True when `relativePath` (POSIX, relative to rootDir) matches one of `globs`. */
export function matchesAny(globs: readonly string[], relativePath: string | undefined): boolean {
  if (relativePath === undefined) return false;
  return globMatcher(globs)(relativePath);
}

/** The first glob of `globs` that matches, for messages that name the area a file belongs to. */
export function firstMatchingGlob(globs: readonly string[], relativePath: string | undefined): string | undefined {
  // Most files match none: one test of the whole list before the glob-by-glob search.
  if (relativePath === undefined || !matchesAny(globs, relativePath)) return undefined;
  // The cache key of a one-glob list is the glob itself.
  return globs.find((glob) => cachedMatcher(glob, [glob])(relativePath));
}

function cachedMatcher(key: string, globs: readonly string[]): Matcher {
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = compile(globs);
    if (matcherCache.size >= MAX_REMEMBERED_GLOBS) matcherCache.clear();
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/**
 * What `picomatch(globs, { dot: true })` answers, without the result objects its matcher builds
 * for every test: with no other option, a path matches a glob when it is the glob itself or the
 * glob's regular expression matches it. Every rule tests every file against a few lists.
 */
function compile(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const tests = globs.map((glob) => ({ glob, regex: regexOf(glob) }));
  return (relativePath) =>
    relativePath !== '' && tests.some(({ glob, regex }) => relativePath === glob || regex.test(relativePath));
}

/** Error text for a glob picomatch cannot compile, or `undefined` when it is valid. */
export function globError(glob: string): string | undefined {
  if (glob.trim() === '') return 'a glob must not be empty';
  try {
    regexOf(glob);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// eslint-disable-next-line ssot/no-module-singletons -- globs already checked, process-wide: options repeat for every file.
const checkedGlobs = new Set<string>();
registerCache('glob: validated globs', () => {
  checkedGlobs.clear();
});

/**
 * Throws an options error naming the rule and option when a glob cannot be compiled: the schema
 * checks shapes only, and a bad glob would otherwise match nothing and silently disable its entry.
 */
export function assertValidGlobs(globs: readonly string[], ruleName: string, option: string): void {
  for (const glob of globs) {
    if (checkedGlobs.has(glob)) continue;
    const problem = globError(glob);
    if (problem !== undefined) {
      throw new Error(
        `eslint-plugin-ssot: ssot/${ruleName} option "${option}" has an invalid glob ${JSON.stringify(glob)}: ${problem}.`,
      );
    }
    if (checkedGlobs.size >= MAX_REMEMBERED_GLOBS) checkedGlobs.clear();
    checkedGlobs.add(glob);
  }
}
