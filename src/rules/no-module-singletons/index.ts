import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { assertValidGlobs, globMatcher, matchesAny } from '../../project/glob.js';
import {
  type ClassNode,
  className,
  deferringContainer,
  runsAtLoad,
  staticThisClass,
} from './load-time.js';
import { codeLabel, codeNameOf, describeContainer, factoryName, getterSubject, propertyLabel } from './labels.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { projectPath } from '../../project/settings.js';
import { hasWord } from '../../util/text-words.js';
import { type Constructor, type Container, InstanceClassifier, mayBeContainer } from './instances.js';
import { STORING_OPERATORS, isUsingDeclaration, mutatesContainer, storageOf } from './module-state.js';
import { forEachReturnedValue, isReturned } from './returned-values.js';

export interface NoModuleSingletonsOptions {
  /** Names or globs of classes whose module-level instances are fine, e.g. `Logger`, `*Schema`. */
  allowClasses?: string[];
  /** Globs (relative to `rootDir`) of composition roots where module-level instances belong. */
  allowIn?: string[];
  /** Also report module-level `let`s reassigned, and containers mutated, inside functions. */
  checkMutableState?: boolean;
  /** Extra hint appended to every message, e.g. where the team's factories live. */
  message?: string;
}

export type Options = [NoModuleSingletonsOptions];

interface DeferredReference {
  reference: TSESLint.Scope.Reference;
  where: TSESTree.Node;
}
export type MessageIds = 'moduleInstance' | 'lazySingleton' | 'reassignedState' | 'mutatedState';

export const RULE_NAME = 'no-module-singletons';

interface StaticMember {
  classNode: ClassNode;
  key: string;
}

