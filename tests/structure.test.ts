// The shape issue #15 set for src/: a reader finds a rule, its private helpers, its doc and its
// tests in one step each; shared folders hold what is shared for real; nothing grows past the size
// at which it should be split.
import fs from 'node:fs';
import path from 'node:path';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const srcDir = path.join(root, 'src');
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 120;

const sources = (fs.readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split(path.sep).join('/'))
  .sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(srcDir, file), 'utf8') }));
const ruleNames = fs
  .readdirSync(path.join(srcDir, 'rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** `src/`-relative paths of the modules a source file imports from src/ (relative specifiers only). */
function importsOf(file: string, text: string): string[] {
  const imports: string[] = [];
  for (const match of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
    const specifier = (match[1] ?? match[2] ?? '').replace(/\.js$/, '.ts');
    imports.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
  }
  return imports;
}

function ruleOf(file: string): string | undefined {
  const match = /^rules\/([^/]+)\//.exec(file);
  return match?.[1];
}

describe('src/ layout', () => {
  it('has one folder per rule, each with an index.ts, a doc page and a test folder', () => {
    expect(ruleNames.length).toBeGreaterThanOrEqual(5);
    for (const rule of ruleNames) {
      expect(fs.existsSync(path.join(srcDir, 'rules', rule, 'index.ts')), rule).toBe(true);
      expect(fs.existsSync(path.join(root, 'docs/rules', `${rule}.md`)), rule).toBe(true);
      expect(fs.existsSync(path.join(root, 'tests/rules', rule)), rule).toBe(true);
    }
  });

  it('has no import from one rule folder into another', () => {
    const crossings = sources.flatMap(({ file, text }) => {
      const rule = ruleOf(file);
      return importsOf(file, text)
        .filter((target) => ruleOf(target) !== undefined && ruleOf(target) !== rule)
        .filter((target) => !(file === 'rules/index.ts' && target.endsWith('/index.ts')))
        .map((target) => `${file} → ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('keeps in src/util/ only what two or more rules use (directly or through a shared module)', () => {
    const importsByFile = new Map(sources.map(({ file, text }) => [file, importsOf(file, text)]));
    const usersOf = new Map<string, Set<string>>();
    for (const rule of ruleNames) {
      const seen = new Set<string>();
      const stack = sources.map(({ file }) => file).filter((file) => ruleOf(file) === rule);
      while (stack.length > 0) {
        const file = stack.pop() as string;
        if (seen.has(file)) continue;
        seen.add(file);
        if (file.startsWith('util/')) usersOf.set(file, (usersOf.get(file) ?? new Set()).add(rule));
        stack.push(
          ...(importsByFile.get(file) ?? []).filter(
            (target) => ruleOf(target) === undefined || ruleOf(target) === rule,
          ),
        );
      }
    }
    const utilFiles = sources.map(({ file }) => file).filter((file) => file.startsWith('util/'));
    expect(utilFiles.filter((file) => (usersOf.get(file)?.size ?? 0) < 2)).toEqual([]);
  });

  it(`has no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES}`, () => {
    const tooLong: string[] = [];
    for (const { file, text } of sources) {
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lines > MAX_FILE_LINES) tooLong.push(`${file}: ${lines} lines`);
      simpleTraverse(parse(text, { loc: true, range: true }), {
        enter(node) {
          if (!('body' in node) || !/Function/.test(node.type) || !node.body) return;
          const length = node.loc.end.line - node.loc.start.line + 1;
          if (length > MAX_FUNCTION_LINES)
            tooLong.push(`${file}:${node.loc.start.line}: a function of ${length} lines`);
        },
      });
    }
    expect(tooLong).toEqual([]);
  });
});
