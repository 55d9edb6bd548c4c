import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import {
  ENVIRONMENTS,
  type EnvAccess,
  type Environment,
  type Holder,
  KEY_CALLS,
  KEY_READING_CALLS,
  type Runtime,
  WRITING_CALLS,
  isEnvironment,
  memberOf,
} from './environments.js';
import { type FileScope, isUnshadowedGlobal } from './global-scope.js';
import { memberName, propertyKeyName, staticString } from '../../ast/static-names.js';
import {
  isBindable,
  isExistenceCheck,
  isExportedDeclaration,
  isTypePosition,
  isWriteTarget,
  outermost,
} from './syntax.js';

/** One file's walk: what it reports to, and what it has already followed or reported. */
export interface Tracker extends FileScope {
  runtimes: ReadonlySet<Runtime>;
  onAccess: (access: EnvAccess) => void;
  trackedVariables: Set<TSESLint.Scope.Variable>;
  reportedNodes: Set<TSESTree.Node>;
}

/** Reports an access once per node, and only for the runtimes the rule checks. */
export function emit(
  tracker: Tracker,
  environment: Environment,
  node: TSESTree.Node,
  kind: EnvAccess['kind'],
  name: string | undefined,
  names?: readonly string[],
): void {
  const { source, runtime } = ENVIRONMENTS[environment];
  if (!tracker.runtimes.has(runtime) || tracker.reportedNodes.has(node)) return;
  tracker.reportedNodes.add(node);
  tracker.onAccess({ node, kind, name, source, ...(names ? { names } : {}) });
}

/** Follows every read of `variable`, which holds a value of kind `holder`; `fallback` stands for it when unknown. */
export function trackVariable(
  tracker: Tracker,
  variable: TSESLint.Scope.Variable | null,
  holder: Holder,
  fallback: TSESTree.Node,
): void {
  if (!variable) {
    if (isEnvironment(holder)) emit(tracker, holder, fallback, 'read', undefined);
    return;
  }
  if (tracker.trackedVariables.has(variable)) return;
  tracker.trackedVariables.add(variable);
  if (isEnvironment(holder)) {
    takeEnvironment(tracker, variable, holder, fallback);
    return;
  }
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead() || isTypePosition(reference.identifier)) continue;
    track(tracker, reference.identifier, holder);
  }
}

/**
 * The environment is taken into `variable` at `taken` (`const env = process.env`, `{ env: e } = process`):
 * one report there, where the line to change is, for everything done through it — naming the
 * variables read when all are known, a write if any — instead of one at each later use.
 */
function takeEnvironment(
  tracker: Tracker,
  variable: TSESLint.Scope.Variable,
  environment: Environment,
  taken: TSESTree.Node,
): void {
  const uses: EnvAccess[] = [];
  const collector: Tracker = { ...tracker, onAccess: (access) => uses.push(access), reportedNodes: new Set() };
  // `export const env = process.env` hands the whole environment to other modules.
  const exported = variable.defs.some((definition) => isExportedDeclaration(definition.node));
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead() || isTypePosition(reference.identifier)) continue;
    track(collector, reference.identifier, environment);
  }
  // Taken and never used: nothing is read (an unused import or variable is for other rules).
  if (uses.length === 0 && !exported) return;
  const names = uses.flatMap((use) => use.names ?? (use.name === undefined ? [] : [use.name]));
  const allKnown = !exported && uses.length > 0 && uses.every((use) => use.name !== undefined || use.names);
  const kind = uses.some((use) => use.kind === 'write') ? 'write' : 'read';
  const known = [...new Set(names)];
  const name = allKnown && known.length === 1 ? known[0] : undefined;
  emit(tracker, environment, taken, kind, name, allKnown && known.length > 1 ? known : undefined);
}

/** Follows a value of kind `holder` (at `node`) to where it is used. */
export function track(tracker: Tracker, node: TSESTree.Node, holder: Holder): void {
  const expression = outermost(node);
  if (isEnvironment(holder)) {
    if (holder === 'denoEnv') useDenoEnv(tracker, expression);
    else useEnvObject(tracker, expression, holder);
    return;
  }
  const parent = expression.parent;
  if (!parent) return;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === expression) {
    const next = memberOf(holder, memberName(tracker.sourceCode, parent));
    if (next) track(tracker, parent, next);
  } else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === expression) {
    bind(tracker, parent.id, holder);
  } else if (
    (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=') ||
    parent.type === AST_NODE_TYPES.AssignmentPattern
  ) {
    if (parent.right === expression) bind(tracker, parent.left, holder);
  }
}

