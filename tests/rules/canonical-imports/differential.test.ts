// Differential test (issue #18): a `paths` `name` glob matches exactly the specifiers ESLint's
// `no-restricted-imports` matches with the same glob in `patterns` (gitignore rules, case-sensitive):
// subpaths of a match (`@app/legacy/*` → `@app/legacy/x/y`), `**` over `.`/`..` segments, and globs
// without `/` at any depth. Hand-picked and generated specifiers × globs; not vacuous: both sides
// report, and each side also leaves specifiers unreported.
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/canonical-imports/index.js';
import { random } from '../../helpers/random.js';

const GLOBS = [
  '@app/legacy/*',
  '@app/legacy/**',
  '**/my/relative-module',
  '**/legacy',
  '**/legacy/**',
  'legacy/*',
  'lodash/*',
  'lodash*',
  '@scope/*/old',
  'pkg/**/x',
  '*.css',
  'src/**/internal/*',
];
const PICKED = [
  '@app/legacy',
  '@app/legacy/x',
  '@app/legacy/x/y',
  '../../my/relative-module',
  './my/relative-module',
  'my/relative-module/sub',
  './legacy',
  '../legacy/a',
  'lodash',
  'lodash-es',
  'lodash/fp/map',
  '@scope/a/old/x',
  'pkg/a/b/x/y',
  './a/styles.css',
  '#legacy/db',
  'src/a/internal/b/c',
  'Legacy/a',
];
const SEGMENTS = [
  '@app',
  'legacy',
  'x',
  'my',
  'relative-module',
  'lodash',
  'fp',
  '.',
  '..',
  'src',
  'internal',
  'a.css',
  'pkg',
];

function generated(count: number): string[] {
  const next = random(17);
  const specifiers: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 1 + Math.floor(next() * 4);
    const parts = Array.from({ length }, () => SEGMENTS[Math.floor(next() * SEGMENTS.length)] ?? 'x');
    const specifier = parts.join('/');
    // Specifiers are module paths: no empty, `.`-only or trailing `.`/`..` forms.
    if (!/(?:^|\/)\.{1,2}$/.test(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

const SPECIFIERS = [...new Set([...PICKED, ...generated(160)])];
const code = SPECIFIERS.map((specifier, index) => `import m${index} from '${specifier}';`).join('\n');

function reportedLines(config: Linter.Config): number[] {
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser }, ...config }],
    'file.ts',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return [...new Set(messages.map((message) => message.line))].sort((a, b) => a - b);
}

describe('canonical-imports paths name globs against no-restricted-imports patterns', () => {
  const results = GLOBS.map((glob) => {
    const core = reportedLines({
      plugins: { core: { rules: { 'no-restricted-imports': builtinRules.get('no-restricted-imports') as never } } },
      rules: { 'core/no-restricted-imports': ['error', { patterns: [{ group: [glob], caseSensitive: true }] }] },
    });
    const ours = reportedLines({
      plugins: { ssot: { rules: { 'canonical-imports': rule as never } } },
      rules: {
        'ssot/canonical-imports': ['error', { shims: false, paths: [{ name: glob, canonical: 'zz-canonical' }] }],
      },
    });
    return { glob, core, ours };
  });

  it('is not vacuous: each glob reports some specifiers and leaves others', () => {
    for (const { glob, core } of results) {
      expect(core.length, glob).toBeGreaterThan(0);
      expect(core.length, glob).toBeLessThan(SPECIFIERS.length);
    }
  });

  it('differs on purpose for subpath imports: `#legacy/*` is a comment to gitignore rules, a glob here', () => {
    const ours = reportedLines({
      plugins: { ssot: { rules: { 'canonical-imports': rule as never } } },
      rules: {
        'ssot/canonical-imports': ['error', { shims: false, paths: [{ name: '#legacy/*', canonical: '#core/*' }] }],
      },
    });
    expect(ours.map((line) => SPECIFIERS[line - 1])).toEqual(['#legacy/db']);
  });

  it.each(results.map(({ glob }, index) => [glob, index] as const))(
    'reports the same specifiers for %s',
    (_glob, index) => {
      const { core, ours } = results[index] ?? { core: [], ours: [] };
      const named = (lines: number[]) => lines.map((line) => SPECIFIERS[line - 1]);
      expect(named(ours)).toEqual(named(core));
    },
  );
});
