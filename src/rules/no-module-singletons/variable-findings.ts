/**
 * Module-level variables that every importer shares: lazy singletons (a variable deferred code
 * stores a created object in and returns), variables reassigned in functions, and containers
 * mutated in functions.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Container, Creation, InstanceClassifier } from './instances.js';
import { codeLabel, codeNameOf, describeContainer, factoryName, getterSubject } from './labels.js';
import { initialLatchKey, isWrittenOnce, localInit, readsEntryOf, storesOnlyMissing } from './memos.js';
import { deferringContainer } from './load-time.js';
import { STORING_OPERATORS, mutatesContainer } from './module-state.js';
import { isReturned } from './returned-values.js';

export type VariableFinding = TSESLint.ReportDescriptor<
  'lazySingleton' | 'lazySingletonCall' | 'reassignedState' | 'mutatedState' | 'memo'
>;

interface DeferredReference {
  reference: TSESLint.Scope.Reference;
  where: TSESTree.Node;
}

interface LazyWrite extends Creation {
  where: TSESTree.Node;
}

/** What judging module-level variables needs from the file and the options. */
export interface VariableCheck {
  sourceCode: Readonly<TSESLint.SourceCode>;
  classifier: InstanceClassifier;
  checkMutableState: boolean;
}

/** A module-level variable and what deferred code does to it. */
interface Candidate {
  variable: TSESLint.Scope.Variable;
  loc: TSESTree.SourceLocation;
  declarator: TSESTree.VariableDeclarator;
  container: Container | undefined;
  /** Deferred writes (not the declaration); empty for a `const`. */
  writes: DeferredReference[];
}

/** The findings on the variables that `declarators`, all at module level, declare. */
export function variableFindings(
  declarators: readonly TSESTree.VariableDeclarator[],
  check: VariableCheck,
): Map<TSESTree.VariableDeclarator, VariableFinding> {
  const candidates = candidatesOf(declarators, check);
  // Variables written once (memos, latches) may guard other state: `if (loaded) return; … fill(map)`.
  const onceNames = new Set(
    candidates.filter((candidate) => isVariableWrittenOnce(candidate)).map(({ variable }) => variable.name),
  );
  const findings = new Map<TSESTree.VariableDeclarator, VariableFinding>();
  for (const candidate of candidates) {
    if (findings.has(candidate.declarator)) continue;
    const finding = findingFor(candidate, onceNames, check);
    if (finding) findings.set(candidate.declarator, finding);
  }
  return findings;
}

function candidatesOf(declarators: readonly TSESTree.VariableDeclarator[], check: VariableCheck): Candidate[] {
  // A `var` declared twice is one variable, judged once.
  const seen = new Set<TSESLint.Scope.Variable>();
  const candidates: Candidate[] = [];
  for (const declarator of declarators) {
    const reassignable = declarator.parent.kind !== 'const';
    const container =
      declarator.id.type === AST_NODE_TYPES.Identifier ? check.classifier.containerOf(declarator.init) : undefined;
    for (const variable of check.sourceCode.getDeclaredVariables(declarator)) {
      if (seen.has(variable)) continue;
      seen.add(variable);
      const identifier = variable.identifiers[0];
      const loc = identifier ? nameLocation(identifier) : declarator.id.loc;
      // References are looked at lazily, cheapest test first: a module-level variable of a test
      // file may have a thousand reads, and only writes, returns and mutations decide anything.
      const writes = reassignable
        ? deferredWhere(variable.references, (reference) => reference.isWrite() && !reference.init)
        : [];
      candidates.push({ variable, loc, declarator, container, writes });
    }
  }
  return candidates;
}

/** Whether the variable is written at most once after load (see `isWrittenOnce`). */
function isVariableWrittenOnce({ variable, declarator, writes }: Candidate): boolean {
  if (writes.length === 0) return false;
  const isSelf = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.Identifier && node.name === variable.name;
  const initial = variable.defs.length === 1 ? initialLatchKey(declarator.init) : undefined;
  return isWrittenOnce(
    writes.map(({ reference }) => reference.identifier),
    initial,
    isSelf,
  );
}

