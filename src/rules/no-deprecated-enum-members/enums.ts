import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { importedName } from '../../ast/import-bindings.js';
import { moduleExportName } from '../../ast/names.js';

/**
 * What the syntax tree says about enums and enum-like objects: members, their `@deprecated`
 * JSDoc, their constant values, and which module exports them. Pure functions of an AST and its
 * source text, so the same analysis serves the linted file and (cached) the files it imports.
 */

export type ConstantValue = string | number;

export interface EnumMemberInfo {
  readonly name: string;
  readonly deprecated: boolean;
  /** Text after `@deprecated`, whitespace collapsed; `''` when the tag has none. */
  readonly deprecationText: string;
  /** Compile-time value when the syntax fixes it; `undefined` when computed at run time. */
  readonly value: ConstantValue | undefined;
  /** The member an initializer written as `= Enum.OTHER` (or `= OTHER`) refers to. */
  readonly aliasOf: string | undefined;
}

export interface EnumInfo {
  /** The declared name, which `enums` option keys refer to. */
  readonly name: string;
  readonly kind: 'enum' | 'object';
  readonly members: ReadonlyMap<string, EnumMemberInfo>;
  /** Source ranges of the declarations: uses inside them define the enum rather than use it. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** Where an exported name of a module comes from. */
export type ExportSource =
  | { readonly kind: 'enum'; readonly info: EnumInfo }
  /** `importedName` is `'*'` for a namespace (`export * as ns from`, or a re-exported `import * as`). */
  | { readonly kind: 'reexport'; readonly specifier: string; readonly importedName: string }
  /** Declared here and not an enum: the search for the name ends (no `export *` walk). */
  | { readonly kind: 'other' };

export interface ModuleEnums {
  readonly exports: ReadonlyMap<string, ExportSource>;
  /** Specifiers of `export * from '…'`, searched in order for names not exported directly. */
  readonly starSpecifiers: readonly string[];
}

/** The block comments in `text[start, end)`, a gap that holds only punctuation, spaces and comments. */
function blockCommentsBetween(text: string, start: number, end: number): string[] {
  const comments: string[] = [];
  let index = start;
  while (index < end) {
    if (text.startsWith('//', index)) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? end : lineEnd + 1;
    } else if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      if (close === -1 || close + 2 > end) break;
      comments.push(text.slice(index, close + 2));
      index = close + 2;
    } else {
      index += 1;
    }
  }
  return comments;
}

/** The text of a JSDoc comment's `@deprecated` tag (`''` when bare), or `undefined` without one. */
export function deprecationTagText(comment: string): string | undefined {
  if (!comment.startsWith('/**') || comment === '/**/') return undefined;
  const body = comment
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\/)/, ''))
    .join('\n');
  // A tag ends where the next block tag starts a line; inline tags such as `{@link X}` are text.
  const match = /(?:^|\s)@deprecated(?![\w-])([\s\S]*?)(?=\n\s*@[A-Za-z]|$)/.exec(body);
  if (!match) return undefined;
  return (match[1] ?? '').replace(/\s+/g, ' ').trim();
}

/** `@deprecated` text of the JSDoc comments in a gap (the last tag wins, as in editors). */
function deprecationInGap(text: string, start: number, end: number): string | undefined {
  let found: string | undefined;
  for (const comment of blockCommentsBetween(text, start, end)) {
    found = deprecationTagText(comment) ?? found;
  }
  return found;
}

/** Static name of a property key or computed member: `X`, `'X'`, `` `X` ``. */
export function staticKeyName(node: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' || (!computed && typeof node.value === 'number')
      ? String(node.value)
      : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

type NameLookup = (name: string) => ConstantValue | undefined;

/**
 * Constant folding of the initializer forms TypeScript accepts in enums. `memberValue` answers
 * bare member names and `Enum.MEMBER` of the enum being declared.
 */
export function constantValue(
  node: TSESTree.Node,
  enumName: string | undefined,
  memberValue: NameLookup,
): ConstantValue | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      let result = node.quasis[0]?.value.cooked ?? '';
      for (const [index, expression] of node.expressions.entries()) {
        const value = constantValue(expression, enumName, memberValue);
        const next = node.quasis[index + 1]?.value.cooked;
        if (value === undefined || next == null) return undefined;
        result += String(value) + next;
      }
      return result;
    }
    case AST_NODE_TYPES.UnaryExpression: {
      const value = constantValue(node.argument, enumName, memberValue);
      if (typeof value !== 'number') return undefined;
      if (node.operator === '-') return -value;
      if (node.operator === '+') return value;
      if (node.operator === '~') return ~value;
      return undefined;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      const left = constantValue(node.left, enumName, memberValue);
      const right = constantValue(node.right, enumName, memberValue);
      if (left === undefined || right === undefined) return undefined;
      return binary(node.operator, left, right);
    }
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const referenced = referencedMember(node, enumName);
      return referenced === undefined ? undefined : memberValue(referenced);
    }
    default:
      return undefined;
  }
}

