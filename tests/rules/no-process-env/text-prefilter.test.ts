// The text test decides which files are analysed at all: a miss here silently drops every report
// in the file, so what each runtime's word matches is pinned on its own.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/rules/no-process-env/environments.js';
import { environmentTextTest } from '../../../src/rules/no-process-env/text-prefilter.js';

function mayAccess(runtimes: Runtime[], text: string): boolean {
  return environmentTextTest(new Set(runtimes))(text);
}

describe('environmentTextTest', () => {
  it('looks for the word of each enabled runtime only', () => {
    expect(mayAccess(['node'], 'process.env.PORT')).toBe(true);
    expect(mayAccess(['node'], 'Bun.env.PORT; Deno.env.get("PORT"); import.meta.env.PORT')).toBe(false);
    expect(mayAccess(['vite'], 'import.meta.env.PORT')).toBe(true);
    expect(mayAccess(['deno'], 'Deno.env.get("PORT")')).toBe(true);
    expect(mayAccess(['deno', 'vite'], 'process.env.PORT')).toBe(false);
  });

  it("matches Bun's global and its lower-case module, but Deno only as the global", () => {
    expect(mayAccess(['bun'], 'Bun.env.PORT')).toBe(true);
    expect(mayAccess(['bun'], "import { env } from 'bun';")).toBe(true);
    expect(mayAccess(['deno'], "import { env } from 'deno';")).toBe(false);
  });

  it('lets any file with an escape through, whatever the runtimes', () => {
    expect(mayAccess(['node'], String.raw`globalThis['\x70rocess'].env.PORT`)).toBe(true);
    expect(mayAccess(['deno'], String.raw`\u0044eno.env.get('PORT')`)).toBe(true);
    expect(mayAccess(['node', 'vite', 'bun', 'deno'], 'export const port = 8080;')).toBe(false);
  });
});
