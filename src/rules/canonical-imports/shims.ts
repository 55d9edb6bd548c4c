import path from 'node:path';
import { registerCache } from '../../project/cache-registry.js';
import { globError, globMatcher } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { CanonicalImportsOptionError } from './option-error.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { analyzeProjectFile, analyzeProjectHead, analyzeProjectText } from '../../project/parse-cache.js';
import { absolutePath, relativeToRoot } from '../../project/paths.js';
import { resolveModule } from '../../project/resolve.js';
import { exportsNameOf } from './exported-names.js';
import { analyzeShimSyntax, type ForwardedName, type ShimMarkers, type ShimSyntax } from './shim-syntax.js';
import { headRulesOutShim, mayBeShim } from './shim-text.js';
import { detached } from '../../util/detached.js';

/**
 * A shim is a project module kept only for compatibility: it only forwards names from other modules,
 * and every name it exports is `@deprecated` (shim-syntax.ts has the definition). Importing it is
 * replaceable by importing the modules it forwards to, which is what `canonical-imports` fixes.
 */

export type { ForwardedName } from './shim-syntax.js';

/** A module a shim forwards to: a project file, or a specifier that names no project file (a package). */
export type ShimTarget = { kind: 'file'; file: string } | { kind: 'package'; specifier: string };

/** One key per module a shim may forward to, whichever way its specifier is spelled. */
export function targetKey(target: ShimTarget): string {
  return target.kind === 'file' ? target.file : `package:${target.specifier}`;
}

/** Where a name a shim exports comes from. */
export interface TargetName {
  target: ShimTarget;
  forwarded: ForwardedName;
}

export interface ShimExports {
  /** Exported name → where it comes from. */
  names: ReadonlyMap<string, TargetName>;
  /** Modules whose every name but `default` passes through (`export * from`). */
  starTargets: readonly ShimTarget[];
  /** Every module the shim forwards to, each once. */
  targets: readonly ShimTarget[];
  /** Directives the shim starts with (`use client`). */
  directives: readonly string[];
}

export type ShimResolution =
  | {
      kind: 'shim';
      /** The shims followed from the first while they forward to one module, first to last. */
      chain: readonly string[];
      /** The modules the last shim of `chain` forwards to: one, or several for a split module. */
      targets: readonly ShimTarget[];
      /**
       * Where a name imported from the first shim is defined, through every shim on its way;
       * `undefined` when no shim exports it, or when several modules of a split shim may.
       */
      forward: (name: string) => TargetName | undefined;
      /** Directives of the first shim that its single target does not start with too. */
      lostDirectives: readonly string[];
      /** Every shim of the chain is only `export * from` the next: names pass through unchanged. */
      starOnly: boolean;
    }
  | { kind: 'cycle'; chain: readonly string[] };

// A memo of resolveShim, emptied whenever fsGeneration() changes.
const resolvedShims = perFsGeneration(() => new Map<string, ShimResolution | undefined>());
registerCache('shims: resolved shim chains', resolvedShims.reset);

/** Chains longer than this are treated as cycles: no real project nests shims that deep. */
const MAX_CHAIN = 32;

/** Bytes of a module read first: a shim fits, and most other modules show that they do more. */
const HEAD_BYTES = 2048;
/** Bytes a multi-byte character cut at the end of the head may take. */
const HEAD_MARGIN = 4;

