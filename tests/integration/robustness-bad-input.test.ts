// Issue 10 item 3: bad input gets a clear error and nothing is lost. Invalid options and settings
// stop the run with an error naming the culprit; broken, binary, huge, cyclic or unreadable files
// end in a report or a silent skip, never an exception; a run without --fix writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Linter as LinterClass } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliLint,
  createScratch,
  eslintPackage,
  lintWithCli,
  loadPlugin,
  robustnessFixture,
  runEslintCli,
  snapshotTree,
  summarize,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

const plugin = await loadPlugin();
const { Linter } = (await import(eslintPackage)) as { Linter: typeof LinterClass };

/** Lints one line with `ruleOptions` for `rule`; returns the thrown message, or fails when nothing is thrown. */
function optionsError(rule: string, ruleOptions: unknown[], settings?: unknown): string {
  const linter = new Linter({ configType: 'flat' });
  try {
    linter.verify(
      // Something for every rule to look at, so each one reads the settings.
      "import { Mode } from './mode.js';\nexport const current = Mode.Legacy;\nexport const port = process.env.PORT;\nexport const cache = new Map();\n",
      {
        files: ['**/*.ts'],
        plugins: { ssot: plugin as never },
        languageOptions: plugin.configs.strict.languageOptions,
        settings: settings === undefined ? {} : { ssot: settings },
        rules: { [`ssot/${rule}`]: ['error', ...ruleOptions] },
      } as LinterClass.Config,
      'src/answer.ts',
    );
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`ssot/${rule} accepted ${JSON.stringify(ruleOptions)}`);
}

const longGlob = `src/${'a'.repeat(70_000)}/**`;

/**
 * Invalid options per rule and what the error must name. ESLint's schema messages name the rule and
 * the offending value (its validator reports no JSON path), and an unknown key by name; glob errors
 * come from the rule itself and name the option path.
 */
const invalidOptions: Record<string, Array<{ title: string; options: unknown[]; names: string[] }>> = {
  'canonical-imports': [
    { title: 'wrong type', options: [{ shims: 'yes' }], names: ['ssot/canonical-imports', '"yes"', 'boolean'] },
    { title: 'unknown key', options: [{ path: [] }], names: ['ssot/canonical-imports', 'Unexpected property "path"'] },
    {
      title: 'missing canonical',
      options: [{ paths: [{ name: 'lodash' }] }],
      names: ['ssot/canonical-imports', "required property 'canonical'"],
    },
    {
      title: 'empty canonical',
      options: [{ paths: [{ name: 'lodash', canonical: '' }] }],
      names: ['ssot/canonical-imports', 'Value ""', 'shorter than 1'],
    },
    {
      title: 'blank glob',
      options: [{ paths: [{ file: '   ', canonical: 'src/a.ts' }] }],
      names: ['ssot/canonical-imports', 'paths[0].file', 'must not be empty'],
    },
    {
      title: 'glob picomatch cannot compile',
      options: [{ paths: [{ file: longGlob, canonical: 'src/a.ts' }] }],
      names: ['ssot/canonical-imports', 'paths[0].file', 'exceeds maximum allowed length'],
    },
  ],
  'max-lines': [
    { title: 'wrong type', options: [{ max: 'ten' }], names: ['ssot/max-lines', '"ten"', 'integer'] },
    { title: 'unknown key', options: [{ maxLines: 10 }], names: ['ssot/max-lines', 'Unexpected property "maxLines"'] },
    {
      title: 'empty reason',
      options: [{ exceptions: [{ files: 'src/big.ts', reason: '' }] }],
      names: ['ssot/max-lines', 'Value ""', 'shorter than 1'],
    },
    {
      title: 'blank glob',
      options: [{ overrides: [{ files: ['   '], max: 10 }] }],
      names: ['ssot/max-lines', 'overrides[0].files', 'must not be empty'],
    },
    {
      title: 'glob picomatch cannot compile',
      options: [{ exceptions: [{ files: longGlob, reason: 'Generated.' }] }],
      names: ['ssot/max-lines', 'exceptions[0].files', 'exceeds maximum allowed length'],
    },
  ],
  'no-process-env': [
    { title: 'wrong type', options: [{ allowWrites: 'yes' }], names: ['ssot/no-process-env', '"yes"', 'boolean'] },
    {
      title: 'unknown key',
      options: [{ allowVariables: ['NODE_ENV'] }],
      names: ['ssot/no-process-env', 'Unexpected property "allowVariables"'],
    },
    {
      title: 'empty name',
      options: [{ allowedVariables: [''] }],
      names: ['ssot/no-process-env', 'Value ""', 'shorter than 1'],
    },
    {
      title: 'unknown runtime',
      options: [{ runtimes: ['browser'] }],
      names: ['ssot/no-process-env', '"browser"', 'allowed values'],
    },
  ],
  'no-module-singletons': [
    {
      title: 'wrong type',
      options: [{ checkMutableState: 1 }],
      names: ['ssot/no-module-singletons', 'Value 1', 'boolean'],
    },
    {
      title: 'unknown key',
      options: [{ allowClass: ['Logger'] }],
      names: ['ssot/no-module-singletons', 'Unexpected property "allowClass"'],
    },
    {
      title: 'empty glob',
      options: [{ allowIn: [''] }],
      names: ['ssot/no-module-singletons', 'Value ""', 'shorter than 1'],
    },
  ],
  'no-duplicate-definitions': [
    {
      title: 'wrong choice',
      options: [{ scope: 'workspace' }],
      names: ['ssot/no-duplicate-definitions', '"workspace"', 'allowed values'],
    },
    {
      title: 'unknown key',
      options: [{ ignore: ['Props'] }],
      names: ['ssot/no-duplicate-definitions', 'Unexpected property "ignore"'],
    },
    {
      title: 'similarity out of range',
      options: [{ minSimilarity: 2 }],
      names: ['ssot/no-duplicate-definitions', 'Value 2', '<= 1'],
    },
    {
      title: 'convention count that would silence the rule',
      options: [{ conventionAt: 2 }],
      names: ['ssot/no-duplicate-definitions', 'option "conventionAt" is 2: use 0 (no limit) or 3 and more'],
    },
    {
      title: 'glob picomatch cannot compile',
      options: [{ ignoreFiles: [longGlob] }],
      names: ['ssot/no-duplicate-definitions', 'ignoreFiles', 'exceeds maximum allowed length'],
    },
  ],
  'no-deprecated-enum-members': [
    {
      title: 'wrong type',
      options: [{ enums: ['Mode'] }],
      names: ['ssot/no-deprecated-enum-members', '["Mode"]', 'object'],
    },
    {
      title: 'unknown key',
      options: [{ enum: {} }],
      names: ['ssot/no-deprecated-enum-members', 'Unexpected property "enum"'],
    },
    {
      title: 'empty replacement',
      options: [{ enums: { Mode: { Legacy: '' } } }],
      names: ['ssot/no-deprecated-enum-members', 'Value ""', 'shorter than 1'],
    },
  ],
};

