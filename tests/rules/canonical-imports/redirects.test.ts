// canonical-imports answers each (importing directory, specifier) once per lint run: the checks
// that depend on the importing file itself still apply to each file, and a file linted again
// (an editor after a save) gets answers that see the edit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePathEntries } from '../../../src/rules/canonical-imports/paths.js';
import { noteLintedFile } from '../../../src/project/fs-cache.js';
import { redirectsFrom } from '../../../src/rules/canonical-imports/redirects.js';
import { TAGS_ONLY } from '../../../src/rules/canonical-imports/shims.js';
import { useFakeDateClock } from '../../helpers/temp-project.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-project-redirects-'));
const entries = compilePathEntries([]);

function write(relative: string, text: string, mtime?: Date): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
  return file;
}

const canonical = write('src/canonical.ts', 'export const value = 1;\n');
const SHIM_TEXT = "/** @deprecated use ./canonical */\nexport * from './canonical';\n";
const shim = write('src/shim.ts', SHIM_TEXT);
const importer = write('src/importer.ts', "import { value } from './shim';\n");

function redirectFrom(fromFile: string, specifier = './shim') {
  return redirectsFrom({ fromFile, rootDir: root, entries, shims: TAGS_ONLY, checksFiles: true })(specifier);
}

useFakeDateClock();

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('redirectsFrom', () => {
  it('sends an importer of a shim to the canonical module', () => {
    expect(redirectFrom(importer)).toMatchObject({ kind: 'shim', specifier: './canonical', canonicalFile: canonical });
  });

  it('leaves the canonical module its own reference to the shim, whichever file of the folder asked first', () => {
    expect(redirectFrom(importer)?.kind).toBe('shim');
    expect(redirectFrom(canonical)).toBeUndefined();
    expect(redirectFrom(importer)?.kind).toBe('shim');
  });

  it('leaves a file that imports itself alone, while its neighbours are redirected', () => {
    expect(redirectFrom(importer)?.kind).toBe('shim');
    expect(redirectFrom(shim)).toBeUndefined();
  });

  it('sees an edit once a file is linted again, and keeps its answer within a run', () => {
    noteLintedFile(importer, {});
    expect(redirectFrom(importer)?.kind).toBe('shim');
    try {
      write('src/shim.ts', SHIM_TEXT.replace('@deprecated', '@undeprecat'), new Date(Date.now() + 5_000));
      // Still the same run: the shim was read at its start.
      expect(redirectFrom(importer)?.kind).toBe('shim');
      noteLintedFile(importer, {});
      expect(redirectFrom(importer)).toBeUndefined();
    } finally {
      write('src/shim.ts', SHIM_TEXT, new Date(Date.now() + 10_000));
    }
  });

  it('sees a tag taken off one statement: the module exports a current name now, so it is no shim but moved a name', () => {
    const tagged =
      "export { value } from './canonical';\n/** @deprecated */\nexport { value as old } from './canonical';\n";
    const statementShim = write(
      'src/statement-shim.ts',
      tagged.replace('export { value }', '/** @deprecated */\nexport { value }'),
    );
    noteLintedFile(importer, {});
    expect(redirectFrom(importer, './statement-shim')?.kind).toBe('shim');
    write('src/statement-shim.ts', tagged, new Date(Date.now() + 5_000));
    noteLintedFile(importer, {});
    const redirect = redirectFrom(importer, './statement-shim');
    expect(redirect?.kind === 'moved' ? [...redirect.names.keys()] : redirect).toEqual(['old']);
    expect(fs.readFileSync(statementShim, 'utf8')).toBe(tagged);
  });
});
