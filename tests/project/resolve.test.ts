// Module resolution shared by canonical-imports and no-deprecated-enum-members, on the fixture
// projects of tests/fixtures/canonical-imports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it, vi } from 'vitest';
import { clearFsCache, noteLintedFile } from '../../src/project/fs-cache.js';
import { mayBeProjectSpecifier, resolveModule, specifierForFile } from '../../src/project/resolve.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/canonical-imports');
const project = path.join(fixtures, 'project');
const from = path.join(project, 'src/x.ts');
const file = (relative: string): string => path.join(project, relative);

describe('resolveModule', () => {
  it.each([
    ['./db/canonical', 'src/db/canonical.ts'],
    ['./db/canonical.ts', 'src/db/canonical.ts'],
    ['./db/canonical.js', 'src/db/canonical.ts'],
    ['./core/mts-target.mjs', 'src/core/mts-target.mts'],
    ['./app/view.js', 'src/app/view.tsx'],
    ['./app/view.jsx', 'src/app/view.tsx'],
    ['./dir-shim', 'src/dir-shim/index.ts'],
    ['./dir-shim/index.js', 'src/dir-shim/index.ts'],
    ['../src/db/shim', 'src/db/shim.ts'],
    ['@app/db/shim', 'src/db/shim.ts'],
    ['@app/db/shim.js', 'src/db/shim.ts'],
    ['@db', 'src/db/canonical.ts'],
    ['src/db/canonical', 'src/db/canonical.ts'],
  ])('resolves %s like TypeScript', (specifier, expected) => {
    expect(resolveModule(specifier, from, project)).toBe(file(expected));
  });

  it.each([
    ['react', 'a package'],
    ['node:fs', 'a built-in'],
    ['./db/missing', 'a missing file'],
    ['./db/canonical.css', 'a missing file with another extension'],
    ['../../outside/secret', 'a path that leaves rootDir'],
    ['./outside-link', 'a symlink that leads outside rootDir'],
    ['', 'an empty specifier'],
    ['\u0000', 'a NUL byte'],
    ['https://example.com/x.js', 'a URL'],
  ])('gives undefined for %j (%s)', (specifier) => {
    expect(resolveModule(specifier, from, project)).toBeUndefined();
  });

  it('does not resolve aliases of a tsconfig that cannot be read, and does not throw', () => {
    for (const name of ['broken-tsconfig', 'invalid-tsconfig']) {
      const root = path.join(fixtures, name);
      const importer = path.join(root, 'src/x.ts');
      expect(resolveModule('./shim', importer, root)).toBe(path.join(root, 'src/shim.ts'));
      expect(resolveModule(name === 'broken-tsconfig' ? '@b/shim' : '@i/shim', importer, root)).toBeUndefined();
    }
  });
});

describe('mayBeProjectSpecifier', () => {
  const withoutBaseUrl = path.join(fixtures, 'fix-project/src/x.ts');

  it.each([
    ['./x', from, true],
    ['../x', from, true],
    ['@app/anything', withoutBaseUrl, true],
    ['@app', withoutBaseUrl, false],
    ['react', withoutBaseUrl, false],
    ['node:fs', from, false],
    ['react', from, true],
  ])('%s from %s → %s', (specifier, importer, expected) => {
    expect(mayBeProjectSpecifier(specifier, importer)).toBe(expected);
  });
});

