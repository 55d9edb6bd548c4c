import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { noteLintedFile } from '../../project/fs-cache.js';
import { assertValidGlobs, matchesAny } from '../../project/glob.js';
import { SOURCE_FOR_OUTPUT_EXTENSION } from '../../project/module-resolution.js';
import { absolutePath, isDeclarationFile, relativeToRoot } from '../../project/paths.js';
import { getSettings, projectPath } from '../../project/settings.js';
import { packageContaining, workspaceOf } from '../../project/workspaces.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { projectDefinitions, type OtherDefinition } from './definition-index.js';
import {
  DEFINITION_KINDS,
  exportedDefinitions,
  exportsSomeName,
  summarize,
  type Definition,
  type DefinitionKind,
  type DefinitionSummary,
} from './definitions.js';
import { areVersionsOfOneModule, similarity } from './likeness.js';

export type { DefinitionKind } from './definitions.js';

export interface NoDuplicateDefinitionsOptions {
  /** Kinds of definitions compared. */
  kinds: DefinitionKind[];
  /** Names (or `*` globs) that modules define on their own by convention: never reported. */
  ignoreNames: string[];
  /** Globs (relative to `rootDir`) of files whose definitions do not count. */
  ignoreFiles: string[];
  /** A name defined in this many modules or more is a per-module convention; 0 turns this off. */
  conventionAt: number;
  /** How alike two declarations' words must be (0 to 1) to be one concept written twice. */
  minSimilarity: number;
  /** `package`: compare within one workspace package; `project`: across the whole `rootDir`. */
  scope: 'package' | 'project';
  /** Whether test files (`settings.ssot.testFiles`) count, as duplicates and as other definitions. */
  checkTestFiles: boolean;
}

export type Options = [Partial<NoDuplicateDefinitionsOptions>];
export type MessageIds = 'duplicate';

export const RULE_NAME = 'no-duplicate-definitions';

/**
 * Names frameworks have each module define on its own (Next.js route handlers and segment config,
 * Remix route modules, React component props, migrations, scripts): measured on real applications,
 * see the rule's doc.
 */
export const CONVENTIONAL_NAMES: readonly string[] = [
  'Props',
  'State',
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'metadata',
  'generateMetadata',
  'generateStaticParams',
  'viewport',
  'loader',
  'action',
  'meta',
  'links',
  'handler',
  'config',
  'getServerSideProps',
  'getStaticProps',
  'getStaticPaths',
  'main',
  'up',
  'down',
];

const KIND_LABELS: Record<DefinitionKind, string> = {
  class: 'Class',
  enum: 'Enum',
  function: 'Function',
  interface: 'Interface',
  type: 'Type',
  const: 'Constant',
};