describe('invalid rule options stop the run with an error naming the rule and the option', () => {
  it('covers every rule of the plugin', () => {
    expect(Object.keys(plugin.rules).filter((rule) => !(rule in invalidOptions))).toEqual([]);
  });

  const cases = Object.entries(invalidOptions).flatMap(([rule, list]) => list.map((entry) => ({ rule, ...entry })));
  for (const { rule, title, options, names } of cases) {
    // Rules land one by one; a case runs as soon as its rule is in the build.
    it.skipIf(!(rule in plugin.rules))(`${rule}: ${title}`, () => {
      const message = optionsError(rule, options);
      for (const name of names) expect(message).toContain(name);
    });
  }
});

describe('invalid settings.ssot stop the run with one clear error', () => {
  it.each([
    [
      { testFile: ['tests/**'] },
      'eslint-plugin-ssot: invalid settings.ssot: unknown key "testFile". Known keys: testFiles, configModules, rootDir, categories.',
    ],
    [
      { configModules: 'src/config/**' },
      'eslint-plugin-ssot: invalid settings.ssot: "configModules" must be an array of glob strings, got "src/config/**".',
    ],
    [
      { testFiles: ['  '] },
      'eslint-plugin-ssot: invalid settings.ssot: "testFiles" has an invalid glob "  ": a glob must not be empty.',
    ],
    [{ rootDir: '' }, 'eslint-plugin-ssot: invalid settings.ssot: "rootDir" must be a non-empty string, got "".'],
  ])('%j', (settings, expected) => {
    for (const rule of Object.keys(plugin.rules)) {
      expect(optionsError(rule, [], settings), rule).toContain(expected);
    }
  });

  it('prints the settings error once on the command line and exits with 2', async () => {
    const project = scratch.copy(path.join(robustnessFixture, 'bad-input'));
    fs.writeFileSync(
      path.join(project, 'bad-settings.config.js'),
      "import ssot from 'eslint-plugin-ssot';\nexport default [ssot.configs.strict, { settings: { ssot: { testFile: ['tests/**'] } } }];\n",
    );
    const run = await runEslintCli(project, ['--config', 'bad-settings.config.js', 'src/cycle-a.ts', 'src/cycle-b.ts']);
    expect(run.status).toBe(2);
    const firstLine = 'eslint-plugin-ssot: invalid settings.ssot: unknown key "testFile".';
    expect(run.stderr.split('\n').filter((line) => line.includes(firstLine))).toHaveLength(1);
  });
});

