// The tsconfig that applies to a folder under a solution-style root (`"files": []` + `references`):
// the referenced project that includes its files, not the root, which has no options of its own.
import { describe, expect, it } from 'vitest';
import { createTsconfigReader } from '../../src/project/tsconfig.js';
import { tempProject } from '../helpers/temp-project.js';

const { root, write } = tempProject('ssot-tsconfig-solution-');
write(
  'tsconfig.json',
  JSON.stringify({
    files: [],
    references: [
      { path: './tsconfig.missing.json' },
      { path: './tsconfig.app.json' },
      { path: './tsconfig.spec.json' },
      { path: './tools' },
    ],
  }),
);
write(
  'tsconfig.app.json',
  JSON.stringify({
    compilerOptions: { paths: { '@app/*': ['./src/*'] } },
    include: ['src'],
    exclude: ['**/*.spec.ts'],
  }),
);
write(
  'tsconfig.spec.json',
  JSON.stringify({ compilerOptions: { paths: { '@test/*': ['./src/*'] } }, include: ['src/**/*.spec.ts'] }),
);
write(
  'tools/tsconfig.json',
  JSON.stringify({ compilerOptions: { paths: { '@tools/*': ['./*'] } }, include: ['**/*'] }),
);
write('src/deep/folder/x.ts', '');
write('src/deep/folder/x.spec.ts', '');
write('tools/build/x.ts', '');
write('scripts/x.ts', '');

describe('a solution-style tsconfig', () => {
  const reader = createTsconfigReader();

  it.each([
    ['a folder the app project includes, however deep', 'src/deep/folder', ['@app/*']],
    ['a referenced folder with its own tsconfig', 'tools/build', ['@tools/*']],
    ['a folder no referenced project includes: the root, which sets no aliases', 'scripts', undefined],
  ])('%s', (_name, folder, expected) => {
    expect(reader.read(`${root}/${folder}`)?.patterns).toEqual(expected);
  });

  it.each([
    ['a source file the app project includes', 'src/deep/folder/x.ts', ['@app/*'], 'tsconfig.app.json'],
    [
      'a spec file in the same folder, which the spec project includes',
      'src/deep/folder/x.spec.ts',
      ['@test/*'],
      'tsconfig.spec.json',
    ],
    ['a file no referenced project includes: the root', 'scripts/x.ts', undefined, 'tsconfig.json'],
  ])('per file: %s', (_name, file, expected, tsconfig) => {
    expect(reader.readFor(`${root}/${file}`)?.patterns).toEqual(expected);
    expect(reader.pathFor(`${root}/${file}`)).toBe(`${root}/${tsconfig}`);
  });
});
