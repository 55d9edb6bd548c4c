// The text scan that decides which files are parsed: it may name too much, never too little.
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { scanDefinitionText } from '../../../src/rules/no-duplicate-definitions/definition-text.js';
import { exportedDefinitions } from '../../../src/rules/no-duplicate-definitions/definitions.js';

const MODULE = `
export class Service {}
export default abstract class Base {}
export async function load() {}
export function* items() {}
export const enum Mode { A }
export enum Color { Red }
export interface Options { a: string }
export type Row = string[];
export const helper = () => 1, other = { a: 1 };
class Local {}
function local() {}
export { Local, local as renamed };
export type { Hidden };
interface Hidden {}
const fallback = class {};
export default fallback;
export { fromElsewhere } from './elsewhere';
export * as ns from './namespace';
export * from './star';
// export class InAComment {}
const reexport = 1; module.exports = {}; exports.x = 1;
`;

describe('scanDefinitionText', () => {
  it('names every exported declaration and every locally exported name', () => {
    const scan = scanDefinitionText(MODULE);
    expect(scan.names).toEqual([
      'Service',
      'Base',
      'load',
      'items',
      'Mode',
      'Color',
      'Options',
      'Row',
      'helper',
      'other',
      'Local',
      'local',
      'Hidden',
      'fallback',
      'InAComment',
    ]);
    expect(scan.namespaceSources).toEqual(['./namespace']);
  });

  it('never misses a definition the parse finds', () => {
    const { definitions } = exportedDefinitions(parse(MODULE, { range: true, loc: true }));
    const scanned = new Set(scanDefinitionText(MODULE).names);
    expect([...definitions.keys()].filter((name) => !scanned.has(name))).toEqual([]);
    expect([...definitions.keys()].sort()).toEqual(
      [
        'Base',
        'Color',
        'Hidden',
        'Local',
        'Mode',
        'Options',
        'Row',
        'Service',
        'fallback',
        'helper',
        'items',
        'load',
        'local',
        'other',
      ].sort(),
    );
  });

  it('follows declarator lists over lines and past brackets, and stops where the statement ends', () => {
    const text =
      'export const a = f(1, 2),\n  b = { c: 1, d: 2 }\n  , e = [3, 4]\nconst notExported = 1, alsoNot = 2;\n';
    expect(scanDefinitionText(text).names).toEqual(['a', 'b', 'e']);
  });

  it('takes namespace imports and re-exports that begin a line, not those quoted in comments or strings', () => {
    const text = [
      "import * as internal from './internal/trie';",
      "  import type * as types from './types';",
      "\texport * as Option from './Option';",
      '/**',
      " * import * as fs from 'fs';",
      " * export * as Example from './example';",
      ' */',
      "const code = `import * as quoted from './quoted'`; export * as Inline from './inline';",
      "// import * as commented from './commented';",
    ].join('\r\n');
    expect(scanDefinitionText(text).namespaceSources).toEqual(['./Option', './internal/trie', './types']);
  });

  it('takes a line begun by a Unicode line separator as TypeScript does, and no import of a longer word', () => {
    const text =
      "const a = 1;\u2028import * as internal from './internal';\u2029export * as Option from './Option';\nreimport * as x from './x';\n";
    expect(scanDefinitionText(text).namespaceSources).toEqual(['./Option', './internal']);
  });

  it('finds nothing in a module without exports', () => {
    expect(scanDefinitionText('const exported = 1;\nclass Reexporter {}\n')).toEqual({
      names: [],
      namespaceSources: [],
    });
  });
});
