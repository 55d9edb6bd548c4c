// forEachLoadTimeNode must visit exactly the nodes runsAtLoad calls load-time code: the singletons
// rule finds module-level instances and state through it instead of listening to every node.
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { forEachLoadTimeNode, runsAtLoad } from '../../src/util/load-time.js';

const SOURCE = `
import { thing } from './thing';
export const top = new Map();
let counter = 0;
export interface Shape { make: () => Set<string>; }
export type Alias = { value: Array<number> };
(() => { const inIife = new Set(); })();
(function () { const inCalled = new Set(); }).call(this);
function later() { const deferred = new Set(); return deferred; }
const arrow = (fallback = new Set()) => { const inArrow = new Map(); return [fallback, inArrow]; };
export class Service {
  static shared = new Service();
  instance = new Map();
  static { const inStaticBlock = new WeakMap(); }
  [computedKey()] = new Set();
  method() { const inMethod = new Set(); }
  static create(value = new Map()) { return value; }
}
namespace Runtime { export const inNamespace = new Map(); }
declare namespace Ambient { const declared: Map<string, string>; }
declare global { var globalDeclared: Map<string, string>; }
if (thing) { var inBlock = new Set(); } else { for (const each of [new Set()]) {} }
const Klass = class { static field = new Map(); method() { return new Set(); } };
export default new Map();
function computedKey() { return 'key'; }
`;

const { ast, visitorKeys } = parseForESLint(SOURCE, { range: true, loc: true });

/** Every node, parents set on the way (runsAtLoad climbs them), in source order. */
function allNodes(program: TSESTree.Program): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const walk = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    nodes.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof (child as { type?: unknown }).type === 'string') walk(child as TSESTree.Node, node);
      }
    }
  };
  walk(program, undefined);
  return nodes;
}
const all = allNodes(ast as TSESTree.Program);

function parsed(): TSESTree.Program {
  return ast as TSESTree.Program;
}

describe('forEachLoadTimeNode', () => {
  it('visits every `new` and declarator that runs at load time and none that waits for a call', () => {
    const program = parsed();
    const visited = new Set<TSESTree.Node>();
    forEachLoadTimeNode(program, visitorKeys, (node) => void visited.add(node));

    const interesting = all.filter(
      (node) => node.type === 'NewExpression' || node.type === 'VariableDeclarator',
    );
    expect(interesting.length).toBeGreaterThan(20);
    for (const node of interesting) {
      const label = SOURCE.slice(node.range[0], node.range[1]);
      expect({ label, visited: visited.has(node) }).toEqual({ label, visited: runsAtLoad(node) });
    }
    // Both kinds occur on each side, so the comparison above is not vacuous.
    expect(interesting.filter((node) => visited.has(node)).length).toBeGreaterThan(8);
    expect(interesting.filter((node) => !visited.has(node)).length).toBeGreaterThan(8);
  });

  it('does not walk into types or imports', () => {
    const visitedTypes = new Set<string>();
    forEachLoadTimeNode(parsed(), visitorKeys, (node) => void visitedTypes.add(node.type));
    for (const type of ['ImportDeclaration', 'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSTypeAnnotation']) {
      expect(visitedTypes.has(type)).toBe(false);
    }
  });
});
