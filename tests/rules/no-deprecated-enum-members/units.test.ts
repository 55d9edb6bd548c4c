// The enum analysis on its own, the options schema through ESLint, and cross-file caching.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import enumRule, { type NoDeprecatedEnumMembersOptions } from '../../../src/rules/no-deprecated-enum-members/index.js';
import { clearFsCache } from '../../../src/project/fs-cache.js';
import { analyzeModuleEnums } from '../../../src/rules/no-deprecated-enum-members/module-enums.js';
import { deprecationOf, namesInDeprecationText } from '../../../src/rules/no-deprecated-enum-members/deprecation.js';
import { deprecationTagText } from '../../../src/rules/no-deprecated-enum-members/jsdoc-deprecation.js';
import { enumFromDeclarations } from '../../../src/rules/no-deprecated-enum-members/enum-declarations.js';
import type { EnumInfo } from '../../../src/rules/no-deprecated-enum-members/enum-info.js';

const RULE = 'ssot/no-deprecated-enum-members';

function enumOf(code: string): EnumInfo {
  const program = parse(code, { range: true });
  const declarations = program.body.filter(
    (statement): statement is TSESTree.TSEnumDeclaration => statement.type === AST_NODE_TYPES.TSEnumDeclaration,
  );
  return enumFromDeclarations(declarations, code);
}

function lint(code: string, options: unknown[], filename: string, rootDir: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd: rootDir });
  return linter.verify(
    code,
    {
      files: ['**/*.ts'],
      plugins: { ssot: plugin },
      languageOptions: { parser: plugin.configs.recommended.languageOptions?.parser },
      settings: { ssot: { rootDir } },
      rules: { [RULE]: ['error', ...options] },
    } as unknown as Linter.Config,
    filename,
  );
}

describe('deprecationTagText', () => {
  it.each([
    ['/** @deprecated */', ''],
    ['/** @deprecated Use UNIFIED. */', 'Use UNIFIED.'],
    [
      '/**\n * Old mode.\n * @deprecated Use UNIFIED;\n *   isolation is gone.\n * @see Mode\n */',
      'Use UNIFIED; isolation is gone.',
    ],
    ['/** @deprecated Use {@link Mode.UNIFIED} instead. */', 'Use {@link Mode.UNIFIED} instead.'],
  ])('reads %j', (comment, text) => {
    expect(deprecationTagText(comment)).toBe(text);
  });

  it.each(['/* @deprecated */', '/** @deprecatedSoon */', '/** deprecated */', '/**/'])(
    'finds no tag in %j',
    (comment) => {
      expect(deprecationTagText(comment)).toBeUndefined();
    },
  );
});

describe('namesInDeprecationText', () => {
  it.each([
    ['Use {@link Mode.UNIFIED}.', ['UNIFIED']],
    ['Prefer `Mode.UNIFIED`; see UNIFIED.', ['UNIFIED', 'UNIFIED']],
    ['Replaced by NEXT in v3.', ['NEXT']],
    ['Use Other.UNIFIED.', []],
    ['Will be removed.', []],
  ])('reads %j', (text, names) => {
    expect(namesInDeprecationText(text, 'Mode')).toEqual(names);
  });
});

describe('enum analysis', () => {
  it('folds the constant expressions enums accept', () => {
    const info = enumOf(
      "enum E { A = 1 << 3, B = A | 1, C = -B, D = ~0, S = 'x' + 'y', T = `${S}z`, U = E.A * 2, V, W = Math.random() }",
    );
    expect([...info.members.values()].map((member) => member.value)).toEqual([
      8,
      9,
      -9,
      -1,
      'xy',
      'xyz',
      16,
      17,
      undefined,
    ]);
  });

  it('follows an alias through deprecated members to the first one that is not', () => {
    const info = enumOf('enum E { A = 1, /** @deprecated */ B = A, /** @deprecated */ C = E.B }');
    expect(deprecationOf(info, 'C', undefined)).toEqual({ reason: '', replacement: 'A', sameValue: true });
  });

  it('shows inline links as their target or label in the reason', () => {
    const info = enumOf(
      'enum E { A = 1, /** @deprecated Use {@link E.A}. */ B = 1, /** @deprecated See {@link E.A | the new one}. */ C = 1 }',
    );
    expect(deprecationOf(info, 'B', undefined)?.reason).toBe('Use E.A');
    expect(deprecationOf(info, 'C', undefined)).toEqual({
      reason: 'See the new one',
      replacement: 'A',
      sameValue: true,
    });
  });

  it('prefers the configured replacement, and compares values to decide on a fix', () => {
    const info = enumOf('enum E { A = 1, B = 2, /** @deprecated Use A. */ C = 1 }');
    expect(deprecationOf(info, 'C', { C: 'B' })).toEqual({
      reason: 'Use A',
      replacement: 'B',
      sameValue: false,
      differentValues: '1 vs 2',
    });
    expect(deprecationOf(info, 'C', { C: null })).toEqual({
      reason: 'Use A',
      replacement: undefined,
      sameValue: false,
    });
    expect(deprecationOf(info, 'A', undefined)).toBeUndefined();
  });
});

