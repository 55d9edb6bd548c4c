import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { importedName as importedNameOf } from '../../ast/import-bindings.js';
import type { EnumInfo } from './enum-info.js';
import { entityPath } from './member-uses.js';
import { resolveExport, resolveImport, type EnumLookup, type ExportTarget } from './resolution.js';

/**
 * What a name of the linted file binds: a local enum, a project module's enum or namespace (through
 * imports, `import X = …` and `const X = …` aliases), or only a declared name when the declaring
 * module is outside the project.
 */

/** Where a name leads when the declaring module is outside the project: only its name is known. */
export interface Unresolved {
  readonly kind: 'unresolved';
  readonly declaredName: string | undefined;
}
export type Target = ExportTarget | Unresolved;

/** `const A = B; const B = C; …` alias chains followed at most this far. */
const MAX_ALIAS_HOPS = 8;

/** What the search for one linted file needs, and what it has found (`resolved`). */
export interface TargetSearch {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly filename: string;
  readonly lookup: EnumLookup;
  readonly isConfigured: (enumName: string) => boolean;
  /** The enum a variable of the file declares, if any. */
  readonly localEnumOf: (variable: TSESLint.Scope.Variable) => EnumInfo | undefined;
  /** Per variable, per path (`'E'` for `ns.E`), the target found. */
  readonly resolved: Map<TSESLint.Scope.Variable, Map<string, Target | undefined>>;
}

function unresolved(declaredName: string | undefined): Unresolved {
  return { kind: 'unresolved', declaredName };
}

/** `import * as ns from` or `import ns = require(…)`: a binding whose members are a module's exports. */
function bindsNamespace(variable: TSESLint.Scope.Variable): boolean {
  const definition = variable.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return false;
  const binding = definition.node;
  return (
    binding.type === AST_NODE_TYPES.ImportNamespaceSpecifier ||
    (binding.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      binding.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference)
  );
}

/** What an import binding binds: `import { X } from`, `import * as ns from`, `import X = …`. */
function importTarget(
  search: TargetSearch,
  definition: TSESLint.Scope.Definitions.ImportBindingDefinition,
  hops: number,
): Target | undefined {
  const { filename, lookup } = search;
  const binding = definition.node;
  if (binding.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = binding.moduleReference;
    if (reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      return resolveImport(reference.expression.value, '*', filename, lookup) ?? unresolved(undefined);
    }
    return entityTarget(search, reference, hops + 1);
  }
  if (definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const specifier = definition.parent.source.value;
  const importedName = importedNameOf(binding);
  return (
    resolveImport(specifier, importedName, filename, lookup) ??
    unresolved(importedName === '*' || importedName === 'default' ? undefined : importedName)
  );
}

/** What a variable binds, following imports, `import X = …` and `const X = …` aliases. */
function variableTarget(search: TargetSearch, variable: TSESLint.Scope.Variable, hops: number): Target | undefined {
  const local = search.localEnumOf(variable);
  if (local) return { kind: 'enum', info: local };
  const definition = variable.defs[0];
  if (!definition || hops > MAX_ALIAS_HOPS) return undefined;
  if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding) return importTarget(search, definition, hops);
  if (
    definition.type === TSESLint.Scope.DefinitionType.Variable &&
    definition.parent.kind === 'const' &&
    definition.node.id.type === AST_NODE_TYPES.Identifier &&
    definition.node.init
  ) {
    return entityTarget(search, definition.node.init, hops + 1);
  }
  return undefined;
}

/** What `E` / `ns.E` (an expression, or the entity name of `import X = ns.E`) refers to. */
function entityTarget(search: TargetSearch, node: TSESTree.Node, hops: number): Target | undefined {
  const entity = entityPath(node);
  return entity ? pathTarget(search, entity.root, entity.path, hops) : undefined;
}

/**
 * What `root.path…` refers to (`variable`: what `root` does, when known), memoized per variable
 * and path in `search.resolved`.
 */
export function pathTarget(
  search: TargetSearch,
  root: TSESTree.Identifier,
  path: readonly string[],
  hops: number,
  variable = ASTUtils.findVariable(search.sourceCode.getScope(root), root),
): Target | undefined {
  if (!variable || variable.defs.length === 0) {
    // Globals (ambient `declare enum` in another file, lib types) are known by name only.
    return path.length === 0 && search.isConfigured(root.name) ? unresolved(root.name) : undefined;
  }
  // `ns.X` reads a module's export, never an enum member: no need to find the module.
  if (path.length === 0 && bindsNamespace(variable)) return undefined;
  const key = path.join('.');
  let byPath = search.resolved.get(variable);
  if (byPath?.has(key)) return byPath.get(key);
  let target = variableTarget(search, variable, hops);
  for (const name of path) {
    if (!target || target.kind === 'enum') {
      target = undefined;
      break;
    }
    target =
      target.kind === 'namespace'
        ? (resolveExport(target.file, name, search.lookup) ?? unresolved(name))
        : unresolved(name);
  }
  if (!byPath) {
    byPath = new Map();
    search.resolved.set(variable, byPath);
  }
  byPath.set(key, target);
  return target;
}
