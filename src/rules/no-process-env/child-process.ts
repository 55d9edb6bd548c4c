/**
 * The environment handed on to a child process: `spawn(cmd, args, { env: { ...process.env, X } })`,
 * `fork(file, { env: process.env })`, `new Worker(file, { env })`. That is not a read of one variable
 * but the set-up of another process, and its message says so.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isTypeWrapper } from '../../ast/expressions.js';
import { staticKeyName } from '../../ast/static-key.js';

/** What a child process gets besides the inherited environment: the variables set next to it. */
export interface ChildEnvironment {
  added: readonly string[];
}

/** Steps out of type-only wrappers (`process.env as Env`). */
function outerOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent && isTypeWrapper(parent); parent = parent.parent) current = parent;
  return current;
}

/**
 * When `access` (the whole environment) is the `env` option of a call or `new` — directly or spread
 * into the object given as `env` — what else that object sets; otherwise `undefined`.
 */
export function childEnvironmentOf(access: TSESTree.Node): ChildEnvironment | undefined {
  let value = outerOf(access);
  let added: string[] = [];
  const spread = value.parent;
  if (spread?.type === AST_NODE_TYPES.SpreadElement && spread.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const object = spread.parent;
    added = object.properties.flatMap((property) =>
      property.type === AST_NODE_TYPES.Property ? (staticKeyName(property.key, property.computed) ?? []) : [],
    );
    value = outerOf(object);
  }
  const option = value.parent;
  if (
    option?.type !== AST_NODE_TYPES.Property ||
    option.value !== value ||
    staticKeyName(option.key, option.computed) !== 'env'
  ) {
    return undefined;
  }
  const options = outerOf(option.parent);
  const call = options.parent;
  const isArgument =
    (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
    call.arguments.includes(options as TSESTree.CallExpressionArgument);
  return isArgument ? { added } : undefined;
}
