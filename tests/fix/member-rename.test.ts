// Renaming the member a read names (src/fix/member-rename.ts), applied to code as ESLint applies a fix.
import parser from '@typescript-eslint/parser';
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { keyLike, memberAccessText, renameMember, type MemberNameReader } from '../../src/fix/member-rename.js';

/** The fixer methods renameMember uses, producing text edits. */
const fixer = {
  replaceText: (node: TSESTree.Node, text: string) => ({ range: node.range, text }),
  replaceTextRange: (range: [number, number], text: string) => ({ range, text }),
  insertTextBefore: (node: TSESTree.Node, text: string) => ({ range: [node.range[0], node.range[0]], text }),
} as unknown as TSESLint.RuleFixer;

/** The first member read in `code` (a member expression on `E`, a qualified type name, a destructured key). */
function readerIn(code: string): MemberNameReader {
  const program = parser.parse(code, { range: true });
  let found: MemberNameReader | undefined;
  simpleTraverse(
    program,
    {
      enter(node) {
        if (found) return;
        if (node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.TSQualifiedName) found = node;
        if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) found = node;
      },
    },
    true,
  );
  if (!found) throw new Error(`no member read in ${code}`);
  return found;
}

/** `code` after renaming its first member read to `replacement`, or `undefined` without a fix. */
function renamed(code: string, replacement: string): string | undefined {
  const fix = renameMember(readerIn(code), replacement);
  if (!fix) return undefined;
  const { range, text } = fix(fixer) as TSESLint.RuleFix;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

describe('renameMember', () => {
  it.each([
    ['E.OLD;', 'NEW', 'E.NEW;'],
    ["E['OLD'];", 'NEW', "E['NEW'];"],
    ['E["OLD"];', 'a-b', 'E["a-b"];'],
    ['E[`OLD`];', 'a`b', 'E[`a\\`b`];'],
    ['E.OLD;', 'a-b', "E['a-b'];"],
    ['E?.OLD;', 'a-b', "E?.['a-b'];"],
    ['ns.E.OLD;', "it's", "ns.E['it\\'s'];"],
    ['type T = E.OLD;', 'NEW', 'type T = E.NEW;'],
    ['const { OLD } = E;', 'NEW', 'const { NEW: OLD } = E;'],
    ['const { OLD } = E;', 'a-b', "const { 'a-b': OLD } = E;"],
    ['const { OLD: old } = E;', 'NEW', 'const { NEW: old } = E;'],
    ["const { 'OLD': old } = E;", 'a-b', "const { 'a-b': old } = E;"],
  ])('rewrites %s to read %j', (code, replacement, expected) => {
    expect(renamed(code, replacement)).toBe(expected);
  });

  it('gives no fix when a type would need a name that is not an identifier', () => {
    expect(renamed('type T = E.OLD;', 'a-b')).toBeUndefined();
  });
});

describe('keyLike', () => {
  it('keeps a bare key bare when it can, and quotes it in single quotes otherwise', () => {
    const key = (readerIn('const { OLD } = E;') as TSESTree.Property).key;
    expect(keyLike(key, 'NEW')).toBe('NEW');
    expect(keyLike(key, '1st')).toBe("'1st'");
  });
});

describe('memberAccessText', () => {
  it.each([
    ['Mode', 'UNIFIED', 'Mode.UNIFIED'],
    ['ns.Mode', 'a-b', "ns.Mode['a-b']"],
    ['Mode', "it's", "Mode['it\\'s']"],
  ])('writes %s and %j as %s', (object, member, expected) => {
    expect(memberAccessText(object, member)).toBe(expected);
  });
});
