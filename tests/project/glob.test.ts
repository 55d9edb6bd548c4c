import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { assertValidGlobs, firstMatchingGlob, globMatcher, matchesAny } from '../../src/project/glob.js';

const globs = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  'tests/**',
  'src/config.ts',
  '!src/generated/**',
  'src/**/[a-c]*.ts',
  '**/.hidden/*',
  'src/(a|b)/*.ts',
  '*.config.*',
];
const paths = [
  'src/a.test.ts',
  'src/__tests__/x.ts',
  'tests/unit/a.ts',
  'src/config.ts',
  'src/generated/a.ts',
  'src/lib/alpha.ts',
  'src/lib/delta.ts',
  'src/.hidden/a.ts',
  'src/a/x.ts',
  'vite.config.ts',
  'README.md',
  '',
];

describe('globMatcher', () => {
  it.each(globs)('answers as picomatch(glob, { dot: true }) for %s', (glob) => {
    const reference = picomatch(glob, { dot: true });
    for (const relativePath of paths)
      expect([relativePath, globMatcher([glob])(relativePath)]).toEqual([relativePath, reference(relativePath)]);
  });

  it('answers as picomatch for a list, and finds the first glob that matches', () => {
    const reference = picomatch(globs, { dot: true });
    for (const relativePath of paths) {
      expect(matchesAny(globs, relativePath)).toBe(reference(relativePath));
      const first = firstMatchingGlob(globs, relativePath);
      expect(first).toBe(globs.find((glob) => picomatch(glob, { dot: true })(relativePath)));
    }
    expect(matchesAny(globs, undefined)).toBe(false);
    expect(globMatcher([])('src/a.ts')).toBe(false);
  });

  it('sees a list changed in place', () => {
    const list = ['src/**'];
    expect(matchesAny(list, 'lib/a.ts')).toBe(false);
    list.push('lib/**');
    expect(matchesAny(list, 'lib/a.ts')).toBe(true);
  });

  it('answers the same once more globs were compiled and validated than it remembers', () => {
    // More distinct globs than the caches keep (an editor over ever new configs): they start over.
    const many = Array.from({ length: 2_500 }, (_, index) => `generated/${index}/**`);
    many.forEach((glob, index) => expect(matchesAny([glob], `generated/${index}/a.ts`)).toBe(true));
    assertValidGlobs(many, 'max-lines', 'overrides[0].files');
    expect(matchesAny([many[0] ?? ''], 'generated/0/a.ts')).toBe(true);
    expect(matchesAny([many[1] ?? ''], 'generated/0/a.ts')).toBe(false);
    expect(firstMatchingGlob(['other/**', many[1] ?? ''], 'generated/1/b.ts')).toBe(many[1]);
    expect(() => assertValidGlobs([' '], 'max-lines', 'overrides[0].files')).toThrow(/invalid glob/);
  });
});
