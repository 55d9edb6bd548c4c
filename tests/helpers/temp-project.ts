// A scratch project folder for tests of the cross-file pre-checks, removed after the file's tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';

export function tempProject(prefix: string): { root: string; write: (relative: string, text: string) => string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
  return {
    root,
    write(relative, text) {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    },
  };
}

/** A clock (`Date`) that moves only when told, so that no trust window ends by itself during a test. */
export function useFakeDateClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export { parsesDuring } from './project-files.js';
