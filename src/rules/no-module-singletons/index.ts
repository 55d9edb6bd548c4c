import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { assertValidGlobs, globMatcher, matchesAny } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { getSettings, projectPath } from '../../project/settings.js';
import { hasWord } from '../../util/text-words.js';
import { type ClassState, projectClassState, stateOfClass } from './class-state.js';
import { type Constructor, InstanceClassifier, mayBeContainer } from './instances.js';
import { factoryName } from './labels.js';
import { LazyStatics } from './lazy-statics.js';
import { type ClassNode, runsAtLoad, staticThisClass } from './load-time.js';
import { staticFieldFindings } from './static-state.js';
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
  /** Module-level instances to report: of the project's own classes that keep state, or all. */
  instances?: 'stateful' | 'all';
  /** Also report per-process memos: state set once, the first time it is needed. */
  memos?: boolean;
  /** Also check the files of `settings.ssot.testFiles`. */
  checkTestFiles?: boolean;
  /** Extra hint appended to every message, e.g. where the team's factories live. */
  message?: string;
}

export type Options = [NoModuleSingletonsOptions];

export type MessageIds =
  | 'moduleInstance'
  | 'sharedInstance'
  | 'lazySingleton'
  | 'lazySingletonCall'
  | 'reassignedState'
  | 'mutatedState'
  | 'memo';

export const RULE_NAME = 'no-module-singletons';

