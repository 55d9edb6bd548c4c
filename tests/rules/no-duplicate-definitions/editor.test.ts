// In an editor the index follows saves: a file linted again sees what other files define now.
import { describe, expect, it, vi } from 'vitest';
import rule from '../../../src/rules/no-duplicate-definitions/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { definitionsInText } from '../../../src/rules/no-duplicate-definitions/typescript-definitions.js';
import { tempProject, useFakeDateClock } from '../../helpers/temp-project.js';

// Other files are read by `definitionsInText` alone (TypeScript's parser): the files it reads are
// the files parsed.
vi.mock('../../../src/rules/no-duplicate-definitions/typescript-definitions.js', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/rules/no-duplicate-definitions/typescript-definitions.js')>();
  return { ...original, definitionsInText: vi.fn(original.definitionsInText) };
});

/** The project files read to learn what they define while `run` ran, in order. */
function filesParsedDuring(run: () => void): string[] {
  const reads = vi.mocked(definitionsInText).mock.calls;
  const before = reads.length;
  run();
  return reads.slice(before).map(([, file]) => file);
}

const project = tempProject('ssot-duplicates-editor-');
const SERVICE = 'export class ClickHouseService {\n  query(sql: string) {\n    return fetch(sql);\n  }\n}\n';
const SHIM = "/** @deprecated */\nexport { ClickHouseService } from '../db/clickhouse';\n";
const filename = project.write('src/db/clickhouse.ts', SERVICE);
project.write('src/legacy/copy.ts', SHIM);
useFakeDateClock();

/** Lints `filename` of the project at `root` with the rule, its text `code`. */
const lintIn = (root: string, filename: string, code = SERVICE) =>
  lintOne({ rule, name: 'no-duplicate-definitions', code, filename, rootDir: root, cwd: root });

function lint(): string[] {
  return lintOne({
    rule,
    name: 'no-duplicate-definitions',
    code: SERVICE,
    filename,
    rootDir: project.root,
    cwd: project.root,
  }).map(({ message }) => message.slice(0, message.indexOf(';')));
}

/** A user's moment between a save and the next lint: more than the index's half second. */
const aMomentLater = () => vi.setSystemTime(Date.now() + 1_000);

describe('no-duplicate-definitions in a long-lived process', () => {
  it('sees a shim saved as a copy and back, and a copy saved as a new file', () => {
    expect(lint()).toEqual([]);
    project.write('src/legacy/copy.ts', SERVICE);
    aMomentLater();
    expect(lint()).toEqual(['Class ClickHouseService is also defined in src/legacy/copy.ts:1']);
    project.write('src/legacy/copy.ts', SHIM);
    // A file that no longer defines the name is read at its current version: at once.
    expect(lint()).toEqual([]);
    project.write('src/other/again.ts', SERVICE);
    aMomentLater();
    expect(lint()).toEqual([]);
    // New files are seen once the file-system view is renewed (2 s after a file is linted again).
    vi.setSystemTime(Date.now() + 3_000);
    expect(lint()).toEqual(['Class ClickHouseService is also defined in src/other/again.ts:1']);
  });
});

describe('no-duplicate-definitions when files are linted again in quick succession (each pass of --fix)', () => {
  const passes = tempProject('ssot-duplicates-passes-');
  const own = passes.write('src/db/clickhouse.ts', SERVICE);
  passes.write('src/legacy/copy.ts', SHIM);
  const lintOwn = () => lintIn(passes.root, own);

  it('puts the index together at most every half second, not at every pass', () => {
    expect(lintOwn()).toEqual([]);
    expect(lintOwn()).toEqual([]);
    passes.write('src/legacy/copy.ts', SERVICE);
    // The pass right after: the index of a moment ago, without a stat of every project file.
    expect(lintOwn()).toEqual([]);
    vi.setSystemTime(Date.now() + 600);
    expect(lintOwn()).toHaveLength(1);
  });
});

describe('no-duplicate-definitions and the files it parses', () => {
  const paths = tempProject('ssot-duplicates-paths-');
  const own = paths.write('src/db/clickhouse.ts', SERVICE);
  paths.write('src/generated/client.ts', SERVICE);
  paths.write('src/db/client.test.ts', SERVICE);
  const lintOwn = () => lintIn(paths.root, own);

  it('never parses a file its path rules out (generated code, tests), even when its text shares a name', () => {
    expect(filesParsedDuring(() => expect(lintOwn()).toEqual([]))).toEqual([]);
    const copy = paths.write('src/legacy/copy.ts', SERVICE);
    vi.setSystemTime(Date.now() + 3_000);
    expect(filesParsedDuring(() => expect(lintOwn()).toHaveLength(1))).toEqual([copy]);
  });
});

describe('no-duplicate-definitions and the files linted before', () => {
  const pair = tempProject('ssot-duplicates-pair-');
  const first = pair.write('src/db/clickhouse.ts', SERVICE);
  const second = pair.write('src/legacy/copy.ts', SERVICE);
  const lintFile = (filename: string, code = SERVICE) =>
    lintOne({ rule, name: 'no-duplicate-definitions', code, filename, rootDir: pair.root, cwd: pair.root });
  const othersParsed = (filename: string, code?: string) =>
    filesParsedDuring(() => expect(lintFile(filename, code)).toHaveLength(1));

  it('reads a linted file from its tree: the file linted after it does not parse it again', () => {
    expect(othersParsed(first)).toEqual([second]);
    expect(othersParsed(second)).toEqual([]);
  });

  it('parses the saved file when the linted text is not what is saved (an editor, before a save)', () => {
    expect(othersParsed(first, `${SERVICE}// not saved yet\n`)).toEqual([second]);
    expect(othersParsed(second)).toEqual([first]);
  });
});

