import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import {
  type Container,
  ENVIRONMENTS,
  type EnvAccess,
  type Environment,
  GLOBAL_MEMBERS,
  type Holder,
  KEY_CALLS,
  KEY_READING_CALLS,
  MODULES,
  type Runtime,
  WRITING_CALLS,
  isEnvironment,
  memberOf,
} from './environments.js';

/**
 * Climbs over syntax that does not change the value: `x!`, `x as T`, `x satisfies T`, `<T>x` and
 * the optional-chain wrapper, so `(process.env.X as string)` is seen like `process.env.X`.
 */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    const transparent =
      parent.type === AST_NODE_TYPES.ChainExpression ||
      ((parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
        parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
        parent.expression === current);
    if (!transparent) return current;
    current = parent;
  }
}

/** True when `node` (already climbed with `outermost`) is assigned, updated or deleted. */
function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

/** `node` is only tested for being there: its value never flows anywhere. */
function isExistenceCheck(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'typeof' || parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator === '&&' && parent.left === node;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return parent.test === node;
    default:
      return false;
  }
}

/** A name or object pattern: targets whose uses of the value can be followed. */
function isBindable(target: TSESTree.Node): boolean {
  if (target.type === AST_NODE_TYPES.AssignmentPattern) return isBindable(target.left);
  return target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.ObjectPattern;
}

function isTypePosition(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.TSTypeQuery || parent?.type === AST_NODE_TYPES.TSQualifiedName;
}

function isDeclarationFile(filename: string): boolean {
  return /\.d\.[cm]?tsx?$/.test(filename) || /\.d\.[^.]+\.ts$/.test(filename);
}

/**
 * Collects every access to the environment in the file of `context`. Returns a visitor to merge into
 * the rule's visitors: most of the work happens once, on `Program`, from the scope analysis.
 */