function binary(operator: string, left: ConstantValue, right: ConstantValue): ConstantValue | undefined {
  if (operator === '+') {
    return typeof left === 'string' || typeof right === 'string' ? `${left}${right}` : left + right;
  }
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  switch (operator) {
    case '-': return left - right;
    case '*': return left * right;
    case '/': return left / right;
    case '%': return left % right;
    case '**': return left ** right;
    case '<<': return left << right;
    case '>>': return left >> right;
    case '>>>': return left >>> right;
    case '|': return left | right;
    case '&': return left & right;
    case '^': return left ^ right;
    default: return undefined;
  }
}

/** The member an initializer names: `OTHER`, `Enum.OTHER` or `Enum['OTHER']`. */
function referencedMember(node: TSESTree.Node, enumName: string | undefined): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === enumName
  ) {
    return staticKeyName(node.property, node.computed);
  }
  return undefined;
}

/**
 * One enum from all of its (merged) declarations, in source order. Numeric members without an
 * initializer count up from the previous member, as the compiler does.
 */
export function enumFromDeclarations(
  declarations: readonly TSESTree.TSEnumDeclaration[],
  text: string,
): EnumInfo {
  const name = declarations[0]?.id.name ?? '';
  const members = new Map<string, EnumMemberInfo>();
  const valueOf: NameLookup = (member) => members.get(member)?.value;
  for (const declaration of declarations) {
    let gapStart = declaration.body.range[0] + 1;
    let previous: ConstantValue | undefined;
    let first = true;
    for (const member of declaration.body.members) {
      const memberName = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : member.id.value;
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
      const deprecationText = deprecationInGap(text, gapStart, member.range[0]);
      members.set(memberName, {
        name: memberName,
        deprecated: deprecationText !== undefined,
        deprecationText: deprecationText ?? '',
        value,
        aliasOf,
      });
      previous = value;
      first = false;
      gapStart = member.range[1];
    }
  }
  return { name, kind: 'enum', members, ranges: declarations.map((declaration) => declaration.range) };
}

/** The object literal of `{ … } as const` or `Object.freeze({ … })`, the enum-like object forms. */
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
    const memberName = staticKeyName(property.key, property.computed);
    if (memberName === undefined) continue;
    const deprecationText = deprecationInGap(text, start, property.range[0]);
    members.set(memberName, {
      name: memberName,
      deprecated: deprecationText !== undefined,
      deprecationText: deprecationText ?? '',
      value: constantValue(property.value, undefined, () => undefined),
      aliasOf: undefined,
    });
  }
  return { name, kind: 'object', members, ranges: [object.range] };
}

/** Enums and enum-like objects declared at the top level of a module, by local name. */
function localEnums(program: TSESTree.Program, text: string): Map<string, EnumInfo> {
  const declarations = new Map<string, TSESTree.TSEnumDeclaration[]>();
  const objects = new Map<string, EnumInfo>();
  const visit = (statement: TSESTree.ProgramStatement | TSESTree.NamedExportDeclarations | null): void => {
    if (!statement) return;
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      visit(statement.declaration);
    } else if (statement.type === AST_NODE_TYPES.TSEnumDeclaration) {
      const list = declarations.get(statement.id.name) ?? [];
      list.push(statement);
      declarations.set(statement.id.name, list);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind === 'const') {
      for (const declarator of statement.declarations) {
        const object = enumLikeObject(declarator.init);
        if (object && declarator.id.type === AST_NODE_TYPES.Identifier) {
          objects.set(declarator.id.name, enumFromObject(declarator.id.name, object, text));
        }
      }
    }
  };
  for (const statement of program.body) visit(statement);
  const result = new Map(objects);
  for (const [name, list] of declarations) result.set(name, enumFromDeclarations(list, text));
  return result;
}

/** Local name → import it binds (`'*'` for a namespace import). */
function importBindings(program: TSESTree.Program): Map<string, { specifier: string; importedName: string }> {
  const bindings = new Map<string, { specifier: string; importedName: string }>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const specifier = statement.source.value;
    for (const binding of statement.specifiers) {
      bindings.set(binding.local.name, { specifier, importedName: importedName(binding) });
    }
  }
  return bindings;
}


