/**
 * Per-process memos: module state written after load, but only once — the first time it is needed
 * (`cached ??= read()`, `if (!cached) cached = read()`, `if (loaded) return; …`), or as a flag
 * that only ever flips one way (`initialized = true`). After that first computation every request
 * sees the same value, so such state is not reported by default (option `memos`).
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isTypeWrapper } from '../../ast/expressions.js';

/** Whether a node denotes the state a guard may test: the variable (or field) itself, or a latch. */
export type GuardTarget = (node: TSESTree.Node) => boolean;

/** `x` through type wrappers: `x!`, `x as T`. */
function bare(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTypeWrapper(current)) current = current.expression;
  return current;
}

function isNullish(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node))
  );
}

/** `typeof x` compared with `'undefined'`, or `x` compared with `null`/`undefined`: the tested side. */
function comparedWithNullish(test: TSESTree.BinaryExpression): TSESTree.Node | undefined {
  const { left, right } = test;
  if (left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  if (isNullish(right)) return left;
  if (isNullish(left)) return right;
  const typeofSide = left.type === AST_NODE_TYPES.UnaryExpression && left.operator === 'typeof' ? left : right;
  const other = typeofSide === left ? right : left;
  if (
    typeofSide.type === AST_NODE_TYPES.UnaryExpression &&
    typeofSide.operator === 'typeof' &&
    other.type === AST_NODE_TYPES.Literal &&
    other.value === 'undefined'
  ) {
    return typeofSide.argument;
  }
  return undefined;
}

/** lodash-style predicates (`isUndefined(x)`, `isNil(x)`) that hold only for a missing value. */
const MISSING_PREDICATES = new Set(['isUndefined', 'isNil']);

/** `isUndefined(x)`, `_.isNil(x)`: the tested argument. */
function missingPredicateArgument(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const { callee } = node;
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : '';
  const [argument] = node.arguments;
  return MISSING_PREDICATES.has(name) && argument && argument.type !== AST_NODE_TYPES.SpreadElement
    ? argument
    : undefined;
}

/** True when `test` holds only while the target is not set yet: `!x`, `x === undefined`, `!x && …`. */
function testsUnset(test: TSESTree.Node, isTarget: GuardTarget): boolean {
  const node = bare(test);
  const predicateArgument = missingPredicateArgument(node);
  if (predicateArgument) return isTarget(bare(predicateArgument));
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return testsSet(node.argument, isTarget);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return testsUnset(node.left, isTarget) || testsUnset(node.right, isTarget);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '===' || node.operator === '==')) {
    const tested = comparedWithNullish(node);
    return tested !== undefined && isTarget(bare(tested));
  }
  return false;
}

/** True when `test` holds whenever the target is set: `x`, `x !== undefined`, `x || …`. */
function testsSet(test: TSESTree.Node, isTarget: GuardTarget): boolean {
  const node = bare(test);
  if (isTarget(node)) return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const predicateArgument = missingPredicateArgument(bare(node.argument));
    return predicateArgument ? isTarget(bare(predicateArgument)) : testsUnset(node.argument, isTarget);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    return testsSet(node.left, isTarget) || testsSet(node.right, isTarget);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '!==' || node.operator === '!=')) {
    const tested = comparedWithNullish(node);
    return tested !== undefined && isTarget(bare(tested));
  }
  return false;
}

/** A statement that never completes normally: `return`, `throw`, or a block ending in one. */
function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement)
    return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body.at(-1);
  return last !== undefined && exits(last);
}

