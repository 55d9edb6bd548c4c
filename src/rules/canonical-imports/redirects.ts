import path from 'node:path';
import { registerCache } from '../../project/cache-registry.js';
import { type CompiledPathEntries, type MovableRedirect, type Redirect, redirectForResolvedFile } from './paths.js';
import { mapMovedNames } from './moved-options.js';
import { movedExportRedirect } from './moved-redirects.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { exportChecker } from './exported-names.js';
import { mayBeProjectSpecifier, resolveModule } from '../../project/resolve.js';
import type { ShimDetection } from './shims.js';
import { detached } from '../../util/detached.js';

/**
 * Where each specifier written in a file leads for `canonical-imports`, answered once per
 * importing directory and lint run: the `paths` entries, resolution, the tsconfig in effect and
 * the replacement specifier depend on the directory, never on which of its files wrote the
 * import, and a project imports the same modules from many files of one folder.
 */

interface Answer {
  redirect: Redirect;
  /** The project file the specifier resolves to, when the redirect comes from it. */
  resolved: string | undefined;
}

export interface RedirectQuery {
  /** The file being linted. */
  fromFile: string;
  rootDir: string;
  entries: CompiledPathEntries;
  /** How shims are found; `undefined` when shim detection is off. */
  shims: ShimDetection | undefined;
  /** Whether references may lead to project files: `file` entries or shims apply to this file. */
  checksFiles: boolean;
}

/* One lint run's answers, shared by its files and dropped whenever fsGeneration() changes (a trust
   window ends, or a file is linted again). */
const answersByEntries = perFsGeneration(
  () => new WeakMap<CompiledPathEntries, Map<string, Map<string, Answer | null>>>(),
);
registerCache('project-redirects: answers per importing directory', answersByEntries.reset);

function answersFor(query: RedirectQuery): Map<string, Answer | null> {
  const current = answersByEntries.current();
  let byDirectory = current.get(query.entries);
  if (!byDirectory) {
    byDirectory = new Map();
    current.set(query.entries, byDirectory);
  }
  const { rootDir, fromFile, shims, checksFiles } = query;
  const key = `${shims ? `s${shims.key}` : '-'}\0${checksFiles ? 'f' : '-'}\0${rootDir}\0${path.dirname(fromFile)}`;
  let answers = byDirectory.get(key);
  if (!answers) {
    answers = new Map();
    byDirectory.set(key, answers);
  }
  return answers;
}

function answerUncached(specifier: string, query: RedirectQuery): Answer | null {
  const { fromFile, rootDir, entries, shims, checksFiles } = query;
  const byName = entries.redirectForName(specifier);
  if (byName) {
    // A rename into a name the canonical module is not known to export is only suggested.
    const checked = (redirect: MovableRedirect): MovableRedirect =>
      redirect.kind === 'configured' && redirect.specifier !== undefined
        ? { ...redirect, provides: exportChecker(redirect.specifier, fromFile, rootDir) }
        : redirect;
    const redirect: Redirect =
      byName.kind === 'moved' ? mapMovedNames(byName, checked) : byName.kind === 'cycle' ? byName : checked(byName);
    return { redirect, resolved: undefined };
  }
  if (!checksFiles || !mayBeProjectSpecifier(specifier, fromFile, rootDir)) return null;
  const resolved = resolveModule(specifier, fromFile, rootDir);
  if (resolved === undefined) return null;
  const redirect =
    redirectForResolvedFile({ resolved, specifier, fromFile, rootDir, entries, shims }) ??
    (shims && movedExportRedirect({ resolved, specifier, fromFile, rootDir, shims }));
  return redirect ? { redirect, resolved } : null;
}

/**
 * The redirects of the file `query.fromFile`: for a specifier it writes, where the reference must
 * point instead (a `paths` entry, or a shim when `shims` is on), or `undefined`. Ask once per file,
 * after `noteLintedFile`, so that a file linted again sees the files saved since.
 */
export function redirectsFrom(query: RedirectQuery): (specifier: string) => Redirect | undefined {
  const answers = answersFor(query);
  const { fromFile } = query;
  return (specifier) => {
    let answer = answers.get(specifier);
    if (answer === undefined) {
      // Cut from the linted file's text, the specifier is kept for the run as the key and inside the
      // answer (a redirect's identity): as a copy, or it would keep that text.
      const kept = detached(specifier);
      answer = answerUncached(kept, query);
      answers.set(kept, answer);
    }
    if (answer === null || answer.resolved === fromFile) return undefined;
    const { redirect } = answer;
    // The module a shim forwards to has nothing to move when it imports that shim itself.
    if (redirect.kind === 'shim' && redirect.canonicalFile === fromFile) return undefined;
    if (redirect.kind === 'moved' && [...redirect.names.values()].some((moved) => moved.canonicalFile === fromFile)) {
      const names = new Map([...redirect.names].filter(([, moved]) => moved.canonicalFile !== fromFile));
      return names.size > 0 ? { ...redirect, names } : undefined;
    }
    return redirect;
  };
}
