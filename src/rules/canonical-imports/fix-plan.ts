import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { MovableRedirect as Movable } from './paths.js';
import type { ForwardedName } from './shims.js';
import type { ModuleReference } from '../../ast/module-references.js';
import { defaultImportToNamed, renameExportSpecifier, renameImportSpecifier } from '../../fix/imported-name.js';
import { replaceModuleSpecifier } from '../../fix/module-specifier.js';
import { importedName } from '../../ast/import-bindings.js';
import { isIdentifierName, nameOfIdentifierOrString as exportName } from '../../ast/names.js';

/**
 * The edits that point one module reference at its canonical module, and whether they are provably
 * behaviour-preserving (`safe`: offered as a fix) or need a look (offered as a suggestion).
 */
export interface FixPlan {
  safe: boolean;
  edits: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
  /** A name the canonical module is not known to export, which is why the plan is not safe. */
  unchecked?: string;
}

type Edit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

function allOf(edits: readonly Edit[]): FixPlan['edits'] {
  return (fixer) => edits.flatMap((edit) => [edit(fixer)].flat());
}

/** Plan for a reference whose used names are not visible (namespace, `export *`, `require`, mocks…). */
function wholeModule(redirect: Movable, moveSpecifier: Edit): FixPlan {
  return { safe: redirect.identity, edits: allOf([moveSpecifier]) };
}

/** Plan for a reference that only loads the module for its side effects. */
function sideEffectOnly(redirect: Movable, moveSpecifier: Edit): FixPlan | undefined {
  // A shim has no effects of its own, but its importer may rely on load order: say so, change nothing.
  if (redirect.kind === 'shim') return undefined;
  return { safe: true, edits: allOf([moveSpecifier]) };
}

/** A name an import or export declaration takes from the module, and the edit that takes it under a new name. */
interface NameUse {
  name: string;
  /** `undefined` when the declaration cannot take `to` one for one. */
  rename: (to: string) => Edit | undefined;
}

/** Plan for a declaration naming what it takes: each name follows the redirect, or no 1:1 fix exists. */
function planNames(
  redirect: Movable,
  moveSpecifier: Edit,
  uses: readonly NameUse[],
  safe: boolean,
): FixPlan | undefined {
  const edits: Edit[] = [moveSpecifier];
  let unchecked: string | undefined;
  for (const use of uses) {
    const forwarded = redirect.forward(use.name);
    // A name the old module does not export, or a namespace re-exported as a name: no 1:1 import.
    if (forwarded?.kind !== 'name') return undefined;
    if (forwarded.loose) safe = false;
    if (redirect.provides && !redirect.provides(forwarded.name)) {
      safe = false;
      unchecked ??= forwarded.name;
    }
    if (forwarded.name === use.name) continue;
    // Default and named exports differ in CommonJS interop and bundler handling: let a human look.
    if (use.name === 'default' || forwarded.name === 'default') safe = false;
    const edit = use.rename(forwarded.name);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return { safe, edits: allOf(edits), ...(unchecked === undefined ? {} : { unchecked }) };
}

/** What every plan starts from: the file, the redirect, and the edit that moves the specifier. */
interface PlanStart {
  sourceCode: Readonly<TSESLint.SourceCode>;
  redirect: Movable;
  moveSpecifier: Edit;
}

function planImport(node: TSESTree.ImportDeclaration, { sourceCode, redirect, moveSpecifier }: PlanStart) {
  if (node.specifiers.length === 0) return sideEffectOnly(redirect, moveSpecifier);
  const hasNamespace = node.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier);
  const uses: NameUse[] = [];
  for (const specifier of node.specifiers) {
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) continue;
    uses.push({
      name: importedName(specifier),
      rename:
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
          ? (to) =>
              hasNamespace || !isIdentifierName(to)
                ? undefined
                : (fixer) => defaultImportToNamed(sourceCode, fixer, node, to) ?? []
          : (to) => (fixer) => renameImportSpecifier(fixer, specifier, to),
    });
  }
  return planNames(redirect, moveSpecifier, uses, !hasNamespace || redirect.identity);
}