function isFunction(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/**
 * True when `node`, in a function, runs only while the guarded state is unset: inside
 * `if (!x) { … }`, after `if (x) return x;`, on the right of `x || …`/`x ?? …`, or in the `??=`
 * that sets it.
 */
function runsOnlyUnset(node: TSESTree.Node, isTarget: GuardTarget): boolean {
  let current: TSESTree.Node = node;
  for (let parent = current.parent; parent && !isFunction(current); current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === current && (parent.operator === '??=' || parent.operator === '||=')) {
          if (isTarget(bare(parent.left))) return true;
        }
        break;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.consequent === current && testsUnset(parent.test, isTarget)) return true;
        if (parent.alternate === current && testsSet(parent.test, isTarget)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right !== current) break;
        if (parent.operator !== '&&' && testsSet(parent.left, isTarget)) return true;
        if (parent.operator === '&&' && testsUnset(parent.left, isTarget)) return true;
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.StaticBlock: {
        const index = parent.body.indexOf(current as TSESTree.Statement);
        const earlier = parent.body.slice(0, Math.max(index, 0));
        const returnsWhenSet = earlier.some(
          (statement) =>
            statement.type === AST_NODE_TYPES.IfStatement &&
            !statement.alternate &&
            exits(statement.consequent) &&
            testsSet(statement.test, isTarget),
        );
        if (returnsWhenSet) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

/** `x ??= make()`, `x = x ?? make()`, `x = x || make()`: the assignment keeps an existing value. */
function keepsExistingValue(assignment: TSESTree.AssignmentExpression, isTarget: GuardTarget): boolean {
  if (assignment.operator === '??=' || assignment.operator === '||=') return isTarget(bare(assignment.left));
  const right = bare(assignment.right);
  return (
    assignment.operator === '=' &&
    right.type === AST_NODE_TYPES.LogicalExpression &&
    right.operator !== '&&' &&
    isTarget(bare(right.left))
  );
}

/**
 * The literal a latch write stores (`initialized = true`), as a comparable key; `undefined` for any
 * other write. A flag only ever set to one literal, different from its initial value, flips once.
 */
function latchValue(write: TSESTree.Node): string | undefined {
  if (write.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '=') return undefined;
  const value = bare(write.right);
  return value.type === AST_NODE_TYPES.Literal && !('regex' in value) ? literalKey(value.value) : undefined;
}

function literalKey(value: unknown): string {
  return `${typeof value}:${String(value)}`;
}

/** The initial value of a declaration as `latchValue` keys it (`undefined` when there is none). */
export function initialLatchKey(init: TSESTree.Expression | null | undefined): string | undefined {
  if (!init) return literalKey(undefined);
  const value = bare(init);
  if (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') return literalKey(undefined);
  return value.type === AST_NODE_TYPES.Literal && !('regex' in value) ? literalKey(value.value) : undefined;
}

/** A write that clears memoised state so that it is computed again: `x = undefined`, `x = null`. */
function clearsValue(write: TSESTree.Node): boolean {
  return write.type === AST_NODE_TYPES.AssignmentExpression && write.operator === '=' && isNullish(bare(write.right));
}

/**
 * Whether `node` reads an entry of a container (`isContainer` tells which) — `cache.get(key)`,
 * `cache.has(key)`, `cache[key]` — or is a local variable initialised that way: what a keyed memo
 * tests before it computes and stores an entry (`if (cached) return cached; … cache.set(key, value)`).
 */
export function readsEntryOf(
  node: TSESTree.Node,
  isContainer: GuardTarget,
  localInit: (node: TSESTree.Identifier) => TSESTree.Node | undefined,
): boolean {
  const read = node.type === AST_NODE_TYPES.Identifier && !isContainer(node) ? localInit(node) : node;
  if (!read) return false;
  const value = bare(read);
  if (value.type === AST_NODE_TYPES.MemberExpression) return value.computed && isContainer(bare(value.object));
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.MemberExpression)
    return false;
  const { callee } = value;
  const method = callee.property.type === AST_NODE_TYPES.Identifier && !callee.computed ? callee.property.name : '';
  return (method === 'get' || method === 'has') && isContainer(bare(callee.object));
}

/** `delete cache[key]`, `cache.delete(key)`, `cache.clear()`: evicting memoised entries. */
function removesEntries(identifier: TSESTree.Node): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
  // `delete cache[key]` evicts an entry; `delete flags.debug` changes a fixed field.
  if (member.parent.type === AST_NODE_TYPES.UnaryExpression)
    return member.parent.operator === 'delete' && member.computed;
  const method = !member.computed && member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : '';
  return (method === 'delete' || method === 'clear') && member.parent.type === AST_NODE_TYPES.CallExpression;
}

/** The initial value of the local variable `identifier` names, when it is declared once. */
export function localInit(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Node | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.node.type === AST_NODE_TYPES.VariableDeclarator ? (definition.node.init ?? undefined) : undefined;
}

/**
 * Whether the deferred writes to one piece of state (`writes`: the written targets) happen at most
 * once: every write stores only while the state is unset (`x ??= …`, `if (!x) x = …`,
 * `x = x || …`) or clears it, or every write stores the same literal, different from the initial one
 * (`initial`, from `initialLatchKey`): a flag that flips one way.
 */
export function isWrittenOnce(
  writes: readonly (TSESTree.Identifier | TSESTree.JSXIdentifier | TSESTree.MemberExpression)[],
  initial: string | undefined,
  isSelf: GuardTarget,
): boolean {
  const latches = new Set(writes.map((write) => latchValue(write.parent)));
  const [latch] = latches;
  if (latches.size === 1 && latch !== undefined && initial !== undefined && latch !== initial) return true;
  return writes.every((write) => {
    const assignment = write.parent;
    if (clearsValue(assignment)) return true;
    if (assignment.type === AST_NODE_TYPES.AssignmentExpression && keepsExistingValue(assignment, isSelf)) return true;
    return runsOnlyUnset(write, isSelf);
  });
}

/**
 * Whether a container changed after load (`changes`: the references that change it) is a keyed memo:
 * apart from evictions, it stores entries only where `isGuard` has found them missing.
 */
export function storesOnlyMissing(changes: readonly TSESTree.Node[], isGuard: GuardTarget): boolean {
  const stores = changes.filter((change) => !removesEntries(change));
  return stores.length > 0 && stores.every((store) => runsOnlyUnset(store, isGuard));
}
