import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { analyzeModuleExports, type ModuleExports } from '../../project/module-exports.js';
import type { EnumInfo } from './enum-info.js';
import { enumFromDeclarations, enumFromObject, enumLikeObject } from './enum-declarations.js';

/** Which exports of a module are enums, and where the others come from: what cross-file resolution walks. */
export type ModuleEnums = ModuleExports<EnumInfo>;

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

/** The exports of a module that are, or may lead to, enums: what cross-file resolution walks. */
export function analyzeModuleEnums(program: TSESTree.Program, text: string): ModuleEnums {
  return analyzeModuleExports(program, localEnums(program, text));
}