/** What the `strict` preset turns on: every module-level instance, memos, and test files. */
export const THOROUGH: NoModuleSingletonsOptions = { instances: 'all', memos: true, checkTestFiles: true };

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow module-level instances, lazy singletons and mutable module state that every importer shares',
      recommended: true,
      strictOptions: [THOROUGH],
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
              'Globs (relative to `settings.ssot.rootDir`) of files where the rule does not apply, such as composition roots (`src/main.ts`, `src/container.ts`).',
          },
          checkMutableState: {
            type: 'boolean',
            description:
              'Whether to report module-level variables reassigned, and module-level arrays, objects, Maps, Sets and static fields changed, by code that runs after the module has loaded.',
          },
          instances: {
            type: 'string',
            enum: ['stateful', 'all'],
            description:
              "Which module-level instances to report: `'stateful'` — of classes declared in the project whose methods assign or change their fields (outside `settings.ssot.configModules`); `'all'` — every instance of a class that is not value-like.",
          },
          memos: {
            type: 'boolean',
            description:
              'Whether to report per-process memos: module state set once, the first time it is needed (`cached ??= read()`, a flag only ever set to `true`).',
          },
          checkTestFiles: {
            type: 'boolean',
            description: 'Whether to check the files matched by `settings.ssot.testFiles`.',
          },
          message: {
            type: 'string',
            description: 'Extra hint appended to every message, e.g. where the project keeps its factories.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        allowClasses: [],
        allowIn: [],
        checkMutableState: true,
        instances: 'stateful',
        memos: false,
        checkTestFiles: false,
      },
    ],
    messages: {
      moduleInstance:
        'Module-level instance of {{className}} is shared by every importer, and {{className}} keeps state ({{state}}); create it in a factory (e.g. {{factory}}) or in the composition root.{{hint}}',
      sharedInstance:
        'Module-level instance of {{className}} is shared by every importer; fine when it is only configured while the module loads (the recommended preset does not report it), otherwise create it in the composition root or per request.{{hint}}',
      lazySingleton:
        "Lazy singleton '{{name}}' is created once in {{where}} and then shared by every importer; create it in a factory (e.g. {{factory}}) or in the composition root.{{hint}}",
      lazySingletonCall:
        "Lazy singleton '{{name}}' keeps what {{callee}}() returned on first use in {{where}} and shares it with every importer; call {{callee}}() in the composition root (or per request) and pass the result to the code that needs it.{{hint}}",
      reassignedState:
        '{{subject}} is reassigned in {{where}}, so every importer shares its value; keep it in an object created per request, test or tenant, or pass it as a parameter.{{hint}}',
      mutatedState:
        '{{subject}} is changed in {{where}}, so every importer shares its contents; create it per request, test or tenant (in a factory or the composition root), or pass it as a parameter.{{hint}}',
      memo: '{{subject}} is set once, in {{where}}, and then shared by every importer as a per-process memo; fine when it is the same for every request, user and test (the recommended preset does not report it), otherwise keep it in an object created per request.{{hint}}',
    },
    // Scope analysis and ESTree shapes: JavaScript and TypeScript sources only.
    languages: ['js/js'],
  },
  create(context, [options]) {
    if (isDeclarationFile(context.filename)) return {};
    const { allowIn, isAllowedClass } = planFor(options);
    // projectPath also validates settings.ssot, which every rule must do.
    const relativePath = projectPath(context);
    if (matchesAny(allowIn, relativePath)) return {};
    const settings = getSettings(context);
    if (!options.checkTestFiles && matchesAny(settings.testFiles, relativePath)) return {};

    const { sourceCode } = context;
    const allInstances = options.instances === 'all';
    // Config objects (`export default new Environment()`) are what configuration modules are for.
    const stateOnly = !allInstances && matchesAny(settings.configModules, relativePath);
    const check = {
      sourceCode,
      classifier: new InstanceClassifier(sourceCode, isAllowedClass),
      checkMutableState: options.checkMutableState !== false,
    };
    // Memos are always told apart (a memo is not also reported as an instance), reported on request.
    const reportMemos = options.memos === true;
    const hint = options.message ? ` ${options.message}` : '';
    const lazyStatics = new LazyStatics(sourceCode, check.classifier);
    const classes: ClassNode[] = [];
    const instances: Instance[] = [];
    const stateCandidates: TSESTree.VariableDeclarator[] = [];

    const instanceFinding = ({ node, constructor }: Instance): InstanceFinding | undefined => {
      const className = constructor.name ?? 'an anonymous class';
      const state =
        node.callee.type === AST_NODE_TYPES.ThisExpression
          ? thisClassState(node.callee)
          : projectClassState(node.callee, sourceCode, context.filename, settings.rootDir);
      if (state) {
        const data = { className, state: describeState(state), factory: factoryName(constructor.name ?? 'instance') };
        return { node, messageId: 'moduleInstance', data };
      }
      return allInstances ? { node, messageId: 'sharedInstance', data: { className } } : undefined;
    };

    const moduleListeners: TSESLint.RuleListener = {
      NewExpression(node) {
        if (stateOnly || !runsAtLoad(node)) return;
        const constructor = check.classifier.reportableConstructor(node);
        const storage = constructor && storageOf(node);
        if (constructor && storage) instances.push({ node, constructor, storage });
      },
      VariableDeclarator(node) {
        const declaration = node.parent;
        if (declaration.declare || isUsingDeclaration(node)) return;
        if (declaration.kind === 'const') {
          // Cheapest first: most constants hold no container, and most of the rest are in functions.
          if (node.id.type !== AST_NODE_TYPES.Identifier || !mayBeContainer(node.init)) return;
          if (runsAtLoad(node) && check.classifier.containerOf(node.init)) stateCandidates.push(node);
          return;
        }
        if (runsAtLoad(node)) stateCandidates.push(node);
      },
      'Program:exit'() {
        const variables = variableFindings(stateCandidates, check);
        const { findings: lazy, handledKeys } = lazyStatics.findings();
        const statics = classes.flatMap((classNode) =>
          staticFieldFindings(classNode, handledKeys.get(classNode) ?? new Set(), check),
        );
        // A variable whose contents change is reported as such, not also as an instance.
        const eager = instances.filter(({ storage }) => !variables.has(storage as TSESTree.VariableDeclarator));
        const findings = [
          ...eager.flatMap((instance) => instanceFinding(instance) ?? []),
          ...variables.values(),
          ...lazy,
          ...statics,
        ];
        for (const { messageId, data, ...place } of findings) {
          if (messageId !== 'memo' || reportMemos) context.report({ ...place, messageId, data: { ...data, hint } });
        }
      },
    };
    // Statics (`static instance`, `this.instance ??= new …`, `static handlers = []`) need a class,
    // and most files have none: the listeners on every assignment and return are only worth it with one.
    // (`class` is a keyword: no escape can spell it.)
    if (!hasWord(sourceCode.text, 'class')) return moduleListeners;

    return {
      ...moduleListeners,
      'ClassDeclaration, ClassExpression'(node: ClassNode) {
        lazyStatics.noteClass(node);
        classes.push(node);
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

/** A load-time `new` whose result is kept. */
interface Instance {
  node: TSESTree.NewExpression;
  constructor: Constructor;
  storage: TSESTree.Node;
}

type InstanceFinding = TSESLint.ReportDescriptor<'moduleInstance' | 'sharedInstance'>;

/** `static instance = new this()`: the state of the class itself. */
function thisClassState(callee: TSESTree.ThisExpression): ClassState | undefined {
  const classNode = staticThisClass(callee);
  return classNode && stateOfClass(classNode);
}

/** `its field 'count' is assigned in Counter.increment()`. */
function describeState({ field, change, where }: ClassState): string {
  return `its field '${field}' is ${change} in ${where}`;
}

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
