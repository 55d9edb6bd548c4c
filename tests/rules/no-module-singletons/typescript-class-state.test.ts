// The classes of other modules are read with TypeScript's parser alone (typescript-class-state.ts);
// the linted file's with ESTree (class-state.ts). Held equal here: the state of every class, and each
// module's export table (module-exports.ts' ESTree reading, with the class locals the rule used to
// build from ESTree), over edge cases, this repository, and installed packages nobody here wrote.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse } from '@typescript-eslint/typescript-estree';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { stateOfClass } from '../../../src/rules/no-module-singletons/class-state.js';
import { className } from '../../../src/rules/no-module-singletons/load-time.js';
import { classModuleExports, classStateOf } from '../../../src/rules/no-module-singletons/typescript-class-state.js';
import { analyzeModuleExports } from '../../../src/project/module-exports.js';
import { parseWithTypeScript } from '../../../src/project/typescript-parse.js';
import { childNodes } from '../../../src/ast/walk.js';
import { REPO, repositorySources, sourceFiles } from '../../helpers/source-files.js';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** typescript-estree's tree of `text`, with parent links (ESLint sets them as it walks), and its classes. */
function estreeOf(text: string, file: string): { program: TSESTree.Program; classes: ClassNode[] } | undefined {
  let program: TSESTree.Program;
  try {
    program = parse(text, { range: true, loc: true, jsx: /\.[jt]sx$/.test(file), filePath: file });
  } catch {
    return undefined;
  }
  const classes: ClassNode[] = [];
  const stack: TSESTree.Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) {
      classes.push(node);
    }
    for (const child of childNodes(node)) {
      (child as { parent?: TSESTree.Node }).parent = node;
      stack.push(child);
    }
  }
  return { program, classes };
}

/** The table the rule made of another module with ESTree before it read them with TypeScript. */
function estreeExports(program: TSESTree.Program): unknown {
  const classes = new Map<string, ReturnType<typeof stateOfClass> | null>();
  const note = (node: TSESTree.Node | null | undefined): void => {
    if (node?.type === AST_NODE_TYPES.ClassDeclaration && node.id)
      classes.set(node.id.name, stateOfClass(node) ?? null);
    if (node?.type !== AST_NODE_TYPES.VariableDeclaration) return;
    for (const declarator of node.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init?.type === AST_NODE_TYPES.ClassExpression)
        classes.set(declarator.id.name, stateOfClass(declarator.init) ?? null);
    }
  };
  for (const statement of program.body) {
    note(statement);
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) note(statement.declaration);
  }
  return plain(
    analyzeModuleExports(program, classes, (declaration) =>
      declaration.type === AST_NODE_TYPES.ClassDeclaration ? (stateOfClass(declaration) ?? null) : undefined,
    ),
  );
}

function plain(exports: { exports: ReadonlyMap<string, unknown>; starSpecifiers: readonly string[] } | undefined) {
  return exports && { exports: [...exports.exports], starSpecifiers: exports.starSpecifiers };
}

/** The TypeScript class whose body opens where `node`'s does. */
function typeScriptClasses(source: ts.SourceFile): Map<number, ts.ClassLikeDeclaration> {
  const byBody = new Map<number, ts.ClassLikeDeclaration>();
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) byBody.set(node.members.pos - 1, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return byBody;
}

interface Difference {
  file: string;
  what: string;
  estree: unknown;
  typescript: unknown;
}

/** Where the two readings of `text` differ; `undefined` when typescript-estree cannot parse it. */
function differences(text: string, file: string): Difference[] | undefined {
  const estree = estreeOf(text, file);
  const source = parseWithTypeScript(file, text);
  if (!estree || !source) return undefined;
  const found: Difference[] = [];
  const byBody = typeScriptClasses(source);
  for (const node of estree.classes) {
    const twin = byBody.get(node.body.range[0]);
    const [estreeState, typeScriptState] = [stateOfClass(node), twin && classStateOf(twin, className(node))];
    if (!twin || JSON.stringify(estreeState) !== JSON.stringify(typeScriptState))
      found.push({
        file,
        what: `class at ${String(node.loc.start.line)}`,
        estree: estreeState,
        typescript: typeScriptState,
      });
  }
  const [estreeTable, typeScriptTable] = [estreeExports(estree.program), plain(classModuleExports(text, file))];
  if (JSON.stringify(estreeTable) !== JSON.stringify(typeScriptTable))
    found.push({ file, what: 'exports', estree: estreeTable, typescript: typeScriptTable });
  return found;
}

