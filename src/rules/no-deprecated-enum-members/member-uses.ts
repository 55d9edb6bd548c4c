import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../../ast/static-key.js';
import { staticString } from '../../ast/static-names.js';
import type { MemberNameReader } from '../../fix/member-rename.js';

/** The member reads of a file that may read an enum, and the entity paths they start from. */

/** A read of one member: `E.X`, `E['X']`, `ns.E.X`, the type `E.X`, or `const { X } = E`. */
export interface MemberUse {
  readonly node: MemberNameReader;
  /** The node that names the member: reported, and rewritten by the fix. */
  readonly nameNode: TSESTree.Node;
  readonly member: string;
  /** What the member is read from: `E`, `ns.E`, `Mode`. */
  readonly object: TSESTree.Node;
  readonly root: TSESTree.Identifier;
  /** What `root` refers to, when the use was found from its references (`null`: an undeclared global). */
  readonly rootVariable?: TSESLint.Scope.Variable | null;
  /** Names between the root and the member: `['E']` for `ns.E.X`. */
  readonly path: readonly string[];
  /**
   * How the key is written when it is no plain name: `'held'` when a constant holds it (`E[key]`,
   * reported but not rewritten: the constant is what to change), `'index'` for a number (`a[2]`),
   * which reads a member of an object but only the reverse mapping of a numeric enum.
   */
  readonly keyForm?: 'held' | 'index';
}

/** The member a `.X`, `['X']`, `[2]` or `[KEY]` access names, and how its key is written. */
function accessKey(
  sourceCode: Readonly<TSESLint.SourceCode> | undefined,
  node: TSESTree.MemberExpression,
): { member: string; keyForm?: 'held' | 'index' } | undefined {
  const { property, computed } = node;
  const plain = staticKeyName(property, computed);
  if (plain !== undefined) return { member: plain };
  if (!computed) return undefined;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'number')
    return { member: String(property.value), keyForm: 'index' };
  const held = sourceCode && staticString(sourceCode, property);
  return held === undefined ? undefined : { member: held, keyForm: 'held' };
}

/** Deeper chains (`a.b.c.d.E.X`) are not enum accesses worth the lookups. */
const MAX_PATH = 4;

/**
 * `E`, `ns.E`, `ns['E']` (value or type position) as its root identifier and the names after it.
 * Unlike src/ast's `dottedPath`, it takes static computed keys and type names (`ns.E` in a type),
 * and gives up past `MAX_PATH` names.
 */
export function entityPath(node: TSESTree.Node): { root: TSESTree.Identifier; path: string[] } | undefined {
  const names: string[] = [];
  let current = node;
  while (current.type !== AST_NODE_TYPES.Identifier) {
    let name: string | undefined;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      name = staticKeyName(current.property, current.computed);
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.TSQualifiedName) {
      name = current.right.name;
      current = current.left;
    } else {
      return undefined;
    }
    if (name === undefined || names.length >= MAX_PATH) return undefined;
    names.push(name);
  }
  return { root: current, path: names.reverse() };
}

/** The use of `member` read from `object`, when `member` is a static name and `object` an entity path. */
function memberUse(
  node: MemberNameReader,
  nameNode: TSESTree.Node,
  key: { member: string; keyForm?: 'held' | 'index' } | undefined,
  object: TSESTree.Node,
  rootVariable?: TSESLint.Scope.Variable | null,
): MemberUse | undefined {
  if (key === undefined) return undefined;
  const entity = entityPath(object);
  return entity && { node, nameNode, ...key, object, rootVariable, ...entity };
}

function named(member: string | undefined): { member: string } | undefined {
  return member === undefined ? undefined : { member };
}

/** The member a `.X` / `['X']` / `[KEY]` access or a qualified type name `A.X` reads. */
export function accessUse(
  node: TSESTree.MemberExpression | TSESTree.TSQualifiedName,
  sourceCode?: Readonly<TSESLint.SourceCode>,
): MemberUse | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression
    ? memberUse(node, node.property, accessKey(sourceCode, node), node.object)
    : memberUse(node, node.right, named(node.right.name), node.left);
}

/** The members `const { X, Y: y } = E` reads. */
export function destructuringUses(declarator: TSESTree.VariableDeclarator): MemberUse[] {
  const uses: MemberUse[] = [];
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return uses;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const use = memberUse(
      property,
      property.key,
      named(staticKeyName(property.key, property.computed)),
      declarator.init,
    );
    if (use) uses.push(use);
  }
  return uses;
}

/** `root.X`, `root.X.Y`, … up to `MAX_PATH` names: the member reads that start at a reference. */
function usesFrom(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Identifier,
  rootVariable: TSESLint.Scope.Variable | null,
  uses: MemberUse[],
): void {
  let object: TSESTree.Node = root;
  for (let depth = 0; depth <= MAX_PATH; depth++) {
    const parent: TSESTree.Node | undefined = object.parent;
    let use: MemberUse | undefined;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === object) {
      use = memberUse(parent, parent.property, accessKey(sourceCode, parent), object, rootVariable);
    } else if (parent.type === AST_NODE_TYPES.TSQualifiedName && parent.left === object) {
      use = memberUse(parent, parent.right, named(parent.right.name), object, rootVariable);
    } else {
      return;
    }
    if (use) uses.push(use);
    object = parent;
  }
}

/**
 * Member reads of every name that may lead to an enum (`leadDeclarations` declare them), found from
 * the references the scope analysis resolved: a file has far more member expressions than reads of
 * its imports and enums. Configured enum names (`isConfigured`) may also be globals, declared
 * elsewhere or not at all.
 */
export function leadUses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  leadDeclarations: readonly TSESTree.Node[],
  configuredNames: readonly string[],
  isConfigured: (name: string) => boolean,
): MemberUse[] {
  const uses: MemberUse[] = [];
  const leadVariables = new Set(leadDeclarations.flatMap((node) => sourceCode.getDeclaredVariables(node)));
  const globalScope = sourceCode.scopeManager?.globalScope;
  for (const name of configuredNames) {
    const global = globalScope?.set.get(name);
    if (global) leadVariables.add(global);
  }
  for (const variable of leadVariables) {
    for (const reference of variable.references) {
      if (reference.identifier.type === AST_NODE_TYPES.Identifier)
        usesFrom(sourceCode, reference.identifier, variable, uses);
    }
  }
  for (const reference of globalScope?.through ?? []) {
    const { identifier } = reference;
    if (identifier.type === AST_NODE_TYPES.Identifier && isConfigured(identifier.name))
      usesFrom(sourceCode, identifier, null, uses);
  }
  return uses;
}