/** How many other definitions a message names before it says "and N more". */
const NAMED_OTHERS = 3;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Define each exported class, type, function and constant in one module of the project',
      recommended: true,
      strictOptions: [{ scope: 'project', minSimilarity: 0 }],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          kinds: {
            type: 'array',
            items: { type: 'string', enum: [...DEFINITION_KINDS] },
            minItems: 1,
            uniqueItems: true,
            description:
              'Kinds of definitions compared: `class`, `enum`, `function`, `interface`, `type`, and `const` (a constant holding a class, function or object literal).',
          },
          ignoreNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Names (`*` matches any characters) that modules define on their own by convention; they are never reported. Replaces the default list.',
          },
          ignoreFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Globs (relative to `rootDir`) of files whose definitions do not count. Replaces the default list.',
          },
          conventionAt: {
            type: 'integer',
            minimum: 0,
            description:
              'A name defined in this many modules or more (3 at least) is taken for a per-module convention (each tool its `Idle` state) and not reported; 0 reports every count.',
          },
          minSimilarity: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description:
              'How alike two same-named declarations must be to count as one concept written twice: the share of the words of their code they have in common (0 to 1). 0 reports every same-named definition of the same sort.',
          },
          scope: {
            type: 'string',
            enum: ['package', 'project'],
            description:
              '`package` compares definitions within one workspace package (client and server may each declare a `User`); `project` across the whole `rootDir`.',
          },
          checkTestFiles: {
            type: 'boolean',
            description:
              'Whether test files (`settings.ssot.testFiles`) count, as duplicates and as the other definition named in a message.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        kinds: [...DEFINITION_KINDS],
        ignoreNames: [...CONVENTIONAL_NAMES],
        ignoreFiles: [
          '**/*.stories.*',
          '**/dist/**',
          '**/dist-*/**',
          '**/build/**',
          '**/out/**',
          '**/generated/**',
          '**/__generated__/**',
          '**/*.generated.*',
        ],
        conventionAt: 4,
        minSimilarity: 0.3,
        scope: 'package',
        checkTestFiles: false,
      },
    ],
    messages: {
      duplicate:
        '{{kind}} {{name}} is also defined in {{others}}; keep one definition and import it from there (or make the other module a @deprecated re-export of this one).',
    },
    // Definitions are read from the JavaScript syntax tree.
    languages: ['js/js'],
  },
  create(context, [configured]) {
    // `meta.defaultOptions` has been merged in by now.
    const options = configured as NoDuplicateDefinitionsOptions;
    const plan = planFor(options);
    const settings = getSettings(context);
    const { text } = context.sourceCode;
    if (!text.includes('export')) return {};
    const filename = absolutePath(context.physicalFilename, context.cwd);
    const countsAsTest = (file: string | undefined) => !options.checkTestFiles && matchesAny(settings.testFiles, file);

    return {
      Program(program: TSESTree.Program) {
        const { rootDir } = settings;
        noteLintedFile(filename, context.sourceCode);
        const project = projectDefinitions(rootDir);
        // Most names are defined once in the whole project: they rule most modules out before their
        // definitions are told apart, their path is matched or the words of their declarations are read.
        if (!exportsSomeName(program, (name) => project.mayBeDefinedElsewhere(name, filename))) return;
        // Only then where the file lies: outside `rootDir`, or a declaration file, it is not checked.
        const relative = projectPath(context);
        if (relative === undefined || isDeclarationFile(filename)) return;
        // Its exports are named qualified (`Option.map`): a same name elsewhere is another concept.
        if (project.isReadAsNamespace(filename)) return;
        const module = exportedDefinitions(program);
        const shared = new Map(
          [...module.definitions].filter(([name]) => project.mayBeDefinedElsewhere(name, filename)),
        );
        if (shared.size === 0) return;
        if (matchesAny(options.ignoreFiles, relative) || countsAsTest(relative)) return;
        const acceptsFile = comparedFiles(filename, rootDir, {
          isProjectFile: project.has,
          countsAsTest,
          ignoreFiles: options.ignoreFiles,
          scope: options.scope,
        });
        // A name only files this one does not compare with share (generated code, tests, another
        // package) is neither compared here nor, as a rule, asked about by them: its words are not read.
        const compared = new Map(
          [...shared].filter(([name]) => project.mayBeDefinedElsewhere(name, filename, acceptsFile)),
        );
        if (compared.size === 0) return;
        // Kind, words and whether it forwards: compared below, and kept for the files linted after this one.
        const summaries = summarize({ definitions: compared, imports: module.imports }, text, filename);
        project.offerLinted(filename, text, summaries, module.definitions.keys());
        const definitions = [...compared.values()].filter(
          (definition) => plan.kinds.has(definition.kind) && !plan.ignoresName(definition.name),
        );
        if (definitions.length === 0) return;
        const accepts = (definition: Definition) => ({
          file: acceptsFile,
          definition: (found: DefinitionSummary) => found.family === definition.family && plan.kinds.has(found.kind),
        });
        // Enough others to tell a duplicate from a convention; the rest need not be parsed.
        const limit = options.conventionAt === 0 ? Infinity : options.conventionAt - 1;
        for (const definition of definitions) {
          const own = summaries.get(definition.name);
          const sameName = project.othersDefining(definition.name, filename, accepts(definition), limit);
          // A facade that calls the other definition is no second one.
          if (!own || sameName.length === 0 || sameName.length >= limit || own.delegates) continue;
          // Same name, same sort of thing: one concept only when the code is about the same things too.
          const others = sameName.filter(
            (other) =>
              !other.delegates &&
              !areVersionsOfOneModule(filename, other.file) &&
              similarity(own.words, other.words) >= options.minSimilarity,
          );
          if (others.length > 0) report(definition, others);
        }
      },
    };

    function report(definition: Definition, others: readonly OtherDefinition[]): void {
      const named = others.slice(0, NAMED_OTHERS).map((other) => {
        const where = `${relativeToRoot(other.file, settings.rootDir) ?? other.file}:${String(other.line)}`;
        return other.kind === definition.kind ? where : `${where} (${other.kind})`;
      });
      const more = others.length - named.length;
      context.report({
        node: definition.id,
        messageId: 'duplicate',
        data: {
          kind: KIND_LABELS[definition.kind],
          name: definition.name,
          others: more > 0 ? `${named.join(', ')} and ${String(more)} more` : joinAnd(named),
        },
      });
    }
  },
});

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Which other files `filename` compares its definitions with, by their path alone (so that the files
 * ruled out are never read): neither builds, nor tests, nor ignored files, nor another package's.
 * Each file is judged once per linted file.
 */
