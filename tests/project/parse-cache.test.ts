// The versioned parse cache that the cross-file analyses of the rules share.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearFsCache, noteLintedFile } from '../../src/project/fs-cache.js';
import {
  analyzeProjectFile,
  analyzeProjectText,
  offerProjectAnalysis,
  projectFileVersion,
  readProjectText,
} from '../../src/project/parse-cache.js';
import { parseProjectFile, projectParseCount, readProjectFile } from '../helpers/project-files.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-parse-cache-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-parse-outside-'));

function write(relative: string, text: string | Buffer, mtime?: Date): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
  return file;
}

/** A module of about `length` characters: one declaration and a long comment. */
function largeModule(index: number, length: number): string {
  return `export const n = ${index};\n/*${'x'.repeat(length)}*/\n`;
}

/** What an editor does after a save: lint a file it linted before (a new run of the same file). */
function relint(): void {
  const file = path.join(root, 'src/open-in-editor.ts');
  noteLintedFile(file, {});
  noteLintedFile(file, {});
}

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('parseProjectFile', () => {
  it('parses with comments, locations and ranges, once per version', () => {
    const file = write('src/a.ts', '/** @deprecated */\nexport const a: number = 1;\n');
    const parsed = parseProjectFile(file, root);
    expect(parsed?.ast.body).toHaveLength(1);
    expect(parsed?.ast.comments?.[0]?.value).toBe('* @deprecated ');
    expect(parsed?.ast.body[0]?.loc.start.line).toBe(2);
    expect(parsed?.ast.body[0]?.range[0]).toBe(19);
    expect(parseProjectFile(file, root)).toBe(parsed);
  });

  it('parses JSX in .tsx files', () => {
    const file = write('src/view.tsx', 'export const view = <div />;\n');
    expect(parseProjectFile(file, root)?.ast.body).toHaveLength(1);
  });

  it('sees a new version at the next re-lint of any file', () => {
    const file = write('src/b.ts', 'export const b = 1;\n', new Date(1_000_000));
    const first = parseProjectFile(file, root);
    write('src/b.ts', 'export const b = 2; export const c = 3;\n', new Date(2_000_000));
    relint();
    const second = parseProjectFile(file, root);
    expect(second).not.toBe(first);
    expect(second?.ast.body).toHaveLength(2);
  });

  it('shares a version between files linted once each (a CLI run) until the trust window ends', () => {
    clearFsCache();
    const file = write('src/cli.ts', 'export const b = 1;\n', new Date(1_000_000));
    noteLintedFile(path.join(root, 'src/first.ts'), {});
    const first = parseProjectFile(file, root);
    write('src/cli.ts', 'export const b = 2; export const c = 3;\n', new Date(2_000_000));
    noteLintedFile(path.join(root, 'src/second.ts'), {});
    expect(parseProjectFile(file, root)).toBe(first);
    clearFsCache();
    expect(parseProjectFile(file, root)?.ast.body).toHaveLength(2);
  });

  it.each([
    ['an unparsable file', 'src/bad.ts', 'export const = ;'],
    ['a binary file', 'src/binary.ts', Buffer.from([0x65, 0x00, 0x01, 0x02])],
    ['a file of another kind', 'src/data.json', '{"a": 1}'],
  ])('gives undefined for %s', (_, relative, text) => {
    expect(parseProjectFile(write(relative, text), root)).toBeUndefined();
  });

  it('gives undefined for missing files, directories and files outside rootDir (also through a symlink)', () => {
    expect(parseProjectFile(path.join(root, 'src/missing.ts'), root)).toBeUndefined();
    fs.mkdirSync(path.join(root, 'src/dir.ts'), { recursive: true });
    expect(parseProjectFile(path.join(root, 'src/dir.ts'), root)).toBeUndefined();
    const secret = path.join(outside, 'secret.ts');
    fs.writeFileSync(secret, 'export const secret = 1;\n');
    expect(parseProjectFile(secret, root)).toBeUndefined();
    fs.symlinkSync(secret, path.join(root, 'src/link.ts'));
    expect(parseProjectFile(path.join(root, 'src/link.ts'), root)).toBeUndefined();
    expect(readProjectFile(path.join(root, 'src/link.ts'), root)).toBeUndefined();
  });

  it('keeps texts within a budget of characters: an evicted text is read again', () => {
    const mtime = new Date(3_000_000);
    const file = write('texts/kept.ts', 'export const a = 1;\n', mtime);
    expect(readProjectFile(file, root)).toBe('export const a = 1;\n');
    // Same size and modification time: the same version, so only a new read can see the change.
    write('texts/kept.ts', 'export const b = 1;\n', mtime);
    expect(readProjectFile(file, root)).toBe('export const a = 1;\n');
    for (let index = 0; index < 11; index++)
      readProjectFile(write(`texts/${index}.ts`, largeModule(index, 100_000)), root);
    expect(readProjectFile(file, root)).toBe('export const b = 1;\n');
  });

  it('stays bounded: old entries are evicted, then parsed again on demand', () => {
    const first = write('many/0.ts', 'export const n = 0;\n');
    const parsedFirst = parseProjectFile(first, root);
    for (let index = 1; index <= 2_100; index++)
      parseProjectFile(write(`many/${index}.ts`, `export const n = ${index};\n`), root);
    const again = parseProjectFile(first, root);
    expect(again).toEqual(parsedFirst);
    expect(again).not.toBe(parsedFirst);
  });
});

