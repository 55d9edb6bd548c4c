import path from 'node:path';
import { registerCache } from './cache-registry.js';
import { isDirectory, isFile, perFsWindow } from './fs-cache.js';
import { absolutePath, isWithinRoot, toPosix } from './paths.js';
import { createTsconfigReader, matchesPathPattern, type ProjectTsconfig } from './tsconfig.js';
import { importSpecifiersFor, importTargets, packageTargets, withoutModuleExtension } from './package-exports.js';
import { readPackageJson, splitPackageSpecifier, workspaceOf } from './workspaces.js';
import { detached } from '../util/detached.js';

/**
 * Module resolution the way TypeScript does it for project files, without TypeScript: relative and
 * absolute paths, `.js`-family extensions standing for their TypeScript sources, directory `index`
 * files, and tsconfig `paths`/`baseUrl` aliases. Packages in `node_modules` are never project files.
 */

// TypeScript lets a `.js` import name the `.ts` source it compiles from; order follows tsc.
export const SOURCE_FOR_OUTPUT_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts', '.js'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'],
};
export const TYPESCRIPT_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.d.mts', '.d.cts'];
const EXTENSIONLESS_CANDIDATES = ['.ts', '.tsx', '.d.ts', '.js', '.jsx'];

/* Shared by every file of a lint run and made anew with the file-system trust window (fs-cache.ts),
   so an editor sees new files and tsconfig edits. */
const caches = perFsWindow(() => ({
  tsconfigs: createTsconfigReader(),
  resolutions: new Map<string, string | null>(),
  // By candidate path, so that `baseUrl` lookups of the same package from many directories stat once.
  fileByCandidate: new Map<string, string | null>(),
  // The nearest package.json per directory: its "type" and "imports".
  packages: new Map<string, NearestPackage>(),
}));
registerCache('resolve: tsconfig files and module resolutions', caches.reset);

/** The aliases of the nearest `tsconfig.json` at or above `directory`, as tsc finds it; cached with the resolutions. */
function readTsconfig(directory: string): ProjectTsconfig | undefined {
  return caches.current().tsconfigs.read(directory);
}

/** The aliases and resolution mode that apply to the source file `file` (see `TsconfigReader.readFor`). */
export function tsconfigOf(file: string): ProjectTsconfig | undefined {
  return caches.current().tsconfigs.readFor(file);
}

/** What the nearest `package.json` says that resolution needs: its folder, `type` and `imports`. */
interface NearestPackage {
  dir: string;
  /** 'module', 'commonjs', or '' when unset. */
  type: string;
  imports: unknown;
}
const NO_PACKAGE: NearestPackage = { dir: '', type: '', imports: undefined };

/** The nearest `package.json` at or above `directory`, as Node and tsc find it. */
function nearestPackage(directory: string): NearestPackage {
  const { packages } = caches.current();
  const known = packages.get(directory);
  if (known !== undefined) return known;
  const manifest = path.join(directory, 'package.json');
  let found: NearestPackage;
  if (isFile(manifest)) {
    const parsed = readPackageJson(manifest);
    const type = parsed?.type === 'module' || parsed?.type === 'commonjs' ? parsed.type : '';
    found = { dir: directory, type, imports: parsed?.imports };
  } else {
    const parent = path.dirname(directory);
    found = parent === directory ? NO_PACKAGE : nearestPackage(parent);
  }
  packages.set(directory, found);
  return found;
}

/**
 * Whether tsc requires `fromFile`'s relative imports to name a file extension (TS2835): under
 * `node16`/`nodenext` resolution, in a file that is an ECMAScript module — `.mts`, or `.ts`/`.tsx`
 * under a `package.json` with `"type": "module"`.
 */
export function needsExplicitExtension(fromFile: string): boolean {
  if (!tsconfigOf(fromFile)?.nodeModuleResolution) return false;
  const extension = path.extname(fromFile);
  if (extension === '.mts' || extension === '.mjs') return true;
  if (extension === '.cts' || extension === '.cjs') return false;
  return nearestPackage(path.dirname(fromFile)).type === 'module';
}

export function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function hasUrlScheme(specifier: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(specifier);
}

/**
 * Before resolving: could `specifier` name a project file — relative, matching a tsconfig alias, or
 * (given `rootDir`) naming a package of the workspace there? Reads only cached configuration.
 */