export function envAccessVisitor(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  runtimes: ReadonlySet<Runtime>,
  onAccess: (access: EnvAccess) => void,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const declarationFile = isDeclarationFile(context.filename);
  const trackedVariables = new Set<TSESLint.Scope.Variable>();
  const reportedNodes = new Set<TSESTree.Node>();

  /** Whether following `holder` can end at the environment of a runtime the rule checks. */
  function canReachEnabledEnvironment(holder: Holder): boolean {
    switch (holder) {
      case 'global':
        return runtimes.has('node') || runtimes.has('bun') || runtimes.has('deno');
      case 'process':
        return runtimes.has('node');
      case 'bun':
        return runtimes.has('bun');
      case 'deno':
        return runtimes.has('deno');
      default:
        return runtimes.has(ENVIRONMENTS.get(holder)!.runtime);
    }
  }

  function emit(environment: Environment, node: TSESTree.Node, kind: EnvAccess['kind'], name: string | undefined): void {
    const { source, runtime } = ENVIRONMENTS.get(environment)!;
    if (!runtimes.has(runtime) || reportedNodes.has(node)) return;
    reportedNodes.add(node);
    onAccess({ node, kind, name, source });
  }

  function staticString(node: TSESTree.Node | undefined): string | undefined {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
    if (!result) return undefined;
    const { value } = result;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }

  function memberName(member: TSESTree.MemberExpression): string | undefined {
    if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
    return staticString(member.property);
  }

  function propertyKeyName(property: TSESTree.Property): string | undefined {
    if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    // A symbol key (`[Symbol.iterator]`) names no variable.
    return staticString(property.key);
  }

  /**
   * A global that no declaration in the file hides. `declare const process: …` hides nothing: an
   * ambient declaration describes the global, it does not create a binding.
   */
  function isUnshadowedGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    return !variable || isGlobalVariable(variable);
  }

  function isGlobalVariable(variable: TSESLint.Scope.Variable): boolean {
    const scopeType = variable.scope.type;
    if (scopeType !== 'global' && scopeType !== 'module') return false;
    return variable.defs.every((definition) => isAmbient(definition.node));
  }

  function isAmbient(node: TSESTree.Node): boolean {
    if (declarationFile) return true;
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      if (
        (current.type === AST_NODE_TYPES.VariableDeclaration || current.type === AST_NODE_TYPES.TSModuleDeclaration) &&
        current.declare
      ) {
        return true;
      }
    }
    return false;
  }

  let unresolvedByName: Map<string, TSESLint.Scope.Reference[]> | undefined;

  /** References to the global `name`: unresolved ones plus those bound to a configured or ambient global. */
  function globalReferences(globalScope: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Reference[] {
    if (!unresolvedByName) {
      unresolvedByName = new Map();
      for (const reference of globalScope.through) {
        const list = unresolvedByName.get(reference.identifier.name);
        if (list) list.push(reference);
        else unresolvedByName.set(reference.identifier.name, [reference]);
      }
    }
    const references = new Set(unresolvedByName.get(name));
    for (const scope of [globalScope, ...globalScope.childScopes.filter((child) => child.type === 'module')]) {
      const variable = scope.set.get(name);
      if (variable && isGlobalVariable(variable)) {
        for (const reference of variable.references) references.add(reference);
      }
    }
    return [...references];
  }

  function trackVariable(variable: TSESLint.Scope.Variable | null, holder: Holder, fallback: TSESTree.Node): void {
    if (!variable) {
      if (isEnvironment(holder)) emit(holder, fallback, 'read', undefined);
      return;
    }
    if (trackedVariables.has(variable)) return;
    trackedVariables.add(variable);
    if (isEnvironment(holder) && variable.defs.some((definition) => isExportedDeclaration(definition.node))) {
      // `export const env = process.env` hands the whole environment to other modules.
      emit(holder, fallback, 'read', undefined);
    }
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead() || isTypePosition(reference.identifier)) continue;
      track(reference.identifier, holder);
    }
  }

  function isExportedDeclaration(node: TSESTree.Node): boolean {
    return (
      node.type === AST_NODE_TYPES.VariableDeclarator &&
      node.parent.type === AST_NODE_TYPES.VariableDeclaration &&
      node.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration
    );
  }

  /** Follows a value of kind `holder` (at `node`) to where it is used. */
  function track(node: TSESTree.Node, holder: Holder): void {
    const expression = outermost(node);
    if (isEnvironment(holder)) {
      if (holder === 'denoEnv') useDenoEnv(expression);
      else useEnvObject(expression, holder);
      return;
    }
    const parent = expression.parent;
    if (!parent) return;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === expression) {
      const next = memberOf(holder, memberName(parent));
      if (next) track(parent, next);
    } else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === expression) {
      bind(parent.id, holder);
    } else if (
      (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=') ||
      parent.type === AST_NODE_TYPES.AssignmentPattern
    ) {
      if (parent.right === expression) bind(parent.left, holder);
    }
  }

  /** `target` receives a value of kind `holder`: a name to follow or a pattern to take apart. */
  function bind(target: TSESTree.Node, holder: Holder): void {
    if (target.type === AST_NODE_TYPES.AssignmentPattern) {
      bind(target.left, holder);
    } else if (target.type === AST_NODE_TYPES.Identifier) {
      trackVariable(ASTUtils.findVariable(sourceCode.getScope(target), target), holder, target);
    } else if (isEnvironment(holder)) {
      destructureEnvironment(target, holder);
    } else if (target.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of target.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          // The rest object still carries `env`.
          bind(property.argument, holder);
          continue;
        }
        const next = memberOf(holder, propertyKeyName(property));
        if (next) bind(property.value, next);
      }
    }
  }

  function destructureEnvironment(target: TSESTree.Node, environment: Environment): void {
    if (environment === 'denoEnv' || target.type !== AST_NODE_TYPES.ObjectPattern) {
      emit(environment, target, 'read', undefined);
      return;
    }
    for (const property of target.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) emit(environment, property, 'read', undefined);
      else emit(environment, property, 'read', propertyKeyName(property));
    }
  }

  /** `process.env`, `Bun.env` or `import.meta.env` (climbed) is used: decide what it reads or writes. */
  function useEnvObject(expression: TSESTree.Node, environment: Environment): void {
    const parent = expression.parent;
    // `typeof process.env`, `process.env && …`: runtime detection reads no variable.
    if (isExistenceCheck(expression)) return;
    if (isWriteTarget(expression)) {
      emit(environment, expression, 'write', undefined);
      return;
    }
    switch (parent?.type) {
      case AST_NODE_TYPES.MemberExpression:
        if (parent.object === expression) return useEnvMember(parent, environment);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === expression && isBindable(parent.id)) return bind(parent.id, environment);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.AssignmentPattern:
        if (
          parent.right === expression &&
          (parent.type === AST_NODE_TYPES.AssignmentPattern || parent.operator === '=') &&
          isBindable(parent.left)
        ) {
          return bind(parent.left, environment);
        }
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (parent.operator === 'in' && parent.right === expression) {
          return emit(environment, parent, 'read', staticString(parent.left));
        }
        break;
      case AST_NODE_TYPES.CallExpression:
        if (parent.arguments[0] === expression && useAsFirstArgument(parent, environment)) return;
        break;
      default:
        break;
    }
    // Passed around, spread, returned, exported: the whole environment escapes.
    emit(environment, expression, 'read', undefined);
  }

  function useEnvMember(member: TSESTree.MemberExpression, environment: Environment): void {
    const name = memberName(member);
    const call = member.parent;
    if (name === 'hasOwnProperty' && call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
      emit(environment, call, 'read', staticString(call.arguments[0]));
      return;
    }
    emit(environment, member, isWriteTarget(outermost(member)) ? 'write' : 'read', name);
  }

  /** `Object.assign(process.env, …)`, `Reflect.get(process.env, 'X')` and kin. */
  function useAsFirstArgument(call: TSESTree.CallExpression, environment: Environment): boolean {
    const callee = call.callee;
    if (
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      callee.object.type !== AST_NODE_TYPES.Identifier ||
      !isUnshadowedGlobal(callee.object)
    ) {
      return false;
    }
    const method = memberName(callee);
    if (method === undefined) return false;
    const owner = callee.object.name;
    const key = KEY_CALLS.has(method) ? staticString(call.arguments[1]) : undefined;
    if (WRITING_CALLS.get(owner)?.has(method)) {
      emit(environment, call, 'write', key);
      return true;
    }
    if (KEY_READING_CALLS.get(owner)?.has(method)) {
      emit(environment, call, 'read', key);
      return true;
    }
    return false;
  }

  /** `Deno.env` is an object with methods, not a record: `get`/`has` read, `set`/`delete` write. */
  function useDenoEnv(expression: TSESTree.Node): void {
    const parent = expression.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === expression) {
      const method = memberName(parent);
      const call = parent.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
        const key = staticString(call.arguments[0]);
        if (method === 'get' || method === 'has') return emit('denoEnv', call, 'read', key);
        if (method === 'set' || method === 'delete') return emit('denoEnv', call, 'write', key);
      }
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === expression && isBindable(parent.id)) {
      return bind(parent.id, 'denoEnv');
    }
    emit('denoEnv', expression, isWriteTarget(expression) ? 'write' : 'read', undefined);
  }

  function moduleHolder(source: TSESTree.Node | null | undefined): Container | undefined {
    const name = source ? staticString(source) : undefined;
    return name === undefined ? undefined : MODULES.get(name);
  }

  function visitModuleDeclarations(program: TSESTree.Program): void {
    for (const statement of program.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        const holder = moduleHolder(statement.source);
        if (!holder || statement.importKind === 'type') continue;
        for (const specifier of statement.specifiers) {
          let target: Holder | undefined = holder;
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
            if (specifier.importKind === 'type') continue;
            target = memberOf(holder, importedName(specifier));
          }
          if (!target) continue;
          for (const variable of sourceCode.getDeclaredVariables(specifier)) trackVariable(variable, target, specifier);
        }
      } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
        const holder = moduleHolder(statement.source);
        const environment = holder && memberOf(holder, 'env');
        // `export * from 'process'` re-exports `env` to every importer of this module.
        if (environment && isEnvironment(environment) && statement.exportKind !== 'type') {
          emit(environment, statement, 'read', undefined);
        }
      } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.exportKind !== 'type') {
        const holder = moduleHolder(statement.source);
        if (!holder) continue;
        for (const specifier of statement.specifiers) {
          const environment = memberOf(holder, exportedLocalName(specifier));
          if (environment && isEnvironment(environment)) emit(environment, specifier, 'read', undefined);
        }
      }
    }
  }

  function visitGlobals(): void {
    const globalScope = sourceCode.scopeManager?.globalScope;
    if (!globalScope) return;
    for (const [name, holder] of GLOBAL_MEMBERS) {
      if (!canReachEnabledEnvironment(holder)) continue;
      for (const reference of globalReferences(globalScope, name)) {
        if (!reference.isRead() || isTypePosition(reference.identifier)) continue;
        track(reference.identifier, holder);
      }
    }
    if (!runtimes.has('node') && !runtimes.has('bun')) return;
    for (const identifier of requireCallees(globalScope)) {
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
      const holder = moduleHolder(call.arguments[0]);
      if (holder) track(call, holder);
    }
  }

  /** The global `require`, and a local one made by `createRequire(…)`, which loads the same modules. */
  function requireCallees(globalScope: TSESLint.Scope.Scope): TSESTree.Node[] {
    const callees: TSESTree.Node[] = globalReferences(globalScope, 'require').map((reference) => reference.identifier);
    // Walking every scope is only worth it in the few files that call createRequire at all.
    if (!sourceCode.text.includes('createRequire')) return callees;
    const stack: TSESLint.Scope.Scope[] = [globalScope];
    for (let scope = stack.pop(); scope; scope = stack.pop()) {
      stack.push(...scope.childScopes);
      const variable = scope.set.get('require');
      if (!variable || isGlobalVariable(variable)) continue;
      const madeByCreateRequire = variable.defs.some(
        (definition) =>
          definition.node.type === AST_NODE_TYPES.VariableDeclarator &&
          definition.node.init?.type === AST_NODE_TYPES.CallExpression &&
          definition.node.init.callee.type === AST_NODE_TYPES.Identifier &&
          definition.node.init.callee.name === 'createRequire',
      );
      if (madeByCreateRequire) callees.push(...variable.references.map((reference) => reference.identifier));
    }
    return callees;
  }

  return {
    TSImportEqualsDeclaration(node) {
      // `import proc = require('process')`, also inside namespaces.
      if (node.importKind === 'type' || node.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
      const holder = moduleHolder(node.moduleReference.expression);
      if (!holder) return;
      for (const variable of sourceCode.getDeclaredVariables(node)) trackVariable(variable, holder, node);
    },
    Program(program) {
      visitGlobals();
      visitModuleDeclarations(program);
    },
    ImportExpression(node) {
      const holder = moduleHolder(node.source);
      // `await import('process')` is the module namespace; `.then(…)` callbacks are not followed.
      if (holder && node.parent.type === AST_NODE_TYPES.AwaitExpression) track(node.parent, holder);
    },
    MetaProperty(node) {
      if (node.meta.name !== 'import' || node.property.name !== 'meta') return;
      const member = node.parent;
      if (member.type === AST_NODE_TYPES.MemberExpression && member.object === node && memberName(member) === 'env') {
        track(member, 'viteEnv');
      }
    },
  };
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

function exportedLocalName(specifier: TSESTree.ExportSpecifier): string {
  return specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
}
