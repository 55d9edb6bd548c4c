// The one cache policy in its two lifetimes: answers from file contents end with a re-lint,
// answers from which files exist last the trust window.
import { describe, expect, it, vi } from 'vitest';
import { clearFsCache, noteLintedFile, perFsGeneration, perFsWindow } from '../../src/project/fs-cache.js';
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
