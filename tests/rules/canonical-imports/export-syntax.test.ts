// The names a canonical module exports, read with TypeScript's parser alone (export-syntax.ts), held
// equal to what TypeScript's binder makes of the same module: each module's own export table
// (`export *` entries apart), over edge cases and every module of this repository and its fixtures.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exportSyntaxOf } from '../../../src/rules/canonical-imports/export-syntax.js';
import { REPO, repositorySources } from '../../helpers/source-files.js';

/** TypeScript's `export *` and `export =` entries of a module's export table. */
const STAR = '__export';
const EQUALS = 'export=';

interface Exports {
  names: string[];
  starSources: string[];
  opaque: boolean;
}

/** What the binder says each of `texts` (absolute path → text) exports; files with syntax errors are left out. */
function boundExports(texts: ReadonlyMap<string, string>): Map<string, Exports> {
  const options: ts.CompilerOptions = {
    noLib: true,
    noResolve: true,
    allowJs: true,
    types: [],
    jsx: ts.JsxEmit.Preserve,
  };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (file, languageVersion) => {
    const text = texts.get(file);
    return text === undefined ? undefined : ts.createSourceFile(file, text, languageVersion);
  };
  host.fileExists = (file) => texts.has(file);
  host.readFile = (file) => texts.get(file);
  const program = ts.createProgram({ rootNames: [...texts.keys()], options, host });
  const checker = program.getTypeChecker();
  const bound = new Map<string, Exports>();
  for (const source of program.getSourceFiles()) {
    if (program.getSyntacticDiagnostics(source).length > 0) continue;
    const table = checker.getSymbolAtLocation(source)?.exports;
    // A JavaScript file's `@typedef` is a type export the reading skips with the rest of JSDoc.
    const keys = [...(table?.values() ?? [])]
      .filter((symbol) => !(symbol.declarations ?? []).every((declaration) => ts.isJSDocTypedefTag(declaration)))
      .map((symbol) => ts.unescapeLeadingUnderscores(symbol.escapedName));
    const stars = table?.get(STAR as ts.__String)?.declarations ?? [];
    bound.set(source.fileName, {
      names: keys.filter((key) => key !== STAR).sort(),
      starSources: stars
        .flatMap((declaration) =>
          ts.isExportDeclaration(declaration) &&
          declaration.moduleSpecifier &&
          ts.isStringLiteral(declaration.moduleSpecifier)
            ? [declaration.moduleSpecifier.text]
            : [],
        )
        .sort(),
      // Without ES module syntax in its text (TypeScript's test, not the program's, which also makes
      // a `.cjs` file a module) it is a script or CommonJS, whose names come from assignments.
      opaque: table === undefined || keys.includes(EQUALS) || !hasModuleSyntax(source),
    });
  }
  return bound;
}

function hasModuleSyntax(source: ts.SourceFile): boolean {
  return ts.isExternalModule(ts.createSourceFile(source.fileName, source.text, ts.ScriptTarget.Latest));
}

/** `exportSyntaxOf`'s answer in the binder's terms: names once each, sorted; nothing listed when opaque. */
function read(text: string, file: string): Exports | undefined {
  const syntax = exportSyntaxOf(text, file);
  if (!syntax) return undefined;
  return syntax.opaque
    ? { names: [], starSources: [], opaque: true }
    : { names: [...new Set(syntax.names)].sort(), starSources: [...syntax.starSources].sort(), opaque: false };
}

/** The binder's answer, with nothing listed for an opaque module (whose names a fix cannot check). */
function expected(exports: Exports): Exports {
  return exports.opaque ? { names: [], starSources: [], opaque: true } : exports;
}