describe('specifierForFile', () => {
  const canonical = file('src/db/canonical.ts');

  it.each([
    ['./db/shim', './db/canonical'],
    ['./db/shim.js', './db/canonical.js'],
    ['./db/shim.ts', './db/canonical.ts'],
    ['@app/db/shim', '@app/db/canonical'],
    ['@app/db/shim.js', '@app/db/canonical.js'],
    ['src/db/shim', 'src/db/canonical'],
  ])('writes the canonical file in the style of %s', (userSpecifier, expected) => {
    expect(specifierForFile(canonical, from, project, userSpecifier)).toBe(expected);
  });

  it('computes relative paths from the importing file', () => {
    expect(specifierForFile(canonical, file('src/app/deep/y.ts'), project, '../../db/shim')).toBe('../../db/canonical');
    expect(specifierForFile(file('src/app/view.tsx'), from, project, './x.jsx')).toBe('./app/view.jsx');
  });

  it('writes a directory for an index file when the user wrote none', () => {
    expect(specifierForFile(file('src/dir-shim/index.ts'), from, project, './db/shim')).toBe('./dir-shim');
    expect(specifierForFile(file('src/dir-shim/index.ts'), from, project, './old/index')).toBe('./dir-shim/index');
  });

  it('keeps an extension that extensionless resolution would not find', () => {
    expect(specifierForFile(file('src/core/mts-target.mts'), from, project, './old')).toBe('./core/mts-target.mjs');
  });

  it('gives undefined when no specifier resolves to the file', () => {
    expect(specifierForFile(file('src/db/missing.ts'), from, project, './db/shim')).toBeUndefined();
    expect(specifierForFile(path.join(fixtures, 'outside/real.ts'), from, project, './db/shim')).toBeUndefined();
  });
});

describe('resolution cache', () => {
  /**
   * Runs `test` with a fake clock and empty caches, in a new project root where `src/a.ts` imports
   * `./<name>`; `create()` then adds `src/<name>.ts` and `resolves()` asks for it again.
   */
  function withNewFile(
    name: string,
    test: (project: { importer: string; create: () => void; resolves: () => boolean }) => void,
  ): void {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-resolve-'));
    vi.useFakeTimers({ toFake: ['Date'] });
    clearFsCache();
    try {
      const importer = path.join(root, 'src/a.ts');
      const resolves = (): boolean => resolveModule(`./${name}`, importer, root) === path.join(root, `src/${name}.ts`);
      expect(resolves()).toBe(false);
      test({
        importer,
        create: () => {
          fs.mkdirSync(path.join(root, 'src'), { recursive: true });
          fs.writeFileSync(path.join(root, `src/${name}.ts`), 'export {};\n');
        },
        resolves,
      });
    } finally {
      vi.useRealTimers();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }

  it('trusts answers while look-ups keep coming (a CLI run), and sees files created since after a 1 s pause', () => {
    withNewFile('c', ({ create, resolves }) => {
      create();
      for (let step = 0; step < 10; step++) {
        vi.setSystemTime(Date.now() + 500);
        expect(resolves()).toBe(false);
      }
      vi.setSystemTime(Date.now() + 1_500);
      expect(resolves()).toBe(true);
    });
  });

  it('trusts answers across a long gap the process spent working (the next file of a run parsing), not an idle one', () => {
    withNewFile('e', ({ create, resolves }) => {
      let activeMs = performance.eventLoopUtilization().active;
      const busyLoop = vi
        .spyOn(performance, 'eventLoopUtilization')
        .mockImplementation(() => ({ idle: 0, active: activeMs, utilization: 1 }));
      try {
        create();
        // 1.5 s, 1.2 s of it running code: a large module parsing on a loaded machine.
        vi.setSystemTime(Date.now() + 1_500);
        activeMs += 1_200;
        expect(resolves()).toBe(false);
        // 1.5 s, 0.3 s of it running code: a pause.
        vi.setSystemTime(Date.now() + 1_500);
        activeMs += 300;
        expect(resolves()).toBe(true);
      } finally {
        busyLoop.mockRestore();
      }
    });
  });

  it('once a file is linted again (an editor), trusts answers for 2 s even while busy', () => {
    withNewFile('d', ({ importer, create, resolves }) => {
      noteLintedFile(importer, {});
      noteLintedFile(importer, {});
      create();
      let seenAfter = 0;
      for (let step = 1; step <= 10 && seenAfter === 0; step++) {
        vi.setSystemTime(Date.now() + 500);
        if (resolves()) seenAfter = step * 500;
      }
      expect(seenAfter).toBeGreaterThan(2_000);
      expect(seenAfter).toBeLessThanOrEqual(3_000);
    });
  });

  it('trusts answers for a moment, then sees files created since, even without other lookups in between', () => {
    withNewFile('b', ({ create, resolves }) => {
      create();
      expect(resolves()).toBe(false);
      vi.setSystemTime(Date.now() + 2_500);
      expect(resolves()).toBe(true);
    });
  });
});
