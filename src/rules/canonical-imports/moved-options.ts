import { CanonicalImportsOptionError } from './option-error.js';
import type { MovableRedirect, MovedNamesRedirect, PathEntry, Redirect } from './paths.js';

/**
 * The `exports` of a `paths` entry: only the names listed moved to `canonical`, the module's other
 * names stay. Type-only imports from paths.ts, which uses these while compiling the entries.
 */

/**
 * The names a `paths` entry moves when it has `exports`: those listed and the keys of `importNames`
 * (a rename says that the name moved too). `undefined` when the entry moves the whole module.
 */
export function movedNamesOf(entry: PathEntry, index: number): readonly string[] | undefined {
  const { exports } = entry;
  if (exports === undefined) return undefined;
  if (exports.length === 0) {
    throw new CanonicalImportsOptionError(
      `paths[${index}].exports is empty: list the names that moved to ${JSON.stringify(entry.canonical)}, or leave \`exports\` out when the whole module moved.`,
    );
  }
  return [...new Set([...exports, ...Object.keys(entry.importNames ?? {})])];
}

/** A configured redirect limited to `names` (from `movedNamesOf`), the other names staying in `module`. */
export function onlyNames(redirect: Redirect, names: readonly string[] | undefined, module: string): Redirect {
  if (!names || redirect.kind !== 'configured') return redirect;
  return {
    kind: 'moved',
    origin: 'configured',
    module,
    names: new Map(names.map((name) => [name, redirect])),
    message: redirect.message,
  };
}

/** `redirect` with each moved name's redirect passed through `change` (e.g. to learn what the canonical module exports). */
export function mapMovedNames(
  redirect: MovedNamesRedirect,
  change: (moved: MovableRedirect) => MovableRedirect,
): MovedNamesRedirect {
  const changed = new Map<MovableRedirect, MovableRedirect>();
  const names = new Map<string, MovableRedirect>();
  for (const [name, moved] of redirect.names) {
    const next = changed.get(moved) ?? change(moved);
    changed.set(moved, next);
    names.set(name, next);
  }
  return { ...redirect, names };
}
