/**
 * What the exported names of a project module are, and where re-exported ones come from: the map
 * cross-file rules walk to find the declaration behind an import (`import { X } from './barrel'`
 * → `export * from './x'` → `export class X`). What a declaration *is* (an enum, a class) is
 * decided by the caller's `locals`; this module only follows names.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { importedName } from '../ast/import-bindings.js';
import { nameOfIdentifierOrString } from '../ast/names.js';
import { resolveModule } from './module-resolution.js';

/** Where an exported name of a module comes from. */
export type ExportSource<T> =
  /** Declared in the module as something the caller looks for. */
  | { readonly kind: 'declared'; readonly value: T }
  /** `importedName` is `'*'` for a namespace (`export * as ns from`, or a re-exported `import * as`). */
  | { readonly kind: 'reexport'; readonly specifier: string; readonly importedName: string }
  /** Declared here as something else: the search for the name ends (no `export *` walk). */
  | { readonly kind: 'other' };

export interface ModuleExports<T> {
  readonly exports: ReadonlyMap<string, ExportSource<T>>;
  /** Specifiers of `export * from '…'`, searched in order for names not exported directly. */
  readonly starSpecifiers: readonly string[];
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

/** What an import binds a local name to: the module and the name imported (`'*'` for a namespace). */
export type ImportBindings = ReadonlyMap<string, { readonly specifier: string; readonly importedName: string }>;

/**
 * The table of a module's exports, filled in statement order by a reading of its syntax: this one
 * (ESTree) or typescript-module-exports.ts (TypeScript's tree).
 */
export function exportTable<T>(locals: ReadonlyMap<string, T>, imports: ImportBindings) {
  const exports = new Map<string, ExportSource<T>>();
  const starSpecifiers: string[] = [];
  return {
    /** `export { localName as exportedName }` without `from`, or an exported declaration. */
    local(exportedName: string, localName: string): void {
      if (locals.has(localName)) {
        exports.set(exportedName, { kind: 'declared', value: locals.get(localName) as T });
        return;
      }
      const imported = imports.get(localName);
      exports.set(exportedName, imported ? { kind: 'reexport', ...imported } : { kind: 'other' });
    },
    /** `export { importedName as exportedName } from specifier`; `'*'` for `export * as exportedName`. */
    reexport(exportedName: string, specifier: string, importedName: string): void {
      exports.set(exportedName, { kind: 'reexport', specifier, importedName });
    },
    /** `export * from specifier`. */
    star(specifier: string): void {
      starSpecifiers.push(specifier);
    },
    /** `export default` of something other than a local name: `named` is its own name, if any. */
    default(named: string | undefined, judged: () => T | undefined): void {
      const value = named !== undefined && locals.has(named) ? locals.get(named) : judged();
      exports.set('default', value === undefined ? { kind: 'other' } : { kind: 'declared', value });
    },
    done: (): ModuleExports<T> => ({ exports, starSpecifiers }),
  };
}

/**
 * The exports of `program`. `locals` are the top-level declarations the caller looks for, by local
 * name; `defaultValue` judges an anonymous `export default <expression>` (`export default class {}`).
 */
export function analyzeModuleExports<T>(
  program: TSESTree.Program,
  locals: ReadonlyMap<string, T>,
  defaultValue?: (declaration: TSESTree.ExportDefaultDeclaration['declaration']) => T | undefined,
): ModuleExports<T> {
  const table = exportTable(locals, importBindings(program));

  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const { declaration, source } = statement;
        if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === AST_NODE_TYPES.Identifier) table.local(declarator.id.name, declarator.id.name);
          }
        } else if (declaration && 'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier) {
          table.local(declaration.id.name, declaration.id.name);
        }
        for (const specifier of statement.specifiers) {
          const exportedName = nameOfIdentifierOrString(specifier.exported);
          const localName = nameOfIdentifierOrString(specifier.local);
          if (source) table.reexport(exportedName, source.value, localName);
          else table.local(exportedName, localName);
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported)
          table.reexport(nameOfIdentifierOrString(statement.exported), statement.source.value, '*');
        else table.star(statement.source.value);
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const { declaration } = statement;
        if (declaration.type === AST_NODE_TYPES.Identifier) {
          table.local('default', declaration.name);
          break;
        }
        const named =
          'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier ? declaration.id.name : undefined;
        table.default(named, () => defaultValue?.(declaration));
        break;
      }
      default:
        break;
    }
  }
  return table.done();
}

/** Re-export chains longer than this are either generated barrels gone wrong or cycles. */
const MAX_HOPS = 32;

/** What a followed name ends at: a declaration the caller looks for, or a namespace (`import * as`). */
export type ExportEnd<T> =
  { readonly kind: 'declared'; readonly value: T } | { readonly kind: 'namespace'; readonly file: string };

/** How to read a module's exports: `undefined` when it cannot declare or forward `name`. */
export type ExportsReader<T> = (file: string, name: string) => ModuleExports<T> | undefined;

/**
 * Follows `export { X } from`, `export *`, `export * as ns` and re-exported imports from `file` to
 * the module that declares `name`. `undefined` when the chain leaves the project (`rootDir`), ends
 * at something else, or loops.
 */
export function followExport<T>(
  file: string,
  name: string,
  rootDir: string,
  read: ExportsReader<T>,
  visited = new Set<string>(),
): ExportEnd<T> | undefined {
  const key = `${file}\0${name}`;
  if (visited.has(key) || visited.size > MAX_HOPS) return undefined;
  visited.add(key);
  const analysis = read(file, name);
  if (!analysis) return undefined;
  const source = analysis.exports.get(name);
  if (source?.kind === 'other') return undefined;
  if (source?.kind === 'declared') return source;
  if (source?.kind === 'reexport')
    return followImport(source.specifier, source.importedName, file, rootDir, read, visited);
  // `export *` never re-exports a default export.
  if (name === 'default') return undefined;
  for (const specifier of analysis.starSpecifiers) {
    const target = followImport(specifier, name, file, rootDir, read, visited);
    if (target) return target;
  }
  return undefined;
}

/** What `import { importedName } from specifier` (or `import * as`, for `'*'`) binds in `fromFile`. */
export function followImport<T>(
  specifier: string,
  importedName: string,
  fromFile: string,
  rootDir: string,
  read: ExportsReader<T>,
  visited = new Set<string>(),
): ExportEnd<T> | undefined {
  const file = resolveModule(specifier, fromFile, rootDir);
  if (file === undefined) return undefined;
  return importedName === '*' ? { kind: 'namespace', file } : followExport(file, importedName, rootDir, read, visited);
}
