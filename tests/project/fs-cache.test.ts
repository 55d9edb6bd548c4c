// The one cache policy in its two lifetimes: answers from file contents end with a re-lint,
// answers from which files exist last the trust window.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  clearFsCache,
  noteLintedFile,
  perFsGeneration,
  perFsWindow,
  realpathOf,
  statOf,
} from '../../src/project/fs-cache.js';
import { useFakeDateClock } from '../helpers/temp-project.js';

useFakeDateClock();

/** A memo whose every making is a new object, so identity tells whether it was made anew. */
function identityMemo(lifetime: typeof perFsGeneration): { current: () => object } {
  return lifetime(() => ({}));
}

/** What an editor does after a save: lint a file it linted before, in a new run. */
function relint(filename: string): void {
  noteLintedFile(filename, {});
  noteLintedFile(filename, {});
}

describe('fs-cache memo lifetimes', () => {
  it('keeps both memos while a CLI run keeps looking up', () => {
    const contents = identityMemo(perFsGeneration);
    const existence = identityMemo(perFsWindow);
    const first = [contents.current(), existence.current()];
    for (let step = 0; step < 5; step++) {
      vi.setSystemTime(Date.now() + 500);
      expect([contents.current(), existence.current()]).toEqual(first);
    }
    expect(contents.current()).toBe(first[0]);
    expect(existence.current()).toBe(first[1]);
  });

  it('makes the contents memo anew when a file is linted again, and keeps the existence memo for the window', () => {
    const contents = identityMemo(perFsGeneration);
    const existence = identityMemo(perFsWindow);
    const before = [contents.current(), existence.current()];
    relint('/project/src/a.ts');
    expect(contents.current()).not.toBe(before[0]);
    expect(existence.current()).toBe(before[1]);
  });

  it('makes both anew when the window ends', () => {
    const contents = identityMemo(perFsGeneration);
    const existence = identityMemo(perFsWindow);
    const before = [contents.current(), existence.current()];
    clearFsCache();
    expect(contents.current()).not.toBe(before[0]);
    expect(existence.current()).not.toBe(before[1]);
  });
});

describe('realpathOf', () => {
  const root = fs.realpathSync.native(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-fs-cache-')));
  const real = path.join(root, 'real');
  fs.mkdirSync(real);
  for (const name of ['a.ts', 'b.ts', 'c.ts']) fs.writeFileSync(path.join(real, name), '');
  fs.symlinkSync(real, path.join(root, 'linked'), 'dir');
  fs.symlinkSync(path.join(real, 'a.ts'), path.join(root, 'file-link.ts'));
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("asks the system once per directory for files already stat'ed, and answers as the system does", () => {
    const native = vi.spyOn(fs.realpathSync, 'native');
    try {
      const files = ['a.ts', 'b.ts', 'c.ts'].map((name) => path.join(root, 'linked', name));
      for (const file of files) expect(statOf(file)?.isFile()).toBe(true);
      expect(files.map(realpathOf)).toEqual(files.map((file) => path.join(real, path.basename(file))));
      expect(native).toHaveBeenCalledTimes(1);
    } finally {
      native.mockRestore();
    }
  });

  it('follows a file that is itself a link to its target', () => {
    const link = path.join(root, 'file-link.ts');
    expect(statOf(link)?.isFile()).toBe(true);
    expect(realpathOf(link)).toBe(path.join(real, 'a.ts'));
  });

  it('gives undefined for a path that does not exist', () => {
    const missing = path.join(root, 'linked', 'missing.ts');
    expect(statOf(missing)).toBeUndefined();
    expect(realpathOf(missing)).toBeUndefined();
  });
});

describe('trust window bookkeeping', () => {
  it("reads the event loop's active time for a gap, not for every look-up of a run", () => {
    const activeTime = vi.spyOn(performance, 'eventLoopUtilization');
    try {
      for (let lookup = 0; lookup < 1_000; lookup++) statOf(`/nowhere/${String(lookup % 10)}.ts`);
      expect(activeTime.mock.calls.length).toBeLessThanOrEqual(1);
      vi.setSystemTime(Date.now() + 1_500);
      statOf('/nowhere/after-a-gap.ts');
      expect(activeTime.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      activeTime.mockRestore();
    }
  });
});
