import path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { importedName } from '../../ast/import-bindings.js';
import { DEPRECATED_TAG } from '../../ast/jsdoc.js';
import { nameOfIdentifierOrString as exportName } from '../../ast/names.js';
import { registerCache } from '../../project/cache-registry.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { analyzeProjectFile, type ParsedFile } from '../../project/parse-cache.js';
import { absolutePath } from '../../project/paths.js';
import { resolveModule } from '../../project/resolve.js';
import { commentsBetween, FILE_COMMENT_TAG, isAdjacent, type Forward } from './shim-syntax.js';
import { resolveShim, type ShimDetection, type ShimTarget, type TargetName } from './shims.js';

/**
 * Moved exports: code moves one function at a time, so a module that keeps code of its own may
 * re-export a few names with `@deprecated` (`/** @deprecated moved to ./date *\/ export { formatDate }
 * from './date';`, or `import { a } from './b'; /** @deprecated *\/ export { a };`). Those names have a
 * canonical home elsewhere; the module's other names stay. Only the re-export itself counts: a
 * deprecated function or constant the module declares has no other home to send importers to.
 */

/** Chains longer than this end where they are: no real project moves one name that often. */
const MAX_CHAIN = 32;

/** `export {` or `export type {`: the only statements a moved export can be. */
const EXPORT_BRACES = /\bexport\s+(?:type\s+)?\{/;

/**
 * Whether a module's text may hold a moved export, before any parse: a `@deprecated` tag and an
 * `export { … }`. Most modules, including those with deprecated functions only, are ruled out here.
 */
export function mayHaveMovedExports(text: string): boolean {
  return DEPRECATED_TAG.test(text) && EXPORT_BRACES.test(text);
}

/**
 * Whether the comments that sit directly on `statement` (no blank line between) carry a tag; a
 * comment on the line of the previous statement is about that one, and a comment about the file
 * (`@module`, `@packageDocumentation`) is not about the statement.
 */
function statementTagged(file: ParsedFile, statement: TSESTree.Node, previousEnd: number): boolean {
  const comments = commentsBetween(file, previousEnd, statement.range[0]);
  let start = statement.range[0];
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index];
    if (!comment || !isAdjacent(file.text, comment.range[1], start) || FILE_COMMENT_TAG.test(comment.value)) break;
    const onOwnLine = previousEnd === 0 || file.text.slice(previousEnd, comment.range[0]).includes('\n');
    if (onOwnLine && DEPRECATED_TAG.test(comment.value)) return true;
    start = comment.range[0];
  }
  return false;
}

/** Whether a tag stands right before `specifier` inside the braces of `statement`. */
function specifierTagged(file: ParsedFile, specifier: TSESTree.Node, statement: TSESTree.Node): boolean {
  const before = commentsBetween(file, statement.range[0], specifier.range[0]).at(-1);
  return (
    before !== undefined &&
    DEPRECATED_TAG.test(before.value) &&
    isAdjacent(file.text, before.range[1], specifier.range[0])
  );
}

/** The imported bindings of a module: local name → where it comes from. */
function importBindings(body: readonly TSESTree.ProgramStatement[]): Map<string, Forward> {
  const bindings = new Map<string, Forward>();
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    for (const specifier of statement.specifiers) {
      const name = importedName(specifier);
      bindings.set(specifier.local.name, {
        source: statement.source.value,
        forwarded: name === '*' ? { kind: 'namespace' } : { kind: 'name', name },
      });
    }
  }
  return bindings;
}

