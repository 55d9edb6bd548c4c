import { ESLintUtils } from '@typescript-eslint/utils';
import { PACKAGE_INFO } from '../package-info.js';
import { registerCache } from '../project/cache-registry.js';

/** The project's web address, from package.json `repository` (one source for every link we print). */
export const REPOSITORY_URL = PACKAGE_INFO.repositoryUrl;

/** Extra `meta.docs` fields our rules declare; presets are derived from them. */
export interface SsotRuleDocs {
  description: string;
  /** In the `recommended` preset (as a warning). Every rule is in `strict` (as an error). */
  recommended?: boolean;
  /** Options the `strict` preset sets (a rule's thorough mode); `recommended` uses the defaults. */
  strictOptions?: readonly unknown[];
}

const namedRule = ESLintUtils.RuleCreator<SsotRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

const NO_OPTIONS = {};

/** Per rule definition, the merged options of each options object (see `createRule`). */
// eslint-disable-next-line ssot/no-module-singletons -- keyed by the rule and the config's options objects, both reused for every file.
let mergedOptionsByRule = new WeakMap<object, WeakMap<object, readonly unknown[]>>();
registerCache('create-rule: merged options', () => {
  mergedOptionsByRule = new WeakMap();
});

function mergedOptionsOf(rule: object): WeakMap<object, readonly unknown[]> {
  let mergedByOptions = mergedOptionsByRule.get(rule);
  if (!mergedByOptions) {
    mergedByOptions = new WeakMap();
    mergedOptionsByRule.set(rule, mergedByOptions);
  }
  return mergedByOptions;
}

/**
 * typescript-eslint's `RuleCreator` with one change: the options merged with `meta.defaultOptions`
 * are computed once per options object instead of for every file. Its `create` wrapper
 * `structuredClone`s the defaults and deep-merges them on each call, which cost each of our rules
 * about as much as its own per-file work. ESLint hands every file of a config the same merged
 * options object (flat config merges `meta.defaultOptions` when it normalises the config), so
 * the object is the cache key; merging again over already merged options changes nothing.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, SsotRuleDocs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const created = namedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const withDefaults = (options: readonly unknown[]): Options => ESLintUtils.applyDefault(defaults, options) as Options;
  return {
    ...created,
    create(context) {
      const { options } = context;
      // Every rule of ours takes at most one options object; anything else is merged as upstream does.
      const first: unknown = options[0];
      if (options.length > 1 || (first !== undefined && !ESLintUtils.isObjectNotArray(first))) {
        return rule.create(context, withDefaults(options));
      }
      const mergedByOptions = mergedOptionsOf(rule);
      const key = (first as object | undefined) ?? NO_OPTIONS;
      let merged = mergedByOptions.get(key) as Options | undefined;
      if (merged === undefined) {
        merged = withDefaults(options);
        mergedByOptions.set(key, merged);
      }
      return rule.create(context, merged);
    },
  };
}