function planExportNamed(node: TSESTree.ExportNamedDeclaration, { sourceCode, redirect, moveSpecifier }: PlanStart) {
  if (node.specifiers.length === 0) return sideEffectOnly(redirect, moveSpecifier);
  const uses = node.specifiers.map((specifier): NameUse => ({
    name: exportName(specifier.local),
    rename: (to) => (fixer) => renameExportSpecifier(sourceCode, fixer, specifier, to),
  }));
  const plan = planNames(redirect, moveSpecifier, uses, true);
  const losesTag =
    redirect.kind === 'shim' &&
    node.specifiers.some((specifier) => {
      const name = exportName(specifier.local);
      return republishesRenamed(name, exportName(specifier.exported), redirect.forward(name));
    });
  return plan && losesTag ? { ...plan, safe: false } : plan;
}

/**
 * Whether re-exporting `name` from a shim as `exported` goes on publishing the old name while the
 * shim renames it (`export { Old } from './shim'`): made `export { New as Old }`, the name loses the
 * shim's `@deprecated` tag for whoever imports it, so a human decides.
 */
export function republishesRenamed(name: string, exported: string, forwarded: ForwardedName | undefined): boolean {
  return exported === name && forwarded?.kind === 'name' && forwarded.name !== name;
}

export function leftmostIdentifier(name: TSESTree.EntityName): TSESTree.Identifier | undefined {
  let current: TSESTree.EntityName = name;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) current = current.left;
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

function planImportType(node: TSESTree.TSImportType, redirect: Movable, moveSpecifier: Edit): FixPlan | undefined {
  if (!node.qualifier) return wholeModule(redirect, moveSpecifier);
  const first = leftmostIdentifier(node.qualifier);
  if (!first) return undefined;
  const forwarded = redirect.forward(first.name);
  if (forwarded?.kind !== 'name' || !isIdentifierName(forwarded.name)) return undefined;
  const unchecked = redirect.provides && !redirect.provides(forwarded.name) ? forwarded.name : undefined;
  const checked = unchecked === undefined ? {} : { unchecked };
  if (forwarded.name === first.name) return { safe: !unchecked, edits: allOf([moveSpecifier]), ...checked };
  return {
    safe: !unchecked,
    edits: allOf([moveSpecifier, (fixer) => fixer.replaceText(first, forwarded.name)]),
    ...checked,
  };
}

/**
 * The names a reference takes from the module, when it names them all (an import or export of
 * names, a qualified `import()` type); `undefined` for references that take the whole module.
 */
export function namesTaken(reference: ModuleReference): string[] | undefined {
  switch (reference.kind) {
    case 'import': {
      const { specifiers } = reference.node;
      if (specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier)) return undefined;
      return specifiers.map((specifier) => importedName(specifier));
    }
    case 'export-named':
      return reference.node.specifiers.map((specifier) => exportName(specifier.local));
    case 'import-type': {
      const first = reference.node.qualifier && leftmostIdentifier(reference.node.qualifier);
      return first ? [first.name] : undefined;
    }
    default:
      return undefined;
  }
}

/** The edits for `reference`, or `undefined` when no edit can be proposed (report only). */
export function planFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  reference: ModuleReference,
  redirect: Movable,
): FixPlan | undefined {
  const specifier = redirect.specifier;
  if (specifier === undefined) return undefined;
  const moveSpecifier: Edit = (fixer) => replaceModuleSpecifier(fixer, reference.source, specifier);
  switch (reference.kind) {
    case 'import':
      return planImport(reference.node, { sourceCode, redirect, moveSpecifier });
    case 'export-named':
      return planExportNamed(reference.node, { sourceCode, redirect, moveSpecifier });
    case 'import-type':
      return planImportType(reference.node, redirect, moveSpecifier);
    default:
      return wholeModule(redirect, moveSpecifier);
  }
}
