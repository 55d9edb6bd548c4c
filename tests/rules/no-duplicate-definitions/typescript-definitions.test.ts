// Another file's definitions are read with TypeScript's parser alone (typescript-definitions.ts) and
// the linted file's from its ESTree (definitions.ts): both readings must say the same of any text.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import {
  exportedDefinitions,
  exportsSomeName,
  summarize,
  type DefinitionSummary,
} from '../../../src/rules/no-duplicate-definitions/definitions.js';
import { definitionsInText } from '../../../src/rules/no-duplicate-definitions/typescript-definitions.js';
import { REPO, repositorySources } from '../../helpers/source-files.js';

function readable(summaries: ReadonlyMap<string, DefinitionSummary>): unknown[] {
  return [...summaries].map(([name, summary]) => ({ name, ...summary, words: [...summary.words].sort() }));
}

/** What the ESTree reading says, as parse-cache.ts parses another file; `undefined` when it cannot parse. */
function fromEstree(text: string, file: string): unknown[] | undefined {
  const extension = path.extname(file);
  let program;
  try {
    program = parse(text, {
      comment: true,
      loc: true,
      range: true,
      jsx: extension === '.tsx' || extension === '.jsx',
      filePath: file,
      sourceType: 'module',
      loggerFn: false,
    });
  } catch {
    return undefined;
  }
  return readable(summarize(exportedDefinitions(program), text, file));
}

const CASES: Record<string, string> = {
  'decorators before and after export': `import { Injectable } from '@nestjs/common';
@Injectable() export class A { run() { return Injectable; } }
export @Injectable() class B {}
@Injectable()
class C {}
export { C };`,
  'comments between export, default and the declaration': `export /* a */ default /* b */ class Named { x = 1 }
export // line
abstract class Base {}`,
  'default exports': `export default function load() {}
export default async function* items() {}
export default class {}
const value = { a: 1 };
export default (value);`,
  'overloads, merging and ambient declarations': `export function f(a: string): string;
export function f(a: number): number;
export function f(a: unknown) { return a; }
export interface Merged { a: string }
export class Merged {}
export declare const ambient: { a: 1 };
declare function hidden(): void;
export { hidden };
declare module 'x' { export class InModule {} }`,
  'aliases of imported names are no definitions': `import type { New, Other } from './new';
import * as ns from './ns';
import Def, { type Named } from './def';
import legacy = require('./legacy');
export type Old = New<string>;
export type Qualified = ns.Inner.Type;
export type Wrapped = (New);
export type ViaImport = import('./x').Thing;
export type TypeOfImport = typeof import('./x');
export interface Empty extends Other {}
export interface FromNamespace extends ns.Base {}
export interface Two extends New, Other {}
export interface WithMembers extends New { a: string }
export const alias = Def;
export const fromLegacy = legacy.make;
export type Local = { a: Named };`,
  'constants: what they hold decides': `export const arrow = (a: number) => a, fn = function () {}, klass = class {};
export const wrapped = ({ a: 1 }) as const;
export const satisfied = { b: 2 } satisfies Record<string, number>;
export const asserted = (() => 1)!;
export const angle = <Record<string, number>>{ c: 3 };
export let mutable = () => 1;
export var old = {};
export const { destructured } = { destructured: () => 1 };
export const number = 1, string = 'x';
await using disposable = { [Symbol.asyncDispose]: async () => {} };
using sync = { [Symbol.dispose]: () => {} };
export { disposable, sync };`,
  'more forms of values, classes and lists': `import type { Base } from './base';
export const generator = function* () { yield 1; };
export const doubleCast = { a: 1 } as unknown as Record<string, number>;
export const asyncArrow = async <T,>(value: T) => value;
export default class extends Object { static accessor count = 0; }
export abstract class Shape implements Base { @log() area(): number { return 0; } }
declare namespace Ambient { export class Inside {} }
export declare enum Declared { A }
type Local = { a: 1 };
export { type Local, Shape as default };`,
  'export lists name locals, not re-exports': `const a = () => 1;
function b() {}
class c {}
export { a, b as bee, c as "see" };
export type { Hidden };
interface Hidden { h: 1 }
export { d } from './d';
export * as star from './star';
export = a;`,
  'enums, abstract classes and generators': `export const enum Mode { A, B }
export enum Color { Red = 'red' }
export abstract class Shape { abstract area(): number }
export function* walk() { yield 1; }
export async function load() { await walk(); }`,
  'imports of every form qualify the words that name them': `import type Default from './default';
import * as ns from './ns';
import { a as local } from './a';
import required = require('./required');
export import reexported = require('./reexported');
import Internal = ns.Inner;
export class Uses { a = local; b = ns; c = required; d = reexported; e: Default; f: Internal }`,
  'a facade forwards to the same name': `import * as logging from './logging';
export function setLogger(logger: unknown) { logging.setLogger(logger); }
export function setLevel<T>(level: T) { return logging.setLevel<T>(level); }`,
};