function findingFor(
  { variable, loc, container, writes }: Candidate,
  onceNames: ReadonlySet<string>,
  { sourceCode, classifier, checkMutableState }: VariableCheck,
): VariableFinding | undefined {
  const { name } = variable;
  if (writes.length > 0) {
    const lazyWrites = writes.flatMap(({ reference, where }) => lazyWrite(reference, where, classifier));
    if (lazyWrites.some(({ created }) => created && classifier.isAllowed(created))) return undefined;
    const once = onceNames.has(name);
    const creating = lazyWrites.find(({ created, creator }) => created ?? creator);
    if (creating && firstDeferred(variable.references, (reference) => isReturned(reference.identifier))) {
      return lazyFinding(name, loc, creating);
    }
    if (!checkMutableState) return undefined;
    const [firstWrite] = writes;
    const where = firstWrite ? describeContainer(firstWrite.where) : 'a function';
    if (once) return { loc, messageId: 'memo', data: { subject: `Module-level variable '${name}'`, where } };
    return { loc, messageId: 'reassignedState', data: { subject: `Module-level variable '${name}'`, where } };
  }
  if (!container || !checkMutableState) return undefined;
  const mutations = deferredWhere(variable.references, (reference) =>
    mutatesContainer(reference.identifier, container),
  );
  const [mutation] = mutations;
  if (!mutation) return undefined;
  const where = describeContainer(mutation.where);
  // A keyed memo stores an entry only when it is missing (or only until a flag says it is filled).
  const isSelf = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === name;
  const isGuard = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.Identifier && onceNames.has(node.name)) ||
    readsEntryOf(node, isSelf, (local) => localInit(local, sourceCode));
  const changes = mutations.map(({ reference }) => reference.identifier);
  if (storesOnlyMissing(changes, isGuard)) {
    return { loc, messageId: 'memo', data: { subject: `Module-level ${container.kind} '${name}'`, where } };
  }
  return { loc, messageId: 'mutatedState', data: { subject: `Module-level ${container.kind} '${name}'`, where } };
}

/** A lazy singleton: a `new` (factory named after its class) or a call that creates a resource. */
function lazyFinding(name: string, loc: TSESTree.SourceLocation, write: LazyWrite): VariableFinding {
  const code = codeNameOf(write.where);
  if (write.creator && !write.created) {
    return { loc, messageId: 'lazySingletonCall', data: { name, where: codeLabel(code), callee: write.creator } };
  }
  return {
    loc,
    messageId: 'lazySingleton',
    data: { name, where: codeLabel(code), factory: factoryName(write.created?.name ?? getterSubject(code) ?? name) },
  };
}

/** A deferred write that stores what it creates (`instance ??= new Foo()`), as a one-element list. */
function lazyWrite(
  reference: TSESLint.Scope.Reference,
  where: TSESTree.Node,
  classifier: InstanceClassifier,
): LazyWrite[] {
  const assignment = reference.identifier.parent;
  if (
    assignment.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.left !== reference.identifier ||
    !STORING_OPERATORS.has(assignment.operator)
  ) {
    return [];
  }
  const lazy = classifier.createdBy(assignment.right);
  return lazy ? [{ ...lazy, where }] : [];
}

/** The references passing `test` that run in deferred code, with the code that defers them. */
function deferredWhere(
  references: readonly TSESLint.Scope.Reference[],
  test: (reference: TSESLint.Scope.Reference) => boolean,
): DeferredReference[] {
  return references.flatMap((reference) => {
    const where = test(reference) ? deferringContainer(reference.identifier) : undefined;
    return where ? [{ reference, where }] : [];
  });
}

/** The first of `deferredWhere(references, test)`, without looking further. */
function firstDeferred(
  references: readonly TSESLint.Scope.Reference[],
  test: (reference: TSESLint.Scope.Reference) => boolean,
): DeferredReference | undefined {
  for (const reference of references) {
    const where = test(reference) ? deferringContainer(reference.identifier) : undefined;
    if (where) return { reference, where };
  }
  return undefined;
}

/** Where the name alone is: TypeScript's Identifier node also spans its type annotation. */
function nameLocation(identifier: TSESTree.Identifier): TSESTree.SourceLocation {
  const { start } = identifier.loc;
  return { start, end: { line: start.line, column: start.column + identifier.name.length } };
}
