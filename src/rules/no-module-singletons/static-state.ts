/**
 * Static fields as module state: a class defined at load time has one static side for the whole
 * process, so `static readonly limiters = new Map()` filled by a method, or `private static
 * handlers = []` reassigned by one, is shared by every importer exactly like a module-level `let`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Container, InstanceClassifier } from './instances.js';
import { describeContainer, propertyLabel } from './labels.js';
import { type ClassNode, className, deferringContainer, runsAtLoad, staticThisClass } from './load-time.js';
import { initialLatchKey, isWrittenOnce, localInit, readsEntryOf, storesOnlyMissing } from './memos.js';
import { mutatesContainer } from './module-state.js';
import { walkCode } from '../../ast/walk.js';

export type StaticFinding = TSESLint.ReportDescriptor<'reassignedState' | 'mutatedState' | 'memo'>;

/** What judging static fields needs from the file and the options. */
export interface StaticCheck {
  sourceCode: Readonly<TSESLint.SourceCode>;
  classifier: InstanceClassifier;
}

interface StaticField {
  definition: TSESTree.PropertyDefinition;
  key: string;
  container: Container | undefined;
}

/** Uses of one static field in code that runs after load. */
interface FieldUses {
  writes: TSESTree.MemberExpression[];
  mutations: TSESTree.MemberExpression[];
}

/**
 * The findings on the static fields of `classNode` (a class defined at load time), except those in
 * `skipKeys` (already reported as lazy singletons).
 */
export function staticFieldFindings(
  classNode: ClassNode,
  skipKeys: ReadonlySet<string>,
  { sourceCode, classifier }: StaticCheck,
): StaticFinding[] {
  if (!runsAtLoad(classNode)) return [];
  const fields = staticFields(classNode, classifier).filter(({ key }) => !skipKeys.has(key));
  if (fields.length === 0) return [];
  const owner = className(classNode);
  const uses = new Map<string, FieldUses>(fields.map((field) => [field.key, { writes: [], mutations: [] }]));
  for (const member of memberUses(classNode, sourceCode)) {
    const key = member.computed ? undefined : propertyLabel(member.property, false);
    const field = key === undefined ? undefined : fields.find((candidate) => candidate.key === key);
    const fieldUses = key === undefined ? undefined : uses.get(key);
    if (!field || !fieldUses || runsAtLoad(member)) continue;
    if (isWrite(member)) fieldUses.writes.push(member);
    else if (field.container && mutatesContainer(member, field.container)) fieldUses.mutations.push(member);
  }
  const findings: StaticFinding[] = [];
  for (const field of fields) {
    const finding = findingFor(field, uses.get(field.key), owner, sourceCode);
    if (finding) findings.push(finding);
  }
  return findings;
}

function findingFor(
  field: StaticField,
  uses: FieldUses | undefined,
  owner: string | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StaticFinding | undefined {
  if (!uses) return undefined;
  const name = owner ? `${owner}.${field.key}` : field.key;
  const node = field.definition.key;
  const [write] = uses.writes;
  if (write) {
    const where = describeContainer(deferringContainer(write) ?? write);
    if (!isWrittenOnce(uses.writes, initialLatchKey(field.definition.value), staticTarget(field.key))) {
      return { node, messageId: 'reassignedState', data: { subject: `Static field '${name}'`, where } };
    }
    return { node, messageId: 'memo', data: { subject: `Static field '${name}'`, where } };
  }
  const [mutation] = uses.mutations;
  if (!mutation || !field.container) return undefined;
  const where = describeContainer(deferringContainer(mutation) ?? mutation);
  const subject = `Static ${field.container.kind} '${name}'`;
  // A keyed memo: entries stored only when missing (`if (!this.cache.has(key)) this.cache.set(…)`).
  const isSelf = staticTarget(field.key);
  const isGuard = (candidate: TSESTree.Node): boolean =>
    readsEntryOf(candidate, isSelf, (local) => localInit(local, sourceCode));
  return {
    node,
    messageId: storesOnlyMissing(uses.mutations, isGuard) ? 'memo' : 'mutatedState',
    data: { subject, where },
  };
}

/** `this.key` or `Name.key`: how code names a static field. */
function staticTarget(key: string): (node: TSESTree.Node) => boolean {
  return (node) =>
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    propertyLabel(node.property, false) === key &&
    (node.object.type === AST_NODE_TYPES.ThisExpression || node.object.type === AST_NODE_TYPES.Identifier);
}

function isWrite(member: TSESTree.MemberExpression): boolean {
  const { parent } = member;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === member;
  return parent.type === AST_NODE_TYPES.UpdateExpression;
}

/** Static fields with a plain key; the container each starts as, if any. */
function staticFields(classNode: ClassNode, classifier: InstanceClassifier): StaticField[] {
  const fields: StaticField[] = [];
  for (const element of classNode.body.body) {
    if (element.type !== AST_NODE_TYPES.PropertyDefinition || !element.static) continue;
    const key = propertyLabel(element.key, element.computed);
    if (key === undefined) continue;
    fields.push({ definition: element, key, container: classifier.containerOf(element.value) });
  }
  return fields;
}

/**
 * The member expressions that may name a static of `classNode`: `this.x` where `this` is the class
 * (static methods, static blocks) and `Name.x` anywhere the class's name reaches.
 */
function memberUses(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.MemberExpression[] {
  const members: TSESTree.MemberExpression[] = [];
  walkCode(classNode.body, (node) => {
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      staticThisClass(node) === classNode
    ) {
      members.push(node);
    }
    return undefined;
  });
  // A class declaration's name is two variables: one around it, one inside its body.
  const { parent } = classNode;
  const variables = [
    ...sourceCode.getDeclaredVariables(classNode),
    ...(parent.type === AST_NODE_TYPES.VariableDeclarator ? sourceCode.getDeclaredVariables(parent) : []),
  ];
  for (const reference of variables.flatMap((variable) => variable.references)) {
    const identifier = reference.identifier;
    if (identifier.parent.type === AST_NODE_TYPES.MemberExpression && identifier.parent.object === identifier) {
      members.push(identifier.parent);
    }
  }
  return members;
}
