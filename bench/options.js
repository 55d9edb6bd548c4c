// Rule options for a prepared corpus: what a team migrating that codebase would configure
// (`realistic`, the bench), or every check switched on with the widest options (`demanding`, stress).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, REPO_DIR } from './corpus.js';

const BUILT_ENTRY = path.join(REPO_DIR, 'dist', 'index.js');
const SNAPSHOT_DIR = path.join(CACHE_DIR, 'plugin');

/**
 * Workers load a copy of dist/ taken when the run starts: a rebuild (`npm test` cleans dist/)
 * during a long run would otherwise break or change the plugin under measurement. The copy sits
 * inside the repository so its imports still resolve from the repository's node_modules.
 */
export function snapshotPlugin() {
  if (!fs.existsSync(BUILT_ENTRY)) {
    throw new Error(`${path.relative(process.cwd(), BUILT_ENTRY)} not found: run \`npm run build\` first.`);
  }
  fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const target = fs.mkdtempSync(path.join(SNAPSHOT_DIR, 'run-'));
  fs.cpSync(path.join(REPO_DIR, 'dist'), path.join(target, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(REPO_DIR, 'package.json'), path.join(target, 'package.json'));
  return {
    entry: path.join(target, 'dist', 'index.js'),
    remove: () => fs.rmSync(target, { recursive: true, force: true }),
  };
}

/** The rules the bench knows how to configure; others found in dist/ run with defaults. */
export const SSOT_RULES = [
  'canonical-imports',
  'no-process-env',
  'no-module-singletons',
  'max-lines',
  'no-deprecated-enum-members',
  'no-duplicate-definitions',
];

/**
 * Rules present in the built plugin and the `recommended` preset's rule list. The bench runs
 * whatever exists and names what is missing, so it works while rules are still being written.
 */
export async function loadPlugin(entry) {
  const { default: plugin } = await import(pathToFileURL(entry).href);
  const available = Object.keys(plugin.rules).sort();
  return {
    plugin,
    available,
    missing: SSOT_RULES.filter((rule) => !available.includes(rule)),
    recommended: Object.keys(plugin.configs.recommended.rules ?? {}),
  };
}

export const TEST_FILES = ['**/*.{test,spec}.*', '**/__tests__/**', '**/test/**', '**/tests/**'];

export function ssotSettings(corpusDir) {
  return {
    rootDir: corpusDir,
    configModules: ['**/config/**', '**/*.config.*'],
    testFiles: TEST_FILES,
  };
}

/** `{ file, canonical }` entries for shims the corpus preparation wrote (shim detection finds them too). */
function fileEntries(corpus) {
  const shims = corpus.preparation.shims ?? [];
  return shims
    .filter((shim) => shim.includes('_legacy.'))
    .slice(0, 2)
    .map((shim) => ({
      file: shim,
      canonical: shim.replace('_legacy.', '.'),
      message: 'The legacy module is being removed.',
    }));
}

/**
 * Options per ssot rule for one corpus.
 * @param {{ demanding?: boolean, withFileEntries?: boolean }} mode
 */
export function ruleOptions(corpus, { demanding = false, withFileEntries = true } = {}) {
  const enums = structuredClone(corpus.extraEnums ?? {});
  for (const { enumName, alias, member } of corpus.enumAliases ?? []) {
    enums[enumName] = { ...enums[enumName], [alias]: member };
  }
  return {
    'canonical-imports': {
      paths: [...corpus.paths, ...(withFileEntries ? fileEntries(corpus) : [])],
      shims: true,
      fix: true,
    },
    'no-process-env': {
      allowIn: ['**/config/**'],
      allowedVariables: demanding ? [] : ['NODE_ENV'],
      allowWrites: false,
      runtimes: demanding ? ['node', 'vite', 'bun', 'deno'] : ['node'],
    },
    'no-module-singletons': {
      allowClasses: demanding ? [] : ['Logger'],
      allowIn: demanding ? [] : ['**/index.ts'],
      checkMutableState: true,
    },
    'max-lines': {
      max: 500,
      skipBlankLines: true,
      skipComments: true,
      overrides: [{ files: TEST_FILES, max: 300 }],
      exceptions: [
        {
          files: `**/${corpus.biggestFile.file}`,
          reason: 'Largest module of the corpus; being split.',
          max: corpus.biggestFile.lines,
        },
        // Never matches: exercises the stale-exception check.
        { files: 'src/legacy/**', reason: 'Removed folder.', max: 2000 },
      ],
      reportUnusedExceptions: true,
    },
    'no-deprecated-enum-members': Object.keys(enums).length > 0 ? { enums } : {},
    // Demanding: every same-named definition of the same sort, however many and wherever.
    'no-duplicate-definitions': demanding
      ? { scope: 'project', minSimilarity: 0, conventionAt: 0, checkTestFiles: true }
      : {},
  };
}

/** `ssot/<rule>` → `[severity, options]` for the given rules (unknown rules run with defaults). */
export function ssotRuleEntries(ruleNames, options, severity = 'error') {
  return Object.fromEntries(
    ruleNames.map((rule) => [`ssot/${rule}`, options[rule] ? [severity, options[rule]] : severity]),
  );
}

/**
 * The peers of our single-file checks with the same limits, in one process: core
 * `no-restricted-imports` (the same specifiers and shims, no resolution), core `max-lines` (our
 * limit, test-file override and exception ceilings as per-file config blocks) and
 * `n/no-process-env` (our allowed variable, off where we allow the environment).
 * @returns {{ rules: Record<string, unknown>, blocks: Array<{ files: string[], rules: Record<string, unknown> }> }}
 */
export function peerRules(corpus, options) {
  const names = corpus.paths.filter((entry) => !entry.name.includes('*'));
  const globs = corpus.paths.filter((entry) => entry.name.includes('*'));
  // Both spellings: `./x_legacy` (tldraw, rxjs, grpc-js) and `./x_legacy.ts` (effect); with the
  // first alone core reported nothing on effect, which the peer guard caught.
  const shimNames = (corpus.preparation.shims ?? []).flatMap((shim) => {
    const stem = path.basename(shim).replace(/\.[^.]+$/, '');
    return [`**/${stem}`, `**/${stem}.*`];
  });
  const maxLines = options['max-lines'];
  const coreMaxLines = (max) => [
    'error',
    { max, skipBlankLines: maxLines.skipBlankLines, skipComments: maxLines.skipComments },
  ];
  const processEnv = options['no-process-env'];
  return {
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: names.map((entry) => ({ name: entry.name, message: `Use ${entry.canonical}.` })),
          patterns: [
            { group: [...globs.map((entry) => entry.name), ...shimNames], message: 'Use the canonical module.' },
          ],
        },
      ],
      'max-lines': coreMaxLines(maxLines.max),
      'n/no-process-env': ['error', { allowedVariables: processEnv.allowedVariables }],
    },
    blocks: [
      ...maxLines.overrides.map((override) => ({
        files: override.files,
        rules: { 'max-lines': coreMaxLines(override.max) },
      })),
      ...maxLines.exceptions.map((exception) => ({
        files: [exception.files].flat(),
        rules: { 'max-lines': coreMaxLines(exception.max) },
      })),
      { files: processEnv.allowIn, rules: { 'n/no-process-env': 'off' } },
    ],
  };
}

/**
 * import-x's `no-restricted-paths` forbidding, from anywhere in `src/`, the files our
 * `canonical-imports` steers away from: every shim the preparation wrote (our `file` entries are
 * two of them). It resolves every import with the TypeScript resolver, as ours does.
 */
export function importXRules(corpus) {
  const shims = corpus.preparation.shims ?? [];
  return {
    'import-x/no-restricted-paths': [
      'error',
      {
        basePath: corpus.dir,
        zones: [{ target: './src', from: shims.map((shim) => `./${shim}`), message: 'Import the canonical module.' }],
      },
    ],
  };
}
