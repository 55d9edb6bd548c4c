import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { assertValidGlobs, globMatcher, matchesAny } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { projectPath } from '../../project/settings.js';
import { hasWord } from '../../util/text-words.js';
import { InstanceClassifier, mayBeContainer } from './instances.js';
import { factoryName } from './labels.js';
import { LazyStatics } from './lazy-statics.js';
import { type ClassNode, runsAtLoad } from './load-time.js';
import { isUsingDeclaration, storageOf } from './module-state.js';
import { variableFindings } from './variable-findings.js';
import { isDeclarationFile } from '../../project/paths.js';

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

export type MessageIds = 'moduleInstance' | 'lazySingleton' | 'reassignedState' | 'mutatedState';

export const RULE_NAME = 'no-module-singletons';

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
    if (isDeclarationFile(context.filename)) return {};
    const { allowIn, isAllowedClass } = planFor(options);
    // projectPath also validates settings.ssot, which every rule must do.
    if (matchesAny(allowIn, projectPath(context))) return {};

    const { sourceCode } = context;
    const checkMutableState = options.checkMutableState !== false;
    const hint = options.message ? ` ${options.message}` : '';
    const classifier = new InstanceClassifier(sourceCode, isAllowedClass);
    const lazyStatics = new LazyStatics(sourceCode, classifier);

    /** Declarators whose initial value was already reported as an instance. */
    const reportedDeclarators = new Set<TSESTree.Node>();
    const stateCandidates: TSESTree.VariableDeclarator[] = [];

    const moduleListeners: TSESLint.RuleListener = {
      NewExpression(node) {
        if (!runsAtLoad(node)) return;
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
        const unreported = stateCandidates.filter((declarator) => !reportedDeclarators.has(declarator));
        const findings = [
          ...variableFindings(unreported, { sourceCode, classifier, checkMutableState }),
          ...lazyStatics.findings(),
        ];
        for (const { messageId, data, ...place } of findings)
          context.report({ ...place, messageId, data: { ...data, hint } });
      },
    };
    // Lazy statics (`static instance`, `this.instance ??= new …`) need a class, and most files have
    // none: the listeners on every assignment and member expression are only worth it with one.
    // (`class` is a keyword: no escape can spell it.)
    if (!hasWord(sourceCode.text, 'class')) return moduleListeners;

    return {
      ...moduleListeners,
      'ClassDeclaration, ClassExpression'(node: ClassNode) {
        lazyStatics.noteClass(node);
      },
      AssignmentExpression(node) {
        lazyStatics.noteAssignment(node);
      },
      // Returned members (`return this.instance`), found from the returns: far fewer than members.
      ReturnStatement(node) {
        if (node.argument) lazyStatics.noteReturnedValue(node.argument);
      },
      ArrowFunctionExpression(node) {
        if (node.body.type !== AST_NODE_TYPES.BlockStatement) lazyStatics.noteReturnedValue(node.body);
      },
    };
  },
});

interface Plan {
  allowIn: readonly string[];
  isAllowedClass: (name: string) => boolean;
}

/** What depends on the options alone, once per options object; a bad glob names its option. */
const planFor = memoizeByOptions(
  'no-module-singletons: per-options plan',
  (options: NoModuleSingletonsOptions): Plan => {
    const allowClasses = options.allowClasses ?? [];
    assertValidGlobs(allowClasses, RULE_NAME, 'allowClasses');
    const allowIn = options.allowIn ?? [];
    assertValidGlobs(allowIn, RULE_NAME, 'allowIn');
    return { allowIn, isAllowedClass: globMatcher(allowClasses) };
  },
);
