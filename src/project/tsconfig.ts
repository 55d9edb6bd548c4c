import fs from 'node:fs';
import path from 'node:path';
import {
  createFilesMatcher,
  createPathsMatcher,
  parseTsconfig,
  type FileMatcher,
  type TsConfigResult,
} from 'get-tsconfig';
import { isDirectory, isFile } from './fs-cache.js';

/**
 * Reading tsconfig files the way tsc finds them, for module resolution: the nearest
 * `tsconfig.json` at or above a directory, and its `paths`/`baseUrl` aliases.
 */

export interface ProjectTsconfig {
  /** `compilerOptions.paths` keys in declaration order. */
  patterns: readonly string[];
  /** Absolute `baseUrl`, when set. */
  baseUrl: string | undefined;
  /** Candidate absolute paths for a non-relative specifier (paths first, then baseUrl). */
  candidates: (specifier: string) => string[];
  /**
   * Whether `moduleResolution` is `node16` or `nodenext` (set, or implied by `module` of the same
   * name): relative imports in ECMAScript-module files then need their file extension (TS2835).
   */
  nodeModuleResolution: boolean;
  /**
   * Where the build writes (`outDir`, absolute) and the source folder it mirrors (`rootDir`, or the
   * one folder `include` names, else the tsconfig's folder), for mapping a package's built entry
   * points back to their sources.
   */
  build: { outDir: string; sourceDir: string } | undefined;
}

export interface TsconfigReader {
  /** The aliases and resolution mode of the nearest `tsconfig.json` at or above `directory`; `undefined` when it sets neither. */
  read: (directory: string) => ProjectTsconfig | undefined;
  /**
   * The same for one source file: under a solution-style tsconfig, the referenced project whose
   * `include`/`files`/`exclude` take the file itself (a folder may be split between an app and a spec
   * project); elsewhere the answer for its directory.
   */
  readFor: (file: string) => ProjectTsconfig | undefined;
  /** The path of the tsconfig `readFor(file)` reads, or `null`: two files with the same one resolve alike. */
  pathFor: (file: string) => string | null;
}

/** Whether `specifier` matches a `paths` key (`@app/*`, or an exact alias). */
export function matchesPathPattern(pattern: string, specifier: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === specifier;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return (
    specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)
  );
}

const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/y;

