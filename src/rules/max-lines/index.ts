import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import picomatch from 'picomatch';
import { countedLines } from './count-lines.js';
import { createRule } from '../../util/create-rule.js';
import { assertValidGlobs, firstMatchingGlob, matchesAny } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { toPosix } from '../../project/paths.js';
import { getSettings, isTestFile, projectPath } from '../../project/settings.js';

export interface MaxLinesOverride {
  /** Globs relative to `rootDir`. */
  files: string[];
  max: number;
}

export interface MaxLinesException {
  /** A path or glob, or a list of them, relative to `rootDir`. */
  files: string | string[];
  /** Why the file may be larger than its limit for now. */
  reason: string;
  /** Ceiling: the file may not grow past this many lines. Without it the exception is unbounded. */
  max?: number;
}

export interface MaxLinesOptions {
  max: number;
  testFilesMax: number;
  skipBlankLines: boolean;
  skipComments: boolean;
  overrides: MaxLinesOverride[];
  exceptions: MaxLinesException[];
  reportUnusedExceptions: boolean;
}

/** As written in a config: every key has a default in `meta.defaultOptions`. */
export type Options = [Partial<MaxLinesOptions>];
export type MessageIds = 'tooLong' | 'exceptionCeilingExceeded' | 'unusedException' | 'lowerCeiling';

export const RULE_NAME = 'max-lines';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Limit the number of lines per file, with a separate limit for test files and reasoned exceptions that may only shrink',
      recommended: true,
    },
    schema: [
      {
        type: 'object',
        $defs: {
          globList: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        },
        additionalProperties: false,
        properties: {
          max: {
            type: 'integer',
            minimum: 0,
            description: 'Maximum number of lines for a file that matches no override and no test glob.',
          },
          testFilesMax: {
            type: 'integer',
            minimum: 0,
            description: 'Maximum number of lines for files matching `settings.ssot.testFiles` (and no override).',
          },
          skipBlankLines: {
            type: 'boolean',
            description: 'Whether lines holding only whitespace are left out of the count.',
          },
          skipComments: {
            type: 'boolean',
            description: 'Whether lines holding only comments are left out of the count.',
          },
          overrides: {
            type: 'array',
            description: 'Limits for areas of the project; the first entry whose globs match a file sets its limit.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                files: {
                  $ref: '#/items/0/$defs/globList',
                  description: 'In `overrides`: a list of globs relative to `rootDir`.',
                },
                max: {
                  type: 'integer',
                  minimum: 0,
                  description: 'In `overrides`: the limit for the matching files.',
                },
              },
              required: ['files', 'max'],
            },
          },
          exceptions: {
            type: 'array',
            description: 'Files allowed past their limit for a stated reason, up to an optional ceiling.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                files: {
                  description: 'In `exceptions`: a path or glob, or a list of them, relative to `rootDir`.',
                  oneOf: [{ type: 'string', minLength: 1 }, { $ref: '#/items/0/$defs/globList' }],
                },
                reason: {
                  type: 'string',
                  minLength: 1,
                  description: 'In `exceptions`: why the file may be larger than its limit for now.',
                },
                max: {
                  type: 'integer',
                  minimum: 0,
                  description: 'In `exceptions`: the ceiling; the file is reported once it grows past this many lines.',
                },
              },
              required: ['files', 'reason'],
            },
          },
          reportUnusedExceptions: {
            type: 'boolean',
            description:
              'Whether to report an exception whose file is back within its limit, or whose ceiling can be lowered.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        max: 500,
        testFilesMax: 300,
        skipBlankLines: true,
        skipComments: true,
        overrides: [],
        exceptions: [],
        reportUnusedExceptions: true,
      },
    ],
    messages: {
      tooLong:
        '{{file}} has {{count}} lines (limit {{limit}} for {{area}}). Split it into smaller files, or list it in the `ssot/max-lines` exceptions with a reason and a ceiling.',
      exceptionCeilingExceeded:
        '{{file}} has {{count}} lines and grew past its exception ceiling of {{ceiling}} ("{{reason}}"). Shrink it back to {{ceiling}} lines or fewer: an exception may only shrink.',
      unusedException:
        '{{file}} has {{count}} lines, within the limit of {{limit}} for {{area}}, so its exception ("{{reason}}") is no longer needed. Remove "{{entry}}" from the `ssot/max-lines` exceptions.',
      lowerCeiling:
        '{{file}} shrank to {{count}} lines but its exception ceiling is still {{ceiling}}. Lower the ceiling to {{count}} so the file cannot grow back.',
    },
    // Comment-only lines are found through JavaScript tokens and comments.
    languages: ['js/js'],
  },
  create(context, [configured]) {
    // meta.defaultOptions supplies every key, so none is missing here.
    const options = configured as MaxLinesOptions;
    const plan = planFor(options);

    const relativePath = projectPath(context);
    const exception = plan.mayHaveException(relativePath) ? exceptionFor(options.exceptions, relativePath) : undefined;
    // Counting skips lines, never adds them: a file with no more raw lines than the smallest limit
    // any file can get needs no limit, no count and no listener.
    if (!exception && context.sourceCode.lines.length <= plan.smallestLimit) return {};

    const displayName = relativePath ?? toPosix(path.relative(context.cwd, context.filename));
    const limit = limitFor(context, options, relativePath);

    function report(messageId: MessageIds, loc: TSESTree.SourceLocation, data: Record<string, string>): void {
      context.report({ loc, messageId, data: { file: displayName, ...data } });
    }

    return {
      Program() {
        const { sourceCode } = context;
        // Counting skips lines, never adds them: a file with few raw lines needs no count at all.
        if (!exception && sourceCode.lines.length <= limit.max) return;

        const lines = countedLines(sourceCode, options);
        const count = lines.length;
        // Formatting numbers is slow next to counting: only for a report.
        const limitData = () => ({ count: formatCount(count), limit: formatCount(limit.max), area: limit.area });

        if (!exception) {
          if (count > limit.max) report('tooLong', pastLimit(sourceCode, lines, limit.max), limitData());
          return;
        }

        const { entry, matchedGlob } = exception;
        const ceiling = entry.max;
        // Whether a stale or loose exception can be blamed on this one file: a glob may cover other
        // files this lint run cannot see, and a shared ceiling must fit all of its files.
        const namesThisFile = !picomatch.scan(matchedGlob).isGlob;
        const soleFile = namesThisFile && toList(entry.files).length === 1;

        if (count <= limit.max) {
          if (options.reportUnusedExceptions && namesThisFile) {
            report('unusedException', firstLine(sourceCode), {
              ...limitData(),
              reason: entry.reason,
              entry: matchedGlob,
            });
          }
        } else if (ceiling !== undefined && count > ceiling) {
          report('exceptionCeilingExceeded', pastLimit(sourceCode, lines, ceiling), {
            count: formatCount(count),
            ceiling: formatCount(ceiling),
            reason: entry.reason,
          });
        } else if (ceiling !== undefined && count < ceiling && options.reportUnusedExceptions && soleFile) {
          report('lowerCeiling', firstLine(sourceCode), { count: formatCount(count), ceiling: formatCount(ceiling) });
        }
      },
    };
  },
});

