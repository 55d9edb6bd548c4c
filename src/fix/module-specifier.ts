import type { TSESLint } from '@typescript-eslint/utils';
import type { ModuleSourceNode } from '../ast/module-references.js';
import { quoteOf, stringLiteral } from './string-literal.js';

/** `specifier` written as a string in the same quotes as `source` (`'`, `"` or a template's backticks). */
export function quoteLike(source: ModuleSourceNode, specifier: string): string {
  return stringLiteral(specifier, quoteOf(source));
}

/** Replaces a module specifier string, keeping the user's quote character. */
export function replaceModuleSpecifier(
  fixer: TSESLint.RuleFixer,
  source: ModuleSourceNode,
  specifier: string,
): TSESLint.RuleFix {
  return fixer.replaceText(source, quoteLike(source, specifier));
}