const CASES: Record<string, string> = {
  'assignments, updates, deletes and container calls': `export class A { n = 0; m() { this.n += 1; } }
export class B { n = 0; m() { this.n++; } }
export class C { o: Record<string, number> = {}; m(k: string) { delete this.o[k]; } }
export class D { s = new Set<string>(); m(v: string) { this.s.add(v); } }
export class E { x = { y: [] as number[] }; m() { this.x.y.push(1); } }
export class F { a?: number[]; m() { this.a ??= []; } }
export class G { #p = 0; m() { this.#p = 1; } }
export class H { ['k'] = 0; m() { this['k'] = 1; this[0] = 2; } }`,
  // typescript-estree names a node's properties alphabetically (\`alternate\` before \`consequent\`).
  'the first change in source order': `export class A { a = 0; b = 0; m(c: boolean) { if (c) this.a = 1; else this.b = 1; } }
export class B { a = [0]; b = 0; m(c: boolean) { return c ? this.a.push(1) : this.b++; } }`,
  'parentheses, optional chains, non-null': `export class A { x = 0; m() { (this.x) = 1; } }
export class B { x = [0]; m() { (this.x.push)(1); } }
export class B2 { x = [0]; m() { (this).x.pop(); } }
export class C { a?: { b: number[] }; m() { this.a?.b.push(1); } }
export class D { a?: { b: { c: number } }; m() { (this.a?.b)!.c = 1; } }
export class E { x?: number[]; m() { this.x!.push(1); } }
export class F { a?: { b: number[] }; m() { (this.a?.b)?.push(1); } }
export class G { a?: { b: { c: number } }; m() { (this.a?.b).c = 1; } }`,
  'members that hold code, and those that do not': `export class A { n = 0; constructor() { this.n = 1; } static s = 0; static m() { this.s = 1; } }
export class B { n = 0; get v() { return this.n; } set v(x) { this.n = x; } }
export class C { n = 0; inc = () => this.n++; }
export class D { n = 0; inc = (() => (this.n = 1)); f = function (this: D) { this.n = 2; }; }
export abstract class E { abstract m(): void; n = 0; o(): void; o(x?: number) { this.n = x ?? 0; } }
export class F { accessor n = 0; static { } [key: string]: unknown; }
export class G { n = 0; [Symbol.iterator]() { this.n = 1; } ['lit']() { this.n = 1; } 1e3() { this.n = 1; } }`,
  'nested functions and classes': `export class A { n = 0; m() { [1].forEach(() => { this.n = 1; }); } }
export class B { n = 0; m() { return function (this: any) { this.n = 1; }; } }
export class C { n = 0; m() { return { k() { this.n = 1; }, get g() { return 1; } }; } }
export class D { n = 0; m() { return class { k() { this.n = 1; } }; } }
export class E { n = 0; f = () => function (this: any) { this.n = 1; }; }
export class F { n = 0; f = () => (function (this: any) { this.n = 1; }); }`,
  'how classes are exported': `class Local { n = 0; m() { this.n = 1; } }
const Expr = (class { n = 0; m() { this.n = 1; } });
export { Local, Expr as Renamed, Local as "quoted" };
export default class { n = 0; m() { this.n = 1; } }
export declare class Ambient { m(): void; }
import { Other } from './other';
import Def, * as ns from './ns';
export { Other, Def, ns };
export { Far } from './far';
export * from './star';
export * as space from './space';
export const value = 1, Klass = class { m() {} };`,
  'named default class and default expressions': `export default class Named { n = 0; m() { this.n = 1; } }
export { Named as Again };
export function f() {}
export namespace N { export const x = 1; }
export namespace Outer.Inner { export const y = 1; }
export enum En { A }
export import Alias = N.x;
declare module 'ambient' { export class Inside {} }`,
  'default expression': `const Store = class { n = 0; m() { this.n = 1; } };
export default (Store);`,
  'default class expression': 'export default (class Named { n = 0; m() { this.n = 1; } });',
};

describe('the TypeScript reading of classes follows the ESTree one', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const file = path.join(REPO, 'cases', `${name}.ts`);
    expect(differences(CASES[name] ?? '', file)).toEqual([]);
  });

  it('reads every module of this repository, ESLint and typescript-eslint the same way', () => {
    const files = [
      ...repositorySources(),
      ...sourceFiles(path.join(REPO, 'node_modules/eslint/lib')),
      ...sourceFiles(path.join(REPO, 'node_modules/@typescript-eslint/scope-manager/dist')),
    ];
    const read = files.map((file) => differences(fs.readFileSync(file, 'utf8'), file));
    const compared = read.filter((found) => found !== undefined);
    expect(compared.length).toBeGreaterThan(files.length * 0.95);
    expect(compared.flat().map((found) => ({ ...found, file: path.relative(REPO, found.file) }))).toEqual([]);
  });

  it('knows nothing of a text TypeScript cannot parse', () => {
    expect(classModuleExports('export class = ;', 'broken.ts')).toBeUndefined();
  });
});
