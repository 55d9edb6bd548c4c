import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { importedName } from '../../ast/import-bindings.js';
import { nameOfIdentifierOrString } from '../../ast/names.js';
import { type Tracker, emit, track, trackVariable } from './alias-tracking.js';
import { type Container, type Holder, MODULES, isEnvironment, memberOf } from './environments.js';
import { globalReferences, isGlobalVariable } from './global-scope.js';
import { staticString } from '../../ast/static-names.js';
import { isCreateRequireDeclarator } from './syntax.js';

/** The container a module specifier loads (`'node:process'` → the process object), if any. */
function moduleHolder(tracker: Tracker, source: TSESTree.Node | null | undefined): Container | undefined {
  const name = source ? staticString(tracker.sourceCode, source) : undefined;
  return name === undefined ? undefined : MODULES.get(name);
}

/** Top-level `import … from`, `export * from` and `export { … } from` of a process module. */
export function trackModuleDeclarations(tracker: Tracker, program: TSESTree.Program): void {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      trackImportDeclaration(tracker, statement);
    } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      trackExportAll(tracker, statement);
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.exportKind !== 'type') {
      trackNamedReExports(tracker, statement);
    }
  }
}

function trackImportDeclaration(tracker: Tracker, declaration: TSESTree.ImportDeclaration): void {
  const holder = moduleHolder(tracker, declaration.source);
  if (!holder || declaration.importKind === 'type') return;
  for (const specifier of declaration.specifiers) {
    let target: Holder | undefined = holder;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      if (specifier.importKind === 'type') continue;
      target = memberOf(holder, importedName(specifier));
    }
    if (!target) continue;
    for (const variable of tracker.sourceCode.getDeclaredVariables(specifier)) {
      trackVariable(tracker, variable, target, specifier);
    }
  }
}

function trackExportAll(tracker: Tracker, declaration: TSESTree.ExportAllDeclaration): void {
  const holder = moduleHolder(tracker, declaration.source);
  const environment = holder && memberOf(holder, 'env');
  // `export * from 'process'` re-exports `env` to every importer of this module.
  if (environment && isEnvironment(environment) && declaration.exportKind !== 'type') {
    emit(tracker, environment, declaration, 'read', undefined);
  }
}

function trackNamedReExports(tracker: Tracker, declaration: TSESTree.ExportNamedDeclaration): void {
  const holder = moduleHolder(tracker, declaration.source);
  if (!holder) return;
  for (const specifier of declaration.specifiers) {
    const environment = memberOf(holder, nameOfIdentifierOrString(specifier.local));
    if (environment && isEnvironment(environment)) emit(tracker, environment, specifier, 'read', undefined);
  }
}

/** `import proc = require('process')`, also inside namespaces. */
export function trackImportEquals(tracker: Tracker, declaration: TSESTree.TSImportEqualsDeclaration): void {
  if (
    declaration.importKind === 'type' ||
    declaration.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference
  ) {
    return;
  }
  const holder = moduleHolder(tracker, declaration.moduleReference.expression);
  if (!holder) return;
  for (const variable of tracker.sourceCode.getDeclaredVariables(declaration)) {
    trackVariable(tracker, variable, holder, declaration);
  }
}

/** `await import('process')` is the module namespace; `.then(…)` callbacks are not followed. */
export function trackAwaitedImport(tracker: Tracker, expression: TSESTree.ImportExpression): void {
  const holder = moduleHolder(tracker, expression.source);
  if (holder && expression.parent.type === AST_NODE_TYPES.AwaitExpression) track(tracker, expression.parent, holder);
}

/** `require('process')` through the global `require` or one made by `createRequire`. */
export function trackRequireCalls(tracker: Tracker, globalScope: TSESLint.Scope.Scope): void {
  for (const identifier of requireCallees(tracker, globalScope)) {
    const call = identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const holder = moduleHolder(tracker, call.arguments[0]);
    if (holder) track(tracker, call, holder);
  }
}

/** The global `require`, and a local one made by `createRequire(…)`, which loads the same modules. */
function requireCallees(tracker: Tracker, globalScope: TSESLint.Scope.Scope): TSESTree.Node[] {
  const callees: TSESTree.Node[] = globalReferences(tracker, globalScope, 'require').map(
    (reference) => reference.identifier,
  );
  // Walking every scope is only worth it in the few files that call createRequire at all.
  if (!tracker.sourceCode.text.includes('createRequire')) return callees;
  const stack: TSESLint.Scope.Scope[] = [globalScope];
  for (let scope = stack.pop(); scope; scope = stack.pop()) {
    stack.push(...scope.childScopes);
    const variable = scope.set.get('require');
    if (!variable || isGlobalVariable(tracker, variable)) continue;
    const madeByCreateRequire = variable.defs.some((definition) => isCreateRequireDeclarator(definition.node));
    if (madeByCreateRequire) callees.push(...variable.references.map((reference) => reference.identifier));
  }
  return callees;
}
