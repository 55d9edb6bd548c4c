import { createRule } from '../../util/create-rule.js';
import { childEnvironmentOf } from './child-process.js';
import { envAccessVisitor } from './env-access.js';
import type { EnvAccess, Runtime } from './environments.js';
import { environmentTextTest } from './text-prefilter.js';
import { assertValidGlobs, matchesAny } from '../../project/glob.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { getSettings, projectPath } from '../../project/settings.js';

export type { Runtime } from './environments.js';

export interface NoProcessEnvOptions {
  /** Globs (relative to `rootDir`) of files that may use the environment. Default: `settings.ssot.configModules`. */
  allowIn?: string[];
  /** Variables that may be read anywhere, such as `NODE_ENV`. */
  allowedVariables: string[];
  /** Whether writes to the environment are allowed everywhere. */
  allowWrites: boolean;
  /** Runtimes whose environment API is checked. */
  runtimes: Runtime[];
  /** A hint appended to every message, such as "Import config from '@app/config' instead." */
  message?: string;
}

/** As written in a config: every key but `allowIn` and `message` has a default in `meta.defaultOptions`. */
export type Options = [Partial<NoProcessEnvOptions>];
export type MessageIds =
  'readVariable' | 'readEnvironment' | 'writeVariable' | 'writeEnvironment' | 'changeInTest' | 'childEnvironment';

export const RULE_NAME = 'no-process-env';

export const RUNTIMES: readonly Runtime[] = ['node', 'vite', 'bun', 'deno'];

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Read and write the environment only inside configuration modules',
      recommended: true,
    },
    schema: [
      {
        type: 'object',
        $defs: {
          nameList: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
        properties: {
          allowIn: {
            $ref: '#/items/0/$defs/nameList',
            description:
              'Globs (relative to `rootDir`) of the files that may use the environment. Default: `settings.ssot.configModules`.',
          },
          allowedVariables: {
            $ref: '#/items/0/$defs/nameList',
            description: 'Variables that may be read anywhere, such as `NODE_ENV`. Writing them is still reported.',
          },
          allowWrites: {
            type: 'boolean',
            description: 'Whether writes to the environment are allowed everywhere (reads are still checked).',
          },
          runtimes: {
            type: 'array',
            description:
              'Runtimes whose environment API is checked: `node` (`process.env`), `vite` (`import.meta.env`), `bun` (`Bun.env`), `deno` (`Deno.env`).',
            items: { type: 'string', enum: [...RUNTIMES] },
            minItems: 1,
            uniqueItems: true,
          },
          message: {
            type: 'string',
            minLength: 1,
            description: 'A hint appended to every message, such as "Import config from \'@app/config\' instead."',
          },
        },
      },
    ],
    defaultOptions: [{ allowedVariables: [], allowWrites: false, runtimes: ['node'] }],
    messages: {
      readVariable: 'Read {{name}} through {{allowed}}, not {{source}}.{{hint}}',
      readEnvironment: 'Read environment variables through {{allowed}} instead of using {{source}} here.{{hint}}',
      writeVariable:
        'Set {{name}} in {{allowed}} or in the environment that starts the process, not by writing {{source}} here.{{hint}}',
      writeEnvironment:
        'Change the environment in {{allowed}} or in the environment that starts the process, not by writing {{source}} here.{{hint}}',
      changeInTest:
        'This test changes {{what}} through {{source}}, which every later test in the process sees: stub it with the test runner (vi.stubEnv, restored by vi.unstubAllEnvs) or set it in a test set-up file listed in allowIn.{{hint}}',
      childEnvironment:
        'The child process started here inherits all of {{source}}{{added}}: build its environment in {{allowed}} and pass that here, so what child processes inherit is decided in one place.{{hint}}',
    },
    // Environment access is found through the JavaScript scope analysis.
    languages: ['js/js'],
  },
  create(context, [configured]) {
    // `meta.defaultOptions` has been merged in by now.
    const options = configured as NoProcessEnvOptions;
    const { runtimes, mayAccessEnvironment } = planFor(options);
    // Settings are validated (once per settings object) before any file is skipped.
    const settings = getSettings(context);
    const allowIn = options.allowIn ?? settings.configModules;
    // Most files of a project never name the environment: one pass over the text says so, before
    // any path or glob work.
    if (!mayAccessEnvironment(context.sourceCode.text)) return {};
    // Allowed files need no analysis at all: most files of a project are not config modules, but
    // the few that are read the environment heavily.
    if (matchesAny(allowIn, projectPath(context))) return {};

    const allowedVariables = new Set(options.allowedVariables);
    // In a test, a write or delete is set-up or clean-up: its message says how tests do that.
    const inTest = matchesAny(settings.testFiles, projectPath(context));
    const data = {
      allowed: describeAllowed(allowIn),
      hint: options.message === undefined ? '' : ` ${options.message}`,
    };

    function report(found: EnvAccess): void {
      let access = found;
      if (access.names) {
        // Read through a variable: only the names not allowed are worth a report.
        const names =
          access.kind === 'read' ? access.names.filter((name) => !allowedVariables.has(name)) : access.names;
        if (names.length === 0) return;
        access = { ...access, name: names.join(', ') };
      }
      if (access.kind === 'write' && options.allowWrites) return;
      if (access.kind === 'read' && access.name !== undefined && allowedVariables.has(access.name)) return;
      const named = access.name !== undefined;
      if (access.kind === 'write' && inTest) {
        context.report({
          node: access.node,
          messageId: 'changeInTest',
          data: { source: access.source, what: access.name ?? 'the environment', hint: data.hint },
        });
        return;
      }
      const child = access.kind === 'read' && !named ? childEnvironmentOf(access.node) : undefined;
      if (child) {
        const added = child.added.length > 0 ? ` (and sets ${child.added.join(', ')})` : '';
        context.report({
          node: access.node,
          messageId: 'childEnvironment',
          data: { allowed: data.allowed, hint: data.hint, source: access.source, added },
        });
        return;
      }
      const messageId: MessageIds =
        access.kind === 'write'
          ? named
            ? 'writeVariable'
            : 'writeEnvironment'
          : named
            ? 'readVariable'
            : 'readEnvironment';
      // Only the variable's name goes into the message, never anything that could hold its value.
      context.report({
        node: access.node,
        messageId,
        data: { ...data, source: access.source, name: access.name ?? '' },
      });
    }

    return envAccessVisitor(context, runtimes, report);
  },
});

interface Plan {
  runtimes: ReadonlySet<Runtime>;
  mayAccessEnvironment: (text: string) => boolean;
}

/** What depends on the options alone, worked out once per options object: its `allowIn` globs checked. */
const planFor = memoizeByOptions('no-process-env: per-options plan', (options: NoProcessEnvOptions): Plan => {
  if (options.allowIn) assertValidGlobs(options.allowIn, RULE_NAME, 'allowIn');
  const runtimes = new Set(options.runtimes);
  return { runtimes, mayAccessEnvironment: environmentTextTest(runtimes) };
});

function describeAllowed(globs: readonly string[]): string {
  if (globs.length === 0)
    return 'a configuration module (none is allowed yet: set settings.ssot.configModules or allowIn)';
  return `the configuration ${globs.length === 1 ? 'module' : 'modules'} (${globs.join(', ')})`;
}