interface StaticWrite {
  write: TSESTree.AssignmentExpression;
  created: Constructor | undefined;
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow module-level instances, lazy singletons and mutable module state that every importer shares',
      recommended: true,
    },
    schema: [
      {
        type: 'object',
        $defs: {
          globList: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
        properties: {
          allowClasses: {
            $ref: '#/items/0/$defs/globList',
            description:
              'Names or globs of classes (as written after `new`, e.g. `Logger`, `*Schema`, `pino.Logger`) whose module-level instances are fine.',
          },
          allowIn: {
            $ref: '#/items/0/$defs/globList',
            description:
              'Globs (relative to `settings.ssot.rootDir`) of files where the rule does not apply, such as composition roots (`src/main.ts`, `src/container.ts`). Test files are exempt only when listed.',
          },
          checkMutableState: {
            type: 'boolean',
            description:
              'Whether to report module-level variables reassigned, and module-level arrays, objects, Maps and Sets mutated, inside functions.',
          },
          message: {
            type: 'string',
            description: 'Extra hint appended to every message, e.g. where the project keeps its factories.',
          },
        },
      },
    ],
    defaultOptions: [{ allowClasses: [], allowIn: [], checkMutableState: true }],
    messages: {
      moduleInstance:
        'Module-level instance of {{className}} is shared by every importer; create it in a factory (e.g. {{factory}}) or in the composition root.{{hint}}',
      lazySingleton:
        "Lazy singleton '{{name}}' is created once in {{where}} and then shared by every importer; create it in a factory (e.g. {{factory}}) or in the composition root.{{hint}}",
      reassignedState:
        "Module-level variable '{{name}}' is reassigned in {{where}}, so every importer shares its value; keep the state in an object made by a factory (e.g. {{factory}}) or pass it as a parameter.{{hint}}",
      mutatedState:
        "Module-level {{kind}} '{{name}}' is mutated in {{where}}, so every importer shares its contents; create it in a factory (e.g. {{factory}}) or pass it as a parameter.{{hint}}",
    },
    // Scope analysis and ESTree shapes: JavaScript and TypeScript sources only.
    languages: ['js/js'],
  },
  create(context, [options]) {
    if (/\.d\.[cm]?tsx?$/.test(context.filename)) return {};
    const { allowIn, isAllowedClass } = planFor(options);
    // projectPath also validates settings.ssot, which every rule must do.
    if (matchesAny(allowIn, projectPath(context))) return {};

    const { sourceCode } = context;
    const checkMutableState = options.checkMutableState !== false;
    const hint = options.message ? ` ${options.message}` : '';
    const classifier = new InstanceClassifier(sourceCode, isAllowedClass);

    /** Declarators whose initial value was already reported as an instance. */
    const reportedDeclarators = new Set<TSESTree.Node>();
    const stateCandidates: TSESTree.VariableDeclarator[] = [];
    const classNames = new Set<string>();
    const staticWrites = new Map<ClassNode, Map<string, StaticWrite>>();
    const staticReturns = new Map<ClassNode, Set<string>>();
    const exemptStatics = new Map<ClassNode, Set<string>>();
    const memberAssignments: TSESTree.AssignmentExpression[] = [];
    const returnedMembers: TSESTree.MemberExpression[] = [];

    /** A `new` that runs at load time. */
    function checkNewExpression(node: TSESTree.NewExpression): void {
      const constructor = classifier.reportableConstructor(node);
      if (!constructor) return;
      const storage = storageOf(node);
      if (!storage) return;
      reportedDeclarators.add(storage);
      context.report({
        node,
        messageId: 'moduleInstance',
        data: {
          className: constructor.name ?? 'an anonymous class',
          factory: factoryName(constructor.name ?? 'instance'),
          hint,
        },
      });
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

    function reportState(declarator: TSESTree.VariableDeclarator, reported: Set<TSESLint.Scope.Variable>): void {
      if (reportedDeclarators.has(declarator)) return;
      const reassignable = declarator.parent.kind !== 'const';
      const container = declarator.id.type === AST_NODE_TYPES.Identifier ? classifier.containerOf(declarator.init) : undefined;

      for (const variable of sourceCode.getDeclaredVariables(declarator)) {
        if (reported.has(variable)) continue;
        const name = variable.name;
        const identifier = variable.identifiers[0];
        const loc = identifier ? nameLocation(identifier) : declarator.id.loc;
        // References are looked at lazily, cheapest test first: a module-level variable of a test
        // file may have a thousand reads, and only writes, returns and mutations decide anything.
        // The walk up to the enclosing function is done for those alone.
        const references = variable.references;
        if (reassignable) {
          const writes = deferredWhere(references, (reference) => reference.isWrite() && !reference.init);
          const lazyWrites = writes.flatMap(({ reference, where }) => {
            const assignment = reference.identifier.parent;
            if (
              assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
              assignment.left !== reference.identifier ||
              !STORING_OPERATORS.has(assignment.operator)
            ) {
              return [];
            }
            const lazy = classifier.createdBy(assignment.right);
            return lazy ? [{ ...lazy, where }] : [];
          });
          if (lazyWrites.some(({ created }) => created && classifier.isAllowed(created))) continue;
          const firstLazy = lazyWrites[0];
          if (firstLazy && firstDeferred(references, (reference) => isReturned(reference.identifier))) {
            reported.add(variable);
            const code = codeNameOf(firstLazy.where);
            const created = lazyWrites.find((write) => write.created?.name)?.created?.name;
            context.report({
              loc,
              messageId: 'lazySingleton',
              data: {
                name,
                where: codeLabel(code),
                factory: factoryName(created ?? getterSubject(code) ?? name),
                hint,
              },
            });
            continue;
          }
          const firstWrite = writes[0];
          if (firstWrite && checkMutableState) {
            reported.add(variable);
            context.report({
              loc,
              messageId: 'reassignedState',
              data: { name, where: describeContainer(firstWrite.where), factory: factoryName(name), hint },
            });
            continue;
          }
        }

        if (!container || !checkMutableState) continue;
        const mutation = firstDeferred(references, (reference) => mutatesContainer(reference.identifier, container));
        if (mutation) reportMutation(variable, loc, container, mutation.where);
      }

      function reportMutation(variable: TSESLint.Scope.Variable, loc: TSESTree.SourceLocation, container: Container, where: TSESTree.Node): void {
        reported.add(variable);
        context.report({
          loc,
          messageId: 'mutatedState',
          data: { kind: container.kind, name: variable.name, where: describeContainer(where), factory: factoryName(variable.name), hint },
        });
      }
    }

    function noteReturnedMember(node: TSESTree.Node): void {
      if (node.type !== AST_NODE_TYPES.MemberExpression) return;
      if (node.object.type !== AST_NODE_TYPES.ThisExpression && node.object.type !== AST_NODE_TYPES.Identifier) return;
      if (!runsAtLoad(node)) returnedMembers.push(node);
    }

    /** `this.instance` in a static method or `Cache.#instance`, naming a static of a load-time class. */
    function staticMemberOf(member: TSESTree.MemberExpression): StaticMember | undefined {
      const key = member.computed ? undefined : propertyLabel(member.property, false);
      if (!key) return undefined;
      let classNode: ClassNode | undefined;
      if (member.object.type === AST_NODE_TYPES.ThisExpression) {
        classNode = staticThisClass(member);
      } else if (member.object.type === AST_NODE_TYPES.Identifier && classNames.has(member.object.name)) {
        const definition = ASTUtils.findVariable(sourceCode.getScope(member.object), member.object)?.defs[0];
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

    function addTo<T>(map: Map<ClassNode, T>, key: ClassNode, create: () => T): T {
      let value = map.get(key);
      if (value === undefined) {
        value = create();
        map.set(key, value);
      }
      return value;
    }

    function recordStaticWrite(assignment: TSESTree.AssignmentExpression): void {
      const lazy = classifier.createdBy(assignment.right);
      const member = lazy && assignment.left.type === AST_NODE_TYPES.MemberExpression ? staticMemberOf(assignment.left) : undefined;
      if (!lazy || !member) return;
      if (lazy.created && classifier.isAllowed(lazy.created)) {
        addTo(exemptStatics, member.classNode, () => new Set<string>()).add(member.key);
      }
      // At load time (a static block) this is an eager instance, reported where it is created.
      if (runsAtLoad(assignment)) return;
      const writes = addTo(staticWrites, member.classNode, () => new Map<string, StaticWrite>());
      if (!writes.has(member.key)) writes.set(member.key, { write: assignment, created: lazy.created });
    }

    function reportStaticSingletons(): void {
      for (const [classNode, writes] of staticWrites) {
        const returned = staticReturns.get(classNode);
        const exempt = exemptStatics.get(classNode);
        for (const [key, { write, created }] of writes) {
          if (!returned?.has(key) || exempt?.has(key)) continue;
          const owner = className(classNode);
          const field = classNode.body.body.find(
            (element): element is TSESTree.AccessorProperty | TSESTree.PropertyDefinition =>
              (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
              element.static &&
              propertyLabel(element.key, element.computed) === key,
          );
          const where = deferringContainer(write);
          context.report({
            node: field ? field.key : write.left,
            messageId: 'lazySingleton',
            data: {
              name: owner ? `${owner}.${key}` : key,
              where: where ? describeContainer(where) : 'a function',
              factory: factoryName(created?.name ?? owner ?? key),
              hint,
            },
          });
        }
      }
    }

    const moduleListeners: TSESLint.RuleListener = {
      NewExpression(node) {
        if (runsAtLoad(node)) checkNewExpression(node);
      },
      VariableDeclarator(node) {
        const declaration = node.parent;
        if (declaration.declare || isUsingDeclaration(node)) return;
        if (declaration.kind === 'const') {
          // Cheapest first: most constants hold no container, and most of the rest are in functions.
          if (node.id.type !== AST_NODE_TYPES.Identifier || !mayBeContainer(node.init)) return;
          if (runsAtLoad(node) && classifier.containerOf(node.init)) stateCandidates.push(node);
          return;
        }
        if (runsAtLoad(node)) stateCandidates.push(node);
      },
      'Program:exit'() {
        const reported = new Set<TSESLint.Scope.Variable>();
        for (const declarator of stateCandidates) reportState(declarator, reported);
        // Statics are resolved once every class is known: a getter may precede its class.
        for (const assignment of memberAssignments) recordStaticWrite(assignment);
        for (const member of returnedMembers) {
          const target = staticMemberOf(member);
          if (target) addTo(staticReturns, target.classNode, () => new Set<string>()).add(target.key);
        }
        reportStaticSingletons();
      },
    };
    // Lazy statics (`static instance`, `this.instance ??= new …`) need a class, and most files have
    // none: the listeners on every assignment and member expression are only worth it with one.
    // (`class` is a keyword: no escape can spell it.)
    if (!hasWord(sourceCode.text, 'class')) return moduleListeners;

    return {
      ...moduleListeners,
      'ClassDeclaration, ClassExpression'(node: ClassNode) {
        const name = className(node);
        if (name) classNames.add(name);
      },
      AssignmentExpression(node) {
        if (STORING_OPERATORS.has(node.operator) && node.left.type === AST_NODE_TYPES.MemberExpression) {
          memberAssignments.push(node);
        }
      },
      // Returned members (`return this.instance`), found from the returns: far fewer than members.
      ReturnStatement(node) {
        if (node.argument) forEachReturnedValue(node.argument, noteReturnedMember);
      },
      ArrowFunctionExpression(node) {
        if (node.body.type !== AST_NODE_TYPES.BlockStatement) forEachReturnedValue(node.body, noteReturnedMember);
      },
    };
  },
});

interface Plan {
  allowIn: readonly string[];
  isAllowedClass: (name: string) => boolean;
}

/** What depends on the options alone, once per options object; a bad glob names its option. */
const planFor = memoizeByOptions('no-module-singletons: per-options plan', (options: NoModuleSingletonsOptions): Plan => {
  const allowClasses = options.allowClasses ?? [];
  assertValidGlobs(allowClasses, RULE_NAME, 'allowClasses');
  const allowIn = options.allowIn ?? [];
  assertValidGlobs(allowIn, RULE_NAME, 'allowIn');
  return { allowIn, isAllowedClass: globMatcher(allowClasses) };
});

/** Where the name alone is: TypeScript's Identifier node also spans its type annotation. */
function nameLocation(identifier: TSESTree.Identifier): TSESTree.SourceLocation {
  const { start } = identifier.loc;
  return { start, end: { line: start.line, column: start.column + identifier.name.length } };
}