describe('definitionsInText', () => {
  for (const [name, code] of Object.entries(CASES)) {
    it(`reads what the ESTree reading does: ${name}`, () => {
      const file = path.join(REPO, 'src', 'module.ts');
      const expected = fromEstree(code, file);
      expect(expected).toBeDefined();
      expect(readable(definitionsInText(code, file).summaries)).toEqual(expected);
    });
  }

  it('reads JSX in .tsx files and keeps lines across \\r\\n, \\u2028 and a byte order mark', () => {
    const code =
      '\uFEFFimport { Button } from "./button";\r\nexport const Panel = () => <div>it\'s {"a"}</div>;\u2028export function Other() {\r\n  return <Button />;\r\n}\r\n';
    const file = path.join(REPO, 'src', 'panel.tsx');
    const expected = fromEstree(code, file);
    expect(expected).toMatchObject([
      { name: 'Panel', line: 2 },
      { name: 'Other', line: 3 },
    ]);
    expect(readable(definitionsInText(code, file).summaries)).toEqual(expected);
  });

  it('reads a constant under every type-only wrapper, `<T>` included, as the value it holds', () => {
    const code = CASES['constants: what they hold decides'] ?? '';
    const file = path.join(REPO, 'src', 'module.ts');
    const families = new Map([...definitionsInText(code, file).summaries].map(([name, found]) => [name, found.family]));
    expect(
      Object.fromEntries(['wrapped', 'satisfied', 'asserted', 'angle'].map((name) => [name, families.get(name)])),
    ).toEqual({
      wrapped: 'object',
      satisfied: 'object',
      asserted: 'function',
      angle: 'object',
    });
    expect(fromEstree(code, file)).toEqual(readable(definitionsInText(code, file).summaries));
  });

  it('knows nothing of a text with a syntax error, as the ESTree parse refuses it', () => {
    const code = 'export class Fine {}\nexport const broken = ;\n';
    const file = path.join(REPO, 'src', 'broken.ts');
    expect(fromEstree(code, file)).toBeUndefined();
    expect(definitionsInText(code, file).summaries.size).toBe(0);
  });

  it('summarizes only the names it is asked to and names the others', () => {
    const code = 'export class Shared { run() {} }\nexport interface Own { a: string }\nexport type Also = Own[];\n';
    const file = path.join(REPO, 'src', 'module.ts');
    const read = definitionsInText(code, file, (name) => name === 'Shared');
    expect([...read.summaries.keys()]).toEqual(['Shared']);
    expect(read.summaries.get('Shared')).toEqual(definitionsInText(code, file).summaries.get('Shared'));
    expect([...read.unread].sort()).toEqual(['Also', 'Own']);
    expect([...definitionsInText(code, file).unread]).toEqual([]);
  });

  it('reads every module of the repository as the ESTree reading does', () => {
    const files = repositorySources();
    expect(files.length).toBeGreaterThan(500);
    const differing = files.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const expected = fromEstree(text, file) ?? [];
      return JSON.stringify(readable(definitionsInText(text, file).summaries)) !== JSON.stringify(expected);
    });
    expect(differing).toEqual([]);
  });
});

describe('exportsSomeName', () => {
  /** The definitions `exportedDefinitions` finds whose name `exportsSomeName` is not asked about. */
  function unasked(text: string, file: string): string[] {
    let program;
    try {
      program = parse(text, { range: true, loc: true, jsx: file.endsWith('x'), filePath: file });
    } catch {
      return [];
    }
    const asked = new Set<string>();
    exportsSomeName(program, (name) => {
      asked.add(name);
      return false;
    });
    return [...exportedDefinitions(program).definitions.keys()].filter((name) => !asked.has(name));
  }

  it('asks about every name a definition is exported under, in the edge cases and in every module of the repository', () => {
    const file = path.join(REPO, 'src', 'module.ts');
    for (const code of Object.values(CASES)) expect(unasked(code, file)).toEqual([]);
    const files = repositorySources();
    expect(files.filter((each) => unasked(fs.readFileSync(each, 'utf8'), each).length > 0)).toEqual([]);
  });

  it('stops at the first name it wants', () => {
    const program = parse(
      'export const a = () => 1, b = {};\nclass C {}\nexport { C };\nexport default function d() {}\n',
      {
        range: true,
      },
    );
    const asked: string[] = [];
    expect(exportsSomeName(program, (name) => (asked.push(name), name === 'C'))).toBe(true);
    expect(asked).toEqual(['a', 'b', 'C']);
    expect(exportsSomeName(program, () => false)).toBe(false);
  });
});