describe('no-duplicate-definitions and a linted file it summarized in part', () => {
  const editor = tempProject('ssot-duplicates-part-');
  const RESULT = 'export class QueryResult {\n  rows: unknown[] = [];\n}\n';
  const twoClasses = `${SERVICE}${RESULT}`;
  const withTwo = editor.write('src/db/two.ts', twoClasses);
  const copy = editor.write('src/legacy/copy.ts', SERVICE);
  const lintFile = (filename: string, code: string) =>
    lintOne({ rule, name: 'no-duplicate-definitions', code, filename, rootDir: editor.root, cwd: editor.root });

  it('reads a linted file again for a name it shares only since (a new file in an editor)', () => {
    expect(filesParsedDuring(() => expect(lintFile(withTwo, twoClasses)).toHaveLength(1))).toEqual([copy]);
    const later = editor.write('src/routes/result.ts', RESULT);
    vi.setSystemTime(Date.now() + 3_000);
    expect(filesParsedDuring(() => expect(lintFile(later, RESULT)).toHaveLength(1))).toEqual([withTwo]);
  });
});

describe('no-duplicate-definitions and a name shared only with files it does not compare with', () => {
  const editor = tempProject('ssot-duplicates-uncompared-');
  const own = editor.write('src/db/clickhouse.ts', SERVICE);
  editor.write('src/generated/clickhouse.ts', SERVICE);
  const lintFile = (filename: string) =>
    lintOne({
      rule,
      name: 'no-duplicate-definitions',
      code: SERVICE,
      filename,
      rootDir: editor.root,
      cwd: editor.root,
    });

  it('reads no words of it, and a file that comes to share it reads the file', () => {
    expect(filesParsedDuring(() => expect(lintFile(own)).toEqual([]))).toEqual([]);
    const copy = editor.write('src/legacy/copy.ts', SERVICE);
    vi.setSystemTime(Date.now() + 3_000);
    expect(filesParsedDuring(() => expect(lintFile(copy)).toHaveLength(1))).toEqual([own]);
  });
});

describe('no-duplicate-definitions and a parsed file it summarized in part', () => {
  const editor = tempProject('ssot-duplicates-parsed-part-');
  const RESULT = 'export class QueryResult {\n  rows: unknown[] = [];\n}\n';
  const withTwo = editor.write('src/db/two.ts', `${SERVICE}${RESULT}`);
  const copy = editor.write('src/legacy/copy.ts', SERVICE);
  const lintFile = (filename: string, code: string) =>
    lintOne({ rule, name: 'no-duplicate-definitions', code, filename, rootDir: editor.root, cwd: editor.root });

  it('summarizes the names another file shares and reads it again for one it shares only since', () => {
    const reads = vi.mocked(definitionsInText).mock.results;
    expect(filesParsedDuring(() => expect(lintFile(copy, SERVICE)).toHaveLength(1))).toEqual([withTwo]);
    const first = reads.at(-1)?.value as ReturnType<typeof definitionsInText>;
    expect([...first.summaries.keys()]).toEqual(['ClickHouseService']);
    const later = editor.write('src/routes/result.ts', RESULT);
    vi.setSystemTime(Date.now() + 3_000);
    expect(filesParsedDuring(() => expect(lintFile(later, RESULT)).toHaveLength(1))).toEqual([withTwo]);
  });
});

describe('no-duplicate-definitions on unsaved text', () => {
  const unsaved = tempProject('ssot-duplicates-unsaved-');
  const draft = unsaved.write('src/routes/draft.ts', 'export const placeholder = 1;\n');
  unsaved.write('src/db/clickhouse.ts', SERVICE);

  it('reads the names the linted text defines, not those of the saved file', () => {
    const lint = (code: string) =>
      lintOne({
        rule,
        name: 'no-duplicate-definitions',
        code,
        filename: draft,
        rootDir: unsaved.root,
        cwd: unsaved.root,
      });
    expect(lint('export const placeholder = 1;\n')).toEqual([]);
    expect(lint(SERVICE).map(({ message }) => message.slice(0, message.indexOf(';')))).toEqual([
      'Class ClickHouseService is also defined in src/db/clickhouse.ts:1',
    ]);
  });
});

describe('no-duplicate-definitions and a file saved with a byte order mark', () => {
  const marked = tempProject('ssot-duplicates-bom-');
  const withMark = marked.write('src/db/clickhouse.ts', `\uFEFF${SERVICE}`);
  const plain = marked.write('src/legacy/copy.ts', SERVICE);

  it('takes a file saved with a byte order mark for its text without one, as ESLint hands it', () => {
    const lintMarked = (filename: string) =>
      filesParsedDuring(() =>
        expect(
          lintOne({
            rule,
            name: 'no-duplicate-definitions',
            code: SERVICE,
            filename,
            rootDir: marked.root,
            cwd: marked.root,
          }),
        ).toHaveLength(1),
      );
    expect(lintMarked(withMark)).toEqual([plain]);
    expect(lintMarked(plain)).toEqual([]);
  });
});
