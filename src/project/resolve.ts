import fs from 'node:fs';
import path from 'node:path';
import { createPathsMatcher, parseTsconfig, type TsConfigResult } from 'get-tsconfig';
import { registerCache } from './cache-registry.js';
import { expireStaleFsCache, isDirectory, isFile, onFsCacheExpiry, realpathOf } from './fs-cache.js';
import { absolutePath, isInside, toPosix } from './paths.js';

/**
 * Module resolution the way TypeScript does it for project files, without TypeScript: relative and
 * absolute paths, `.js`-family extensions standing for their TypeScript sources, directory `index`
 * files, and tsconfig `paths`/`baseUrl` aliases. Packages in `node_modules` are never project files.
 */

// TypeScript lets a `.js` import name the `.ts` source it compiles from; order follows tsc.
const SOURCE_FOR_OUTPUT_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts', '.js'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'],
};
const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.d.mts', '.d.cts'];
const EXTENSIONLESS_CANDIDATES = ['.ts', '.tsx', '.d.ts', '.js', '.jsx'];

interface ProjectTsconfig {
  /** `compilerOptions.paths` keys in declaration order. */
  patterns: readonly string[];
  /** Absolute `baseUrl`, when set. */
  baseUrl: string | undefined;
  /** Candidate absolute paths for a non-relative specifier (paths first, then baseUrl). */
  candidates: (specifier: string) => string[];
}

/* eslint-disable ssot/no-module-singletons -- shared by every file of a lint run, emptied with the
   file-system trust window (fs-cache.ts) so an editor sees new files and tsconfig edits. */
const tsconfigByDirectory = new Map<string, ProjectTsconfig | null>();
const resolutionCache = new Map<string, string | null>();
// By candidate path, so that `baseUrl` lookups of the same package from many directories stat once.
const fileByCandidate = new Map<string, string | null>();
// get-tsconfig's file cache (a tsconfig and those it extends), and our reading of each tsconfig.
const tsconfigLookups = new Map<string, string>();
const tsconfigByPath = new Map<string, ProjectTsconfig | null>();
/* eslint-enable ssot/no-module-singletons */
function clearResolutionCaches(): void {
  tsconfigLookups.clear();
  tsconfigByPath.clear();
  tsconfigByDirectory.clear();
  resolutionCache.clear();
  fileByCandidate.clear();
}
onFsCacheExpiry(clearResolutionCaches);
registerCache('resolve: tsconfig files and module resolutions', clearResolutionCaches);

const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/y;

