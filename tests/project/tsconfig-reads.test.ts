// Which tsconfig files are read, and how often (issue #16, case 6). Configuration is found as tsc
// finds it, walking up from the importing file, so a tsconfig above rootDir applies (README, safety
// paragraph); the files it maps to are still held to rootDir. Each tsconfig is read from disk once
// per file-system window, though it is both checked for syntax and parsed by get-tsconfig.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveModule } from '../../src/project/resolve.js';
import { tempProject } from '../helpers/temp-project.js';

const { root, write } = tempProject('ssot-tsconfig-reads-');
write('tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@up/*': ['./pkg/src/*', './*'] } } }));
write('secret.ts', 'export const secret = 1;\n');
write('pkg/src/old.ts', 'export const old = 1;\n');
const importer = write('pkg/src/use.ts', "import { old } from '@up/old';\n");
const rootDir = path.join(root, 'pkg');

describe('tsconfig files above rootDir', () => {
  it('applies their aliases, as tsc does', () => {
    expect(resolveModule('@up/old', importer, rootDir)).toBe(path.join(rootDir, 'src/old.ts'));
  });

  it('never resolves an alias to a file outside rootDir', () => {
    expect(resolveModule('@up/secret', importer, rootDir)).toBeUndefined();
    expect(resolveModule('@up/secret', importer, root)).toBe(path.join(root, 'secret.ts'));
  });
});

describe('reading a tsconfig', () => {
  // In a fresh Node process whose fs.readFileSync counts calls before get-tsconfig captures it.
  const reads = (script: string): string[] => {
    const reader = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/project/tsconfig.js')).href;
    const program = `
      import fs from 'node:fs';
      const reads = [];
      const readFileSync = fs.readFileSync;
      fs.readFileSync = function (file, ...rest) {
        if (String(file).endsWith('.json')) reads.push(String(file));
        return readFileSync.call(this, file, ...rest);
      };
      const { createTsconfigReader } = await import(${JSON.stringify(reader)});
      const reader = createTsconfigReader();
      ${script}
      console.log(JSON.stringify(reads));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return (JSON.parse(result.stdout) as string[]).map((file) => path.relative(root, file));
  };

  it('reads each file once, for the syntax check and the parse together', () => {
    write('solution/tsconfig.json', JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }] }));
    write('solution/tsconfig.app.json', JSON.stringify({ compilerOptions: { paths: { '@a/*': ['./src/*'] } } }));
    write('solution/src/x.ts', '');
    const solution = JSON.stringify(path.join(root, 'solution'));
    expect(
      reads(`
        reader.read(${solution} + '/src');
        reader.readFor(${solution} + '/src/x.ts');
        reader.read(${JSON.stringify(path.join(root, 'pkg/src'))});`),
    ).toEqual(['solution/tsconfig.json', 'solution/tsconfig.app.json', 'tsconfig.json']);
  });
});
