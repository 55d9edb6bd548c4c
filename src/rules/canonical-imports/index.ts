import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { noteLintedFile } from '../../project/fs-cache.js';
import { compilePathEntries, type MovableRedirect, type PathEntry, type Redirect } from './paths.js';
import { planSplit } from './split-fix.js';
import { namesTaken, planFix } from './fix-plan.js';
import { shimDetection, type ShimOptions } from './shims.js';
import { moduleReferenceListener, type ModuleReference } from '../../ast/module-references.js';
import { absolutePath } from '../../project/paths.js';
import { redirectsFrom } from './redirects.js';
import { MOVED_MESSAGES, reportMoved, type MovedMessageIds } from './report-moved.js';
import { getSettings, projectPath } from '../../project/settings.js';
import { migrationLog } from '../../project/migration-log.js';
import { recordOwnModule, recordReference } from './migration-records.js';

export type { PathEntry } from './paths.js';

export interface CanonicalImportsOptions {
  /** Modules that must be imported from somewhere else. */
  paths?: PathEntry[];
  /**
   * Detect shims (modules that only forward, every name `@deprecated`) and moved exports (single
   * names re-exported as `@deprecated` by a module with code of its own) and send their importers to
   * the modules the names live in; an object also counts calls of deprecation helpers and folders of
   * compat modules as marks.
   */
  shims?: boolean | ShimOptions;
  /** Fix what can be fixed without changing behaviour; `false` offers those changes as suggestions. */
  fix?: boolean;
}

export type Options = [CanonicalImportsOptions];
export type MessageIds =
  | 'shim'
  | 'shimSplit'
  | 'shimNotExported'
  | 'shimCycle'
  | 'configured'
  | 'useCanonical'
  | 'useCanonicalUnchecked'
  | 'useCanonicalBoundary'
  | 'useDefiningModules'
  | MovedMessageIds;

