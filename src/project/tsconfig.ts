import fs from 'node:fs';
import path from 'node:path';
import { createPathsMatcher, parseTsconfig, type TsConfigResult } from 'get-tsconfig';
import { isFile } from './fs-cache.js';

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
}

export interface TsconfigReader {
  /** The aliases and resolution mode of the nearest `tsconfig.json` at or above `directory`; `undefined` when it sets neither. */
  read: (directory: string) => ProjectTsconfig | undefined;
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

const NO_CANDIDATES = (): string[] => [];

function readFoundTsconfig(found: TsConfigResult): ProjectTsconfig | null {
  // get-tsconfig recovers from syntax errors; a half-read tsconfig must not invent aliases.
  const options = isWellFormedJsonc(fs.readFileSync(found.path, 'utf8')) ? found.config.compilerOptions : undefined;
  if (!options) return null;
  const nodeModuleResolution = usesNodeModuleResolution(options);
  const matcher = options.paths || options.baseUrl ? createPathsMatcher(found) : null;
  if (!matcher && !nodeModuleResolution) return null;
  return {
    patterns: matcher ? Object.keys(options.paths ?? {}) : [],
    baseUrl: matcher && options.baseUrl ? path.resolve(path.dirname(found.path), options.baseUrl) : undefined,
    candidates: matcher ?? NO_CANDIDATES,
    nodeModuleResolution,
  };
}

/**
 * A reader with its own caches, which the caller replaces when file-system answers expire.
 * The search up the tree is ours, on the cached stats, and answers for every directory on the way:
 * a project has a few tsconfig files and hundreds of directories, and get-tsconfig's `getTsconfig`
 * re-reads the found file's options on every call.
 */
export function createTsconfigReader(): TsconfigReader {
  const byDirectory = new Map<string, ProjectTsconfig | null>();
  // get-tsconfig's file cache (a tsconfig and those it extends), and our reading of each tsconfig.
  const lookups = new Map<string, string>();
  const byPath = new Map<string, ProjectTsconfig | null>();

  function tsconfigAt(file: string): ProjectTsconfig | null {
    const known = byPath.get(file);
    if (known !== undefined) return known;
    let result: ProjectTsconfig | null;
    try {
      result = readFoundTsconfig({ path: file, config: parseTsconfig(file, lookups) });
    } catch {
      // A tsconfig that cannot be read (bad `extends`, invalid JSON, bad `paths`) contributes no
      // aliases: linting must not fail because of it, and tsc reports it on its own.
      result = null;
    }
    byPath.set(file, result);
    return result;
  }

  function read(directory: string): ProjectTsconfig | undefined {
    const cached = byDirectory.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    const candidate = path.join(directory, 'tsconfig.json');
    let result: ProjectTsconfig | null;
    if (isFile(candidate)) {
      result = tsconfigAt(candidate);
    } else {
      const parent = path.dirname(directory);
      result = parent === directory ? null : (read(parent) ?? null);
    }
    byDirectory.set(directory, result);
    return result ?? undefined;
  }

  return { read };
}
