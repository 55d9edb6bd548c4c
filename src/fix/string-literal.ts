import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The quote characters of a string: a literal's `'` or `"`, or a template's backtick. */
export type Quote = "'" | '"' | '`';

/** The quote a string literal (`'…'`, `"…"`) or template (`` `…` ``) is written in. */
export function quoteOf(node: TSESTree.Literal | TSESTree.TemplateLiteral): Quote {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return '`';
  return node.raw.startsWith('"') ? '"' : "'";
}

/**
 * `value` written as a string in `quote`, the one escaping every fixer uses. Escapes are those of
 * `JSON.stringify` (backslash, control characters, lone surrogates), then the quote character
 * itself, and in a template `${`, which would start a substitution. In `"` the result is exactly
 * `JSON.stringify(value)`.
 */
export function stringLiteral(value: string, quote: Quote): string {
  const json = JSON.stringify(value).slice(1, -1);
  if (quote === '"') return `"${json}"`;
  // JSON escapes `"` (always after its own backslash), which other quotes need not.
  const unescaped = json.replace(/\\"/g, '"');
  if (quote === '`') return `\`${unescaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
  return `'${unescaped.replace(/'/g, "\\'")}'`;
}
