import path from 'node:path';
import { globError, globMatcher } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { relativeToRoot } from '../../project/paths.js';
import { specifierForFile } from '../../project/resolve.js';
import { exportChecker, exportsNameOf } from './exported-names.js';
import { CanonicalImportsOptionError } from './option-error.js';
import { movedNamesOf, onlyNames } from './moved-options.js';
import { captureExpression, capturesOf, fillWildcards, specifierGlob } from './name-globs.js';
import { foreignPackage } from '../../project/workspaces.js';
import { type ForwardedName, resolveShim, type ShimDetection, type ShimTarget, targetKey } from './shims.js';

/**
 * Where a module reference should point instead, for `canonical-imports`: from the rule's `paths`
 * option (by specifier or by resolved project file) or from shim detection.
 */

interface PathEntryTarget {
  canonical: string;
  importNames?: Record<string, string>;
  /** Only these names (and the keys of `importNames`) moved to `canonical`; the module's other names stay. */
  exports?: string[];
  message?: string;
}

export type PathEntry = ({ name: string } & PathEntryTarget) | ({ file: string } & PathEntryTarget);

export interface MovableRedirect {
  kind: 'shim' | 'configured';
  /** The replacement specifier in the user's style; `undefined` when none can be written safely. */
  specifier: string | undefined;
  /** How to name the canonical module in a message when no specifier can be written. */
  label: string;
  message: string | undefined;
  /** What a name imported from the old module is called in the canonical one. */
  forward: (name: string) => ForwardedName | undefined;
  /** Every name keeps its name, so references that use unknown names (namespaces) stay 1:1. */
  identity: boolean;
  /** For a shim, the project file it leads to, if any: that file's own reference stays. */
  canonicalFile?: string;
  /**
   * For a configured entry: whether the canonical module is known to export a name. A rename into a
   * name it is not known to export is only suggested.
   */
  provides?: (name: string) => boolean;
  /** For a shim whose canonical file another workspace package holds but does not export: that package. */
  unexportedFrom?: string;
  /** A directive of the shim (`use client`) that the canonical module lacks: the change is only suggested. */
  lostDirective?: string;
  /**
   * For a shim that forwards several modules (`specifier` is then undefined and `label` lists them):
   * the redirect of each of `names` to the one module it comes from, or `undefined` when one of them
   * comes from none or from several.
   */
  split?: (names: readonly string[]) => ReadonlyMap<string, MovableRedirect> | undefined;
}

/**
 * A module that stays canonical for most of its names but some of them moved: a moved export
 * (`@deprecated` re-export) or a `paths` entry with `exports`. References that name the moved names
 * move those; references that take the whole module are reported without a fix.
 */
export interface MovedNamesRedirect {
  kind: 'moved';
  /** Whether the names were found (`@deprecated` re-exports) or configured (`paths` with `exports`). */
  origin: 'tags' | 'configured';
  /** The module the names moved from, as messages name it (`src/utils.ts`, or the specifier of a package). */
  module: string;
  /** Each moved name → where to take it from now. Names not listed stay. */
  names: ReadonlyMap<string, MovableRedirect>;
  message: string | undefined;
}

export type Redirect = MovableRedirect | MovedNamesRedirect | { kind: 'cycle'; cycle: string };

export { CanonicalImportsOptionError };

const GLOB_SYNTAX = /[*?[\]{}()!]/;
function renamer(importNames: Record<string, string> | undefined): Pick<MovableRedirect, 'forward' | 'identity'> {
  const renames = Object.entries(importNames ?? {}).filter(([from, to]) => from !== to);
  const byOldName = new Map(renames);
  return {
    forward: (name) => ({ kind: 'name', name: byOldName.get(name) ?? name }),
    identity: renames.length === 0,
  };
}

interface NameEntry {
  redirect: (specifier: string) => Redirect | undefined;
}

interface FileEntry {
  matches: (relativePath: string) => boolean;
  canonical: string;
  importNames: Record<string, string> | undefined;
  /** With `exports`: the only names that moved. */
  moved: readonly string[] | undefined;
  message: string | undefined;
}

export interface CompiledPathEntries {
  names: readonly NameEntry[];
  files: readonly FileEntry[];
  /** The redirect of the first `name` entry matching `specifier`: string work only, no file system. */
  redirectForName: (specifier: string) => Redirect | undefined;
}

