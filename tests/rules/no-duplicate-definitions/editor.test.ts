// In an editor the index follows saves: a file linted again sees what other files define now.
import { describe, expect, it, vi } from 'vitest';
import rule from '../../../src/rules/no-duplicate-definitions/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { parsesDuring, tempProject, useFakeDateClock } from '../../helpers/temp-project.js';

const project = tempProject('ssot-duplicates-editor-');
const SERVICE = 'export class ClickHouseService {\n  query(sql: string) {\n    return fetch(sql);\n  }\n}\n';
const SHIM = "/** @deprecated */\nexport { ClickHouseService } from '../db/clickhouse';\n";
const filename = project.write('src/db/clickhouse.ts', SERVICE);
project.write('src/legacy/copy.ts', SHIM);
useFakeDateClock();

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

describe('no-duplicate-definitions in a long-lived process', () => {
  it('sees a shim saved as a copy and back, and a copy saved as a new file', () => {
    expect(lint()).toEqual([]);
    project.write('src/legacy/copy.ts', SERVICE);
    expect(lint()).toEqual(['Class ClickHouseService is also defined in src/legacy/copy.ts:1']);
    project.write('src/legacy/copy.ts', SHIM);
    expect(lint()).toEqual([]);
    project.write('src/other/again.ts', SERVICE);
    expect(lint()).toEqual([]);
    // New files are seen once the file-system view is renewed (2 s after a file is linted again).
    vi.setSystemTime(Date.now() + 3_000);
    expect(lint()).toEqual(['Class ClickHouseService is also defined in src/other/again.ts:1']);
  });
});

describe('no-duplicate-definitions and the files it parses', () => {
  const paths = tempProject('ssot-duplicates-paths-');
  const own = paths.write('src/db/clickhouse.ts', SERVICE);
  paths.write('src/generated/client.ts', SERVICE);
  paths.write('src/db/client.test.ts', SERVICE);
  const lintOwn = () =>
    lintOne({
      rule,
      name: 'no-duplicate-definitions',
      code: SERVICE,
      filename: own,
      rootDir: paths.root,
      cwd: paths.root,
    });

  it('never parses a file its path rules out (generated code, tests), even when its text shares a name', () => {
    expect(parsesDuring(() => expect(lintOwn()).toEqual([]))).toBe(0);
    paths.write('src/legacy/copy.ts', SERVICE);
    vi.setSystemTime(Date.now() + 3_000);
    expect(parsesDuring(() => expect(lintOwn()).toHaveLength(1))).toBe(1);
  });
});