/** The directives a module's text starts with (`'use client';`), after its leading comments. */
export function leadingDirectives(text: string): string[] {
  const directives: string[] = [];
  // Whitespace and comments, then a statement that is only a string.
  const directive = /(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(['"])([^'"\n\\]*)\1\s*;?/y;
  directive.lastIndex = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.startsWith('#!', directive.lastIndex)) directive.lastIndex = text.indexOf('\n') + 1 || text.length;
  for (let match = directive.exec(text); match; match = directive.exec(text)) directives.push(match[2] ?? '');
  return directives;
}

/** Directives that mark where a module runs (`use client`, `use server`); `use strict` means nothing in a module. */
function boundaryDirectives(directives: readonly string[]): string[] {
  return directives.filter((directive) => directive !== 'use strict');
}

/**
 * How shims are found, from the rule's `shims` option: besides `@deprecated` tags, calls of these
 * deprecation helpers, and modules in these folders (`relative` is the module's path under rootDir).
 */
export interface ShimDetection {
  calls: readonly string[];
  inShimFolder: (relative: string) => boolean;
  /** Tells detections apart in cache keys; '' for tags only. */
  key: string;
}

export const TAGS_ONLY: ShimDetection = { calls: [], inShimFolder: () => false, key: '' };

/** The object form of the rule's `shims` option. */
export interface ShimOptions {
  deprecationCalls?: string[];
  files?: string[];
}

function compileDetection(options: ShimOptions): ShimDetection {
  const calls = options.deprecationCalls ?? [];
  const files = options.files ?? [];
  files.forEach((glob, index) => {
    const problem = globError(glob);
    if (problem)
      throw new CanonicalImportsOptionError(
        `shims.files[${index}] ${JSON.stringify(glob)} is not a valid glob: ${problem}.`,
      );
  });
  if (calls.length === 0 && files.length === 0) return TAGS_ONLY;
  return {
    calls,
    inShimFolder: files.length > 0 ? globMatcher(files) : () => false,
    key: JSON.stringify([calls, files]),
  };
}

const detectionOf = memoizeByOptions('canonical-imports: shim detection per shims option', compileDetection);

/** How the rule's `shims` option says shims are found; `undefined` when detection is off. */
export function shimDetection(option: boolean | ShimOptions): ShimDetection | undefined {
  if (option === false) return undefined;
  return option === true ? TAGS_ONLY : detectionOf(option);
}

function shimSyntaxOf(filePath: string, rootDir: string, detection: ShimDetection): ShimSyntax | undefined {
  const relative = relativeToRoot(absolutePath(filePath), rootDir);
  const markers: ShimMarkers = {
    calls: detection.calls,
    inShimFolder: relative !== undefined && detection.inShimFolder(relative),
  };
  const key = `${markers.inShimFolder ? '\0folder' : ''}${detection.calls.map((call) => `\0${call}`).join('')}`;
  const ruledOut = analyzeProjectHead(filePath, rootDir, `ssot:shim-head${key}`, HEAD_BYTES, (head) =>
    headRulesOutShim(head, Buffer.byteLength(head) < HEAD_BYTES - HEAD_MARGIN, markers),
  );
  if (ruledOut !== false) return undefined;
  return analyzeProjectFile(
    filePath,
    rootDir,
    `ssot:shim${key}`,
    (file) => analyzeShimSyntax(file, markers),
    (text) => mayBeShim(text, markers),
  );
}

/** Shim facts of a project file under `rootDir`; the file is parsed at most once per version, whatever the root. */
export function shimExportsOf(
  filePath: string,
  rootDir: string,
  detection: ShimDetection = TAGS_ONLY,
): ShimExports | undefined {
  const shim = shimSyntaxOf(filePath, rootDir, detection);
  if (!shim) return undefined;
  const absolute = absolutePath(filePath);
  // One target per module, whichever way its specifiers are spelled.
  const bySource = new Map<string, ShimTarget>();
  const byKey = new Map<string, ShimTarget>();
  const sources = new Set([...[...shim.names.values()].map((forward) => forward.source), ...shim.starSources]);
  for (const source of sources) {
    const resolved = resolveModule(source, absolute, rootDir);
    // A relative path that names no project file cannot be rewritten for another importer.
    if (!resolved && (source.startsWith('.') || path.isAbsolute(source))) return undefined;
    if (resolved === absolute) return undefined;
    const written: ShimTarget = resolved ? { kind: 'file', file: resolved } : { kind: 'package', specifier: source };
    const key = targetKey(written);
    const target = byKey.get(key) ?? written;
    byKey.set(key, target);
    bySource.set(source, target);
  }
  // Every source was resolved above; a package specifier stands for itself.
  const targetOf = (source: string): ShimTarget => bySource.get(source) ?? { kind: 'package', specifier: source };
  const names = new Map<string, TargetName>();
  for (const [name, forward] of shim.names)
    names.set(name, { target: targetOf(forward.source), forwarded: forward.forwarded });
  return {
    names,
    starTargets: [...new Set(shim.starSources.map(targetOf))],
    targets: [...byKey.values()],
    directives: shim.directives,
  };
}

/**
 * Where `name`, imported from `shim`, comes from one step on: an explicit re-export, else the one
 * `export *` target known to export it. `undefined` when none does or several may.
 */
function forwardThrough(shim: ShimExports, shimFile: string, name: string, rootDir: string): TargetName | undefined {
  const named = shim.names.get(name);
  if (named) return named;
  if (name === 'default' || shim.starTargets.length === 0) return undefined;
  const forwarded: ForwardedName = { kind: 'name', name };
  const [only, ...others] = shim.starTargets;
  if (only && others.length === 0) return { target: only, forwarded };
  let found: ShimTarget | undefined;
  for (const target of shim.starTargets) {
    const written = target.kind === 'file' ? target.file : target.specifier;
    const exported = exportsNameOf(written, shimFile, rootDir, name);
    if (exported === undefined || (exported && found)) return undefined;
    if (exported) found = target;
  }
  return found && { target: found, forwarded };
}

/**
 * Follows `filePath` through shims to the first real module. `undefined` when `filePath` is not a
 * shim; a `cycle` when the shims forward to each other without reaching one.
 */
export function resolveShim(
  filePath: string,
  rootDir: string,
  detection: ShimDetection = TAGS_ONLY,
): ShimResolution | undefined {
  // A project imports the same modules from many files: one answer per module while the file
  // versions it rests on are trusted, instead of one look at each version per import.
  const memo = resolvedShims.current();
  const key = `${rootDir}\0${filePath}\0${detection.key}`;
  if (memo.has(key)) return memo.get(key);
  const resolution = followShims(filePath, rootDir, detection);
  memo.set(key, resolution);
  return resolution;
}

function followShims(filePath: string, rootDir: string, detection: ShimDetection): ShimResolution | undefined {
  const first = shimExportsOf(filePath, rootDir, detection);
  if (!first) return undefined;
  const chain = [absolutePath(filePath)];
  let current = first;
  let starOnly = forwardsAllOfOne(first);
  for (
    let [only, ...others] = current.targets;
    only?.kind === 'file' && others.length === 0;
    [only, ...others] = current.targets
  ) {
    if (chain.includes(only.file) || chain.length >= MAX_CHAIN) return { kind: 'cycle', chain: [...chain, only.file] };
    const next = shimExportsOf(only.file, rootDir, detection);
    if (!next) break;
    chain.push(only.file);
    current = next;
    starOnly &&= forwardsAllOfOne(next);
  }
  const [single, ...more] = current.targets;
  const directives = boundaryDirectives(first.directives);
  const targetDirectives =
    single?.kind === 'file' && more.length === 0 && directives.length > 0
      ? (analyzeProjectText(single.file, rootDir, 'ssot:directives', leadingDirectives) ?? [])
      : [];
  // A reference asks for each name it takes, and a fix plan asks again: walk the chain once per name.
  const forwards = new Map<string, TargetName | undefined>();
  return {
    kind: 'shim',
    chain,
    targets: current.targets,
    lostDirectives: directives.filter((directive) => !targetDirectives.includes(directive)),
    forward: (name) => {
      if (!forwards.has(name)) {
        // Kept for the run, key and answer: a copy of the name cut from the linted file's text.
        const kept = detached(name);
        forwards.set(kept, forwardName(filePath, first, kept, rootDir, detection));
      }
      return forwards.get(name);
    },
    starOnly,
  };
}

/** Whether a shim is only `export * from` one module: every name but `default` passes unchanged. */
function forwardsAllOfOne(shim: ShimExports): boolean {
  return shim.names.size === 0 && shim.starTargets.length === 1;
}

/** Where `name`, imported from the shim `shimFile`, is defined: through every shim on its way. */
function forwardName(
  shimFile: string,
  shim: ShimExports,
  name: string,
  rootDir: string,
  detection: ShimDetection,
): TargetName | undefined {
  const visited = new Set([absolutePath(shimFile)]);
  let step = forwardThrough(shim, shimFile, name, rootDir);
  let loose = false;
  while (step?.target.kind === 'file') {
    const { file } = step.target;
    const next = shimExportsOf(file, rootDir, detection);
    if (!next) break;
    // A namespace of an intermediate shim is not the namespace of the final module.
    if (step.forwarded.kind !== 'name' || visited.has(file) || visited.size >= MAX_CHAIN) return undefined;
    loose ||= step.forwarded.loose === true;
    visited.add(file);
    step = forwardThrough(next, file, step.forwarded.name, rootDir);
  }
  // A loose alias anywhere on the way makes the whole rename one to look at.
  return step && loose && step.forwarded.kind === 'name'
    ? { ...step, forwarded: { ...step.forwarded, loose: true } }
    : step;
}
