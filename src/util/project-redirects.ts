import path from 'node:path';
import { registerCache } from './cache-registry.js';
import { type CompiledPathEntries, type Redirect, redirectForResolvedFile } from './canonical-paths.js';
import { fsGeneration } from './fs-cache.js';
import { mayBeProjectSpecifier, resolveModule } from './resolve.js';

/**
 * Where a specifier written in a project file leads for `canonical-imports`, answered once per
 * importing directory: resolution, the tsconfig in effect and the replacement specifier depend on
 * the directory, never on which of its files wrote the import, and a project imports the same
 * modules from many files of one folder.
 */

interface DirectoryAnswer {
  /** The project file the specifier resolves to. */
  resolved: string;
  redirect: Redirect | undefined;
}

/* eslint-disable ssot/no-module-singletons -- one lint run's answers, shared by its files and
   dropped whenever fsGeneration() changes (a trust window ends, or a file is linted again). */
let answersByEntries = new WeakMap<CompiledPathEntries, Map<string, DirectoryAnswer | null>>();
let answersGeneration = -1;
/* eslint-enable ssot/no-module-singletons */
registerCache('project-redirects: answers per importing directory', () => {
  answersByEntries = new WeakMap();
  answersGeneration = -1;
});

function answersFor(entries: CompiledPathEntries): Map<string, DirectoryAnswer | null> {
  const generation = fsGeneration();
  if (answersGeneration !== generation) {
    answersByEntries = new WeakMap();
    answersGeneration = generation;
  }
  let answers = answersByEntries.get(entries);
  if (!answers) {
    answers = new Map();
    answersByEntries.set(entries, answers);
  }
  return answers;
}

function answerUncached(input: {
  specifier: string;
  fromFile: string;
  rootDir: string;
  entries: CompiledPathEntries;
  shims: boolean;
}): DirectoryAnswer | null {
  const { specifier, fromFile, rootDir, entries, shims } = input;
  if (!mayBeProjectSpecifier(specifier, fromFile, rootDir)) return null;
  const resolved = resolveModule(specifier, fromFile, rootDir);
  if (resolved === undefined) return null;
  return { resolved, redirect: redirectForResolvedFile({ resolved, specifier, fromFile, rootDir, entries, shims }) };
}

/**
 * The redirect for a reference to `specifier` from the project file `fromFile`, when the module it
 * resolves to must not be imported (a configured `file` entry, or a shim when `shims` is on).
 */
export function projectRedirect(input: {
  specifier: string;
  fromFile: string;
  rootDir: string;
  entries: CompiledPathEntries;
  shims: boolean;
}): Redirect | undefined {
  const { specifier, fromFile, rootDir, shims } = input;
  const answers = answersFor(input.entries);
  const key = `${shims ? 's' : '-'}\0${rootDir}\0${path.dirname(fromFile)}\0${specifier}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = answerUncached(input);
    answers.set(key, answer);
  }
  if (answer === null || answer.resolved === fromFile) return undefined;
  const { redirect } = answer;
  // The module a shim forwards to has nothing to move when it imports that shim itself.
  if (redirect?.kind === 'shim' && redirect.canonicalFile === fromFile) return undefined;
  return redirect;
}
