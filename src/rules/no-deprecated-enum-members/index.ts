import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { noteLintedFile } from '../../project/fs-cache.js';
import { enumLookupFor, resolveExport, resolveImport, type ExportTarget } from './resolution.js';
import { createEnumOfMemberName, typeServices } from './enum-types.js';
import { enumFromDeclarations, enumFromObject, enumLikeObject } from './enum-declarations.js';
import type { EnumInfo } from './enum-info.js';
import { deprecationOf, type ConfiguredMembers } from './deprecation.js';
import { staticKeyName } from '../../ast/static-key.js';
import { getSettings } from '../../project/settings.js';
import { importedName as importedNameOf } from '../../ast/import-bindings.js';
import { isIdentifierName } from '../../ast/names.js';

export interface NoDeprecatedEnumMembersOptions {
  /** Enum name → deprecated member → replacement member, or `null` when there is none. */
  enums?: Record<string, Record<string, string | null>>;
}

export type Options = [NoDeprecatedEnumMembersOptions];
export type MessageIds = 'deprecatedMember' | 'deprecatedMemberWithReplacement' | 'replaceMember';

export const RULE_NAME = 'no-deprecated-enum-members';

/** A read of one member: `E.X`, `E['X']`, `ns.E.X`, the type `E.X`, or `const { X } = E`. */
interface MemberUse {
  readonly node: TSESTree.MemberExpression | TSESTree.TSQualifiedName | TSESTree.Property;
  /** The node that names the member: reported, and rewritten by the fix. */
  readonly nameNode: TSESTree.Node;
  readonly member: string;
  /** What the member is read from: `E`, `ns.E`, `Mode`. */
  readonly object: TSESTree.Node;
  readonly root: TSESTree.Identifier;
  /** What `root` refers to, when the use was found from its references (`null`: an undeclared global). */
  readonly rootVariable?: TSESLint.Scope.Variable | null;
  /** Names between the root and the member: `['E']` for `ns.E.X`. */
  readonly path: readonly string[];
}

/** Where a name leads when the declaring module is outside the project: only its name is known. */
interface Unresolved {
  readonly kind: 'unresolved';
  readonly declaredName: string | undefined;
}
type Target = ExportTarget | Unresolved;

/** The `enums` option when absent: one object, so that every file shares one enum lookup. */
const NO_ENUMS: Readonly<Record<string, Record<string, string | null>>> = Object.freeze({});

/** Deeper chains (`a.b.c.d.E.X`) are not enum accesses worth the lookups. */
const MAX_PATH = 4;
/** `const A = B; const B = C; …` alias chains followed at most this far. */
const MAX_ALIAS_HOPS = 8;

/** `E`, `ns.E`, `ns['E']` (value or type position) as its root identifier and the names after it. */
function entityPath(node: TSESTree.Node): { root: TSESTree.Identifier; path: string[] } | undefined {
  const names: string[] = [];
  let current = node;
  while (current.type !== AST_NODE_TYPES.Identifier) {
    let name: string | undefined;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      name = staticKeyName(current.property, current.computed);
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.TSQualifiedName) {
      name = current.right.name;
      current = current.left;
    } else {
      return undefined;
    }
    if (name === undefined || names.length >= MAX_PATH) return undefined;
    names.push(name);
  }
  return { root: current, path: names.reverse() };
}

/** `import * as ns from` or `import ns = require(…)`: a binding whose members are a module's exports. */
function bindsNamespace(variable: TSESLint.Scope.Variable): boolean {
  const definition = variable.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return false;
  const binding = definition.node;
  return (
    binding.type === AST_NODE_TYPES.ImportNamespaceSpecifier ||
    (binding.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      binding.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference)
  );
}

/** A string literal for `name` in the quotes `quote`. */
function quoted(name: string, quote: string): string {
  const body = JSON.stringify(name).slice(1, -1);
  if (quote === '"') return `"${body}"`;
  const unescaped = body.replace(/\\"/g, '"');
  if (quote === '`') return `\`${unescaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
  return `'${unescaped.replace(/'/g, "\\'")}'`;
}

/** `name` written like the key `like`: same quotes for a string or template, bare for an identifier. */
function keyLike(like: TSESTree.Node, name: string): string {
  if (like.type === AST_NODE_TYPES.TemplateLiteral) return quoted(name, '`');
  if (like.type === AST_NODE_TYPES.Literal) return quoted(name, like.raw.startsWith('"') ? '"' : "'");
  return isIdentifierName(name) ? name : quoted(name, "'");
}

