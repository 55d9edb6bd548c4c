// fs-cache tells a second rule on the same lint from a new lint by the SourceCode it is handed; it must
// not keep that SourceCode (a file's text and tree) alive, not even until the current job ends: a
// synchronous loop over `Linter.verify` (a tool's, our stress run's) would otherwise keep every file.
import { describe, expect, it } from 'vitest';
import { noteLintedFile } from '../../src/project/fs-cache.js';
import { retainedHeap } from '../helpers/heap.js';

describe('noteLintedFile', () => {
  it('keeps no SourceCode it was handed, within the same job', () => {
    const before = retainedHeap();
    for (let file = 0; file < 5; file += 1) {
      // A stand-in for a SourceCode: 8 MB of heap each.
      const lint = { text: Array.from({ length: 1_000_000 }, (_, index) => index + 0.5) };
      noteLintedFile(`/project/file-${String(file)}.ts`, lint);
      noteLintedFile(`/project/file-${String(file)}.ts`, lint);
    }
    // At most the last one, which this test's own frame may still hold; not all five.
    expect(retainedHeap() - before).toBeLessThan(16_000_000);
  });
});