describe('module analysis', () => {
  it('records which exports are enums, re-exports, or neither (so no `export *` walk is needed for them)', () => {
    const code = [
      "import { Imported } from './imported.js';",
      'export enum Mode { A }',
      'export const Color = { RED: 1 } as const;',
      'export const answer = 42;',
      'export function api() {}',
      'export interface Shape {}',
      'const local = 1;',
      'export { local as renamed, Imported };',
      "export { Other as Alias } from './other.js';",
      "export * as ns from './ns.js';",
      "export * from './star.js';",
      'export default class {}',
    ].join('\n');
    const analysis = analyzeModuleEnums(parse(code, { range: true }), code);
    const kinds = Object.fromEntries([...analysis.exports].map(([name, source]) => [name, source.kind]));
    expect(kinds).toEqual({
      Mode: 'declared',
      Color: 'declared',
      answer: 'other',
      api: 'other',
      Shape: 'other',
      renamed: 'other',
      Imported: 'reexport',
      Alias: 'reexport',
      ns: 'reexport',
      default: 'other',
    });
    expect(analysis.starSpecifiers).toEqual(['./star.js']);
  });
});

describe('options', () => {
  it('rejects an unknown option with the schema error naming it', () => {
    expect(() => lint('export {};', [{ enum: {} }], 'file.ts', process.cwd())).toThrow(/Unexpected property "enum"/);
  });

  it.each([
    [{ enums: { Mode: { ISOLATED: 1 } } }, /ssot\/no-deprecated-enum-members.*\n.*Value 1 should be string,null/],
    [{ enums: { Mode: 'UNIFIED' } }, /ssot\/no-deprecated-enum-members.*\n.*Value "UNIFIED" should be object/],
    [
      { enums: { Mode: { ISOLATED: '' } } },
      /ssot\/no-deprecated-enum-members.*\n.*Value "" should NOT be shorter than 1 characters/,
    ],
  ])('rejects %j', (options, error) => {
    expect(() => lint('export {};', [options], 'file.ts', process.cwd())).toThrow(error);
  });

  it('declares exactly the keys of NoDeprecatedEnumMembersOptions, each described', () => {
    // A key added to the type but not the schema (or back) fails to compile here or below.
    const typeKeys: Record<keyof NoDeprecatedEnumMembersOptions, true> = { enums: true };
    const [schema] = enumRule.meta.schema as unknown as [{ properties: Record<string, { description?: string }> }];
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(typeKeys).sort());
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
  });
});

describe('cross-file cache', () => {
  const projects: string[] = [];
  afterAll(() => {
    for (const dir of projects) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the declaring file again once it changes', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-enum-')));
    projects.push(dir);
    const modeFile = path.join(dir, 'mode.ts');
    const user = path.join(dir, 'user.ts');
    const code = "import { Mode } from './mode.js';\nexport const m = Mode.OLD;";
    fs.writeFileSync(modeFile, 'export enum Mode { NEW = 1, /** @deprecated Use NEW. */ OLD = 1 }\n');
    expect(lint(code, [], user, dir).map((message) => message.message)).toEqual([
      'Mode.OLD is deprecated (Use NEW). Use Mode.NEW.',
    ]);

    fs.writeFileSync(modeFile, 'export enum Mode { NEW = 1, OLD = 2 }\n');
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(modeFile, later, later);
    // Stats are trusted for a short window; an editor sees the change once it ends. The parsed
    // file stays cached: only its new version (mtime + size) makes the rule read it again.
    clearFsCache();
    expect(lint(code, [], user, dir)).toEqual([]);
  });
});
