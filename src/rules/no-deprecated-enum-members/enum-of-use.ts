import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { pathTarget, type TargetSearch } from './binding-targets.js';
import { enumFromDeclarations, enumFromObject } from './enum-declarations.js';
import type { EnumInfo } from './enum-info.js';
import type { EnumOfMemberName } from './enum-types.js';
import type { MemberUse } from './member-uses.js';
import type { EnumLookup } from './resolution.js';

/** Which enum a member use reads: found through the file's bindings, then the checker, then the configuration. */

/** A `const` declarator whose initializer is an enum-like object. */
export interface EnumLikeDeclarator {
  readonly declarator: TSESTree.VariableDeclarator;
  readonly object: TSESTree.ObjectExpression;
}

/** The enums the linted file declares, by variable, each analyzed when a use first reads it. */
export interface LocalEnums {
  readonly enumOf: (variable: TSESLint.Scope.Variable) => EnumInfo | undefined;
  /** Whether `info` was declared in the linted file (and not in another module). */
  readonly isLocal: (info: EnumInfo) => boolean;
}

/**
 * Local enums, analyzed lazily: generated modules declare many that nothing reads. Merged
 * declarations of one enum make one `EnumInfo`.
 */
export function localEnums(
  sourceCode: Readonly<TSESLint.SourceCode>,
  enumDeclarations: readonly TSESTree.TSEnumDeclaration[],
  enumLikeDeclarators: readonly EnumLikeDeclarator[],
): LocalEnums {
  const builders = new Map<TSESLint.Scope.Variable, () => EnumInfo>();
  const byVariable = new Map<TSESLint.Scope.Variable, TSESTree.TSEnumDeclaration[]>();
  for (const declaration of enumDeclarations) {
    const variable = sourceCode.getDeclaredVariables(declaration)[0];
    if (!variable) continue;
    byVariable.set(variable, [...(byVariable.get(variable) ?? []), declaration]);
  }
  for (const [variable, declarations] of byVariable) {
    builders.set(variable, () => enumFromDeclarations(declarations, sourceCode.text));
  }
  for (const { declarator, object } of enumLikeDeclarators) {
    const variable = sourceCode.getDeclaredVariables(declarator)[0];
    if (variable) builders.set(variable, () => enumFromObject(variable.name, object, sourceCode.text));
  }
  const built = new Map<TSESLint.Scope.Variable, EnumInfo>();
  const infos = new Set<EnumInfo>();
  return {
    enumOf(variable) {
      let info = built.get(variable);
      const build = info ? undefined : builders.get(variable);
      if (build) {
        info = build();
        built.set(variable, info);
        infos.add(info);
      }
      return info;
    },
    isLocal: (info) => infos.has(info),
  };
}

/** What deciding the enum of a use needs, for one linted file. */
export interface EnumOfUseOptions {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly filename: string;
  readonly lookup: EnumLookup;
  readonly locals: LocalEnums;
  /** Local names that may lead to an enum: only their uses are followed through bindings. */
  readonly leadNames: ReadonlySet<string>;
  readonly isConfigured: (enumName: string) => boolean;
  /** The checker's answer, when the parser provides type information. */
  readonly typedEnumOf: EnumOfMemberName | undefined;
}

/** The enum a use reads, or `undefined` when it reads none the rule knows of. */
export function createEnumOfUse(options: EnumOfUseOptions): (use: MemberUse) => EnumInfo | undefined {
  const { leadNames, isConfigured, typedEnumOf } = options;
  const search: TargetSearch = {
    sourceCode: options.sourceCode,
    filename: options.filename,
    lookup: options.lookup,
    isConfigured,
    localEnumOf: options.locals.enumOf,
    resolved: new Map(),
  };
  return (use) => {
    const target = leadNames.has(use.root.name)
      ? pathTarget(search, use.root, use.path, 0, use.rootVariable)
      : undefined;
    if (target?.kind === 'enum') return target.info;
    // The checker sees through what the syntax cannot; it also knows enums of packages.
    const typed = typedEnumOf?.(use.nameNode);
    if (typed) return typed;
    if (target?.kind === 'unresolved' && target.declaredName !== undefined && isConfigured(target.declaredName)) {
      return { name: target.declaredName, kind: 'enum', members: new Map(), ranges: [] };
    }
    return undefined;
  };
}