export const RULE_NAME = 'canonical-imports';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require every import to name the canonical module instead of a deprecated shim or a configured legacy path',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          paths: {
            type: 'array',
            description:
              'Modules that must be imported from somewhere else, by specifier (`name`, checked first) or by project file (`file`); the first match wins.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  description:
                    "A module specifier or a glob of specifiers ('rxjs/operators', 'lodash/*'); a plain name also matches its subpaths.",
                },
                file: {
                  type: 'string',
                  minLength: 1,
                  description: 'A project file or glob, relative to `rootDir`, that imports must not resolve to.',
                },
                canonical: {
                  type: 'string',
                  minLength: 1,
                  description:
                    "What to import instead: a specifier for `name` (its '*' and '**' take what the same wildcards of `name` matched), a project file relative to `rootDir` for `file`.",
                },
                importNames: {
                  type: 'object',
                  description:
                    'Exported names that differ in the canonical module, old name → new name; local names are kept.',
                  additionalProperties: { type: 'string', minLength: 1 },
                },
                exports: {
                  type: 'array',
                  description:
                    'Only these exported names moved to `canonical` (with the keys of `importNames`); the module keeps its other names, and references to them stay.',
                  items: { type: 'string', minLength: 1 },
                  uniqueItems: true,
                },
                message: {
                  type: 'string',
                  minLength: 1,
                  description: 'Text appended to the report, e.g. why the module moved.',
                },
              },
              // Exactly one of `name` and `file`: checked when the entries are compiled, where the
              // error can say so in words (a `oneOf` here made ESLint print "should match exactly
              // one schema in oneOf").
              required: ['canonical'],
            },
          },
          shims: {
            description:
              'Whether to detect shims (modules that only forward names from other modules and whose every name is `@deprecated`) and moved exports (names a module with code of its own re-exports as `@deprecated`), reported and fixed without configuration. An object turns detection on and adds marks for compat modules without tags.',
            oneOf: [
              { type: 'boolean', description: '`true` (default): shims are found by their tags; `false`: not at all.' },
              {
                type: 'object',
                description: 'Shims are found by their tags and by these marks.',
                additionalProperties: false,
                properties: {
                  deprecationCalls: {
                    type: 'array',
                    description:
                      "Callees whose call marks a forwarding module as a shim without a tag ('warnDeprecated', 'util.deprecate', 'process.emitWarning').",
                    items: { type: 'string', pattern: '^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*$' },
                    uniqueItems: true,
                  },
                  files: {
                    type: 'array',
                    description:
                      'Globs, relative to `rootDir`, of compat modules: a module there that only forwards is a shim without a tag.',
                    items: { type: 'string', minLength: 1 },
                    uniqueItems: true,
                  },
                },
              },
            ],
          },
          fix: {
            type: 'boolean',
            description: 'Whether behaviour-preserving changes are fixes (`true`) or only suggestions (`false`).',
          },
        },
      },
    ],
    defaultOptions: [{ paths: [], shims: true, fix: true }],
    messages: {
      shim: "'{{source}}' is a deprecated shim of '{{canonical}}'; import from the canonical module.",
      shimSplit:
        "'{{source}}' is a deprecated shim of several modules ({{targets}}); import each name from the module that defines it.",
      shimNotExported:
        "'{{source}}' is a deprecated shim of '{{canonical}}', which package {{package}} does not export. Export it from the package, or import what you need from the package's public entry points.",
      shimCycle:
        "'{{source}}' is a deprecated shim whose re-exports form a cycle ({{cycle}}); make one of these modules the implementation and import from it.",
      configured: "'{{source}}' is not the canonical module; import from '{{canonical}}' instead.{{message}}",
      useCanonical:
        "Import from '{{canonical}}' instead; check that every name used is exported there under the same name.",
      useCanonicalUnchecked:
        "Import from '{{canonical}}' instead; '{{name}}' was not found among its exports, so check that it is exported there.",
      useDefiningModules: 'Import each name from the module that defines it.',
      useCanonicalBoundary:
        "Import from '{{canonical}}' instead; the shim starts with '{{directive}}' and the canonical module does not, so check which side of that boundary this file is on.",
      ...MOVED_MESSAGES,
    },
    // Module references are found in ESTree import, export and call syntax.
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { rootDir } = getSettings(context);
    const filename = absolutePath(context.physicalFilename, context.cwd);
    const entries = compilePathEntries(options.paths ?? []);
    const shims = shimDetection(options.shims ?? true);
    const fixEnabled = options.fix !== false;
    // Only a file inside the project can import project files; elsewhere only `name` entries apply.
    const checksFiles = projectPath(context) !== undefined && (shims !== undefined || entries.files.length > 0);
    if (entries.names.length === 0 && !checksFiles) return {};
    noteLintedFile(filename, context.sourceCode);
    const redirectFor = redirectsFrom({ fromFile: filename, rootDir, entries, shims, checksFiles });
    // Only while ssot-audit listens: what this file is, and what it still references.
    const log = migrationLog();
    const recordContext = { filename, rootDir, entries, shims };
    if (log && checksFiles) recordOwnModule(log, recordContext);

    function report(reference: ModuleReference, found: Redirect): void {
      if (found.kind === 'cycle') {
        context.report({
          node: reference.source,
          messageId: 'shimCycle',
          data: { source: reference.specifier, cycle: found.cycle },
        });
        return;
      }
      if (found.kind === 'moved') {
        reportMoved(context, reference, found, { filename, rootDir, fixEnabled });
        return;
      }
      let redirect = found;
      if (found.split) {
        const names = namesTaken(reference);
        const byName = names && names.length > 0 ? found.split(names) : undefined;
        const [only, ...others] = new Set(byName?.values());
        if (!only || others.length > 0) {
          reportSplit(reference, found, byName);
          return;
        }
        redirect = only;
      }
      const plan = redirect.specifier === undefined ? undefined : planFix(context.sourceCode, reference, redirect);
      const asFix = plan?.safe === true && fixEnabled && redirect.lostDirective === undefined;
      const canonical = redirect.specifier ?? redirect.label;
      const edit = plan ? (fixer: TSESLint.RuleFixer) => plan.edits(fixer) : undefined;
      context.report({
        node: reference.source,
        messageId: redirect.kind === 'configured' ? 'configured' : redirect.unexportedFrom ? 'shimNotExported' : 'shim',
        data: {
          source: reference.specifier,
          canonical,
          message: redirect.message === undefined ? '' : ` ${redirect.message}`,
          package: redirect.unexportedFrom ?? '',
        },
        fix: asFix ? edit : null,
        suggest:
          edit && !asFix
            ? [
                plan?.unchecked !== undefined
                  ? { messageId: 'useCanonicalUnchecked', data: { canonical, name: plan.unchecked }, fix: edit }
                  : redirect.lostDirective !== undefined
                    ? {
                        messageId: 'useCanonicalBoundary',
                        data: { canonical, directive: redirect.lostDirective },
                        fix: edit,
                      }
                    : { messageId: 'useCanonical', data: { canonical }, fix: edit },
              ]
            : [],
      });
    }

    /** A reference to a split shim whose names come from several of its modules, or are not all known. */
    function reportSplit(
      reference: ModuleReference,
      found: MovableRedirect,
      byName: ReadonlyMap<string, MovableRedirect> | undefined,
    ): void {
      const plan = byName && planSplit(context.sourceCode, reference, byName);
      const asFix = plan?.safe === true && fixEnabled;
      const edit = plan ? (fixer: TSESLint.RuleFixer) => plan.edits(fixer) : undefined;
      context.report({
        node: reference.source,
        messageId: 'shimSplit',
        data: { source: reference.specifier, targets: found.label },
        fix: asFix ? edit : null,
        suggest: edit && !asFix ? [{ messageId: 'useDefiningModules', fix: edit }] : [],
      });
    }

    return moduleReferenceListener(context, (reference) => {
      const redirect = redirectFor(reference.specifier);
      if (!redirect) return;
      report(reference, redirect);
      if (log) recordReference(log, reference, redirect, recordContext);
    });
  },
});
