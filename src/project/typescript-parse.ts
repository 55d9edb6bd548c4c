import ts from 'typescript';

/**
 * Another project file read with TypeScript's parser alone, for rules that need only a few facts of
 * its top-level statements: no conversion to ESTree (most of the cost of a typescript-estree parse),
 * no tokens, no scope analysis, no JSDoc.
 */

/**
 * JSDoc is not read: parsing it is a third of the parse of a documented module. TypeScript before 5.3
 * (the peer range starts at 4.8) has no such mode and parses it anyway.
 */
const SKIP_JSDOC = (ts as { JSDocParsingMode?: typeof ts.JSDocParsingMode }).JSDocParsingMode?.ParseNone;

/**
 * `text` parsed as the file `file` names (its extension tells TSX, JavaScript and JSX apart), parent
 * pointers unset; `undefined` when it has syntax errors, as typescript-estree refuses such a text
 * and so does ESLint the file.
 */
export function parseWithTypeScript(file: string, text: string): ts.SourceFile | undefined {
  const source = ts.createSourceFile(
    file,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: SKIP_JSDOC },
    false,
  );
  // TypeScript keeps the errors of a parse on the source file, unlisted in its types.
  const { parseDiagnostics } = source as ts.SourceFile & { parseDiagnostics?: readonly unknown[] };
  return (parseDiagnostics?.length ?? 0) > 0 ? undefined : source;
}

/** Whether `node` carries the modifier `kind` (`export`, `default`, `declare`…). */
export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
}

/** `node` without the parentheses around it, as ESTree has every expression. */
export function withoutParentheses(node: ts.Expression): ts.Expression {
  let inner = node;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return inner;
}
