import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import type { EnumInfo, EnumMemberInfo } from './enum-info.js';

/**
 * The type-aware path: when the user's parser set-up provides a program, the checker resolves
 * aliasing the syntax cannot follow (`const M = Enum`, `import M = ns.Enum`, `require`, enums in
 * packages' declaration files). Only types are imported from `typescript`: the rule must load
 * without it, and the checker is reached through the parser services.
 */

// `ts.SymbolFlags` values; part of the public API and unchanged since TypeScript 2.
const SYMBOL_FLAG_ENUM_MEMBER = 8;
const SYMBOL_FLAG_ALIAS = 2_097_152;

/** The program's services when type information is available, otherwise `undefined`. */
export function typeServices(parserServices: unknown): ParserServicesWithTypeInformation | undefined {
  const services = parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap
    ? (services as ParserServicesWithTypeInformation)
    : undefined;
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & SYMBOL_FLAG_ALIAS ? checker.getAliasedSymbol(symbol) : symbol;
}

function deprecationText(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  const tag = symbol.getJsDocTags(checker).find((candidate) => candidate.name === 'deprecated');
  if (!tag) return undefined;
  return (tag.text ?? [])
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function enumInfoOf(checker: ts.TypeChecker, enumSymbol: ts.Symbol): EnumInfo {
  const members = new Map<string, EnumMemberInfo>();
  const memberSymbols = new Set<ts.Symbol>();
  enumSymbol.exports?.forEach((symbol) => {
    if (symbol.flags & SYMBOL_FLAG_ENUM_MEMBER) memberSymbols.add(symbol);
  });
  for (const symbol of memberSymbols) {
    const declaration = symbol.valueDeclaration as ts.EnumMember | undefined;
    let aliasOf: string | undefined;
    if (declaration?.initializer) {
      const referenced = checker.getSymbolAtLocation(declaration.initializer);
      if (referenced && memberSymbols.has(referenced)) aliasOf = referenced.getName();
    }
    const text = deprecationText(checker, symbol);
    members.set(symbol.getName(), {
      name: symbol.getName(),
      deprecated: text !== undefined,
      deprecationText: text ?? '',
      value: declaration ? checker.getConstantValue(declaration) : undefined,
      aliasOf,
    });
  }
  return { name: enumSymbol.getName(), kind: 'enum', members, ranges: [] };
}

/** Answers "which enum does this member name belong to?" for one linted file. */
export type EnumOfMemberName = (memberName: TSESTree.Node) => EnumInfo | undefined;

/**
 * The checker's answer for the ESTree node of a member name (`X` of `E.X`, `'X'` of `E['X']`,
 * `X` of the type `E.X`). Each enum is described once per linted file.
 */
export function createEnumOfMemberName(services: ParserServicesWithTypeInformation): EnumOfMemberName {
  const checker = services.program.getTypeChecker();
  const described = new Map<ts.Symbol, EnumInfo>();
  return (memberName) => {
    const found = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(memberName));
    if (!found) return undefined;
    const symbol = resolveAlias(checker, found);
    if (!(symbol.flags & SYMBOL_FLAG_ENUM_MEMBER)) return undefined;
    const declaration = symbol.valueDeclaration as ts.EnumMember | undefined;
    const enumDeclaration = declaration?.parent;
    const enumSymbol = enumDeclaration && checker.getSymbolAtLocation(enumDeclaration.name);
    if (!enumSymbol) return undefined;
    let info = described.get(enumSymbol);
    if (!info) {
      info = enumInfoOf(checker, enumSymbol);
      described.set(enumSymbol, info);
    }
    return info;
  };
}
