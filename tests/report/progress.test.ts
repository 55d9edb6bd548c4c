import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/report/progress.js';

function capture() {
  const writes: string[] = [];
  return { writes, stream: { write: (text: string) => writes.push(text) } };
}

describe('createProgress', () => {
  it('stays silent up to the threshold', () => {
    const { writes, stream } = capture();
    const progress = createProgress(stream, true, 300);
    for (let index = 0; index < 300; index += 1) progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });

  it('counts past the threshold when stdout is a terminal, then erases the line', () => {
    const { writes, stream } = capture();
    const progress = createProgress(stream, true, 300);
    for (let index = 0; index < 350; index += 1) progress.tick();
    progress.done();
    expect(writes).toEqual([
      '\rssot-audit: linted 301 files…',
      '\rssot-audit: linted 325 files…',
      '\rssot-audit: linted 350 files…',
      '\r\u001b[K',
    ]);
  });

  it('never writes when stdout is not a terminal', () => {
    const { writes, stream } = capture();
    const progress = createProgress(stream, false, 300);
    for (let index = 0; index < 1000; index += 1) progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });
});