function comparedFiles(
  filename: string,
  rootDir: string,
  rules: {
    isProjectFile: (file: string) => boolean;
    countsAsTest: (relative: string | undefined) => boolean;
    ignoreFiles: readonly string[];
    scope: NoDuplicateDefinitionsOptions['scope'];
  },
): (other: string) => boolean {
  const packageDir = (file: string) =>
    rules.scope === 'project' ? '' : (packageContaining(workspaceOf(rootDir), file)?.dir ?? '');
  const ownPackage = packageDir(filename);
  const verdicts = new Map<string, boolean>();
  return (other) => {
    let verdict = verdicts.get(other);
    if (verdict === undefined) {
      const otherRelative = relativeToRoot(other, rootDir);
      verdict =
        !isCompiledTwin(other, rules.isProjectFile) &&
        !rules.countsAsTest(otherRelative) &&
        !matchesAny(rules.ignoreFiles, otherRelative) &&
        packageDir(other) === ownPackage;
      verdicts.set(other, verdict);
    }
    return verdict;
  };
}

/** `x.js` beside `x.ts` (`x.mjs` beside `x.mts`…): what tsc emits from it, kept in the tree, not a second definition. */
function isCompiledTwin(file: string, isProjectFile: (file: string) => boolean): boolean {
  const extension = path.extname(file);
  const stem = file.slice(0, -extension.length);
  // The output's own extension is among its sources (a `.js` import may name a `.js` file).
  return (SOURCE_FOR_OUTPUT_EXTENSION[extension] ?? []).some(
    (source) => source !== extension && isProjectFile(stem + source),
  );
}

interface Plan {
  kinds: ReadonlySet<DefinitionKind>;
  ignoresName: (name: string) => boolean;
}

/** What depends on the options alone, once per options object: globs checked, names compiled. */
const planFor = memoizeByOptions(
  'no-duplicate-definitions: per-options plan',
  (options: NoDuplicateDefinitionsOptions): Plan => {
    assertValidGlobs(options.ignoreFiles, RULE_NAME, 'ignoreFiles');
    if (options.conventionAt === 1 || options.conventionAt === 2) {
      // The schema cannot say this in words: a name in two modules is the very thing reported.
      throw new Error(
        `eslint-plugin-ssot: ssot/${RULE_NAME} option "conventionAt" is ${String(options.conventionAt)}: use 0 (no limit) or 3 and more, since a name defined in two modules is what the rule reports.`,
      );
    }
    // Most ignored names are plain names: a set answers them; only patterns with `*` need a matcher.
    const exact = new Set(options.ignoreNames.filter((name) => !name.includes('*')));
    const patterns = options.ignoreNames.filter((name) => name.includes('*'));
    const matches = patterns.length > 0 ? picomatch(patterns) : () => false;
    return { kinds: new Set(options.kinds), ignoresName: (name) => exact.has(name) || matches(name) };
  },
);
