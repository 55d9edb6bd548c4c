import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../../util/create-rule.js';
import { noteLintedFile } from '../../project/fs-cache.js';
import { compilePathEntries, type PathEntry, type Redirect } from './paths.js';
import { planFix } from './fix-plan.js';
import { moduleReferenceListener, type ModuleReference } from '../../ast/module-references.js';
import { absolutePath } from '../../project/paths.js';
import { redirectsFrom } from './redirects.js';
import { getSettings, projectPath } from '../../project/settings.js';

export type { PathEntry } from './paths.js';

export interface CanonicalImportsOptions {
  /** Modules that must be imported from somewhere else. */
  paths?: PathEntry[];
  /** Detect `@deprecated` re-export shims and send their importers to the module they forward to. */
  shims?: boolean;
  /** Fix what can be fixed without changing behaviour; `false` offers those changes as suggestions. */
  fix?: boolean;
}

export type Options = [CanonicalImportsOptions];
export type MessageIds =
  'shim' | 'shimNotExported' | 'shimCycle' | 'configured' | 'useCanonical' | 'useCanonicalUnchecked';

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
                message: {
                  type: 'string',
                  minLength: 1,
                  description: 'Text appended to the report, e.g. why the module moved.',
                },
              },
              required: ['canonical'],
              // Exactly one of `name` and `file`; the properties themselves are constrained above.
              oneOf: [
                { type: 'object', additionalProperties: true, required: ['name'] },
                { type: 'object', additionalProperties: true, required: ['file'] },
              ],
            },
          },
          shims: {
            type: 'boolean',
            description:
              'Whether to detect shims: `@deprecated` modules that only re-export one module, reported and fixed without configuration.',
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
      shimNotExported:
        "'{{source}}' is a deprecated shim of '{{canonical}}', which package {{package}} does not export. Export it from the package, or import what you need from the package's public entry points.",
      shimCycle:
        "'{{source}}' is a deprecated shim whose re-exports form a cycle ({{cycle}}); make one of these modules the implementation and import from it.",
      configured: "'{{source}}' is not the canonical module; import from '{{canonical}}' instead.{{message}}",
      useCanonical:
        "Import from '{{canonical}}' instead; check that every name used is exported there under the same name.",
      useCanonicalUnchecked:
        "Import from '{{canonical}}' instead; '{{name}}' was not found among its exports, so check that it is exported there.",
    },
    // Module references are found in ESTree import, export and call syntax.
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { rootDir } = getSettings(context);
    const filename = absolutePath(context.physicalFilename, context.cwd);
    const entries = compilePathEntries(options.paths ?? []);
    const shims = options.shims !== false;
    const fixEnabled = options.fix !== false;
    // Only a file inside the project can import project files; elsewhere only `name` entries apply.
    const checksFiles = projectPath(context) !== undefined && (shims || entries.files.length > 0);
    if (entries.names.length === 0 && !checksFiles) return {};
    noteLintedFile(filename, context.sourceCode);
    const redirectFor = redirectsFrom({ fromFile: filename, rootDir, entries, shims, checksFiles });

    function report(reference: ModuleReference, redirect: Redirect): void {
      if (redirect.kind === 'cycle') {
        context.report({
          node: reference.source,
          messageId: 'shimCycle',
          data: { source: reference.specifier, cycle: redirect.cycle },
        });
        return;
      }
      const plan = redirect.specifier === undefined ? undefined : planFix(context.sourceCode, reference, redirect);
      const asFix = plan?.safe === true && fixEnabled;
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
                plan?.unchecked === undefined
                  ? { messageId: 'useCanonical', data: { canonical }, fix: edit }
                  : { messageId: 'useCanonicalUnchecked', data: { canonical, name: plan.unchecked }, fix: edit },
              ]
            : [],
      });
    }

    return moduleReferenceListener(context, (reference) => {
      const redirect = redirectFor(reference.specifier);
      if (redirect) report(reference, redirect);
    });
  },
});
