// A file counter on stderr for long audits. Only when stdout is a terminal (a person is waiting) and
// only once the run is long enough to wonder about; CI logs and pipes stay clean.

export const PROGRESS_THRESHOLD = 300;
const REDRAW_EVERY = 25;

export interface Progress {
  tick(): void;
  /** Erases the counter so the summary starts on a clean line. */
  done(): void;
}

export function createProgress(
  stream: { write(text: string): unknown },
  stdoutIsTTY: boolean,
  threshold = PROGRESS_THRESHOLD,
): Progress {
  let count = 0;
  let shown = false;
  return {
    tick() {
      count += 1;
      if (!stdoutIsTTY || count <= threshold) return;
      if (!shown || count % REDRAW_EVERY === 0) {
        stream.write(`\rssot-audit: linted ${count} files…`);
        shown = true;
      }
    },
    done() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