/** JSON with comments and trailing commas, as tsconfig files are written, without repairing anything else. */
function isWellFormedJsonc(text: string): boolean {
  let json = '';
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
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

const NODE_RESOLUTION_MODES = new Set(['node16', 'nodenext']);

/** `moduleResolution` as tsc takes it: set, or implied by `module` node16/nodenext (or node18/node20). */
function usesNodeModuleResolution(options: { module?: string; moduleResolution?: string }): boolean {
  const resolution = options.moduleResolution?.toLowerCase();
  if (resolution !== undefined) return NODE_RESOLUTION_MODES.has(resolution);
  const module = options.module?.toLowerCase();
  return module !== undefined && /^node(?:16|18|20|next)$/.test(module);
}

interface ParsedTsconfig {
  text: string;
  config: TsConfigResult['config'];
}

const NO_CANDIDATES = (): string[] => [];

function readFoundTsconfig(found: TsConfigResult, text: string): ProjectTsconfig | null {
  // get-tsconfig recovers from syntax errors; a half-read tsconfig must not invent aliases.
  const options = isWellFormedJsonc(text) ? found.config.compilerOptions : undefined;
  if (!options) return null;
  const nodeModuleResolution = usesNodeModuleResolution(options);
  const matcher = options.paths || options.baseUrl ? createPathsMatcher(found) : null;
  const build = buildFolders(found);
  if (!matcher && !nodeModuleResolution && !build) return null;
  return {
    patterns: matcher ? Object.keys(options.paths ?? {}) : [],
    baseUrl: matcher && options.baseUrl ? path.resolve(path.dirname(found.path), options.baseUrl) : undefined,
    candidates: matcher ?? NO_CANDIDATES,
    nodeModuleResolution,
    build,
  };
}

function buildFolders(found: TsConfigResult): ProjectTsconfig['build'] {
  const { outDir, rootDir } = found.config.compilerOptions ?? {};
  if (!outDir) return undefined;
  const base = path.dirname(found.path);
  const include = found.config.include ?? [];
  const onlyFolder = include.length === 1 ? include[0]?.replace(/\/\*\*(?:\/\*(?:\.\w+)?)?$/, '') : undefined;
  const sourceDir = rootDir ?? (onlyFolder && !onlyFolder.includes('*') ? onlyFolder : '.');
  return { outDir: path.resolve(base, outDir), sourceDir: path.resolve(base, sourceDir) };
}

/**
 * The tsconfig files themselves, each read and parsed once: their options, and for a solution-style
 * one its references and what each referenced project includes.
 */
function createTsconfigFiles() {
  const referencesByPath = new Map<string, readonly string[]>();
  const matchersByPath = new Map<string, FileMatcher | null>();
  // get-tsconfig's file cache (a tsconfig and those it extends), and our reading of each tsconfig.
  const lookups = new Map<string, string>();
  const byPath = new Map<string, ProjectTsconfig | null>();
  const parsedByPath = new Map<string, ParsedTsconfig>();

  /**
   * get-tsconfig's parse, given the text we read: its cache holds file contents under
   * `readFileSync:<path>:utf8`, so the well-formedness check and the parse share one read.
   */
  function parse(file: string): ParsedTsconfig {
    let parsed = parsedByPath.get(file);
    if (!parsed) {
      const key = `readFileSync:${file}:utf8`;
      const text = lookups.get(key) ?? fs.readFileSync(file, 'utf8');
      lookups.set(key, text);
      parsed = { text, config: parseTsconfig(file, lookups) };
      parsedByPath.set(file, parsed);
    }
    return parsed;
  }

  function tsconfigAt(file: string): ProjectTsconfig | null {
    const known = byPath.get(file);
    if (known !== undefined) return known;
    let result: ProjectTsconfig | null;
    try {
      const { text, config } = parse(file);
      result = readFoundTsconfig({ path: file, config }, text);
    } catch {
      // A tsconfig that cannot be read (bad `extends`, invalid JSON, bad `paths`) contributes no
      // aliases: linting must not fail because of it, and tsc reports it on its own.
      result = null;
    }
    byPath.set(file, result);
    return result;
  }

  /**
   * The referenced projects of a solution-style tsconfig (`"files": []` and `references`, as
   * Vite and Nx templates write), or none for an ordinary one.
   */
  function solutionReferences(file: string): readonly string[] {
    let references = referencesByPath.get(file);
    if (references === undefined) {
      references = [];
      try {
        const { config } = parse(file);
        const isSolution = Array.isArray(config.files) && config.files.length === 0 && !config.include?.length;
        if (isSolution) {
          references = (config.references ?? []).map(({ path: reference }) => {
            const target = path.resolve(path.dirname(file), reference);
            return isDirectory(target) ? path.join(target, 'tsconfig.json') : target;
          });
        }
      } catch {
        // Read as an ordinary tsconfig below, which gives no aliases when it cannot be read.
      }
      referencesByPath.set(file, references);
    }
    return references;
  }

  /** What a referenced project includes, read once per tsconfig; `null` when it cannot be read (tsc reports that). */
  function filesMatcherAt(file: string): FileMatcher | null {
    let matcher = matchersByPath.get(file);
    if (matcher === undefined) {
      try {
        matcher = createFilesMatcher({ path: file, config: parse(file).config });
      } catch {
        matcher = null;
      }
      matchersByPath.set(file, matcher);
    }
    return matcher;
  }

  return { tsconfigAt, solutionReferences, filesMatcherAt };
}

/**
 * A reader with its own caches, which the caller replaces when file-system answers expire.
 * The search up the tree is ours, on the cached stats, and answers for every directory on the way:
 * a project has a few tsconfig files and hundreds of directories, and get-tsconfig's `getTsconfig`
 * re-reads the found file's options on every call.
 */
export function createTsconfigReader(): TsconfigReader {
  const byDirectory = new Map<string, ProjectTsconfig | null>();
  const nearestByDirectory = new Map<string, string | null>();
  // Under a solution only: which referenced project takes each source file.
  const pathBySourceFile = new Map<string, string>();
  const { tsconfigAt, solutionReferences, filesMatcherAt } = createTsconfigFiles();

  /**
   * The tsconfig that applies to `sourceFile` when the nearest one is `file`: for a solution, the
   * first referenced project whose `include`/`files` cover it, else `file` itself.
   */
  function applyingPath(file: string, sourceFile: string): string {
    for (const reference of solutionReferences(file)) if (filesMatcherAt(reference)?.(sourceFile)) return reference;
    return file;
  }

  /** The nearest `tsconfig.json` at or above `directory`, as tsc finds it. */
  function nearestPath(directory: string): string | null {
    const cached = nearestByDirectory.get(directory);
    if (cached !== undefined) return cached;
    const candidate = path.join(directory, 'tsconfig.json');
    const parent = path.dirname(directory);
    const found = isFile(candidate) ? candidate : parent === directory ? null : nearestPath(parent);
    nearestByDirectory.set(directory, found);
    return found;
  }

  /** For a directory (a package's own build settings): as for a source file `index.ts` there. */
  function read(directory: string): ProjectTsconfig | undefined {
    const cached = byDirectory.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    const nearest = nearestPath(directory);
    const result = nearest === null ? null : tsconfigAt(applyingPath(nearest, path.join(directory, 'index.ts')));
    byDirectory.set(directory, result);
    return result ?? undefined;
  }

  function pathFor(file: string): string | null {
    const directory = path.dirname(file);
    const nearest = nearestPath(directory);
    if (nearest === null || solutionReferences(nearest).length === 0) return nearest;
    let applying = pathBySourceFile.get(file);
    if (applying === undefined) {
      applying = applyingPath(nearest, file);
      pathBySourceFile.set(file, applying);
    }
    return applying;
  }

  function readFor(file: string): ProjectTsconfig | undefined {
    const nearest = nearestPath(path.dirname(file));
    if (nearest === null || solutionReferences(nearest).length === 0) return read(path.dirname(file));
    return tsconfigAt(pathFor(file) ?? nearest) ?? undefined;
  }

  return { read, readFor, pathFor };
}