interface Limit {
  max: number;
  /** The glob (or description) of the area the limit comes from, for messages. */
  area: string;
}

/** Overrides first (in order), then the test-file limit, then the general one. */
function limitFor(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: MaxLinesOptions,
  relativePath: string | undefined,
): Limit {
  for (const override of options.overrides) {
    const glob = firstMatchingGlob(override.files, relativePath);
    if (glob !== undefined) return { max: override.max, area: glob };
  }
  if (isTestFile(context)) {
    const glob = firstMatchingGlob(getSettings(context).testFiles, relativePath);
    return { max: options.testFilesMax, area: glob ?? 'test files' };
  }
  return { max: options.max, area: 'non-test files' };
}

interface MatchedException {
  entry: MaxLinesException;
  matchedGlob: string;
}

function exceptionFor(
  exceptions: readonly MaxLinesException[],
  relativePath: string | undefined,
): MatchedException | undefined {
  for (const entry of exceptions) {
    const matchedGlob = firstMatchingGlob(toList(entry.files), relativePath);
    if (matchedGlob !== undefined) return { entry, matchedGlob };
  }
  return undefined;
}

interface Plan {
  /** The smallest limit of any file: the general one, the test-file one, every override's. */
  smallestLimit: number;
  /** False when no exception can cover the file: one test of every exception glob at once. */
  mayHaveException: (relativePath: string | undefined) => boolean;
}

/** What depends on the options alone, worked out once per options object, its globs checked first. */
const planFor = memoizeByOptions('max-lines: per-options plan', (options: MaxLinesOptions): Plan => {
  assertValidOptionGlobs(options);
  const exceptionGlobs = options.exceptions.flatMap((entry) => toList(entry.files));
  return {
    smallestLimit: Math.min(options.max, options.testFilesMax, ...options.overrides.map((override) => override.max)),
    mayHaveException: (relativePath) => exceptionGlobs.length > 0 && matchesAny(exceptionGlobs, relativePath),
  };
});

/** Every glob option with the option path an error names. */
function assertValidOptionGlobs(options: MaxLinesOptions): void {
  const lists: [string, readonly string[]][] = [
    ...options.overrides.map((override, index): [string, readonly string[]] => [
      `overrides[${index}].files`,
      override.files,
    ]),
    ...options.exceptions.map((entry, index): [string, readonly string[]] => [
      `exceptions[${index}].files`,
      toList(entry.files),
    ]),
  ];
  for (const [option, globs] of lists) assertValidGlobs(globs, RULE_NAME, option);
}

function toList(files: string | readonly string[]): readonly string[] {
  return typeof files === 'string' ? [files] : files;
}

/** From the first counted line past `max` to the end of the file, as core `max-lines` reports. */
function pastLimit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  lines: readonly number[],
  max: number,
): TSESTree.SourceLocation {
  const lastLine = sourceCode.lines.length;
  return {
    start: { line: lines[max] ?? lastLine, column: 0 },
    end: { line: lastLine, column: (sourceCode.lines.at(-1) ?? '').length },
  };
}

function firstLine(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.SourceLocation {
  return { start: { line: 1, column: 0 }, end: { line: 1, column: (sourceCode.lines[0] ?? '').length } };
}

// Not a module-level Intl.NumberFormat: creating one loads locale data, which would cost every
// process that imports the plugin, while only a report needs it.
function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
