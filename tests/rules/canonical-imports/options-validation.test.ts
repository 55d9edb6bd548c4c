// canonical-imports option validation through ESLint itself, and the schema against the
// `CanonicalImportsOptions` type.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import rule, { type CanonicalImportsOptions, type PathEntry } from '../../../src/rules/canonical-imports/index.js';

describe('canonical-imports option validation', () => {
  function lint(options: unknown): Linter.LintMessage[] {
    const linter = new Linter({ configType: 'flat' });
    return linter.verify(
      "import x from 'lodash';",
      {
        files: ['**/*.ts'],
        plugins: { ssot: plugin },
        languageOptions: { parser: plugin.configs.recommended.languageOptions?.parser },
        rules: { 'ssot/canonical-imports': ['error', options] },
      } as unknown as Linter.Config,
      'file.ts',
    );
  }

  it('accepts every documented option', () => {
    const messages = lint({
      paths: [
        { name: 'lodash', canonical: 'lodash-es', importNames: { a: 'b' }, message: 'Why.' },
        { name: 'old-utils', canonical: 'date-lib', exports: ['formatDate'], importNames: { day: 'formatDay' } },
        { file: 'src/legacy/**', canonical: 'src/core/new.ts' },
      ],
      shims: false,
      fix: false,
    });
    expect(messages.map((message) => message.message)).toEqual([
      "'lodash' is not the canonical module; import from 'lodash-es' instead. Why.",
    ]);
  });

  // ESLint names the rule and the offending value or property; type errors carry no property path.
  it.each([
    [{ shims: 'yes' }, /Value "yes" should be boolean/],
    [{ shims: { calls: ['warn'] } }, /Unexpected property "calls"/],
    [{ shims: { deprecationCalls: ['warn('] } }, /should match pattern/],
    [{ shims: { files: [''] } }, /should NOT be shorter than 1 characters/],
    [{ fix: 1 }, /Value 1 should be boolean/],
    [{ paths: [{ name: 'lodash' }] }, /should have required property 'canonical'/],
    [{ paths: [{ name: 'a', canonical: 'b', importNames: { a: 1 } }] }, /Value 1 should be string/],
    [{ paths: [{ name: '', canonical: 'b' }] }, /should NOT be shorter than 1 characters/],
    [{ paths: [{ name: 'a', canonical: 'b', exports: ['x', 'x'] }] }, /should NOT have duplicate items/],
    [{ paths: [{ name: 'a', canonical: 'b', exports: [''] }] }, /should NOT be shorter than 1 characters/],
    [{ allow: [] }, /Unexpected property "allow"/],
  ])('ESLint rejects %j with its schema error', (options, expected) => {
    expect(() => lint(options)).toThrow(/Key "ssot\/canonical-imports"/);
    expect(() => lint(options)).toThrow(expected);
  });

  it('says in words that a paths entry needs name or file', () => {
    expect(() => lint({ paths: [{ canonical: 'c' }] })).toThrow(
      'each paths entry needs either `name` (a module specifier or glob) or `file` (a project file or glob); paths[0] has neither.',
    );
    expect(() =>
      lint({
        paths: [
          { name: 'x', canonical: 'y' },
          { name: 'a', file: 'b', canonical: 'c' },
        ],
      }),
    ).toThrow(/paths\[1\] has both\./);
  });

  it('says in words that exports must name something', () => {
    expect(() =>
      lint({
        paths: [
          { name: 'lodash', canonical: 'lodash-es' },
          { file: 'src/a.ts', canonical: 'src/b.ts', exports: [] },
        ],
      }),
    ).toThrow(
      'paths[1].exports is empty: list the names that moved to "src/b.ts", or leave `exports` out when the whole module moved.',
    );
  });

  it('rejects a glob that cannot match, naming the entry', () => {
    expect(() => lint({ paths: [{ file: '   ', canonical: 'src/a.ts' }] })).toThrow(/paths\[0\]\.file/);
    expect(() => lint({ shims: { files: ['src/compat/**', '   '] } })).toThrow(
      /shims\.files\[1\] "   " is not a valid glob/,
    );
  });
});

describe('canonical-imports schema', () => {
  it('declares exactly the keys of CanonicalImportsOptions and PathEntry, each top-level key with a default', () => {
    // A key added to a type but not the schema (or back) fails to compile here or below.
    const optionKeys: Record<keyof CanonicalImportsOptions, true> = { paths: true, shims: true, fix: true };
    const entryKeys: Record<
      keyof Extract<PathEntry, { name: string }> | keyof Extract<PathEntry, { file: string }>,
      true
    > = {
      name: true,
      file: true,
      canonical: true,
      importNames: true,
      exports: true,
      message: true,
    };
    const [schema] = rule.meta.schema as unknown as [
      { properties: Record<string, unknown> & { paths: { items: { properties: Record<string, unknown> } } } },
    ];
    const [defaults] = rule.meta.defaultOptions as [CanonicalImportsOptions];
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(optionKeys).sort());
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(optionKeys).sort());
    expect(Object.keys(schema.properties.paths.items.properties).sort()).toEqual(Object.keys(entryKeys).sort());
  });
});
