/**
 * Whether a class of the project keeps state in its instances: a field its methods assign, or a
 * container field its methods change. A module-level instance of such a class is state every
 * request, user and test shares; an instance of a class that is only configured in its
 * constructor (or of a library class, which the rule cannot read) is not reported by default.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ANY_MUTATOR } from './instances.js';
import { propertyLabel } from './labels.js';
import { type ClassNode, className } from './load-time.js';
import { classModuleExports } from './typescript-class-state.js';
import { followExport, followImport, type ExportsReader } from '../../project/module-exports.js';
import { analyzeProjectText } from '../../project/parse-cache.js';
import { importedName } from '../../ast/import-bindings.js';
import { walkCode } from '../../ast/walk.js';
import { hasWord } from '../../util/text-words.js';

/** The first sign of per-instance state: `count` is assigned in `increment()`. */
export interface ClassState {
  field: string;
  change: 'assigned' | 'changed';
  /** `increment()`, `Counter.increment()` when the class has a name. */
  where: string;
}

/** `null`: a class without state the rule can see. */
type StateOfClass = ClassState | null;

/**
 * The state of `classNode`'s instances, looking at its own members only (not its base class). The
 * classes of other modules are read by typescript-class-state.ts, which follows this reading.
 */
export function stateOfClass(classNode: ClassNode): ClassState | undefined {
  const owner = className(classNode);
  for (const member of classNode.body.body) {
    const body = instanceCode(member);
    if (!body || member.type === AST_NODE_TYPES.StaticBlock || member.type === AST_NODE_TYPES.TSIndexSignature) {
      continue;
    }
    const key = propertyLabel(member.key, member.computed) ?? 'a method';
    const change = firstFieldChange(body);
    if (change) return { ...change, where: `${owner ? `${owner}.` : ''}${key}()` };
  }
  return undefined;
}

/** The code of a member that runs on an instance after construction: methods, accessors, arrow fields. */
function instanceCode(member: TSESTree.ClassElement): TSESTree.Node | undefined {
  if (member.type === AST_NODE_TYPES.MethodDefinition) {
    return member.static || member.kind === 'constructor' ? undefined : (member.value.body ?? undefined);
  }
  if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && member.value) {
    const { value } = member;
    if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) {
      return value.body;
    }
  }
  return undefined;
}

/** The first `this.field` assignment or container change in `body`, where `this` is the instance. */
function firstFieldChange(body: TSESTree.Node): Omit<ClassState, 'where'> | undefined {
  let found: Omit<ClassState, 'where'> | undefined;
  walkCode(body, (node) => {
    // `this` means something else inside a non-arrow function or a nested class.
    if (node !== body && (isNonArrowFunction(node) || isClass(node))) return 'skip';
    found = fieldChangeAt(node);
    return found ? 'stop' : undefined;
  });
  return found;
}

function isNonArrowFunction(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration;
}

function isClass(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ClassExpression || node.type === AST_NODE_TYPES.ClassDeclaration;
}

function fieldChangeAt(node: TSESTree.Node): Omit<ClassState, 'where'> | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return changeOf(node.left);
    case AST_NODE_TYPES.UpdateExpression:
      return changeOf(node.argument);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'delete' ? changeOf(node.argument, true) : undefined;
    case AST_NODE_TYPES.CallExpression: {
      const { callee } = node;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
      const method = propertyLabel(callee.property, false);
      if (!method || !ANY_MUTATOR.has(method)) return undefined;
      const field = thisField(callee.object);
      return field ? { field, change: 'changed' } : undefined;
    }
    default:
      return undefined;
  }
}

/** A write to `target`: `this.x = …` assigns `x`; `this.x.y = …`, `this.x[k] = …` change it. */
function changeOf(target: TSESTree.Node, deleting = false): Omit<ClassState, 'where'> | undefined {
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const direct = thisField(target);
  if (direct) return { field: direct, change: deleting ? 'changed' : 'assigned' };
  for (
    let object: TSESTree.Node = target.object;
    object.type === AST_NODE_TYPES.MemberExpression;
    object = object.object
  ) {
    const field = thisField(object);
    if (field) return { field, change: 'changed' };
  }
  return undefined;
}

/** `x` for `this.x` (or `this.#x`), else `undefined`. */
function thisField(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression)
    return undefined;
  return propertyLabel(node.property, node.computed);
}

function readerFor(rootDir: string): ExportsReader<StateOfClass> {
  return (file) =>
    analyzeProjectText(file, rootDir, 'ssot:class-state', (text) =>
      // A module that neither declares a class nor re-exports one cannot answer.
      hasWord(text, 'class') || hasWord(text, 'export') ? classModuleExports(text, file) : undefined,
    );
}

/**
 * What a module-level `new` of `callee` creates, when it is a class of the project: the state of
 * its instances (`null` for none), or `undefined` when the class is not declared in the project
 * (a library, a global, a computed callee), which the rule cannot judge.
 */
export function projectClassState(
  callee: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  rootDir: string,
): StateOfClass | undefined {
  const root = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = ASTUtils.findVariable(sourceCode.getScope(root), root)?.defs[0];
  if (!definition) return undefined;
  const { node } = definition;
  if (callee === root) {
    if (node.type === AST_NODE_TYPES.ClassDeclaration) return stateOfClass(node) ?? null;
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init?.type === AST_NODE_TYPES.ClassExpression) {
      return stateOfClass(node.init) ?? null;
    }
  }
  if (
    definition.type !== TSESLint.Scope.DefinitionType.ImportBinding ||
    definition.parent.type !== AST_NODE_TYPES.ImportDeclaration ||
    (node.type !== AST_NODE_TYPES.ImportSpecifier &&
      node.type !== AST_NODE_TYPES.ImportDefaultSpecifier &&
      node.type !== AST_NODE_TYPES.ImportNamespaceSpecifier)
  ) {
    return undefined;
  }
  const specifier = definition.parent.source.value;
  const read = readerFor(rootDir);
  let end = followImport(specifier, importedName(node), filename, rootDir, read);
  if (end?.kind === 'namespace' && callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    const member = propertyLabel(callee.property, false);
    end = member ? followExport(end.file, member, rootDir, read) : undefined;
  }
  return end?.kind === 'declared' ? end.value : undefined;
}
