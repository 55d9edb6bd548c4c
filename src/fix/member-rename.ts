import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isIdentifierName } from '../ast/names.js';
import { quoteOf, stringLiteral } from './string-literal.js';

/** A read of a member by name: `E.X` / `E['X']`, the type `E.X`, or the key of `const { X } = E`. */
export type MemberNameReader = TSESTree.MemberExpression | TSESTree.TSQualifiedName | TSESTree.Property;

/** `name` written like the key `like`: same quotes for a string or template, bare for an identifier. */
export function keyLike(like: TSESTree.Node, name: string): string {
  if (like.type === AST_NODE_TYPES.TemplateLiteral || like.type === AST_NODE_TYPES.Literal) {
    return stringLiteral(name, quoteOf(like));
  }
  return isIdentifierName(name) ? name : stringLiteral(name, "'");
}

/**
 * Makes `node` read `replacement` instead, keeping `.X` / `['X']` style and quote character:
 * `E.OLD` → `E.NEW`, `E['OLD']` → `E['NEW']`, `E.OLD` → `E['a-b']` (`E?.OLD` → `E?.['a-b']`),
 * `const { OLD } = E` → `const { NEW: OLD } = E`. `undefined` when a type (`E.OLD`) would need a
 * name that is not an identifier.
 */
export function renameMember(node: MemberNameReader, replacement: string): TSESLint.ReportFixFunction | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed || isIdentifierName(replacement)) {
        return (fixer) => fixer.replaceText(node.property, keyLike(node.property, replacement));
      }
      const access = `${node.optional ? '?.' : ''}[${stringLiteral(replacement, "'")}]`;
      return (fixer) => fixer.replaceTextRange([node.object.range[1], node.range[1]], access);
    }
    case AST_NODE_TYPES.TSQualifiedName:
      // A type can only name a member with an identifier.
      return isIdentifierName(replacement) ? (fixer) => fixer.replaceText(node.right, replacement) : undefined;
    case AST_NODE_TYPES.Property:
      // `{ OLD }` binds a local named OLD: keep that name, read it from the new member.
      return node.shorthand
        ? (fixer) => fixer.insertTextBefore(node.key, `${keyLike(node.key, replacement)}: `)
        : (fixer) => fixer.replaceText(node.key, keyLike(node.key, replacement));
  }
}

/** How `member` of `objectText` is written: `Mode.UNIFIED`, or `Mode['a-b']` when it is not an identifier. */
export function memberAccessText(objectText: string, member: string): string {
  return isIdentifierName(member) ? `${objectText}.${member}` : `${objectText}[${stringLiteral(member, "'")}]`;
}