const CASES: Record<string, string> = {
  'declarations of every kind': `export class A {}
export abstract class B {}
export function f() {}
export async function* g() {}
export interface I {}
export type T = string;
export enum E { X }
export const enum CE { Y }
export declare const d: number;
export declare function df(): void;
export namespace N { export const x = 1; }
export namespace Outer.Inner { export type Z = 1; }
export module M {}`,
  'variables, destructured': `declare const o: any;
export const a = 1, b = 2;
export let { c, d: [e, , ...f], ...g } = o;
export var [h = 1, { i }] = o;
export using u = o, v = o;`,
  'default exports export only default': `export default function load() {}
export default class Loader {}`,
  'default interface and default expression': `export default interface Shape {}
const value = 1;
export default value;`,
  'lists, renames, string names, type-only': `const a = 1, b = 2;
type T = 1;
export { a, b as c, a as "not an identifier", a as default };
export type { T };
export { type T as U };`,
  're-exports': `export { x, y as z } from './other';
export * from './star';
export * from "./second-star";
export * as ns from './namespace';
export type { Only } from './types';
export type * from './type-star';`,
  'import-equals, exported or not': `export import fs = require('fs');
import path = require('path');
namespace Q { export const r = 1; }
export import R = Q.r;`,
  'overloads and merging': `export function f(a: string): string;
export function f(a: number): number;
export function f(a: unknown) { return a; }
export interface Box { a: 1 }
export interface Box { b: 2 }
export class Box {}
export namespace Box { export const c = 3; }`,
  'ambient modules and globals do not export from the file': `export {};
declare module 'augmented' { export const inside: number; }
declare global { interface Window { added: true } }
export as namespace UmdGlobal;`,
  '`export =` hides the names': `declare function f(): void;
declare namespace f { const x: number; }
export = f;`,
  'a script has no exports': `const a = 1;
function b() {}
declare module 'only-ambient' { export const c: number; }`,
  'import alone makes a module of no exports': `import './side-effect';
const local = 1;`,
};

describe('exportSyntaxOf', () => {
  const texts = new Map(Object.entries(CASES).map(([name, code]) => [path.join(REPO, 'cases', `${name}.ts`), code]));
  const bound = boundExports(texts);

  it.each(Object.keys(CASES))('reads what TypeScript binds: %s', (name) => {
    const file = path.join(REPO, 'cases', `${name}.ts`);
    const binder = bound.get(file);
    expect(binder).toBeDefined();
    expect(read(CASES[name] ?? '', file)).toEqual(binder && expected(binder));
  });

  it('knows nothing of a text with a syntax error', () => {
    expect(exportSyntaxOf('export const = ;', 'broken.ts')).toBeUndefined();
    expect(exportSyntaxOf('export const a = <div>;', 'view.tsx')).toBeUndefined();
  });

  it('reads JSX in .tsx and .jsx files, and JavaScript', () => {
    expect(exportSyntaxOf('export const View = () => <div>{"a"}</div>;', 'view.tsx')?.names).toEqual(['View']);
    expect(exportSyntaxOf('export function View() { return <b />; }', 'view.jsx')?.names).toEqual(['View']);
    expect(exportSyntaxOf('export default 1;\nexport const a = 2;', 'lib.mjs')?.names).toEqual(['default', 'a']);
  });

  it('reads every module of the repository and its fixtures (installed declarations included) as TypeScript binds them', () => {
    const files = repositorySources({ withDeclarations: true });
    expect(files.length).toBeGreaterThan(500);
    expect(files.some((file) => file.includes(`${path.sep}node_modules${path.sep}`) && file.endsWith('.d.ts'))).toBe(
      true,
    );
    const texts = new Map(files.map((file) => [file, fs.readFileSync(file, 'utf8')]));
    const bound = boundExports(texts);
    const differing = [...bound].filter(([file, binder]) => {
      return JSON.stringify(read(texts.get(file) ?? '', file)) !== JSON.stringify(expected(binder));
    });
    expect(differing.map(([file]) => path.relative(REPO, file))).toEqual([]);
    // Files TypeScript cannot parse (fixtures of broken code) are few, and read as unknown.
    const broken = files.filter((file) => !bound.has(file));
    expect(broken.length).toBeLessThan(files.length / 20);
    for (const file of broken) expect(exportSyntaxOf(texts.get(file) ?? '', file)).toBeUndefined();
  });
});