describe('analyzeProjectFile', () => {
  it('runs an analyzer once per file version and analyzer key', () => {
    const file = write('src/c.ts', 'export const c = 1;\n', new Date(1_000_000));
    let runs = 0;
    const count = (): number => ++runs;
    expect(analyzeProjectFile(file, root, 'test:count', count)).toBe(1);
    expect(analyzeProjectFile(file, root, 'test:count', count)).toBe(1);
    expect(analyzeProjectFile(file, root, 'test:other', count)).toBe(2);
    write('src/c.ts', 'export const c = 12;\n', new Date(2_000_000));
    relint();
    expect(analyzeProjectFile(file, root, 'test:count', count)).toBe(3);
  });

  it('shares one parse between analyzers of a file, and keeps results after its tree is dropped', () => {
    const file = write('src/shared.ts', 'export const shared = 1;\n');
    const before = projectParseCount();
    expect(analyzeProjectFile(file, root, 'test:first', (parsed) => parsed.ast.body.length)).toBe(1);
    expect(analyzeProjectFile(file, root, 'test:second', (parsed) => parsed.text.length)).toBe(25);
    expect(projectParseCount() - before).toBe(1);
    // Trees are kept by the length of their text: three modules of 100k characters evict the small one.
    for (let index = 0; index < 3; index++)
      parseProjectFile(write(`trees/${index}.ts`, largeModule(index, 100_000)), root);
    const afterEviction = projectParseCount();
    expect(analyzeProjectFile(file, root, 'test:first', () => expect.unreachable())).toBe(1);
    expect(analyzeProjectFile(file, root, 'test:third', (parsed) => parsed.ast.body.length)).toBe(1);
    expect(projectParseCount() - afterEviction).toBe(1);
  });

  it('skips the parse when the text test rules the file out, once per version', () => {
    const file = write('src/skipped.ts', 'export const skipped = 1;\n');
    let tests = 0;
    const mayMatter = (text: string): boolean => {
      tests += 1;
      return text.includes('enum');
    };
    const before = projectParseCount();
    expect(analyzeProjectFile(file, root, 'test:skip', () => expect.unreachable(), mayMatter)).toBeUndefined();
    expect(analyzeProjectFile(file, root, 'test:skip', () => expect.unreachable(), mayMatter)).toBeUndefined();
    expect(tests).toBe(1);
    expect(projectParseCount()).toBe(before);
  });

  it('keeps no tree larger than its budget, but keeps what was learnt from it', () => {
    const file = write('src/huge.ts', largeModule(0, 300_000));
    let runs = 0;
    const before = projectParseCount();
    expect(analyzeProjectFile(file, root, 'test:huge', (parsed) => ((runs += 1), parsed.ast.body.length))).toBe(1);
    expect(analyzeProjectFile(file, root, 'test:huge', () => expect.unreachable())).toBe(1);
    expect(parseProjectFile(file, root)?.ast.body).toHaveLength(1);
    expect([runs, projectParseCount() - before]).toEqual([1, 2]);
  });

  it('does not run the analyzer on a file it cannot parse', () => {
    const file = write('src/bad2.ts', 'export { from');
    expect(analyzeProjectFile(file, root, 'test:never', () => expect.unreachable())).toBeUndefined();
  });
});