function compileNameEntry(entry: Extract<PathEntry, { name: string }>, index: number): NameEntry {
  const { name, canonical, message } = entry;
  const names = renamer(entry.importNames);
  const redirect = (replacement: string | undefined): Redirect => ({
    kind: 'configured',
    specifier: replacement,
    label: canonical,
    message,
    ...names,
  });
  // A canonical module that the old name itself covers ('lodash' → 'lodash/fp') is where references
  // must end up: it and its subpaths are never a match.
  const isCanonical = (specifier: string, nested: boolean): boolean =>
    specifier === canonical || (nested && specifier.startsWith(`${canonical}/`));
  if (!GLOB_SYNTAX.test(name)) {
    const nested = canonical.startsWith(`${name}/`);
    return {
      // Path segments, so that 'foo' covers 'foo/bar' but never 'foobar'.
      redirect: (specifier) => {
        if (isCanonical(specifier, nested)) return undefined;
        if (specifier === name) return redirect(canonical);
        if (specifier.startsWith(`${name}/`)) return redirect(canonical + specifier.slice(name.length));
        return undefined;
      },
    };
  }
  const problem = name.startsWith('!') ? 'a leading ! (negation) cannot name modules' : globError(name);
  if (problem)
    throw new CanonicalImportsOptionError(
      `paths[${index}].name ${JSON.stringify(name)} is not a valid glob: ${problem}.`,
    );
  const matchedPart = specifierGlob(name);
  const captures = captureExpression(name);
  const nested = matchedPart(canonical) !== undefined;
  return {
    redirect: (specifier) => {
      const matched = matchedPart(specifier);
      if (matched === undefined || isCanonical(specifier, nested)) return undefined;
      // What lies below the matched part moves along, into the module the wildcards name.
      const rest = specifier.slice(matched.length);
      const wildcards = canonical.includes('*');
      const captured = wildcards ? capturesOf(captures, matched) : rest === '' ? [] : undefined;
      const filled = captured ? fillWildcards(canonical, captured) : undefined;
      const replacement = filled === undefined ? undefined : filled + rest;
      if (replacement === specifier) return undefined;
      // A replacement the same glob matches again would be rewritten on every pass: report only.
      return redirect(replacement !== undefined && matchedPart(replacement) !== undefined ? undefined : replacement);
    },
  };
}

/** Validates and compiles the `paths` option once per options object. Throws naming the bad entry. */
export const compilePathEntries = memoizeByOptions('canonical-paths: compiled paths options', compile);

function compile(entries: readonly PathEntry[]): CompiledPathEntries {
  const names: NameEntry[] = [];
  const files: FileEntry[] = [];
  entries.forEach((entry, index) => {
    const hasName = 'name' in entry;
    if (hasName === 'file' in entry) {
      throw new CanonicalImportsOptionError(
        `each paths entry needs either \`name\` (a module specifier or glob) or \`file\` (a project file or glob); paths[${index}] has ${hasName ? 'both' : 'neither'}.`,
      );
    }
    const moved = movedNamesOf(entry, index);
    if (hasName) {
      const compiled = compileNameEntry(entry, index);
      names.push({
        redirect: (specifier) => {
          const redirect = compiled.redirect(specifier);
          return redirect && onlyNames(redirect, moved, specifier);
        },
      });
      return;
    }
    const problem = globError(entry.file);
    if (problem) {
      throw new CanonicalImportsOptionError(
        `paths[${index}].file ${JSON.stringify(entry.file)} is not a valid glob: ${problem}.`,
      );
    }
    files.push({
      matches: globMatcher([entry.file]),
      canonical: entry.canonical,
      importNames: entry.importNames,
      moved,
      message: entry.message,
    });
  });
  const result: CompiledPathEntries = {
    names,
    files,
    redirectForName(specifier) {
      for (const entry of names) {
        const redirect = entry.redirect(specifier);
        if (redirect) return redirect;
      }
      return undefined;
    },
  };
  return result;
}

function labelOf(target: ShimTarget, rootDir: string): string {
  return target.kind === 'package' ? target.specifier : (relativeToRoot(target.file, rootDir) ?? target.file);
}

