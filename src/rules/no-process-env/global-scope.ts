import { TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

const { ScopeType } = TSESLint.Scope;

/** What the questions about globals need to know of one file, with their cache. */
export interface FileScope {
  sourceCode: TSESLint.SourceCode;
  /** In a `.d.ts` file every declaration is ambient. */
  declarationFile: boolean;
  /** The global scope's unresolved references by name, built on first use. */
  unresolvedByName?: Map<string, TSESLint.Scope.Reference[]>;
}

/**
 * A global that no declaration in the file hides. `declare const process: …` hides nothing: an
 * ambient declaration describes the global, it does not create a binding.
 */
export function isUnshadowedGlobal(file: FileScope, identifier: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(file.sourceCode.getScope(identifier), identifier);
  return !variable || isGlobalVariable(file, variable);
}

export function isGlobalVariable(file: FileScope, variable: TSESLint.Scope.Variable): boolean {
  const scopeType = variable.scope.type;
  if (scopeType !== ScopeType.global && scopeType !== ScopeType.module) return false;
  return variable.defs.every((definition) => isAmbient(file, definition.node));
}

function isAmbient(file: FileScope, node: TSESTree.Node): boolean {
  if (file.declarationFile) return true;
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

/** References to the global `name`: unresolved ones plus those bound to a configured or ambient global. */
export function globalReferences(
  file: FileScope,
  globalScope: TSESLint.Scope.Scope,
  name: string,
): TSESLint.Scope.Reference[] {
  file.unresolvedByName ??= unresolvedReferencesByName(globalScope);
  const references = new Set(file.unresolvedByName.get(name));
  for (const scope of [globalScope, ...globalScope.childScopes.filter((child) => child.type === ScopeType.module)]) {
    const variable = scope.set.get(name);
    if (variable && isGlobalVariable(file, variable)) {
      for (const reference of variable.references) references.add(reference);
    }
  }
  return [...references];
}

function unresolvedReferencesByName(globalScope: TSESLint.Scope.Scope): Map<string, TSESLint.Scope.Reference[]> {
  const byName = new Map<string, TSESLint.Scope.Reference[]>();
  for (const reference of globalScope.through) {
    const list = byName.get(reference.identifier.name);
    if (list) list.push(reference);
    else byName.set(reference.identifier.name, [reference]);
  }
  return byName;
}