/** Renames the member a use reads, keeping `.X` / `['X']` style and quote character. */
function renameMember(use: MemberUse, replacement: string): TSESLint.ReportFixFunction | undefined {
  const { node } = use;
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed || isIdentifierName(replacement)) {
        return (fixer) => fixer.replaceText(node.property, keyLike(node.property, replacement));
      }
      const access = `${node.optional ? '?.' : ''}[${quoted(replacement, "'")}]`;
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

/** How a message names a member: `Mode.UNIFIED`, or `Mode['a-b']` when it is not an identifier. */
function memberText(objectText: string, member: string): string {
  return isIdentifierName(member) ? `${objectText}.${member}` : `${objectText}[${quoted(member, "'")}]`;
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow deprecated enum members, across files and without type information, and replace aliases safely',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        $defs: {
          memberReplacements: {
            type: 'object',
            description: 'Deprecated member → the member to use instead, or `null` when there is none.',
            additionalProperties: { type: ['string', 'null'], minLength: 1 },
          },
        },
        additionalProperties: false,
        properties: {
          enums: {
            type: 'object',
            description:
              'Deprecations for enums you cannot annotate (generated code, packages): enum name → { deprecated member → replacement member or `null` }.',
            additionalProperties: { $ref: '#/items/0/$defs/memberReplacements' },
          },
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      deprecatedMember: '{{member}} is deprecated{{reason}}. Stop using it: no replacement is documented.',
      deprecatedMemberWithReplacement: '{{member}} is deprecated{{reason}}. Use {{replacement}}.',
      replaceMember: 'Replace {{member}} with {{replacement}}; their values may differ, so check the code that depends on it.',
    },
    // Enums and member accesses are found in the JavaScript/TypeScript syntax tree.
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    noteLintedFile(context.physicalFilename, sourceCode);
    const configured = options.enums ?? NO_ENUMS;
    const configuredFor = (enumName: string): ConfiguredMembers | undefined =>
      Object.hasOwn(configured, enumName) ? configured[enumName] : undefined;
    const services = typeServices(sourceCode.parserServices);
    const typedEnumOf = services && createEnumOfMemberName(services);

    const enumDeclarations: TSESTree.TSEnumDeclaration[] = [];
    const enumLikeDeclarators: Array<{ declarator: TSESTree.VariableDeclarator; object: TSESTree.ObjectExpression }> = [];
    /** Local names that may lead to an enum: declared enums and objects, imports, `const` aliases. */
    const leadNames = new Set<string>(Object.keys(configured));
    /** The declarations of those names, whose variables' references are where members are read. */
    const leadDeclarations: TSESTree.Node[] = [];
    const uses: MemberUse[] = [];
    /** With type information, every `a.b` / `A.B` of the file: the checker may see an enum behind any. */
    const memberNodes: Array<TSESTree.MemberExpression | TSESTree.TSQualifiedName> = [];

    function addUse(
      node: MemberUse['node'],
      nameNode: TSESTree.Node,
      member: string | undefined,
      object: TSESTree.Node,
      rootVariable?: TSESLint.Scope.Variable | null,
    ): void {
      if (member === undefined) return;
      const entity = entityPath(object);
      if (entity) uses.push({ node, nameNode, member, object, rootVariable, ...entity });
    }

    /** `root.X`, `root.X.Y`, … up to `MAX_PATH` names: the member reads that start at a reference. */
    function addUsesFrom(root: TSESTree.Identifier, rootVariable: TSESLint.Scope.Variable | null): void {
      let object: TSESTree.Node = root;
      for (let depth = 0; depth <= MAX_PATH; depth++) {
        const parent: TSESTree.Node | undefined = object.parent;
        if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === object) {
          addUse(parent, parent.property, staticKeyName(parent.property, parent.computed), object, rootVariable);
        } else if (parent?.type === AST_NODE_TYPES.TSQualifiedName && parent.left === object) {
          addUse(parent, parent.right, parent.right.name, object, rootVariable);
        } else {
          return;
        }
        object = parent;
      }
    }

    /**
     * Member reads of every name that may lead to an enum, found from the references the scope
     * analysis resolved: a file has far more member expressions than reads of its imports and enums.
     * Configured enum names may also be globals, declared elsewhere or not at all.
     */
    function addLeadUses(): void {
      const leadVariables = new Set(leadDeclarations.flatMap((node) => sourceCode.getDeclaredVariables(node)));
      const globalScope = sourceCode.scopeManager?.globalScope;
      for (const name of Object.keys(configured)) {
        const global = globalScope?.set.get(name);
        if (global) leadVariables.add(global);
      }
      for (const variable of leadVariables) {
        for (const reference of variable.references) {
          if (reference.identifier.type === AST_NODE_TYPES.Identifier) addUsesFrom(reference.identifier, variable);
        }
      }
      for (const reference of globalScope?.through ?? []) {
        const { identifier } = reference;
        if (identifier.type === AST_NODE_TYPES.Identifier && configuredFor(identifier.name)) addUsesFrom(identifier, null);
      }
    }

    // Resolution runs once every declaration is known: a use may precede its enum (types, hoisting).
    function checkUses(): void {
      // Without a name that may lead to an enum, only the checker could find one.
      if (leadNames.size === 0 && !typedEnumOf) return;
      if (typedEnumOf) {
        for (const node of memberNodes) {
          if (node.type === AST_NODE_TYPES.MemberExpression) {
            addUse(node, node.property, staticKeyName(node.property, node.computed), node.object);
          } else {
            addUse(node, node.right, node.right.name, node.left);
          }
        }
      } else {
        addLeadUses();
      }
      if (uses.length === 0) return;
      // Local enums are analyzed when a use reads one: generated modules declare many that nothing reads.
      const localEnumBuilders = new Map<TSESLint.Scope.Variable, () => EnumInfo>();
      const byVariable = new Map<TSESLint.Scope.Variable, TSESTree.TSEnumDeclaration[]>();
      for (const declaration of enumDeclarations) {
        const variable = sourceCode.getDeclaredVariables(declaration)[0];
        if (!variable) continue;
        byVariable.set(variable, [...(byVariable.get(variable) ?? []), declaration]);
      }
      for (const [variable, declarations] of byVariable) {
        localEnumBuilders.set(variable, () => enumFromDeclarations(declarations, sourceCode.text));
      }
      for (const { declarator, object } of enumLikeDeclarators) {
        const variable = sourceCode.getDeclaredVariables(declarator)[0];
        if (variable) localEnumBuilders.set(variable, () => enumFromObject(variable.name, object, sourceCode.text));
      }
      const localEnums = new Map<TSESLint.Scope.Variable, EnumInfo>();
      const localInfos = new Set<EnumInfo>();
      function localEnumOf(variable: TSESLint.Scope.Variable): EnumInfo | undefined {
        let info = localEnums.get(variable);
        const build = info ? undefined : localEnumBuilders.get(variable);
        if (build) {
          info = build();
          localEnums.set(variable, info);
          localInfos.add(info);
        }
        return info;
      }
      const lookup = enumLookupFor(configured, getSettings(context).rootDir);
      const filename = context.physicalFilename;
      const resolved = new Map<TSESLint.Scope.Variable, Map<string, Target | undefined>>();

      /** What a variable binds, following imports, `import X = …` and `const X = …` aliases. */
      function variableTarget(variable: TSESLint.Scope.Variable, hops: number): Target | undefined {
        const local = localEnumOf(variable);
        if (local) return { kind: 'enum', info: local };
        const definition = variable.defs[0];
        if (!definition || hops > MAX_ALIAS_HOPS) return undefined;
        if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding) {
          const binding = definition.node;
          if (binding.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
            const reference = binding.moduleReference;
            if (reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
              return resolveImport(reference.expression.value, '*', filename, lookup) ?? unresolved(undefined);
            }
            return entityTarget(reference, hops + 1);
          }
          if (definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
          const specifier = definition.parent.source.value;
          const importedName = importedNameOf(binding);
          return (
            resolveImport(specifier, importedName, filename, lookup) ??
            unresolved(importedName === '*' || importedName === 'default' ? undefined : importedName)
          );
        }
        if (
          definition.type === TSESLint.Scope.DefinitionType.Variable &&
          definition.parent.kind === 'const' &&
          definition.node.id.type === AST_NODE_TYPES.Identifier &&
          definition.node.init
        ) {
          return entityTarget(definition.node.init, hops + 1);
        }
        return undefined;
      }

      function unresolved(declaredName: string | undefined): Unresolved {
        return { kind: 'unresolved', declaredName };
      }

      /** What `E` / `ns.E` (an expression, or the entity name of `import X = ns.E`) refers to. */
      function entityTarget(node: TSESTree.Node, hops: number): Target | undefined {
        const entity = entityPath(node);
        return entity ? pathTarget(entity.root, entity.path, hops) : undefined;
      }

      function pathTarget(
        root: TSESTree.Identifier,
        path: readonly string[],
        hops: number,
        variable = ASTUtils.findVariable(sourceCode.getScope(root), root),
      ): Target | undefined {
        if (!variable || variable.defs.length === 0) {
          // Globals (ambient `declare enum` in another file, lib types) are known by name only.
          return path.length === 0 && configuredFor(root.name) ? unresolved(root.name) : undefined;
        }
        // `ns.X` reads a module's export, never an enum member: no need to find the module.
        if (path.length === 0 && bindsNamespace(variable)) return undefined;
        const key = path.join('.');
        let byPath = resolved.get(variable);
        if (byPath?.has(key)) return byPath.get(key);
        let target = variableTarget(variable, hops);
        for (const name of path) {
          if (!target || target.kind === 'enum') {
            target = undefined;
            break;
          }
          target =
            target.kind === 'namespace'
              ? (resolveExport(target.file, name, lookup) ?? unresolved(name))
              : unresolved(name);
        }
        if (!byPath) {
          byPath = new Map();
          resolved.set(variable, byPath);
        }
        byPath.set(key, target);
        return target;
      }

      function enumOf(use: MemberUse): EnumInfo | undefined {
        const target = leadNames.has(use.root.name) ? pathTarget(use.root, use.path, 0, use.rootVariable) : undefined;
        if (target?.kind === 'enum') return target.info;
        // The checker sees through what the syntax cannot; it also knows enums of packages.
        const typed = typedEnumOf?.(use.nameNode);
        if (typed) return typed;
        if (target?.kind === 'unresolved' && target.declaredName !== undefined && configuredFor(target.declaredName)) {
          return { name: target.declaredName, kind: 'enum', members: new Map(), ranges: [] };
        }
        return undefined;
      }

      for (const use of uses) {
        const info = enumOf(use);
        if (info) reportUse(use, info, localInfos.has(info));
      }
    }

    function reportUse(use: MemberUse, info: EnumInfo, isLocal: boolean): void {
      const deprecation = deprecationOf(info, use.member, configuredFor(info.name));
      if (!deprecation) return;
      const [start, end] = use.node.range;
      // Aliases inside the enum (`OLD = Enum.OLDER`) define it rather than use it.
      if (isLocal && info.ranges.some(([from, to]) => start >= from && end <= to)) return;
      const objectText = sourceCode.getText(use.object);
      const reason = deprecation.reason === '' ? '' : ` (${deprecation.reason})`;
      const member = memberText(objectText, use.member);
      const { replacement } = deprecation;
      if (replacement === undefined) {
        context.report({ node: use.nameNode, messageId: 'deprecatedMember', data: { member, reason } });
        return;
      }
      const data = { member, reason, replacement: memberText(objectText, replacement) };
      const fix = renameMember(use, replacement);
      context.report({
        node: use.nameNode,
        messageId: 'deprecatedMemberWithReplacement',
        data,
        fix: deprecation.sameValue ? fix : null,
        suggest: !deprecation.sameValue && fix ? [{ messageId: 'replaceMember', data, fix }] : null,
      });
    }

    const listeners: TSESLint.RuleListener = {
      ImportDeclaration(node) {
        leadDeclarations.push(node);
        for (const specifier of node.specifiers) leadNames.add(specifier.local.name);
      },
      TSImportEqualsDeclaration(node) {
        leadDeclarations.push(node);
        leadNames.add(node.id.name);
      },
      TSEnumDeclaration(node) {
        leadDeclarations.push(node);
        enumDeclarations.push(node);
        leadNames.add(node.id.name);
      },
      VariableDeclarator(node) {
        if (node.id.type === AST_NODE_TYPES.ObjectPattern && node.init) {
          for (const property of node.id.properties) {
            if (property.type === AST_NODE_TYPES.Property) {
              addUse(property, property.key, staticKeyName(property.key, property.computed), node.init);
            }
          }
          return;
        }
        if (node.id.type !== AST_NODE_TYPES.Identifier || node.parent.kind !== 'const') return;
        const object = enumLikeObject(node.init);
        if (object) enumLikeDeclarators.push({ declarator: node, object });
        if (object || (node.init && entityPath(node.init))) {
          leadDeclarations.push(node);
          leadNames.add(node.id.name);
        }
      },
      'Program:exit': checkUses,
    };
    // Without the checker, member reads are found from the references of the lead names instead.
    if (!typedEnumOf) return listeners;
    return {
      ...listeners,
      MemberExpression(node) {
        memberNodes.push(node);
      },
      TSQualifiedName(node) {
        memberNodes.push(node);
      },
    };
  },
});
