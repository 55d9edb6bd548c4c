import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isTypeWrapper } from '../../ast/expressions.js';

/**
 * Whether a module runs code of its own when it is loaded: a call, an assignment, a side-effect
 * import (`import './polyfill'`), a decorator or a static block at its top level. When a fix takes a
 * file's last reference to such a module away (every name the file imported from it moved), the file
 * no longer loads it, and whatever the module did at load would not happen for it any more: that
 * change is only suggested. Declarations, imports of names, re-exports and literal values run nothing.
 */

/** Expressions that compute a value without calling, assigning or awaiting anything. */
function isInert(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    case AST_NODE_TYPES.ClassExpression:
      return isInertClass(node);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(isInert);
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => isInert(element));
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every((property) =>
        property.type === AST_NODE_TYPES.SpreadElement
          ? isInert(property.argument)
          : (!property.computed || isInert(property.key)) && isInert(property.value),
      );
    case AST_NODE_TYPES.SpreadElement:
      return isInert(node.argument);
    case AST_NODE_TYPES.MemberExpression:
      return isInert(node.object) && (!node.computed || isInert(node.property));
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator !== 'delete' && isInert(node.argument);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return isInert(node.left) && isInert(node.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return isInert(node.test) && isInert(node.consequent) && isInert(node.alternate);
    default:
      return isTypeWrapper(node) && isInert(node.expression);
  }
}

/** A class whose definition runs nothing: no decorators, static blocks, or static fields computed by calls. */
function isInertClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  if (node.decorators.length > 0 || !isInert(node.superClass)) return false;
  return node.body.body.every((member) => {
    if (member.type === AST_NODE_TYPES.StaticBlock) return false;
    if ('decorators' in member && member.decorators.length > 0) return false;
    if (member.type === AST_NODE_TYPES.PropertyDefinition && member.static) return isInert(member.value);
    return true;
  });
}

function isInertDeclaration(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      return node.declarations.every((declarator) => isInert(declarator.init));
    case AST_NODE_TYPES.ClassDeclaration:
      return isInertClass(node);
    case AST_NODE_TYPES.TSEnumDeclaration:
      return node.body.members.every((member) => isInert(member.initializer));
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return true;
    default:
      return isInert(node);
  }
}

function isInertStatement(statement: TSESTree.ProgramStatement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      // `import './polyfill'` is there for what the module does when loaded.
      return statement.specifiers.length > 0 || statement.importKind === 'type';
    case AST_NODE_TYPES.ExportAllDeclaration:
      return true;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration === null || isInertDeclaration(statement.declaration);
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return isInertDeclaration(statement.declaration);
    case AST_NODE_TYPES.ExpressionStatement:
      // Directives (`'use client'`) run nothing.
      return statement.directive !== undefined;
    case AST_NODE_TYPES.TSExportAssignment:
      return isInert(statement.expression);
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return true;
    default:
      return isInertDeclaration(statement);
  }
}

/** Whether `program` runs code of its own when loaded (see the module comment). */
export function hasLoadEffects(program: TSESTree.Program): boolean {
  return !program.body.every(isInertStatement);
}
