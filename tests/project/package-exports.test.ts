// A workspace package's `exports`, both ways: subpath → targets, file → subpaths.
import { describe, expect, it } from 'vitest';
import { exportTargets, importSpecifiersFor, importTargets, subpathsFor } from '../../src/project/package-exports.js';

const conditional = {
  '.': { types: './src/index.ts', import: './dist/index.js', default: './dist/index.cjs' },
  './old': './src/old.ts',
  './db/*': { types: './src/db/*.ts', default: './dist/db/*.js' },
  './db/internal/*': null,
  './package.json': './package.json',
};

describe('exportTargets', () => {
  it.each([
    [
      'the root, conditions in their listed order',
      conditional,
      '.',
      ['./src/index.ts', './dist/index.js', './dist/index.cjs'],
    ],
    ['an exact subpath', conditional, './old', ['./src/old.ts']],
    [
      'a pattern, its capture put into every target',
      conditional,
      './db/client',
      ['./src/db/client.ts', './dist/db/client.js'],
    ],
    ['the longest matching prefix wins, and null blocks', conditional, './db/internal/keys', []],
    ['a subpath the map does not export', conditional, './missing', []],
    ['a string stands for "."', './index.ts', '.', ['./index.ts']],
    ['conditions without subpaths stand for "."', { import: './a.js', browser: './b.js' }, '.', ['./a.js']],
    ['an array: every entry in order', { '.': ['./a.ts', { default: './b.ts' }] }, '.', ['./a.ts', './b.ts']],
    ['targets outside the package are ignored', { '.': '../elsewhere.ts' }, '.', []],
    ['no exports field', undefined, '.', []],
  ])('%s', (_name, exportsField, subpath, expected) => {
    expect(exportTargets(exportsField, subpath)).toEqual(expected);
  });
});

describe('subpathsFor', () => {
  it.each([
    ['the root entry', './src/index.ts', ['.']],
    ['an exact subpath', './src/old.ts', ['./old']],
    ['a pattern, capture read off the file', './src/db/client.ts', ['./db/client']],
    ['a source beside an output target', './dist/db/pool.ts', ['./db/pool']],
    ['a file no subpath reaches', './src/internal/secret.ts', []],
  ])('%s', (_name, file, expected) => {
    expect(subpathsFor(conditional, file)).toEqual(expected);
  });
});

describe('subpath imports (`imports`)', () => {
  const imports = {
    '#db': './src/db/index.ts',
    '#db/*': { types: './src/db/*.ts', default: './dist/db/*.js' },
    '#vendor': 'some-package',
  };

  it.each([
    ['an exact key', '#db', ['./src/db/index.ts']],
    ['a pattern with conditions', '#db/client', ['./src/db/client.ts', './dist/db/client.js']],
    ['a package target is no project file', '#vendor', []],
    ['a specifier the map does not name', '#other', []],
  ])('%s', (_name, specifier, expected) => {
    expect(importTargets(imports, specifier)).toEqual(expected);
  });

  it('is not read from a map whose keys do not all start with #', () => {
    expect(importTargets({ './x': './x.ts' }, '#x')).toEqual([]);
  });

  it('names the specifiers that lead to a file', () => {
    expect(importSpecifiersFor(imports, './src/db/client.ts')).toEqual(['#db/client']);
    expect(importSpecifiersFor(imports, './src/db/index.ts')).toEqual(['#db', '#db/index']);
  });
});