function specifierFor(
  target: ShimTarget,
  fromFile: string,
  rootDir: string,
  userSpecifier: string,
): string | undefined {
  return target.kind === 'package' ? target.specifier : specifierForFile(target.file, fromFile, rootDir, userSpecifier);
}

/**
 * The redirect for a reference to `specifier` that resolved to the project file `resolved`, if it
 * must move. The answer depends on `fromFile`'s directory only (replacement specifiers are written
 * from there), so it holds for every file of that directory; a shim redirect names the file it
 * leads to (`canonicalFile`), whose own reference must stay.
 */
export function redirectForResolvedFile(input: {
  resolved: string;
  specifier: string;
  fromFile: string;
  rootDir: string;
  entries: CompiledPathEntries;
  shims: ShimDetection | undefined;
}): Redirect | undefined {
  const { resolved, specifier, fromFile, rootDir, entries, shims } = input;
  const relative = relativeToRoot(resolved, rootDir);
  if (relative !== undefined) {
    for (const entry of entries.files) {
      if (!entry.matches(relative)) continue;
      const canonicalFile = path.resolve(rootDir, entry.canonical);
      if (canonicalFile === resolved) continue;
      const redirect: Redirect = {
        kind: 'configured',
        specifier: specifierForFile(canonicalFile, fromFile, rootDir, specifier),
        provides: exportChecker(canonicalFile, fromFile, rootDir),
        label: entry.canonical,
        message: entry.message,
        ...renamer(entry.importNames),
      };
      return onlyNames(redirect, entry.moved, relative);
    }
  }
  if (!shims) return undefined;
  const shim = resolveShim(resolved, rootDir, shims);
  if (!shim) return undefined;
  if (shim.kind === 'cycle') {
    return { kind: 'cycle', cycle: shim.chain.map((file) => relativeToRoot(file, rootDir) ?? file).join(' → ') };
  }
  const [only, ...others] = shim.targets;
  if (only && others.length === 0) {
    let identity: boolean | undefined;
    return {
      ...shimRedirect(only, { fromFile, rootDir, specifier }),
      forward: (name) => shim.forward(name)?.forwarded,
      lostDirective: shim.lostDirectives[0],
      // `export *` passes every name but `default`: with no default export there, the shim's namespace
      // and the target's have the same names, so a namespace import or `export *` moves one for one.
      // Asked only by references that take the whole module, so the target is read only for them.
      get identity() {
        identity ??=
          shim.starOnly && only.kind === 'file' && exportsNameOf(only.file, fromFile, rootDir, 'default') === false;
        return identity;
      },
    };
  }
  // A split module: each name an import takes moves to the one module it comes from, if there is one.
  const byTarget = new Map<string, MovableRedirect>();
  const redirectTo = (target: ShimTarget): MovableRedirect => {
    const key = targetKey(target);
    let redirect = byTarget.get(key);
    if (!redirect) {
      redirect = {
        ...shimRedirect(target, { fromFile, rootDir, specifier }),
        forward: (name) => shim.forward(name)?.forwarded,
      };
      byTarget.set(key, redirect);
    }
    return redirect;
  };
  return {
    ...shimRedirect(undefined, { fromFile, rootDir, specifier }),
    label: shim.targets.map((target) => `'${labelOf(target, rootDir)}'`).join(', '),
    forward: () => undefined,
    split: (names) => {
      const byName = new Map<string, MovableRedirect>();
      for (const name of names) {
        const found = shim.forward(name);
        if (!found) return undefined;
        byName.set(name, redirectTo(found.target));
      }
      return byName;
    },
  };
}

/** The parts of a shim's redirect that depend on the module it moves to (none yet for a split module). */
export function shimRedirect(
  target: ShimTarget | undefined,
  { fromFile, rootDir, specifier }: { fromFile: string; rootDir: string; specifier: string },
): Omit<MovableRedirect, 'forward'> {
  const replacement = target && specifierFor(target, fromFile, rootDir, specifier);
  return {
    kind: 'shim',
    specifier: replacement,
    // No public specifier of another workspace package led to the canonical file.
    unexportedFrom:
      replacement === undefined && target?.kind === 'file'
        ? foreignPackage(target.file, fromFile, rootDir)?.name
        : undefined,
    label: target ? labelOf(target, rootDir) : '',
    message: undefined,
    identity: false,
    canonicalFile: target?.kind === 'file' ? target.file : undefined,
  };
}
