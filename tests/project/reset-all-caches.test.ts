// resetAllCaches, which vitest.setup.ts calls before every test: after it, the caches answer as
// they do in a new process, whatever earlier lints left behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resetAllCaches } from '../../src/project/cache-registry.js';
import { fsGeneration, noteLintedFile, realpathOf, statOf } from '../../src/project/fs-cache.js';
import { resolveModule } from '../../src/project/resolve.js';
import { parseProjectFile, projectParseCount } from '../helpers/project-files.js';
import { useFakeDateClock } from '../helpers/temp-project.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-reset-all-caches-'));
const linted = path.join(root, 'src/linted.ts');

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** What an editor does after a save: lint a file it linted before, in a new run. */
function lintTwice(filename: string): void {
  noteLintedFile(filename, {});
  noteLintedFile(filename, {});
}

useFakeDateClock();

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('resetAllCaches: fs-cache', () => {
  it('forgets the files linted so far: the next lint of one is its first again', () => {
    lintTwice(linted);
    resetAllCaches();
    const generation = fsGeneration();
    noteLintedFile(linted, {});
    expect(fsGeneration()).toBe(generation);
  });

  it('forgets the last lint run: the same run object after a reset starts a new run', () => {
    const run = {};
    noteLintedFile(linted, run);
    resetAllCaches();
    noteLintedFile(linted, run);
    const generation = fsGeneration();
    noteLintedFile(linted, {});
    expect(fsGeneration()).not.toBe(generation);
  });

  it('ends editor mode: answers are trusted again for as long as look-ups keep coming', () => {
    lintTwice(linted);
    resetAllCaches();
    const generation = fsGeneration();
    for (let step = 0; step < 10; step++) {
      vi.setSystemTime(Date.now() + 500);
      expect(fsGeneration()).toBe(generation);
    }
  });

  it('never hands out a generation again, so memos stamped before the reset are stale', () => {
    const before = fsGeneration();
    resetAllCaches();
    expect(fsGeneration()).toBeGreaterThan(before);
  });

  it('forgets stats and realpaths: a file created since is seen at once', () => {
    const file = path.join(root, 'src/created-later.ts');
    expect(statOf(file)).toBeUndefined();
    expect(realpathOf(file)).toBeUndefined();
    write('src/created-later.ts', 'export {};\n');
    expect(statOf(file)).toBeUndefined();
    resetAllCaches();
    expect(statOf(file)?.isFile()).toBe(true);
    expect(realpathOf(file)).toBe(fs.realpathSync.native(file));
  });
});

describe('resetAllCaches: caches built on fs-cache', () => {
  it('forgets module resolutions: a module created since resolves at once', () => {
    const importer = path.join(root, 'src/importer.ts');
    expect(resolveModule('./resolved-later', importer, root)).toBeUndefined();
    const target = write('src/resolved-later.ts', 'export {};\n');
    expect(resolveModule('./resolved-later', importer, root)).toBeUndefined();
    resetAllCaches();
    expect(resolveModule('./resolved-later', importer, root)).toBe(target);
  });

  it('forgets parsed files and counts parses from zero again', () => {
    const file = write('src/parsed.ts', 'export const parsed = 1;\n');
    const first = parseProjectFile(file, root);
    expect(parseProjectFile(file, root)).toBe(first);
    expect(projectParseCount()).toBe(1);
    resetAllCaches();
    expect(projectParseCount()).toBe(0);
    const second = parseProjectFile(file, root);
    expect(second).not.toBe(first);
    expect(second?.text).toBe(first?.text);
    expect(projectParseCount()).toBe(1);
  });
});
