import type { TSESTree } from '@typescript-eslint/utils';

/** Keys of ESTree nodes that hold no code: the parent link, positions, type annotations. */
const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'typeAnnotation', 'returnType', 'typeParameters']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The child nodes of `node` that hold code, in source order, by walking its own properties (no
 * visitor keys needed). typescript-estree names a node's properties in alphabetical order
 * (`alternate` before `consequent` before `test`), so their order is not the code's.
 */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children.length > 1 ? children.sort((a, b) => startOf(a) - startOf(b)) : children;
}

/** Where `node` starts; a tree of another linter (oxlint's) may give `start` rather than `range`. */
function startOf(node: TSESTree.Node): number {
  const { range } = node as { range?: TSESTree.Range };
  return range ? range[0] : ((node as { start?: number }).start ?? 0);
}

/** What a `walkCode` visitor asks for: skip the node's children, stop the walk, or go on (`undefined`). */
export type WalkAnswer = 'skip' | 'stop' | undefined;

/**
 * Calls `visit` for `root` and the code below it, depth first, in source order. `visit` answers
 * `'skip'` to leave out a node's children (a nested function where `this` means something else) and
 * `'stop'` to end the walk. True when a visitor stopped it.
 */
export function walkCode(root: TSESTree.Node, visit: (node: TSESTree.Node) => WalkAnswer): boolean {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const answer = visit(node);
    if (answer === 'stop') return true;
    if (answer === 'skip') continue;
    stack.push(...childNodes(node).reverse());
  }
  return false;
}