/** The exports of a module that are, or may lead to, enums: what cross-file resolution walks. */
export function analyzeModuleEnums(program: TSESTree.Program, text: string): ModuleEnums {
  const locals = localEnums(program, text);
  const imports = importBindings(program);
  const exports = new Map<string, ExportSource>();
  const starSpecifiers: string[] = [];
  const exportLocal = (exportedName: string, localName: string): void => {
    const info = locals.get(localName);
    if (info) {
      exports.set(exportedName, { kind: 'enum', info });
      return;
    }
    const imported = imports.get(localName);
    exports.set(exportedName, imported ? { kind: 'reexport', ...imported } : { kind: 'other' });
  };

  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const { declaration, source } = statement;
        if (declaration?.type === AST_NODE_TYPES.TSEnumDeclaration) {
          exportLocal(declaration.id.name, declaration.id.name);
        } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === AST_NODE_TYPES.Identifier) exportLocal(declarator.id.name, declarator.id.name);
          }
        } else if (declaration && 'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier) {
          exports.set(declaration.id.name, { kind: 'other' });
        }
        for (const specifier of statement.specifiers) {
          const exportedName = moduleExportName(specifier.exported);
          const localName = moduleExportName(specifier.local);
          if (source) exports.set(exportedName, { kind: 'reexport', specifier: source.value, importedName: localName });
          else exportLocal(exportedName, localName);
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported) {
          exports.set(moduleExportName(statement.exported), {
            kind: 'reexport',
            specifier: statement.source.value,
            importedName: '*',
          });
        } else {
          starSpecifiers.push(statement.source.value);
        }
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        if (statement.declaration.type === AST_NODE_TYPES.Identifier) {
          exportLocal('default', statement.declaration.name);
        } else {
          exports.set('default', { kind: 'other' });
        }
        break;
      default:
        break;
    }
  }
  return { exports, starSpecifiers };
}

/** How a deprecated member should be reported and replaced. */
export interface Deprecation {
  /** The `@deprecated` text, without a closing period; `''` when there is none. */
  readonly reason: string;
  /** Member to use instead, when the configuration or the enum names one. */
  readonly replacement: string | undefined;
  /** The replacement has the same constant value, so replacing cannot change behaviour. */
  readonly sameValue: boolean;
}

/** Configured deprecations of one enum: member → replacement, `null` for none. */
export type ConfiguredMembers = Readonly<Record<string, string | null>>;

const INLINE_LINK = /\{@link(?:code|plain)?\s+([^\s|}]+)/g;
const REPLACEMENT_PHRASE =
  /\b(?:use|prefer|replaced\s+by|replace\s+(?:it\s+)?with|in\s+favou?r\s+of|see)\s+[`'"]?([\p{ID_Start}$_][\p{ID_Continue}$.#]*)/giu;

/**
 * Names in `@deprecated` text that may point at the replacement: `{@link Enum.NEW}` first, then
 * phrases such as "Use NEW" or "replaced by `Enum.NEW`". Only the member part is returned, and a
 * qualified name only when it qualifies with this enum.
 */
export function namesInDeprecationText(text: string, enumName: string): string[] {
  const names: string[] = [];
  for (const pattern of [INLINE_LINK, REPLACEMENT_PHRASE]) {
    for (const match of text.matchAll(pattern)) {
      const segments = (match[1] ?? '').replace(/[.#]+$/, '').split(/[.#]/);
      const member = segments.at(-1);
      const qualifier = segments.at(-2);
      if (member && (qualifier === undefined || qualifier === enumName)) names.push(member);
    }
  }
  return names;
}

function isUsable(info: EnumInfo, name: string | undefined): name is string {
  const member = name === undefined ? undefined : info.members.get(name);
  return member !== undefined && !member.deprecated;
}

/** The replacement the enum itself documents: its JSDoc, an alias initializer, or a unique equal value. */
function documentedReplacement(info: EnumInfo, member: EnumMemberInfo): string | undefined {
  const named = namesInDeprecationText(member.deprecationText, info.name).find((name) => isUsable(info, name));
  if (named !== undefined) return named;

  const seen = new Set<string>();
  let current: EnumMemberInfo | undefined = member;
  while (current?.aliasOf !== undefined && !seen.has(current.name)) {
    seen.add(current.name);
    if (isUsable(info, current.aliasOf)) return current.aliasOf;
    current = info.members.get(current.aliasOf);
  }

  if (member.value === undefined) return undefined;
  const equal = [...info.members.values()].filter(
    (candidate) => !candidate.deprecated && candidate.value === member.value,
  );
  return equal.length === 1 ? equal[0]?.name : undefined;
}

/** The tag text as a message shows it: `{@link Enum.NEW}` as `Enum.NEW` (or its label), no final period. */
function readableReason(text: string): string {
  return text
    .replace(/\{@link(?:code|plain)?\s+([^\s|}]+)\s*\|?\s*([^}]*)\}/g, (_, target: string, label: string) => label.trim() || target)
    .replace(/\.+$/, '');
}

/** Whether `memberName` of `info` is deprecated (annotated or configured), and what replaces it. */
export function deprecationOf(
  info: EnumInfo,
  memberName: string,
  configured: ConfiguredMembers | undefined,
): Deprecation | undefined {
  const member = info.members.get(memberName);
  const isConfigured = configured !== undefined && Object.hasOwn(configured, memberName);
  if (!member?.deprecated && !isConfigured) return undefined;
  const replacement = isConfigured
    ? (configured[memberName] ?? undefined)
    : member && documentedReplacement(info, member);
  const replacementValue = replacement === undefined ? undefined : info.members.get(replacement)?.value;
  return {
    reason: readableReason(member?.deprecationText ?? ''),
    replacement: replacement === memberName ? undefined : replacement,
    sameValue: member?.value !== undefined && replacementValue === member.value,
  };
}