describe('offerProjectAnalysis', () => {
  it('takes an analysis of the saved text of a file: later questions get it without parsing the file', () => {
    const file = write('src/offered.ts', 'export class Offered {}\n');
    let analyses = 0;
    const analyze = () => ++analyses;
    offerProjectAnalysis(file, root, 'offered', 'export class Offered {}\n', () => 'from the tree');
    expect(analyzeProjectText(file, root, 'offered', analyze)).toBe('from the tree');
    // Once known, a second offer changes nothing.
    offerProjectAnalysis(file, root, 'offered', 'export class Offered {}\n', () => 'again');
    expect(analyzeProjectText(file, root, 'offered', analyze)).toBe('from the tree');
    expect(analyses).toBe(0);
  });

  it('refuses an analysis of text that is not saved: later questions read the file', () => {
    const file = write('src/changed.ts', 'export class Saved {}\n');
    let offered = 0;
    offerProjectAnalysis(file, root, 'offered', 'export class Unsaved {}\n', () => ++offered);
    expect(offered).toBe(0);
    expect(analyzeProjectText(file, root, 'offered', (text) => text)).toBe('export class Saved {}\n');
  });

  it('takes the text of a file saved with a byte order mark as ESLint hands it, without the mark', () => {
    const file = write('src/marked.ts', '\uFEFFexport class Marked {}\n');
    offerProjectAnalysis(file, root, 'offered', 'export class Marked {}\n', () => 'from the tree');
    expect(analyzeProjectText(file, root, 'offered', () => 'parsed')).toBe('from the tree');
  });

  it('takes no analysis of a file outside the root', () => {
    const file = path.join(outside, 'elsewhere.ts');
    fs.writeFileSync(file, 'export class Elsewhere {}\n');
    let offered = 0;
    offerProjectAnalysis(file, root, 'offered', 'export class Elsewhere {}\n', () => ++offered);
    expect(offered).toBe(0);
  });
});

describe('readProjectText', () => {
  it('reads what readFileSync decodes, ASCII or not, with the version projectFileVersion gives', () => {
    const texts = [
      'export const plain = 1;\n',
      '\uFEFFexport const marked = "é";\n',
      'export const emoji = "🦀", nbsp = "\u00A0";\r\n',
      '',
    ];
    for (const [index, text] of texts.entries()) {
      const file = write(`src/read-${String(index)}.ts`, text);
      expect(readProjectText(file)).toEqual({ text, version: projectFileVersion(file)?.version });
    }
  });

  it('reads a file larger than its buffer whole, and a smaller one after it without its bytes', () => {
    const large = write('src/read-large.ts', largeModule(1, 300_000));
    const small = write('src/read-small.ts', 'export const small = 2;\n');
    expect(readProjectText(large)?.text).toBe(fs.readFileSync(large, 'utf8'));
    expect(readProjectText(small)?.text).toBe('export const small = 2;\n');
  });

  it('reads nothing of a missing file, a folder or a file past 2 MB', () => {
    expect(readProjectText(path.join(root, 'src/missing.ts'))).toBeUndefined();
    expect(readProjectText(path.join(root, 'src'))).toBeUndefined();
    expect(readProjectText(write('src/read-huge.ts', largeModule(2, 2 * 1024 * 1024)))).toBeUndefined();
  });
});
