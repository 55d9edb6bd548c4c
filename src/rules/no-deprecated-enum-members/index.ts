import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { noteLintedFile } from '../../project/fs-cache.js';
import { getSettings } from '../../project/settings.js';
import { memberAccessText, renameMember } from '../../fix/member-rename.js';
import { enumLookupFor } from './resolution.js';
import { createEnumOfMemberName, typeServices } from './enum-types.js';
import { enumLikeObject } from './enum-declarations.js';
import type { EnumInfo } from './enum-info.js';
import { deprecationOf, type ConfiguredMembers } from './deprecation.js';
import { accessUse, destructuringUses, entityPath, leadUses, type MemberUse } from './member-uses.js';
import { createEnumOfUse, localEnums, type EnumLikeDeclarator } from './enum-of-use.js';

export interface NoDeprecatedEnumMembersOptions {
  /** Enum name → deprecated member → replacement member, or `null` when there is none. */
  enums?: Record<string, Record<string, string | null>>;
}

export type Options = [NoDeprecatedEnumMembersOptions];
export type MessageIds =
  'deprecatedMember' | 'deprecatedMemberWithReplacement' | 'deprecatedMemberOtherValue' | 'replaceMember';

export const RULE_NAME = 'no-deprecated-enum-members';

/** The `enums` option when absent: one object, so that every file shares one enum lookup. */
const NO_ENUMS: Readonly<Record<string, Record<string, string | null>>> = Object.freeze({});

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
      deprecatedMemberOtherValue:
        '{{member}} is deprecated{{reason}}. Use {{replacement}} (different value: {{values}}, not fixed automatically).',
      replaceMember:
        'Replace {{member}} with {{replacement}}; their values may differ, so check the code that depends on it.',
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
    const isConfigured = (enumName: string): boolean => configuredFor(enumName) !== undefined;
    const services = typeServices(sourceCode.parserServices);
    const typedEnumOf = services && createEnumOfMemberName(services);

    const enumDeclarations: TSESTree.TSEnumDeclaration[] = [];
    const enumLikeDeclarators: EnumLikeDeclarator[] = [];
    /** Local names that may lead to an enum: declared enums and objects, imports, `const` aliases. */
    const leadNames = new Set<string>(Object.keys(configured));
    /** The declarations of those names, whose variables' references are where members are read. */
    const leadDeclarations: TSESTree.Node[] = [];
    const uses: MemberUse[] = [];
    /** With type information, every `a.b` / `A.B` of the file: the checker may see an enum behind any. */
    const memberNodes: (TSESTree.MemberExpression | TSESTree.TSQualifiedName)[] = [];

    // Resolution runs once every declaration is known: a use may precede its enum (types, hoisting).
    function checkUses(): void {
      // Without a name that may lead to an enum, only the checker could find one.
      if (leadNames.size === 0 && !typedEnumOf) return;
      if (typedEnumOf) {
        for (const node of memberNodes) {
          const use = accessUse(node, sourceCode);
          if (use) uses.push(use);
        }
      } else {
        for (const use of leadUses(sourceCode, leadDeclarations, Object.keys(configured), isConfigured)) uses.push(use);
      }
      if (uses.length === 0) return;
      const locals = localEnums(sourceCode, enumDeclarations, enumLikeDeclarators);
      const enumOf = createEnumOfUse({
        sourceCode,
        filename: context.physicalFilename,
        lookup: enumLookupFor(configured, getSettings(context).rootDir),
        locals,
        leadNames,
        isConfigured,
        typedEnumOf,
      });
      for (const use of uses) {
        const info = enumOf(use);
        if (info) reportUse(use, info, locals.isLocal(info));
      }
    }

    function reportUse(use: MemberUse, info: EnumInfo, isLocal: boolean): void {
      // `E[2]` of a numeric enum reads the reverse mapping (a name), not a member.
      if (use.keyForm === 'index' && info.kind === 'enum') return;
      const deprecation = deprecationOf(info, use.member, configuredFor(info.name));
      if (!deprecation) return;
      const [start, end] = use.node.range;
      // Aliases inside the enum (`OLD = Enum.OLDER`) define it rather than use it.
      if (isLocal && info.ranges.some(([from, to]) => start >= from && end <= to)) return;
      const objectText = sourceCode.getText(use.object);
      const reason = deprecation.reason === '' ? '' : ` (${deprecation.reason})`;
      const member = memberAccessText(objectText, use.member);
      const { replacement } = deprecation;
      if (replacement === undefined) {
        context.report({ node: use.nameNode, messageId: 'deprecatedMember', data: { member, reason } });
        return;
      }
      const data = { member, reason, replacement: memberAccessText(objectText, replacement) };
      // A key a constant holds (`E[key]`) is changed where the constant is declared, not here.
      const fix = use.keyForm === 'held' ? undefined : renameMember(use.node, replacement);
      const { differentValues } = deprecation;
      context.report({
        node: use.nameNode,
        messageId: differentValues === undefined ? 'deprecatedMemberWithReplacement' : 'deprecatedMemberOtherValue',
        data: { ...data, values: differentValues ?? '' },
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
        if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const use of destructuringUses(node)) uses.push(use);
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
