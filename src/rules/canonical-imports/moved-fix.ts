import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModuleReference } from '../../ast/module-references.js';
import { importedName } from '../../ast/import-bindings.js';
import { nameOfIdentifierOrString as exportName } from '../../ast/names.js';
import { appendSpecifiers, bracedSpecifiers, removeSpecifiers } from '../../fix/import-specifiers.js';
import { quoteLike } from '../../fix/module-specifier.js';
import { leftmostIdentifier, planFix, republishesRenamed, type FixPlan } from './fix-plan.js';
import type { MovableRedirect } from './paths.js';
import { specifierText } from './split-fix.js';

/**
 * The fix for an import or re-export that takes names of a module some of whose names moved
 * (moved-exports.ts): the moved names go to their new modules — into an import of that module the file
 * already has, when there is one of the same kind, else into a new declaration right after — and the
 * others stay. Local names, `type` modifiers, quotes and the specifier style are kept.
 */

/** One name a reference takes, with the node that takes it. */
export interface TakenSpecifier {
  /** The name taken from the module, and the name it is bound or published under. */
  name: string;
  local: string;
  typeOnly: boolean;
  /** The specifier (or an `import()` type's qualifier) to report on and to move. */
  node: TSESTree.Node;
  /** An import's default binding (`import d from`). */
  isDefault: boolean;
}

/** The names an import, re-export or qualified `import()` type takes; `undefined` for references that take the whole module. */
export function takenSpecifiers(reference: ModuleReference): TakenSpecifier[] | undefined {
  switch (reference.kind) {
    case 'import': {
      const { specifiers } = reference.node;
      if (specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier)) return undefined;
      return specifiers.map((specifier) => ({
        name: importedName(specifier),
        local: specifier.local.name,
        typeOnly: specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type',
        node: specifier,
        isDefault: specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier,
      }));
    }
    case 'export-named':
      return reference.node.specifiers.map((specifier) => ({
        name: exportName(specifier.local),
        local: exportName(specifier.exported),
        typeOnly: specifier.exportKind === 'type',
        node: specifier,
        isDefault: false,
      }));
    case 'import-type': {
      const first = reference.node.qualifier ? leftmostIdentifier(reference.node.qualifier) : undefined;
      return first && [{ name: first.name, local: first.name, typeOnly: true, node: first, isDefault: false }];
    }
    default:
      return undefined;
  }
}

type BracedDeclaration = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;

export interface MovedPlanInput {
  sourceCode: Readonly<TSESLint.SourceCode>;
  reference: ModuleReference;
  taken: readonly TakenSpecifier[];
  /** Where a moved name goes; `undefined` for a name that stays. */
  movedOf: (name: string) => MovableRedirect | undefined;
  /** Whether two specifiers written in this file name the same module. */
  sameModule: (written: string, other: string) => boolean;
}

function isTypeOnly(node: BracedDeclaration): boolean {
  return node.type === AST_NODE_TYPES.ImportDeclaration ? node.importKind === 'type' : node.exportKind === 'type';
}

/** A declaration of the file of the same kind as `node` that takes names from `specifier`, to add the moved names to. */
function mergeTarget(input: MovedPlanInput, node: BracedDeclaration, specifier: string): BracedDeclaration | undefined {
  const { sourceCode, sameModule } = input;
  return sourceCode.ast.body.find(
    (statement): statement is BracedDeclaration =>
      statement !== node &&
      statement.type === node.type &&
      isTypeOnly(statement) === isTypeOnly(node) &&
      statement.source !== null &&
      statement.attributes.length === 0 &&
      bracedSpecifiers(statement).length > 0 &&
      !(
        statement.type === AST_NODE_TYPES.ImportDeclaration &&
        statement.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
      ) &&
      sameModule(statement.source.value, specifier),
  );
}

/** The range of `node` with its line break when it stands alone on its line, so that no empty line is left. */
function wholeLines(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): [number, number] {
  const { text } = sourceCode;
  if (node.loc.start.column !== 0) return node.range;
  const after = /^[ \t]*\r?\n/.exec(text.slice(node.range[1]));
  if (after) return [node.range[0], node.range[1] + after[0].length];
  // The last line: the line break before it goes instead.
  const before = /\r?\n$/.exec(text.slice(0, node.range[0]));
  return [node.range[0] - (before?.[0].length ?? 0), node.range[1]];
}

/** The name a braced specifier takes from its module. */
function takenName(specifier: TSESTree.ImportSpecifier | TSESTree.ExportSpecifier): string {
  return specifier.type === AST_NODE_TYPES.ImportSpecifier ? importedName(specifier) : exportName(specifier.local);
}

/**
 * An earlier declaration of the file, of the same kind and from the same module, that moves a name to
 * the module `specifier` names too. Both fixes would write a declaration of that module, and the file
 * would import it twice: they must be applied one after the other, the second merging into the first's.
 */
