// Every process-wide cache in src/ is registered with the cache registry, so that resetAllCaches
// (called before every test) really empties everything an earlier test may have left behind.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it, vi } from 'vitest';
import '../../src/index.js';
import { registeredCacheNames } from '../../src/project/cache-registry.js';

const srcDir = path.resolve(import.meta.dirname, '../../src');

/** Module-level mutable bindings that are not caches, with the reason they are never reset. */
const NOT_CACHES: Readonly<Record<string, readonly string[]>> = {
  // The registry itself: the resets of the caches, filled once at import.
  'project/cache-registry.ts': ['resetsByName'],
  // Registrations of the caches to empty when a trust window ends, filled once at import.
  'project/fs-cache.ts': ['windowListeners'],
};

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);

/**
 * Whether a module-level declarator holds state that fills up while linting: any `let`, and a
 * `const` that starts as an empty collection or array (a lookup table is built full, and a
 * `Readonly…` type says it is never written).
 */
function isMutableState(kind: string, declarator: TSESTree.VariableDeclarator): boolean {
  if (kind === 'let' || kind === 'var') return true;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  if (
    annotation?.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    annotation.typeName.name.startsWith('Readonly')
  ) {
    return false;
  }
  const init = declarator.init;
  if (init?.type === AST_NODE_TYPES.ArrayExpression) return init.elements.length === 0;
  return (
    init?.type === AST_NODE_TYPES.NewExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    COLLECTIONS.has(init.callee.name) &&
    init.arguments.length === 0
  );
}

interface ModuleState {
  /** Names of the module-level bindings that hold mutable state. */
  bindings: string[];
  /** Source text of the resets the module registers (inline functions, or the functions they name). */
  resets: string[];
}

function moduleStateOf(text: string): ModuleState {
  const program = parse(text, { range: true, jsx: false });
  const bindings: string[] = [];
  const functions = new Map<string, string>();
  const registered: TSESTree.Node[] = [];
  const source = (node: TSESTree.Node): string => text.slice(node.range[0], node.range[1]);
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && isMutableState(declaration.kind, declarator))
          bindings.push(declarator.id.name);
      }
    } else if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      functions.set(declaration.id.name, source(declaration));
    } else if (
      declaration?.type === AST_NODE_TYPES.ExpressionStatement &&
      declaration.expression.type === AST_NODE_TYPES.CallExpression &&
      declaration.expression.callee.type === AST_NODE_TYPES.Identifier &&
      declaration.expression.callee.name === 'registerCache' &&
      declaration.expression.arguments[1]
    ) {
      registered.push(declaration.expression.arguments[1]);
    }
  }
  const resets = registered.map((reset) =>
    reset.type === AST_NODE_TYPES.Identifier ? (functions.get(reset.name) ?? '') : source(reset),
  );
  return { bindings, resets };
}

const sourceFiles = fs
  .readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

describe('cache registry', () => {
  it('has every process-wide cache of the plugin once the plugin is loaded', () => {
    expect([...registeredCacheNames()].sort()).toEqual([
      'canonical-imports: exported names',
      'canonical-imports: shim detection per shims option',
      'canonical-paths: compiled paths options',
      'create-rule: merged options',
      'enum-resolution: lookups per enums option',
      'enum-text: enum declaration patterns',
      'fs-cache: stats, realpaths, trust window and linted files',
      'glob: compiled matchers',
      'glob: validated globs',
      'max-lines: per-options plan',
      'moved-exports: moved names per module',
      'no-duplicate-definitions: definition index per root',
      'no-duplicate-definitions: per-options plan',
      'no-duplicate-definitions: text scans of project files',
      'no-module-singletons: per-options plan',
      'no-process-env: per-options plan',
      'parse-cache: file texts, analyses and syntax trees',
      'project-files: source files per root',
      'project-redirects: answers per importing directory',
      'resolve: tsconfig files and module resolutions',
      'settings: last project path',
      'settings: validated settings',
      'shims: resolved shim chains',
      'workspaces: packages per root',
    ]);
  });

  it('finds the module-level state of a source file and the resets that name it', () => {
    const state = moduleStateOf(`
      const TABLE = new Map([['a', 1]]);
      const FIXED: ReadonlySet<string> = new Set();
      const memo = new Map<string, number>();
      export let counter = 0;
      const pending: string[] = [];
      function clearMemo(): void { memo.clear(); }
      registerCache('memo', clearMemo);
      registerCache('counter', () => { counter = 0; });
    `);
    expect(state.bindings).toEqual(['memo', 'counter', 'pending']);
    expect(state.resets).toEqual(['function clearMemo(): void { memo.clear(); }', '() => { counter = 0; }']);
  });

  it.each(sourceFiles)('src/%s resets every piece of its module-level state', (file) => {
    const { bindings, resets } = moduleStateOf(fs.readFileSync(path.join(srcDir, file), 'utf8'));
    const exempt = NOT_CACHES[file] ?? [];
    const unreset = bindings.filter(
      (name) => !exempt.includes(name) && !resets.some((reset) => new RegExp(String.raw`\b${name}\b`).test(reset)),
    );
    expect(unreset, `module-level state in src/${file} that no registerCache(name, reset) of the file empties`).toEqual(
      [],
    );
  });

  it('refuses a name registered twice, which would leave the first cache behind', async () => {
    vi.resetModules();
    const fresh = await import('../../src/project/cache-registry.js');
    fresh.registerCache('test: twice', () => {});
    expect(() => fresh.registerCache('test: twice', () => {})).toThrow(/"test: twice" is registered twice/);
  });
});