/** The names a module re-exports as `@deprecated` (exported name → where it comes from); empty when none. */
export function analyzeMovedExports(file: ParsedFile): ReadonlyMap<string, Forward> {
  const { body } = file.ast;
  const bindings = importBindings(body);
  const moved = new Map<string, Forward>();
  body.forEach((statement, index) => {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.declaration) return;
    const tagged = statementTagged(file, statement, body[index - 1]?.range[1] ?? 0);
    for (const specifier of statement.specifiers) {
      if (!tagged && !specifierTagged(file, specifier, statement)) continue;
      const local = exportName(specifier.local);
      const forward: Forward | undefined = statement.source
        ? { source: statement.source.value, forwarded: { kind: 'name', name: local } }
        : bindings.get(local);
      // A local declaration has no other home, and a namespace no single name to import.
      if (forward?.forwarded.kind !== 'name') continue;
      moved.set(exportName(specifier.exported), forward);
    }
  });
  return moved;
}

/** The moved exports of a project file, one step on: each name's target module and name there. */
function movedStepsOf(filePath: string, rootDir: string): ReadonlyMap<string, TargetName> | undefined {
  const syntax = analyzeProjectFile(filePath, rootDir, 'ssot:moved-exports', analyzeMovedExports, mayHaveMovedExports);
  if (!syntax || syntax.size === 0) return undefined;
  const absolute = absolutePath(filePath);
  const steps = new Map<string, TargetName>();
  for (const [name, { source, forwarded }] of syntax) {
    const resolved = resolveModule(source, absolute, rootDir);
    // A relative path that names no project file (or leaves rootDir) cannot be written for another importer.
    if (!resolved && (source.startsWith('.') || path.isAbsolute(source))) continue;
    if (resolved === absolute) continue;
    const target: ShimTarget = resolved ? { kind: 'file', file: resolved } : { kind: 'package', specifier: source };
    steps.set(name, { target, forwarded });
  }
  return steps.size > 0 ? steps : undefined;
}

/**
 * One step further along a moved name: through a shim to the module that defines it, or through
 * another module that moved it on. `undefined` where the name is at home.
 */
function nextStep(step: TargetName, rootDir: string, detection: ShimDetection | undefined): TargetName | undefined {
  if (step.target.kind !== 'file' || step.forwarded.kind !== 'name') return undefined;
  const { file } = step.target;
  const name = step.forwarded.name;
  const shim = detection && resolveShim(file, rootDir, detection);
  if (shim?.kind === 'shim') {
    const through = shim.forward(name);
    // A namespace or member is no name to import: the shim is as far as an import can go.
    return through?.forwarded.kind === 'name' ? through : undefined;
  }
  if (shim) return undefined;
  return movedStepsOf(file, rootDir)?.get(name);
}

// A memo of movedExportsOf, emptied whenever fsGeneration() changes.
const movedByFile = perFsGeneration(() => new Map<string, ReadonlyMap<string, TargetName> | undefined>());
registerCache('moved-exports: moved names per module', movedByFile.reset);

/**
 * The names `filePath` re-exports as `@deprecated`, each followed through shims (found with
 * `detection`) and further moved exports to the module it now lives in; `undefined` when none moved.
 * A chain that comes back to a module it passed through stops before it.
 */
export function movedExportsOf(
  filePath: string,
  rootDir: string,
  detection: ShimDetection | undefined,
): ReadonlyMap<string, TargetName> | undefined {
  const memo = movedByFile.current();
  const key = `${rootDir}\0${filePath}\0${detection ? detection.key : '-'}`;
  if (memo.has(key)) return memo.get(key);
  const steps = movedStepsOf(filePath, rootDir);
  let moved: Map<string, TargetName> | undefined;
  if (steps) {
    moved = new Map();
    for (const [name, first] of steps) {
      const visited = new Set([absolutePath(filePath)]);
      let step = first;
      for (let next = nextStep(step, rootDir, detection); next; next = nextStep(step, rootDir, detection)) {
        if (next.target.kind === 'file' && (visited.has(next.target.file) || visited.size >= MAX_CHAIN)) break;
        if (step.target.kind === 'file') visited.add(step.target.file);
        step = next;
      }
      moved.set(name, step);
    }
  }
  memo.set(key, moved);
  return moved;
}
