// What spares the enum rule cross-file work: the text tests that rule out a parse (sound: they may
// let a module through needlessly, never rule out one that matters) and the answers shared by the
// files linted with one options object.
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { enumLookupFor, resolveImport } from '../../../src/rules/no-deprecated-enum-members/resolution.js';
import { mayLeadToDeprecatedEnum, starReexportsOnly } from '../../../src/rules/no-deprecated-enum-members/enum-text.js';
import { analyzeModuleEnums } from '../../../src/rules/no-deprecated-enum-members/module-enums.js';
import { clearFsCache } from '../../../src/project/fs-cache.js';
import { parsesDuring, tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-enum-prechecks-');

describe('mayLeadToDeprecatedEnum with configured enum names', () => {
  it('rules out a module that only imports or reads a configured enum and declares another', () => {
    const text =
      "import { Status } from './constants';\nexport const enum Flags { A = 1 }\nexport const ok = Status.OK;\n";
    expect(mayLeadToDeprecatedEnum(text, ['Status'])).toBe(false);
    expect(mayLeadToDeprecatedEnum('export enum StatusCode { A }\n', ['Status'])).toBe(false);
  });

  it.each([
    ['an enum', 'export enum Status { OK }\n'],
    ['a const enum', 'export const enum Status { OK }\n'],
    ['comments between `enum` and the name', 'declare enum /* generated */\n// old\nStatus { OK }\n'],
    ['an enum-like object', 'export const Status = { OK: 0 } as const;\n'],
    ['a frozen object', 'export const Status = Object.freeze({ OK: 0 });\n'],
    ['an escape that may spell the name', 'export enum \\u0053tatus { OK }\n'],
    ['a name with regular-expression characters', 'export enum $Status { OK }\n', '$Status'],
  ])('lets through %s', (_, text, name = 'Status') => {
    expect(mayLeadToDeprecatedEnum(text, [name])).toBe(true);
  });
});

describe('starReexportsOnly', () => {
  it.each([
    ['a shim with a JSDoc header', "/** @deprecated use ./x */\nexport * from './x'\n", ['./x']],
    [
      'a chain of statements, `;` or line breaks between',
      'export * from "./a"; export * from \'./b\'\r\nexport*from"./c"',
      ['./a', './b', './c'],
    ],
    [
      'a byte-order mark and comments',
      "\uFEFF// a\nexport /* b */ * from './a' /* c\n */ export * from './b';\n",
      ['./a', './b'],
    ],
  ])('reads %s as analyzeModuleEnums does', (_, text, specifiers) => {
    expect(starReexportsOnly(text)).toEqual(specifiers);
    const parsed = analyzeModuleEnums(parse(text, { range: true, loc: true, comment: true }), text);
    expect(parsed.starSpecifiers).toEqual(specifiers);
    expect(parsed.exports.size).toBe(0);
  });

  it.each([
    ['two statements on one line without `;` (a syntax error)', "export * from './a' export * from './b'\n"],
    ['an escape in the specifier', "export * from './\\u0061'\n"],
    ['a namespace re-export', "export * as ns from './a'\n"],
    ['a type-only re-export', "export type * from './a'\n"],
    ['any other statement', "export * from './a'\nexport const x = 1;\n"],
    ['a line comment at the end without a line break', "export * from './a' // end"],
    ['no statement at all', '// nothing\n'],
    ['a long module', `export * from './a';\n${'// padding\n'.repeat(1_000)}`],
  ])('leaves %s to the parser', (_, text) => {
    expect(starReexportsOnly(text)).toBeUndefined();
  });
});

describe('enumLookupFor', () => {
  it('shares one lookup per options object and root', () => {
    const options = { Mode: { OLD: 'NEW' } };
    expect(enumLookupFor(options, root)).toBe(enumLookupFor(options, root));
    expect(enumLookupFor(options, root)).not.toBe(enumLookupFor({ ...options }, root));
    expect(enumLookupFor(options, root)).not.toBe(enumLookupFor(options, path.join(root, 'src')));
  });

  it('answers an import once for the files of a folder, again once files may have changed', () => {
    write('src/mode.ts', 'export enum Mode {\n  /** @deprecated Use B. */\n  A,\n  B,\n}\n');
    const lookup = enumLookupFor({}, root);
    const first = resolveImport('./mode', 'Mode', path.join(root, 'src/a.ts'), lookup);
    expect(first?.kind).toBe('enum');
    expect(
      parsesDuring(() => expect(resolveImport('./mode', 'Mode', path.join(root, 'src/b.ts'), lookup)).toBe(first)),
    ).toBe(0);

    write('src/mode.ts', 'export enum Mode {\n  A,\n  /** @deprecated Use A. */\n  B,\n  C,\n}\n');
    clearFsCache();
    const second = resolveImport('./mode', 'Mode', path.join(root, 'src/a.ts'), lookup);
    expect(second?.kind === 'enum' && [...second.info.members.keys()]).toEqual(['A', 'B', 'C']);
  });
});