describe('broken, binary, huge, cyclic and unreadable files', () => {
  let project: string;
  let before: Record<string, string>;
  let lint: CliLint;
  let after: Record<string, string>;

  beforeAll(async () => {
    project = scratch.copy(path.join(robustnessFixture, 'bad-input'));
    const src = path.join(project, 'src');
    const binary = Buffer.alloc(4096);
    for (let index = 0; index < binary.length; index += 1) binary[index] = (index * 7919) % 256;
    fs.writeFileSync(path.join(src, 'binary.ts'), binary);
    // One 3 MB line: over the cross-file parse limit, still one token for ESLint's own parse.
    fs.writeFileSync(path.join(src, 'huge-line.ts'), `export const blob = '${'x'.repeat(3 * 1024 * 1024)}';\n`);
    // A minified-style line with 5,000 statements: many tokens, one line.
    const statements = Array.from({ length: 5_000 }, (_, index) => `export const v${index} = ${index};`).join('');
    fs.writeFileSync(path.join(src, 'huge-tokens.ts'), `export const first = 0;${statements}\n`);
    fs.symlinkSync(path.join(project, 'nowhere', 'gone.ts'), path.join(src, 'dangling.ts'));
    fs.writeFileSync(path.join(src, 'unreadable.ts'), '/** @deprecated use ./cycle-a */\nexport const locked = 1;\n');
    // Root ignores permissions; then this exercises the same path as a readable file.
    fs.chmodSync(path.join(src, 'unreadable.ts'), 0o000);
    fs.mkdirSync(path.join(src, 'folder.ts'));
    before = snapshotTree(project);
    // ESLint itself cannot read these two; they are there to be imported, not linted.
    lint = await lintWithCli(project, [
      'src',
      '--ignore-pattern',
      'src/dangling.ts',
      '--ignore-pattern',
      'src/unreadable.ts',
    ]);
    after = snapshotTree(project);
  });

  afterAll(() => {
    if (project) fs.chmodSync(path.join(project, 'src', 'unreadable.ts'), 0o644);
  });

  it('never crashes: the run ends with problems reported (exit 1), not an error (exit 2)', () => {
    expect(lint.status).toBe(1);
    expect(lint.stderr).toBe('');
  });

  it('reports each syntax error as one fatal parse message on its line', () => {
    const fatal = lint.findings.filter((finding) => finding.fatal);
    expect(fatal.map((finding) => finding.file)).toEqual([
      'src/binary.ts',
      'src/enum-broken.ts',
      'src/shim-broken.ts',
      'src/syntax-error.ts',
    ]);
    expect(summarize(fatal.filter((finding) => /syntax-error|shim-broken/.test(finding.file)))).toEqual([
      'src/shim-broken.ts:2 (fatal)',
      'src/syntax-error.ts:1 (fatal)',
    ]);
    for (const finding of fatal) expect(finding.message).toMatch(/^Parsing error: /);
  });

  it('reports the shim cycle and skips the other broken imports silently', () => {
    const reports = lint.findings.filter((finding) => !finding.fatal);
    expect(summarize(reports)).toEqual([
      'src/cycle-a.ts:2 ssot/canonical-imports',
      'src/cycle-a.ts:3 ssot/canonical-imports',
      'src/cycle-b.ts:2 ssot/canonical-imports',
      'src/cycle-b.ts:3 ssot/canonical-imports',
      'src/importer.ts:3 ssot/canonical-imports',
    ]);
    expect(reports.at(-1)?.message).toBe(
      "'./cycle-a.js' is a deprecated shim whose re-exports form a cycle (src/cycle-a.ts → src/cycle-b.ts → src/cycle-a.ts); make one of these modules the implementation and import from it.",
    );
  });

  it('lints the huge single-line files without a fatal message', () => {
    expect(lint.findings.filter((finding) => finding.file.startsWith('src/huge-'))).toEqual([]);
  });

  it('writes nothing without --fix', () => {
    expect(after).toEqual(before);
  });
});
