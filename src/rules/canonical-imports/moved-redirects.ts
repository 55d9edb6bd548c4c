import { relativeToRoot } from '../../project/paths.js';
import { movedExportsOf } from './moved-exports.js';
import { shimRedirect, type MovableRedirect, type MovedNamesRedirect } from './paths.js';
import { targetKey, type ShimDetection, type TargetName } from './shims.js';

/** The redirects of modules whose names moved one by one, found from their `@deprecated` re-exports (moved-exports.ts). */

/**
 * The redirect for a reference to the project file `resolved` when it re-exports names as
 * `@deprecated` (and is no shim): each such name goes to the module it now lives in, one redirect
 * per module, written from `fromFile` in the style of `specifier`.
 */
export function movedExportRedirect(input: {
  resolved: string;
  specifier: string;
  fromFile: string;
  rootDir: string;
  shims: ShimDetection;
}): MovedNamesRedirect | undefined {
  const { resolved, specifier, fromFile, rootDir, shims } = input;
  const moved = movedExportsOf(resolved, rootDir, shims);
  if (!moved) return undefined;
  const byTarget = new Map<string, { redirect: MovableRedirect; names: Map<string, TargetName> }>();
  const names = new Map<string, MovableRedirect>();
  for (const [name, found] of moved) {
    const key = targetKey(found.target);
    let group = byTarget.get(key);
    if (!group) {
      const namesThere = new Map<string, TargetName>();
      group = {
        names: namesThere,
        redirect: {
          ...shimRedirect(found.target, { fromFile, rootDir, specifier }),
          forward: (taken) => namesThere.get(taken)?.forwarded,
        },
      };
      byTarget.set(key, group);
    }
    group.names.set(name, found);
    names.set(name, group.redirect);
  }
  return {
    kind: 'moved',
    origin: 'tags',
    module: relativeToRoot(resolved, rootDir) ?? resolved,
    names,
    message: undefined,
  };
}
