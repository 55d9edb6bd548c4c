import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModuleReference } from '../../ast/module-references.js';
import { importedName } from '../../ast/import-bindings.js';
import { isIdentifierName, nameOfIdentifierOrString as exportName } from '../../ast/names.js';
import { republishesRenamed, type FixPlan } from './fix-plan.js';
import type { MovableRedirect } from './paths.js';

/**
 * The fix for an import or re-export of names from a split shim whose names come from different
 * modules: one declaration per module, in the order the names first appear, each taking its names
 * under their new names and the old local (or exported) names. Only for declarations that list every
 * name they take; a default import or a name that cannot be written as a specifier gets no plan.
 */

/** A specifier written anew: `New as old`, or `old` when the names agree; `type ` kept. */
export function specifierText(name: string, local: string, typeOnly: boolean): string {
  const written = (text: string) => (isIdentifierName(text) ? text : JSON.stringify(text));
  return `${typeOnly ? 'type ' : ''}${name === local ? written(name) : `${written(name)} as ${written(local)}`}`;
}

interface Taken {
  /** The name taken from the shim, and the name it is bound or published under. */
  name: string;
  local: string;
  typeOnly: boolean;
}

function takenNames(reference: ModuleReference): Taken[] | undefined {
  if (reference.kind === 'import') {
    const taken: Taken[] = [];
    for (const specifier of reference.node.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
      taken.push({
        name: importedName(specifier),
        local: specifier.local.name,
        typeOnly: specifier.importKind === 'type',
      });
    }
    return taken;
  }
  if (reference.kind === 'export-named') {
    return reference.node.specifiers.map((specifier) => ({
      name: exportName(specifier.local),
      local: exportName(specifier.exported),
      typeOnly: specifier.exportKind === 'type',
    }));
  }
  return undefined;
}

/** The edit that splits `reference` between the modules of `byName`, or `undefined` when it cannot be split. */
export function planSplit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  reference: ModuleReference,
  byName: ReadonlyMap<string, MovableRedirect>,
): FixPlan | undefined {
  const taken = takenNames(reference);
  const node = reference.node as TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;
  if (!taken || taken.length === 0) return undefined;
  const groups = new Map<MovableRedirect, string[]>();
  let safe = true;
  for (const { name, local, typeOnly } of taken) {
    const redirect = byName.get(name);
    const forwarded = redirect?.forward(name);
    if (!redirect?.specifier || forwarded?.kind !== 'name' || forwarded.name === 'default') return undefined;
    if (forwarded.loose) safe = false;
    if (reference.kind === 'export-named' && republishesRenamed(name, local, forwarded)) safe = false;
    const group = groups.get(redirect) ?? [];
    group.push(specifierText(forwarded.name, local, typeOnly));
    groups.set(redirect, group);
  }
  const raw = sourceCode.getText(reference.source);
  const quote = raw.startsWith('"') ? '"' : "'";
  const keyword = reference.kind === 'import' ? 'import' : 'export';
  const typeOnly = (node.type === AST_NODE_TYPES.ImportDeclaration ? node.importKind : node.exportKind) === 'type';
  const indent = ' '.repeat(node.loc.start.column);
  const semicolon = sourceCode.getText(node).endsWith(';') ? ';' : '';
  const lines = [...groups].map(
    ([redirect, specifiers]) =>
      `${keyword} ${typeOnly ? 'type ' : ''}{ ${specifiers.join(', ')} } from ${quote}${redirect.specifier ?? ''}${quote}${semicolon}`,
  );
  return { safe, edits: (fixer) => [fixer.replaceText(node, lines.join(`\n${indent}`))] };
}
