import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../../ast/static-key.js';
import { nameOfIdentifierOrString } from '../../ast/names.js';
import { constantValue, referencedMember, type NameLookup } from './constant-folding.js';
import type { ConstantValue, EnumInfo, EnumMemberInfo } from './enum-info.js';
import { deprecationBefore, deprecationInGap } from './jsdoc-deprecation.js';

/**
 * Enums and enum-like objects read from their declarations: members, their `@deprecated` JSDoc
 * and their constant values. Pure functions of an AST and its source text, so the same reading
 * serves the linted file and (cached) the files it imports.
 */

/** A member as its declaration shows it: deprecated when the JSDoc before it has the tag. */
function memberInfo(
  name: string,
  deprecationText: string | undefined,
  value: ConstantValue | undefined,
  aliasOf: string | undefined,
): EnumMemberInfo {
  return { name, deprecated: deprecationText !== undefined, deprecationText: deprecationText ?? '', value, aliasOf };
}

/**
 * One enum from all of its (merged) declarations, in source order. Numeric members without an
 * initializer count up from the previous member, as the compiler does.
 */
export function enumFromDeclarations(declarations: readonly TSESTree.TSEnumDeclaration[], text: string): EnumInfo {
  const name = declarations[0]?.id.name ?? '';
  const members = new Map<string, EnumMemberInfo>();
  const valueOf: NameLookup = (member) => members.get(member)?.value;
  for (const declaration of declarations) {
    // A tag on the whole enum deprecates each member without a tag of its own.
    const enumTag = deprecationBefore(text, declaration.range[0]);
    let gapStart = declaration.body.range[0] + 1;
    let previous: ConstantValue | undefined;
    let first = true;
    for (const member of declaration.body.members) {
      const memberName = nameOfIdentifierOrString(member.id);
      let value: ConstantValue | undefined;
      let aliasOf: string | undefined;
      if (member.initializer) {
        value = constantValue(member.initializer, name, valueOf);
        const referenced = referencedMember(member.initializer, name);
        aliasOf = referenced !== undefined && members.has(referenced) ? referenced : undefined;
      } else if (first) {
        value = 0;
      } else {
        value = typeof previous === 'number' ? previous + 1 : undefined;
      }
      members.set(
        memberName,
        memberInfo(memberName, deprecationInGap(text, gapStart, member.range[0]) ?? enumTag, value, aliasOf),
      );
      previous = value;
      first = false;
      gapStart = member.range[1];
    }
  }
  return { name, kind: 'enum', members, ranges: declarations.map((declaration) => declaration.range) };
}

/**
 * The object literal of `{ … } as const` or `Object.freeze({ … })`, the enum-like object forms.
 * Only `as` and `satisfies` are looked through (not `x!` or `<T>x`, which src/ast's
 * `unwrapExpression` also removes), and `as const` counts only right on the literal
 * (`({ … } as T) as const` is not enum-like, unlike for `isAsConst`).
 */
export function enumLikeObject(init: TSESTree.Expression | null): TSESTree.ObjectExpression | undefined {
  let node: TSESTree.Node | null = init;
  while (node) {
    switch (node.type) {
      case AST_NODE_TYPES.TSSatisfiesExpression:
        node = node.expression;
        continue;
      case AST_NODE_TYPES.TSAsExpression: {
        const type = node.typeAnnotation;
        if (
          type.type === AST_NODE_TYPES.TSTypeReference &&
          type.typeName.type === AST_NODE_TYPES.Identifier &&
          type.typeName.name === 'const' &&
          node.expression.type === AST_NODE_TYPES.ObjectExpression
        ) {
          return node.expression;
        }
        node = node.expression;
        continue;
      }
      case AST_NODE_TYPES.CallExpression: {
        const { callee } = node;
        const argument = node.arguments[0];
        const isFreeze =
          callee.type === AST_NODE_TYPES.MemberExpression &&
          callee.object.type === AST_NODE_TYPES.Identifier &&
          callee.object.name === 'Object' &&
          staticKeyName(callee.property, callee.computed) === 'freeze';
        return isFreeze && argument?.type === AST_NODE_TYPES.ObjectExpression ? argument : undefined;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** An enum-like object's literal properties as members; spreads and methods are not members. */
export function enumFromObject(name: string, object: TSESTree.ObjectExpression, text: string): EnumInfo {
  const members = new Map<string, EnumMemberInfo>();
  let gapStart = object.range[0] + 1;
  for (const property of object.properties) {
    const start = gapStart;
    gapStart = property.range[1];
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) continue;
    // `[2]: …` names the property '2' as `2: …` does.
    const { key } = property;
    const memberName =
      key.type === AST_NODE_TYPES.Literal && typeof key.value === 'number'
        ? String(key.value)
        : staticKeyName(key, property.computed);
    if (memberName === undefined) continue;
    const value = constantValue(property.value, undefined, () => undefined);
    members.set(memberName, memberInfo(memberName, deprecationInGap(text, start, property.range[0]), value, undefined));
  }
  return { name, kind: 'object', members, ranges: [object.range] };
}