/** JSON with comments and trailing commas, as tsconfig files are written, without repairing anything else. */
function isWellFormedJsonc(text: string): boolean {
  let json = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      JSON_STRING.lastIndex = index;
      const end = JSON_STRING.exec(text);
      if (!end) return false;
      json += end[0];
      index += end[0].length - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      const newline = text.indexOf('\n', index);
      index = newline === -1 ? text.length : newline - 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const close = text.indexOf('*/', index + 2);
      if (close === -1) return false;
      index = close + 1;
    } else {
      json += char;
    }
  }
  try {
    JSON.parse(json.replace(/,(\s*[}\]])/g, '$1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The aliases of the nearest `tsconfig.json` at or above `directory`, as tsc finds it. The search
 * up the tree is ours, on the cached stats, and answers for every directory on the way: a project
 * has a few tsconfig files and hundreds of directories, and get-tsconfig's `getTsconfig` re-reads
 * the found file's options on every call.
 */
function readTsconfig(directory: string): ProjectTsconfig | undefined {
  expireStaleFsCache();
  const cached = tsconfigByDirectory.get(directory);
  if (cached !== undefined) return cached ?? undefined;
  const candidate = path.join(directory, 'tsconfig.json');
  let result: ProjectTsconfig | null;
  if (isFile(candidate)) {
    result = tsconfigAt(candidate);
  } else {
    const parent = path.dirname(directory);
    result = parent === directory ? null : (readTsconfig(parent) ?? null);
  }
  tsconfigByDirectory.set(directory, result);
  return result ?? undefined;
}

function tsconfigAt(file: string): ProjectTsconfig | null {
  const known = tsconfigByPath.get(file);
  if (known !== undefined) return known;
  let result: ProjectTsconfig | null;
  try {
    result = readFoundTsconfig({ path: file, config: parseTsconfig(file, tsconfigLookups) });
  } catch {
    // A tsconfig that cannot be read (bad `extends`, invalid JSON, bad `paths`) contributes no
    // aliases: linting must not fail because of it, and tsc reports it on its own.
    result = null;
  }
  tsconfigByPath.set(file, result);
  return result;
}

function readFoundTsconfig(found: TsConfigResult): ProjectTsconfig | null {
  // get-tsconfig recovers from syntax errors; a half-read tsconfig must not invent aliases.
  const options = isWellFormedJsonc(fs.readFileSync(found.path, 'utf8')) ? found.config.compilerOptions : undefined;
  if (!options || (!options.paths && !options.baseUrl)) return null;
  const matcher = createPathsMatcher(found);
  if (!matcher) return null;
  return {
    patterns: Object.keys(options.paths ?? {}),
    baseUrl: options.baseUrl ? path.resolve(path.dirname(found.path), options.baseUrl) : undefined,
    candidates: matcher,
  };
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function matchesPattern(pattern: string, specifier: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === specifier;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
}

function hasUrlScheme(specifier: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(specifier);
}

/** No file-system access: could `specifier` name a project file (relative, or matching a tsconfig alias)? */
export function mayBeProjectSpecifier(specifier: string, fromFile: string, rootDir: string): boolean {
  void rootDir;
  if (specifier === '' || hasUrlScheme(specifier)) return false;
  if (isRelative(specifier) || path.isAbsolute(specifier)) return true;
  const tsconfig = readTsconfig(path.dirname(fromFile));
  if (!tsconfig) return false;
  return tsconfig.baseUrl !== undefined || tsconfig.patterns.some((pattern) => matchesPattern(pattern, specifier));
}

/** The file `base` names (as written, with or without extension), or `undefined`. */
function resolveFile(base: string): string | undefined {
  const extension = path.extname(base);
  const sources = SOURCE_FOR_OUTPUT_EXTENSION[extension];
  if (sources) {
    const stem = base.slice(0, -extension.length);
    for (const source of sources) if (isFile(stem + source)) return stem + source;
    return undefined;
  }
  if (TYPESCRIPT_EXTENSIONS.includes(extension) && isFile(base)) return base;
  for (const candidate of EXTENSIONLESS_CANDIDATES) if (isFile(base + candidate)) return base + candidate;
  if (isDirectory(base)) {
    for (const candidate of EXTENSIONLESS_CANDIDATES) {
      const index = path.join(base, `index${candidate}`);
      if (isFile(index)) return index;
    }
  }
  // Other extensions (.json, .css, .vue …) name the file itself.
  return extension !== '' && isFile(base) ? base : undefined;
}

function isWithinRoot(file: string, rootDir: string): boolean {
  const realFile = realpathOf(file);
  const realRoot = realpathOf(rootDir) ?? absolutePath(rootDir);
  return realFile !== undefined && isInside(realFile, realRoot) && isInside(absolutePath(file), absolutePath(rootDir));
}

function resolveUncached(specifier: string, fromFile: string, rootDir: string): string | undefined {
  if (!mayBeProjectSpecifier(specifier, fromFile, rootDir)) return undefined;
  let candidates: string[];
  if (isRelative(specifier)) candidates = [path.resolve(path.dirname(fromFile), specifier)];
  else if (path.isAbsolute(specifier)) candidates = [path.resolve(specifier)];
  else candidates = readTsconfig(path.dirname(fromFile))?.candidates(specifier) ?? [];
  for (const candidate of candidates) {
    let file = fileByCandidate.get(candidate);
    if (file === undefined) {
      file = resolveFile(candidate) ?? null;
      fileByCandidate.set(candidate, file);
    }
    if (file === null) continue;
    if (file.split(path.sep).includes('node_modules')) return undefined;
    return isWithinRoot(file, rootDir) ? absolutePath(file) : undefined;
  }
  return undefined;
}

/** Absolute path of the project file `specifier` refers to from `fromFile`, resolved as TypeScript would
 *  (relative with/without extension, `.js`/`.mjs`/`.cjs`/`.jsx` → `.ts`/`.mts`/`.cts`/`.tsx`, directory `index`
 *  files, tsconfig `paths`/`baseUrl` read with get-tsconfig from the importing file's directory, cached per
 *  directory). `undefined` for bare packages no alias maps, unresolvable specifiers, and anything outside
 *  `rootDir` (realpath-checked: a symlink or `../../etc` must not lead outside). Never throws. */
export function resolveModule(specifier: string, fromFile: string, rootDir: string): string | undefined {
  expireStaleFsCache();
  const key = `${rootDir}\0${path.dirname(fromFile)}\0${specifier}`;
  const cached = resolutionCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let resolved: string | undefined;
  try {
    resolved = resolveUncached(specifier, fromFile, rootDir);
  } catch {
    resolved = undefined;
  }
  resolutionCache.set(key, resolved ?? null);
  return resolved;
}

type ExtensionStyle = 'none' | 'output' | 'source';

function extensionStyleOf(specifier: string): ExtensionStyle {
  const extension = path.posix.extname(specifier);
  if (extension in SOURCE_FOR_OUTPUT_EXTENSION) return 'output';
  if (TYPESCRIPT_EXTENSIONS.includes(extension)) return 'source';
  return 'none';
}

const OUTPUT_FOR_SOURCE: ReadonlyArray<[string, string]> = [
  ['.d.ts', '.js'],
  ['.d.mts', '.mjs'],
  ['.d.cts', '.cjs'],
  ['.ts', '.js'],
  ['.tsx', '.js'],
  ['.mts', '.mjs'],
  ['.cts', '.cjs'],
  ['.js', '.js'],
  ['.jsx', '.jsx'],
  ['.mjs', '.mjs'],
  ['.cjs', '.cjs'],
];

/** Ways to write `file` in the user's extension convention, best first (without a directory part). */
function writtenForms(file: string, style: ExtensionStyle, userSpecifier: string): string[] {
  const match = OUTPUT_FOR_SOURCE.find(([source]) => file.endsWith(source));
  if (!match) return [file];
  const [sourceExtension, outputExtension] = match;
  const stem = file.slice(0, -sourceExtension.length);
  const userWroteJsx = userSpecifier.endsWith('.jsx');
  const output = stem + (userWroteJsx && sourceExtension === '.tsx' ? '.jsx' : outputExtension);
  const forms: string[] = [];
  if (style === 'none') {
    const userWroteIndex = /(^|\/)index$/.test(userSpecifier);
    if (path.basename(stem) === 'index' && !userWroteIndex) forms.push(path.dirname(stem));
    forms.push(stem);
    forms.push(output);
  } else if (style === 'source') {
    forms.push(file);
  } else {
    forms.push(output);
  }
  return forms;
}

function relativeForm(fromFile: string, absolute: string): string {
  const relative = toPosix(path.relative(path.dirname(fromFile), absolute));
  if (relative === '') return '.';
  return relative.startsWith('../') || relative === '..' ? relative : `./${relative}`;
}

/** Alias spellings of `absolute` through tsconfig `paths` (the user's own pattern first) and `baseUrl`. */
function aliasForms(absolute: string, tsconfig: ProjectTsconfig, userSpecifier: string): string[] {
  const forms: Array<{ form: string; preferred: boolean }> = [];
  const marker = '\u0000capture\u0000';
  for (const pattern of tsconfig.patterns) {
    const preferred = matchesPattern(pattern, userSpecifier);
    const star = pattern.indexOf('*');
    if (star === -1) {
      // An exact alias stands for one file; whether it is this one is checked by resolving it.
      forms.push({ form: pattern, preferred });
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    // Asking the matcher for a marker reveals where the capture lands in each substitution.
    for (const substitution of tsconfig.candidates(prefix + marker + suffix)) {
      const at = substitution.indexOf(marker);
      if (at === -1) continue;
      const targetPrefix = substitution.slice(0, at);
      const targetSuffix = substitution.slice(at + marker.length);
      if (
        absolute.length > targetPrefix.length + targetSuffix.length &&
        absolute.startsWith(targetPrefix) &&
        absolute.endsWith(targetSuffix)
      ) {
        const captured = toPosix(absolute.slice(targetPrefix.length, absolute.length - targetSuffix.length));
        forms.push({ form: prefix + captured + suffix, preferred });
      }
    }
  }
  if (tsconfig.baseUrl !== undefined) {
    const relative = toPosix(path.relative(tsconfig.baseUrl, absolute));
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
      forms.push({ form: relative, preferred: !isRelative(userSpecifier) && !tsconfig.patterns.some((p) => matchesPattern(p, userSpecifier)) });
    }
  }
  return [...forms.filter((f) => f.preferred), ...forms.filter((f) => !f.preferred)].map((f) => f.form);
}

/**
 * A specifier that makes `fromFile` import `targetFile`, written the way the user wrote
 * `userSpecifier`: relative stays relative, an alias stays an alias (the alias that maps to the
 * target, preferring the user's pattern), and the extension convention (none, `.js`, `.ts`) is kept.
 * Every candidate is checked by resolving it back; `undefined` when none leads to `targetFile`.
 */
export function specifierForFile(
  targetFile: string,
  fromFile: string,
  rootDir: string,
  userSpecifier: string,
): string | undefined {
  try {
    const target = absolutePath(targetFile);
    const style = extensionStyleOf(userSpecifier);
    const forms = writtenForms(target, style, userSpecifier);
    const candidates: string[] = [];
    if (!isRelative(userSpecifier) && !path.isAbsolute(userSpecifier)) {
      const tsconfig = readTsconfig(path.dirname(fromFile));
      if (tsconfig) for (const form of forms) candidates.push(...aliasForms(form, tsconfig, userSpecifier));
    }
    for (const form of forms) candidates.push(relativeForm(fromFile, form));
    return candidates.find((candidate) => resolveModule(candidate, fromFile, rootDir) === target);
  } catch {
    return undefined;
  }
}
