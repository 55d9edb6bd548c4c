import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { importedName } from '../../ast/import-bindings.js';
import { nameOfIdentifierOrString } from '../../ast/names.js';
import type { EnumInfo } from './enum-info.js';
import { enumFromDeclarations, enumFromObject, enumLikeObject } from './enum-declarations.js';

/** Which exports of a module are enums, and where the others come from: what cross-file resolution walks. */

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
          const exportedName = nameOfIdentifierOrString(specifier.exported);
          const localName = nameOfIdentifierOrString(specifier.local);
          if (source) exports.set(exportedName, { kind: 'reexport', specifier: source.value, importedName: localName });
          else exportLocal(exportedName, localName);
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported) {
          exports.set(nameOfIdentifierOrString(statement.exported), {
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
