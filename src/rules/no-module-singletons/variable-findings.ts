/**
 * Module-level variables that every importer shares: lazy singletons (a variable deferred code
 * stores a created object in and returns), variables reassigned in functions, and containers
 * mutated in functions.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Container, Creation, InstanceClassifier } from './instances.js';
import { codeLabel, codeNameOf, describeContainer, factoryName, getterSubject } from './labels.js';
import { deferringContainer } from './load-time.js';
import { STORING_OPERATORS, mutatesContainer } from './module-state.js';
import { isReturned } from './returned-values.js';

export type VariableFinding = TSESLint.ReportDescriptor<'lazySingleton' | 'reassignedState' | 'mutatedState'>;

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

/** The findings on the variables that `declarators`, all at module level, declare. */
export function variableFindings(
  declarators: readonly TSESTree.VariableDeclarator[],
  check: VariableCheck,
): VariableFinding[] {
  // A `var` declared twice is one variable, reported once.
  const reported = new Set<TSESLint.Scope.Variable>();
  const findings: VariableFinding[] = [];
  for (const declarator of declarators) {
    const reassignable = declarator.parent.kind !== 'const';
    const container =
      declarator.id.type === AST_NODE_TYPES.Identifier ? check.classifier.containerOf(declarator.init) : undefined;
    for (const variable of check.sourceCode.getDeclaredVariables(declarator)) {
      if (reported.has(variable)) continue;
      const identifier = variable.identifiers[0];
      const loc = identifier ? nameLocation(identifier) : declarator.id.loc;
      const finding = findingFor(variable, loc, reassignable, container, check);
      if (finding) {
        reported.add(variable);
        findings.push(finding);
      }
    }
  }
  return findings;
}

function findingFor(
  variable: TSESLint.Scope.Variable,
  loc: TSESTree.SourceLocation,
  reassignable: boolean,
  container: Container | undefined,
  { classifier, checkMutableState }: VariableCheck,
): VariableFinding | undefined {
  const { name } = variable;
  // References are looked at lazily, cheapest test first: a module-level variable of a test
  // file may have a thousand reads, and only writes, returns and mutations decide anything.
  // The walk up to the enclosing function is done for those alone.
  const references = variable.references;
  if (reassignable) {
    const writes = deferredWhere(references, (reference) => reference.isWrite() && !reference.init);
    const lazyWrites = writes.flatMap(({ reference, where }) => lazyWrite(reference, where, classifier));
    if (lazyWrites.some(({ created }) => created && classifier.isAllowed(created))) return undefined;
    const firstLazy = lazyWrites[0];
    if (firstLazy && firstDeferred(references, (reference) => isReturned(reference.identifier))) {
      const code = codeNameOf(firstLazy.where);
      const created = lazyWrites.find((write) => write.created?.name)?.created?.name;
      return {
        loc,
        messageId: 'lazySingleton',
        data: { name, where: codeLabel(code), factory: factoryName(created ?? getterSubject(code) ?? name) },
      };
    }
    const firstWrite = writes[0];
    if (firstWrite && checkMutableState) {
      return {
        loc,
        messageId: 'reassignedState',
        data: { name, where: describeContainer(firstWrite.where), factory: factoryName(name) },
      };
    }
  }
  if (!container || !checkMutableState) return undefined;
  const mutation = firstDeferred(references, (reference) => mutatesContainer(reference.identifier, container));
  if (!mutation) return undefined;
  return {
    loc,
    messageId: 'mutatedState',
    data: { kind: container.kind, name, where: describeContainer(mutation.where), factory: factoryName(name) },
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
