import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';
import type { ModuleSourceNode } from '../ast/module-references.js';

function escapeFor(quote: string, value: string): string {
  let escaped = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
  escaped = escaped.replaceAll(quote, `\\${quote}`);
  // In a template, `${` would start a substitution.
  return quote === '`' ? escaped.replaceAll('${', '\\${') : escaped;
}

/** `specifier` written as a string in the same quotes as `source` (`'`, `"` or a template's backticks). */
export function quoteLike(source: ModuleSourceNode, specifier: string): string {
  const quote = source.type === AST_NODE_TYPES.TemplateLiteral ? '`' : source.raw.startsWith('"') ? '"' : "'";
  return `${quote}${escapeFor(quote, specifier)}${quote}`;
}

/** Replaces a module specifier string, keeping the user's quote character. */
export function replaceModuleSpecifier(
  fixer: TSESLint.RuleFixer,
  source: ModuleSourceNode,
  specifier: string,
): TSESLint.RuleFix {
  return fixer.replaceText(source, quoteLike(source, specifier));
}