export function mayBeProjectSpecifier(specifier: string, fromFile: string, rootDir?: string): boolean {
  if (specifier === '' || hasUrlScheme(specifier)) return false;
  if (isRelative(specifier) || path.isAbsolute(specifier)) return true;
  if (specifier.startsWith('#'))
    return importTargets(nearestPackage(path.dirname(fromFile)).imports, specifier).length > 0;
  if (rootDir !== undefined && workspacePackageOf(specifier, rootDir)) return true;
  const tsconfig = tsconfigOf(fromFile);
  if (!tsconfig) return false;
  return tsconfig.baseUrl !== undefined || tsconfig.patterns.some((pattern) => matchesPathPattern(pattern, specifier));
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

function workspacePackageOf(specifier: string, rootDir: string) {
  const parts = splitPackageSpecifier(specifier);
  if (!parts) return undefined;
  const found = workspaceOf(rootDir).byName.get(parts.name);
  return found ? { found, subpath: parts.subpath } : undefined;
}

/** The files a workspace package's `exports` (or, without them, its entry or the subpath itself) names for `specifier`. */
function workspaceCandidates(specifier: string, rootDir: string): string[] {
  const match = workspacePackageOf(specifier, rootDir);
  if (!match) return [];
  const { found, subpath } = match;
  const targets = packageTargets(found.exports, found.entry, subpath);
  // A package's entry points often name its build (`./dist/index.js`): its sources come first.
  const build = readTsconfig(found.dir)?.build;
  return targets.flatMap((target) => {
    const built = path.resolve(found.dir, target);
    const source = build && sourceOfBuilt(built, build);
    return source ? [source, built] : [built];
  });
}

/** The extensionless source path of a file under a build's `outDir`, or `undefined`. */
function sourceOfBuilt(file: string, build: { outDir: string; sourceDir: string }): string | undefined {
  if (!file.startsWith(build.outDir + path.sep)) return undefined;
  return path.join(build.sourceDir, withoutModuleExtension(path.relative(build.outDir, file)));
}

/** Where a source file of a package with a build is written, for matching `exports` that name the build. */
export function builtPathOf(file: string, packageDir: string): string | undefined {
  const build = readTsconfig(packageDir)?.build;
  if (!build || !file.startsWith(build.sourceDir + path.sep)) return undefined;
  return path.join(build.outDir, path.relative(build.sourceDir, file));
}

/** The files a subpath import (`#db/client`) names through the nearest `package.json` `imports`. */
function subpathImportCandidates(specifier: string, fromFile: string): string[] {
  const owner = nearestPackage(path.dirname(fromFile));
  return importTargets(owner.imports, specifier).map((target) => path.resolve(owner.dir, target));
}

/** The subpath imports (`#…`) of the nearest `package.json` that may name `file`, for writing a specifier. */
export function subpathImportsFor(file: string, fromFile: string): string[] {
  const owner = nearestPackage(path.dirname(fromFile));
  if (owner.imports === undefined) return [];
  return importSpecifiersFor(owner.imports, `./${toPosix(path.relative(owner.dir, file))}`);
}

function resolveUncached(specifier: string, fromFile: string, rootDir: string): string | undefined {
  if (!mayBeProjectSpecifier(specifier, fromFile, rootDir)) return undefined;
  let candidates: string[];
  if (isRelative(specifier)) candidates = [path.resolve(path.dirname(fromFile), specifier)];
  else if (path.isAbsolute(specifier)) candidates = [path.resolve(specifier)];
  else if (specifier.startsWith('#')) candidates = subpathImportCandidates(specifier, fromFile);
  // tsconfig `paths` first, then the workspace's packages, as tsc looks in node_modules after `paths`.
  else
    candidates = [...(tsconfigOf(fromFile)?.candidates(specifier) ?? []), ...workspaceCandidates(specifier, rootDir)];
  const { fileByCandidate } = caches.current();
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
 *  `rootDir` (see `isWithinRoot`: a symlink or `../../etc` must not lead outside). Never throws. */
export function resolveModule(specifier: string, fromFile: string, rootDir: string): string | undefined {
  const { resolutions, tsconfigs } = caches.current();
  // Files of one directory resolve alike unless a solution's projects split the directory between them.
  const key = `${rootDir}\0${path.dirname(fromFile)}\0${tsconfigs.pathFor(fromFile)}\0${specifier}`;
  const cached = resolutions.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let resolved: string | undefined;
  try {
    resolved = resolveUncached(specifier, fromFile, rootDir);
  } catch {
    resolved = undefined;
  }
  // The specifier is cut from a file's text: the key kept for the run must not hold that text.
  resolutions.set(detached(key), resolved ?? null);
  return resolved;
}
