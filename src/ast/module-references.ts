import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { hasWord } from '../util/text-words.js';

/** The string node naming the module: a literal, or a template without substitutions. */
export type ModuleSourceNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/**
 * Every syntax through which a file names another module, in one place, so that rules agree on
 * what "an import" is. Each reference carries the string node to report on and to fix.
 */
export type ModuleReference =
  /** `import … from 'x'`, `import type …`, side-effect `import 'x'`. */
  | { kind: 'import'; node: TSESTree.ImportDeclaration; source: TSESTree.StringLiteral; specifier: string }
  /** `export { a } from 'x'`, `export type { a } from 'x'`. */
  | { kind: 'export-named'; node: TSESTree.ExportNamedDeclaration; source: TSESTree.StringLiteral; specifier: string }
  /** `export * from 'x'`, `export * as ns from 'x'`. */
  | { kind: 'export-all'; node: TSESTree.ExportAllDeclaration; source: TSESTree.StringLiteral; specifier: string }
  /** `import('x')` with a string or substitution-free template. */
  | { kind: 'dynamic-import'; node: TSESTree.ImportExpression; source: ModuleSourceNode; specifier: string }
  /** `typeof import('x')`, `import('x').Name` in type positions. */
  | { kind: 'import-type'; node: TSESTree.TSImportType; source: TSESTree.StringLiteral; specifier: string }
  /** `require('x')` where `require` is the module system's. */
  | { kind: 'require'; node: TSESTree.CallExpression; source: ModuleSourceNode; specifier: string }
  /** TypeScript `import x = require('x')`. */
  | {
      kind: 'import-equals';
      node: TSESTree.TSImportEqualsDeclaration;
      source: TSESTree.StringLiteral;
      specifier: string;
    }
  /** `vi.mock('x')`, `jest.requireActual('x')` and the other module-mocking calls. */
  | { kind: 'mock'; node: TSESTree.CallExpression; source: ModuleSourceNode; specifier: string; mockApi: string };

/** Module-mocking methods of vitest (`vi`) and jest (`jest`) whose first argument is a module specifier. */
const MOCK_METHODS: Readonly<Record<string, ReadonlySet<string>>> = {
  vi: new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']),
  jest: new Set([
    'mock',
    'doMock',
    'unmock',
    'dontMock',
    'setMock',
    'requireActual',
    'requireMock',
    'createMockFromModule',
  ]),
};

/** Names a call that references a module needs in the text. */
const CALLING_NAMES: readonly string[] = ['require', ...Object.keys(MOCK_METHODS)];

/** Whether the text may hold a call that references a module: one of the names, or an escape that could spell one (`\u0072equire`). */
function mayCallModules(text: string): boolean {
  return text.includes('\\u') || CALLING_NAMES.some((name) => hasWord(text, name));
}

/** The specifier a string or substitution-free template spells, or `undefined` for anything else. */
export function staticSpecifier(
  node: TSESTree.Node | undefined,
): { source: ModuleSourceNode; specifier: string } | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    return { source: node, specifier: node.value };
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    const cooked = node.quasis[0]?.value.cooked;
    if (typeof cooked === 'string') return { source: node, specifier: cooked };
  }
  return undefined;
}

function mockApiOf(callee: TSESTree.Expression): string | undefined {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  if (callee.object.type !== AST_NODE_TYPES.Identifier || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const methods = MOCK_METHODS[callee.object.name];
  return methods?.has(callee.property.name) ? `${callee.object.name}.${callee.property.name}` : undefined;
}

/** A `require` the file declares itself (parameter, variable, import) is not the module system's. */
function isShadowedRequire(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  node: TSESTree.Node,
): boolean {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), 'require');
  return variable !== null && variable.defs.length > 0;
}

/**
 * A listener that calls `onReference` for every module reference of the file. Spread it into a
 * rule's visitor object; it only uses node types that carry module references.
 */
export function moduleReferenceListener(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onReference: (reference: ModuleReference) => void,
): TSESLint.RuleListener {
  const listener: TSESLint.RuleListener = {
    ImportDeclaration(node) {
      onReference({ kind: 'import', node, source: node.source, specifier: node.source.value });
    },
    ExportNamedDeclaration(node) {
      if (node.source) onReference({ kind: 'export-named', node, source: node.source, specifier: node.source.value });
    },
    ExportAllDeclaration(node) {
      onReference({ kind: 'export-all', node, source: node.source, specifier: node.source.value });
    },
    ImportExpression(node) {
      const found = staticSpecifier(node.source);
      if (found) onReference({ kind: 'dynamic-import', node, ...found });
    },
    TSImportType(node) {
      const found = staticSpecifier(node.source);
      if (found?.source.type === AST_NODE_TYPES.Literal) {
        onReference({ kind: 'import-type', node, source: found.source, specifier: found.specifier });
      }
    },
    TSImportEqualsDeclaration(node) {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
      const found = staticSpecifier(reference.expression);
      if (found?.source.type === AST_NODE_TYPES.Literal) {
        onReference({ kind: 'import-equals', node, source: found.source, specifier: found.specifier });
      }
    },
    CallExpression(node) {
      const found = staticSpecifier(node.arguments[0]);
      if (!found) return;
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
        if (node.arguments.length === 1 && !isShadowedRequire(context, node)) {
          onReference({ kind: 'require', node, ...found });
        }
        return;
      }
      const mockApi = mockApiOf(node.callee);
      if (mockApi) onReference({ kind: 'mock', node, ...found, mockApi });
    },
  };
  // Files are full of calls and few of them call `require`, `vi` or `jest`: without those names
  // (or an escape that could spell them) no call is a module reference.
  if (!mayCallModules(context.sourceCode.text)) delete listener.CallExpression;
  return listener;
}