/** `target` receives a value of kind `holder`: a name to follow or a pattern to take apart. */
function bind(tracker: Tracker, target: TSESTree.Node, holder: Holder): void {
  if (target.type === AST_NODE_TYPES.AssignmentPattern) {
    bind(tracker, target.left, holder);
  } else if (target.type === AST_NODE_TYPES.Identifier) {
    trackVariable(tracker, ASTUtils.findVariable(tracker.sourceCode.getScope(target), target), holder, target);
  } else if (isEnvironment(holder)) {
    destructureEnvironment(tracker, target, holder);
  } else if (target.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of target.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) {
        // The rest object still carries `env`.
        bind(tracker, property.argument, holder);
        continue;
      }
      const next = memberOf(holder, propertyKeyName(tracker.sourceCode, property));
      if (next) bind(tracker, property.value, next);
    }
  }
}

function destructureEnvironment(tracker: Tracker, target: TSESTree.Node, environment: Environment): void {
  if (environment === 'denoEnv' || target.type !== AST_NODE_TYPES.ObjectPattern) {
    emit(tracker, environment, target, 'read', undefined);
    return;
  }
  for (const property of target.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) emit(tracker, environment, property, 'read', undefined);
    else emit(tracker, environment, property, 'read', propertyKeyName(tracker.sourceCode, property));
  }
}

/** `process.env`, `Bun.env` or `import.meta.env` (climbed) is used: decide what it reads or writes. */
function useEnvObject(tracker: Tracker, expression: TSESTree.Node, environment: Environment): void {
  const parent = expression.parent;
  // `typeof process.env`, `process.env && …`: runtime detection reads no variable.
  if (isExistenceCheck(expression)) return;
  if (isWriteTarget(expression)) {
    emit(tracker, environment, expression, 'write', undefined);
    return;
  }
  switch (parent?.type) {
    case AST_NODE_TYPES.MemberExpression:
      if (parent.object === expression) {
        useEnvMember(tracker, parent, environment);
        return;
      }
      break;
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === expression && isBindable(parent.id)) {
        bind(tracker, parent.id, environment);
        return;
      }
      break;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      if (
        parent.right === expression &&
        (parent.type === AST_NODE_TYPES.AssignmentPattern || parent.operator === '=') &&
        isBindable(parent.left)
      ) {
        bind(tracker, parent.left, environment);
        return;
      }
      break;
    case AST_NODE_TYPES.BinaryExpression:
      if (parent.operator === 'in' && parent.right === expression) {
        emit(tracker, environment, parent, 'read', staticString(tracker.sourceCode, parent.left));
        return;
      }
      break;
    case AST_NODE_TYPES.CallExpression:
      if (parent.arguments[0] === expression && useAsFirstArgument(tracker, parent, environment)) return;
      break;
    default:
      break;
  }
  // Passed around, spread, returned, exported: the whole environment escapes.
  emit(tracker, environment, expression, 'read', undefined);
}

function useEnvMember(tracker: Tracker, member: TSESTree.MemberExpression, environment: Environment): void {
  const name = memberName(tracker.sourceCode, member);
  const call = member.parent;
  if (name === 'hasOwnProperty' && call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
    emit(tracker, environment, call, 'read', staticString(tracker.sourceCode, call.arguments[0]));
    return;
  }
  emit(tracker, environment, member, isWriteTarget(outermost(member)) ? 'write' : 'read', name);
}

/** `Object.assign(process.env, …)`, `Reflect.get(process.env, 'X')` and kin. */
function useAsFirstArgument(tracker: Tracker, call: TSESTree.CallExpression, environment: Environment): boolean {
  const callee = call.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    !isUnshadowedGlobal(tracker, callee.object)
  ) {
    return false;
  }
  const method = memberName(tracker.sourceCode, callee);
  if (method === undefined) return false;
  const owner = callee.object.name;
  const key = KEY_CALLS.has(method) ? staticString(tracker.sourceCode, call.arguments[1]) : undefined;
  if (WRITING_CALLS.get(owner)?.has(method)) {
    emit(tracker, environment, call, 'write', key);
    return true;
  }
  if (KEY_READING_CALLS.get(owner)?.has(method)) {
    emit(tracker, environment, call, 'read', key);
    return true;
  }
  return false;
}

/** `Deno.env` is an object with methods, not a record: `get`/`has` read, `set`/`delete` write. */
function useDenoEnv(tracker: Tracker, expression: TSESTree.Node): void {
  const parent = expression.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === expression) {
    const method = memberName(tracker.sourceCode, parent);
    const call = parent.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
      const key = staticString(tracker.sourceCode, call.arguments[0]);
      if (method === 'get' || method === 'has') {
        emit(tracker, 'denoEnv', call, 'read', key);
        return;
      }
      if (method === 'set' || method === 'delete') {
        emit(tracker, 'denoEnv', call, 'write', key);
        return;
      }
    }
  } else if (
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === expression &&
    isBindable(parent.id)
  ) {
    bind(tracker, parent.id, 'denoEnv');
    return;
  }
  emit(tracker, 'denoEnv', expression, isWriteTarget(expression) ? 'write' : 'read', undefined);
}
