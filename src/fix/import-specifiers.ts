import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * Edits of the `{ … }` of an import or export declaration that leave the rest of it as written:
 * taking some specifiers out, adding some in.
 */

type BracedDeclaration = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;
type BracedSpecifier = TSESTree.ImportSpecifier | TSESTree.ExportSpecifier;

/** The specifiers inside the braces, in order (an import's default or namespace binding is not among them). */
export function bracedSpecifiers(declaration: BracedDeclaration): BracedSpecifier[] {
  return declaration.type === AST_NODE_TYPES.ExportNamedDeclaration
    ? declaration.specifiers
    : declaration.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
}

/**
 * Removes `removed` from the braces of `declaration`, each with its comma, keeping the other
 * specifiers and comments as written. When every braced specifier goes but an import keeps its
 * default binding, the braces go too (`import d, { a } from` → `import d from`). `undefined` when
 * nothing would be left: remove the declaration instead.
 */
export function removeSpecifiers(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  declaration: BracedDeclaration,
  removed: ReadonlySet<TSESTree.Node>,
): TSESLint.RuleFix[] | undefined {
  const braced = bracedSpecifiers(declaration);
  const kept = braced.filter((specifier) => !removed.has(specifier));
  if (kept.length === 0) {
    const [binding] = declaration.type === AST_NODE_TYPES.ImportDeclaration ? declaration.specifiers : [];
    const last = braced.at(-1);
    const closing = last && sourceCode.getTokenAfter(last, { filter: ASTUtils.isClosingBraceToken });
    if (!binding || binding.type === AST_NODE_TYPES.ImportSpecifier || !closing) return undefined;
    return [fixer.removeRange([binding.range[1], closing.range[1]])];
  }
  const fixes: TSESLint.RuleFix[] = [];
  // Runs of removed specifiers: each goes up to the next kept one, or, at the end, from the last kept one.
  for (let start = 0; start < braced.length; start++) {
    const first = braced[start];
    if (!first || !removed.has(first)) continue;
    let end = start;
    for (let index = start + 1; index < braced.length; index++) {
      const specifier = braced[index];
      if (!specifier || !removed.has(specifier)) break;
      end = index;
    }
    const next = braced[end + 1];
    const previous = braced[start - 1];
    const last = braced[end] ?? first;
    if (next) fixes.push(fixer.removeRange([first.range[0], next.range[0]]));
    else if (previous) fixes.push(fixer.removeRange([previous.range[1], last.range[1]]));
    start = end;
  }
  return fixes;
}

/** Adds specifiers (as text, `a` or `type b as c`) after the last braced specifier of `declaration`. */
export function appendSpecifiers(
  fixer: TSESLint.RuleFixer,
  declaration: BracedDeclaration,
  texts: readonly string[],
): TSESLint.RuleFix | undefined {
  const last = bracedSpecifiers(declaration).at(-1);
  return last && fixer.insertTextAfter(last, `, ${texts.join(', ')}`);
}
