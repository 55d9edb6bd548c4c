// What tests read of the parse cache besides its API: every parse of a project file, counted by a
// spy on typescript-estree's `parse` (the cache's only parser), and the cached tree and text of a
// file, taken through the cache's own analyses.
import * as estree from '@typescript-eslint/typescript-estree';
import { beforeEach, vi } from 'vitest';
import { registerCache } from '../../src/project/cache-registry.js';
import { analyzeProjectFile, analyzeProjectText, type ParsedFile } from '../../src/project/parse-cache.js';

let parses = 0;
// Counted from zero again whenever the caches are (vitest.setup.ts, before every test), like the
// cache whose parses it counts.
registerCache('tests: project parse count', () => {
  parses = 0;
});

/** Installs the counting spy, again if something restored the real `parse` (a count of 0 must mean no parse). */
function countParses(): void {
  if (vi.isMockFunction(estree.parse)) return;
  const parse = estree.parse;
  vi.spyOn(estree, 'parse').mockImplementation((...args: Parameters<typeof parse>) => {
    parses += 1;
    return parse(...args);
  });
}
countParses();
beforeEach(countParses);

/** How many times a project file was parsed since the caches were last reset. */
export function projectParseCount(): number {
  countParses();
  return parses;
}

/** How many project files `run` parsed. */
export function parsesDuring(run: () => void): number {
  const before = projectParseCount();
  run();
  return projectParseCount() - before;
}

// Each call gets an analyzer key of its own, so that it sees the tree or text the cache holds now
// (parsed or read again once evicted) rather than a memoized answer.
let calls = 0;

/** The parse cache's tree of a project file, as its analyzers get it; `undefined` when they would get none. */
export function parseProjectFile(filePath: string, rootDir: string): ParsedFile | undefined {
  return analyzeProjectFile(filePath, rootDir, `tests:parsed#${++calls}`, (parsed) => parsed);
}

/** The parse cache's text of a project file, as its analyzers get it; `undefined` when they would get none. */
export function readProjectFile(filePath: string, rootDir: string): string | undefined {
  return analyzeProjectText(filePath, rootDir, `tests:text#${++calls}`, (text) => text);
}