function earlierSibling(input: MovedPlanInput, node: BracedDeclaration, specifier: string): TSESTree.Node | undefined {
  const { sourceCode, reference, sameModule, movedOf } = input;
  return sourceCode.ast.body.find(
    (statement): statement is BracedDeclaration =>
      statement.range[0] < node.range[0] &&
      statement.type === node.type &&
      isTypeOnly(statement) === isTypeOnly(node) &&
      statement.source !== null &&
      sameModule(statement.source.value, reference.specifier) &&
      bracedSpecifiers(statement).some((taken) => movedOf(takenName(taken))?.specifier === specifier),
  );
}

/**
 * The edits that move the moved names `reference` takes, or `undefined` when no edit can be
 * proposed: a moved default export (default ↔ named changes interop), a namespace re-exported under a
 * name, no specifier that reaches the new module, import attributes.
 */
export function planMoved(input: MovedPlanInput): FixPlan | undefined {
  const { sourceCode, reference, taken, movedOf } = input;
  const moved = taken.flatMap((specifier) => {
    const redirect = movedOf(specifier.name);
    return redirect ? [{ specifier, redirect }] : [];
  });
  const [first] = moved;
  if (!first) return undefined;
  if (reference.kind === 'import-type') return planFix(sourceCode, reference, first.redirect);
  if (reference.kind !== 'import' && reference.kind !== 'export-named') return undefined;
  const { node } = reference;
  if (node.attributes.length > 0) return undefined;
  const groups = new Map<MovableRedirect, string[]>();
  let safe = true;
  let unchecked: string | undefined;
  for (const { specifier, redirect } of moved) {
    const forwarded = redirect.forward(specifier.name);
    if (specifier.isDefault || specifier.name === 'default' || redirect.specifier === undefined) return undefined;
    if (forwarded?.kind !== 'name' || forwarded.name === 'default') return undefined;
    if (forwarded.loose) safe = false;
    if (redirect.provides && !redirect.provides(forwarded.name)) {
      safe = false;
      unchecked ??= forwarded.name;
    }
    // Published again under the old name, the name would lose its `@deprecated` tag: a human decides.
    if (reference.kind === 'export-named' && republishesRenamed(specifier.name, specifier.local, forwarded))
      safe = false;
    const text =
      forwarded.name === specifier.name
        ? sourceCode.getText(specifier.node)
        : specifierText(forwarded.name, specifier.local, specifier.typeOnly);
    groups.set(redirect, [...(groups.get(redirect) ?? []), text]);
  }
  const everyNameMoves = moved.length === taken.length;
  const merges = new Map<MovableRedirect, BracedDeclaration>();
  for (const redirect of groups.keys()) {
    const target = mergeTarget(input, node, redirect.specifier ?? '');
    if (target) merges.set(redirect, target);
  }
  const waitFor = new Set(
    [...groups.keys()]
      .filter((redirect) => !merges.has(redirect))
      .flatMap((redirect) => earlierSibling(input, node, redirect.specifier ?? '') ?? []),
  );
  // The whole declaration moves to one module the file does not import yet: as for a shim, only its specifier changes.
  if (everyNameMoves && groups.size === 1 && merges.size === 0 && waitFor.size === 0)
    return planFix(sourceCode, reference, first.redirect);
  const keyword = reference.kind === 'import' ? 'import' : 'export';
  const semicolon = sourceCode.getText(node).endsWith(';') ? ';' : '';
  const declarations = [...groups]
    .filter(([redirect]) => !merges.has(redirect))
    .map(
      ([redirect, texts]) =>
        `${keyword} ${isTypeOnly(node) ? 'type ' : ''}{ ${texts.join(', ')} } from ${quoteLike(reference.source, redirect.specifier ?? '')}${semicolon}`,
    );
  const indent = ' '.repeat(node.loc.start.column);
  const removed = new Set(moved.map(({ specifier }) => specifier.node));
  const edits: FixPlan['edits'] = (fixer) => {
    // Rewriting the earlier declaration as it is makes the two fixes overlap: ESLint applies one per pass,
    // and the other merges into the declaration the first one wrote.
    const fixes: TSESLint.RuleFix[] = [...waitFor].map((sibling) =>
      fixer.replaceText(sibling, sourceCode.getText(sibling)),
    );
    for (const [redirect, target] of merges) {
      const merge = appendSpecifiers(fixer, target, groups.get(redirect) ?? []);
      if (merge) fixes.push(merge);
    }
    if (everyNameMoves && declarations.length > 0)
      fixes.push(fixer.replaceText(node, declarations.join(`\n${indent}`)));
    else if (everyNameMoves) fixes.push(fixer.removeRange(wholeLines(sourceCode, node)));
    else {
      fixes.push(...(removeSpecifiers(sourceCode, fixer, node, removed) ?? []));
      if (declarations.length > 0)
        fixes.push(fixer.insertTextAfter(node, declarations.map((line) => `\n${indent}${line}`).join('')));
    }
    return fixes;
  };
  return { safe, edits, ...(unchecked === undefined ? {} : { unchecked }) };
}
