/**
 * Lazy statics: a static member of a load-time class that deferred code stores an object in and
 * returns (`static instance`, `return (this.instance ??= new Registry())`), a lazy singleton kept on
 * a class instead of in a variable.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Creation, InstanceClassifier } from './instances.js';
import { describeContainer, factoryName, propertyLabel } from './labels.js';
import { type ClassNode, className, deferringContainer, runsAtLoad, staticThisClass } from './load-time.js';
import { STORING_OPERATORS } from './module-state.js';
import { forEachReturnedValue } from './returned-values.js';

interface StaticMember {
  classNode: ClassNode;
  key: string;
}

interface StaticWrite extends Creation {
  write: TSESTree.AssignmentExpression;
}

type LazyStaticFinding = TSESLint.ReportDescriptor<'lazySingleton' | 'lazySingletonCall'>;

/** What the file does with the statics of one class, by key. */
interface ClassStatics {
  /** The first deferred write that creates what it stores. */
  writes: Map<string, StaticWrite>;
  returned: Set<string>;
  /** Statics that hold an instance of a class in `allowClasses`. */
  exempt: Set<string>;
}

/**
 * Collects, while the file is walked, the classes, the stores into members and the returned
 * members; `findings()` then resolves them to statics, once every class is known.
 */
export class LazyStatics {
  private readonly classNames = new Set<string>();
  private readonly memberAssignments: TSESTree.AssignmentExpression[] = [];
  private readonly returnedMembers: TSESTree.MemberExpression[] = [];

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly classifier: InstanceClassifier,
  ) {}

  noteClass(node: ClassNode): void {
    const name = className(node);
    if (name) this.classNames.add(name);
  }

  noteAssignment(node: TSESTree.AssignmentExpression): void {
    if (STORING_OPERATORS.has(node.operator) && node.left.type === AST_NODE_TYPES.MemberExpression) {
      this.memberAssignments.push(node);
    }
  }

  /** `value` is returned (a `return` argument or an arrow's expression body). */
  noteReturnedValue(value: TSESTree.Node): void {
    forEachReturnedValue(value, this.noteReturnedMember);
  }

  /**
   * The lazy statics of the file, and per class the keys judged here (reported or not); call once,
   * at `Program:exit`.
   */
  findings(): { findings: LazyStaticFinding[]; handledKeys: Map<ClassNode, Set<string>> } {
    // Statics are resolved once every class is known: a getter may precede its class.
    const statics = new Map<ClassNode, ClassStatics>();
    const staticsOf = (classNode: ClassNode): ClassStatics => {
      let found = statics.get(classNode);
      if (!found) {
        found = { writes: new Map(), returned: new Set(), exempt: new Set() };
        statics.set(classNode, found);
      }
      return found;
    };
    for (const assignment of this.memberAssignments) this.recordStaticWrite(assignment, staticsOf);
    for (const member of this.returnedMembers) {
      const target = this.staticMemberOf(member);
      if (target) staticsOf(target.classNode).returned.add(target.key);
    }
    const findings: LazyStaticFinding[] = [];
    const handledKeys = new Map<ClassNode, Set<string>>();
    for (const [classNode, { writes, returned, exempt }] of statics) {
      const handled = new Set(exempt);
      handledKeys.set(classNode, handled);
      for (const [key, write] of writes) {
        // A static kept from a call that creates nothing (`this.data ??= load()`) is judged as a
        // static field: a memo when written once, state otherwise.
        if (!returned.has(key) || exempt.has(key) || !(write.created || write.creator)) continue;
        handled.add(key);
        findings.push(lazyStaticFinding(classNode, key, write));
      }
    }
    return { findings, handledKeys };
  }

  // An arrow: `forEachReturnedValue` calls it for every returned expression, unbound.
  private readonly noteReturnedMember = (node: TSESTree.Node): void => {
    if (node.type !== AST_NODE_TYPES.MemberExpression) return;
    if (node.object.type !== AST_NODE_TYPES.ThisExpression && node.object.type !== AST_NODE_TYPES.Identifier) return;
    if (!runsAtLoad(node)) this.returnedMembers.push(node);
  };

  private recordStaticWrite(
    assignment: TSESTree.AssignmentExpression,
    staticsOf: (classNode: ClassNode) => ClassStatics,
  ): void {
    const lazy = this.classifier.createdBy(assignment.right);
    const member =
      lazy && assignment.left.type === AST_NODE_TYPES.MemberExpression
        ? this.staticMemberOf(assignment.left)
        : undefined;
    if (!lazy || !member) return;
    if (lazy.created && this.classifier.isAllowed(lazy.created)) staticsOf(member.classNode).exempt.add(member.key);
    // At load time (a static block) this is an eager instance, reported where it is created.
    if (runsAtLoad(assignment)) return;
    const { writes } = staticsOf(member.classNode);
    if (!writes.has(member.key)) writes.set(member.key, { ...lazy, write: assignment });
  }

  /** `this.instance` in a static method or `Cache.#instance`, naming a static of a load-time class. */
  private staticMemberOf(member: TSESTree.MemberExpression): StaticMember | undefined {
    const key = member.computed ? undefined : propertyLabel(member.property, false);
    if (!key) return undefined;
    let classNode: ClassNode | undefined;
    if (member.object.type === AST_NODE_TYPES.ThisExpression) {
      classNode = staticThisClass(member);
    } else if (member.object.type === AST_NODE_TYPES.Identifier && this.classNames.has(member.object.name)) {
      const definition = ASTUtils.findVariable(this.sourceCode.getScope(member.object), member.object)?.defs[0];
      if (definition?.node.type === AST_NODE_TYPES.ClassDeclaration) classNode = definition.node;
      else if (definition?.node.type === AST_NODE_TYPES.ClassExpression) classNode = definition.node;
      else if (
        definition?.node.type === AST_NODE_TYPES.VariableDeclarator &&
        definition.node.init?.type === AST_NODE_TYPES.ClassExpression
      ) {
        classNode = definition.node.init;
      }
    }
    return classNode && runsAtLoad(classNode) ? { classNode, key } : undefined;
  }
}

/** Reported at the static's declaration when the class declares it, else at the write. */
function lazyStaticFinding(
  classNode: ClassNode,
  key: string,
  { write, created, creator }: StaticWrite,
): LazyStaticFinding {
  const owner = className(classNode);
  const field = classNode.body.body.find(
    (element): element is TSESTree.AccessorProperty | TSESTree.PropertyDefinition =>
      (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
      element.static &&
      propertyLabel(element.key, element.computed) === key,
  );
  const container = deferringContainer(write);
  const where = container ? describeContainer(container) : 'a function';
  const name = owner ? `${owner}.${key}` : key;
  const node = field ? field.key : write.left;
  if (creator && !created) return { node, messageId: 'lazySingletonCall', data: { name, where, callee: creator } };
  return {
    node,
    messageId: 'lazySingleton',
    data: { name, where, factory: factoryName(created?.name ?? owner ?? key) },
  };
}
