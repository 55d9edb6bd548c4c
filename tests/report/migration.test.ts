// The Migration section: from what canonical-imports logged to the entries, the files nothing
// references, and how the terminal and Markdown reports show them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMigrationLog, closeMigrationLog, recordMigrationModule } from '../../src/project/migration-log.js';
import { migrationSection } from '../../src/report/migration.js';
import { migrationLines, migrationMarkdown } from '../../src/report/migration-text.js';
import { tempProject } from '../helpers/temp-project.js';

const project = tempProject('ssot-migration-');
const file = (relative: string) => path.join(project.root, relative);
project.write('src/db/client.ts', 'export class Client {}\n');
project.write('src/db/legacy.ts', "/** @deprecated */\nexport { Client } from './client';\n");
project.write('src/db/orphan.ts', "/** @deprecated */\nexport { Client } from './client';\n");
project.write('src/db/kept.ts', "/** @deprecated */\nexport { Client } from './client';\n");
project.write('scripts/seed.ts', "import { Client } from '../src/db/kept';\nexport const client = Client;\n");
project.write('src/app.ts', "import { Client } from './db/legacy';\nexport const app = new Client();\n");
project.write('src/jobs.ts', "import { Client } from './db/legacy';\nimport { Client as Again } from './db/legacy';\n");

function logOfProject() {
  const log = openMigrationLog();
  closeMigrationLog();
  const shim = (module: string) => ({
    kind: 'shim' as const,
    module: file(module),
    canonical: [file('src/db/client.ts')],
  });
  for (const module of ['src/db/legacy.ts', 'src/db/orphan.ts', 'src/db/kept.ts'])
    recordMigrationModule(log, shim(module));
  log.references.push(
    { ...shim('src/db/legacy.ts'), file: file('src/jobs.ts'), line: 1 },
    { ...shim('src/db/legacy.ts'), file: file('src/jobs.ts'), line: 2 },
    { ...shim('src/db/legacy.ts'), file: file('src/app.ts'), line: 1 },
    { kind: 'configured', module: 'lodash', canonical: ['lodash-es'], file: file('src/app.ts'), line: 3 },
  );
  return log;
}

const linted = new Set(
  ['src/app.ts', 'src/jobs.ts', 'src/db/client.ts', 'src/db/legacy.ts', 'src/db/orphan.ts', 'src/db/kept.ts'].map(file),
);
const context = { cwd: project.root, linted, rootDirOf: () => Promise.resolve(project.root) };

describe('migrationSection', () => {
  it('counts the references left per module and file, most first', async () => {
    const section = await migrationSection(logOfProject(), context);
    expect(section.references).toBe(4);
    expect(
      section.entries.map(({ module, kind, canonical, references, files, unused }) => ({
        module,
        kind,
        canonical,
        references,
        files,
        unused,
      })),
    ).toEqual([
      {
        module: 'src/db/legacy.ts',
        kind: 'shim',
        canonical: ['src/db/client.ts'],
        references: 3,
        files: [
          { path: 'src/jobs.ts', references: 2 },
          { path: 'src/app.ts', references: 1 },
        ],
        unused: false,
      },
      {
        module: 'lodash',
        kind: 'configured',
        canonical: ['lodash-es'],
        references: 1,
        files: [{ path: 'src/app.ts', references: 1 }],
        unused: false,
      },
      {
        module: 'src/db/kept.ts',
        kind: 'shim',
        canonical: ['src/db/client.ts'],
        references: 0,
        files: [],
        unused: false,
      },
      {
        module: 'src/db/orphan.ts',
        kind: 'shim',
        canonical: ['src/db/client.ts'],
        references: 0,
        files: [],
        unused: true,
      },
    ]);
  });

  it('offers to delete only files nothing references, not even a file the audit did not lint', async () => {
    const section = await migrationSection(logOfProject(), context);
    expect(section.safe_to_delete).toEqual(['src/db/orphan.ts']);
  });

  it('never offers to delete a module with moved exports: it keeps code of its own', async () => {
    const log = openMigrationLog();
    closeMigrationLog();
    recordMigrationModule(log, {
      kind: 'moved',
      module: file('src/db/client.ts'),
      canonical: [file('src/db/next.ts')],
      names: ['a'],
    });
    recordMigrationModule(log, {
      kind: 'moved',
      module: file('src/db/client.ts'),
      canonical: [file('src/db/next.ts')],
      names: ['b'],
    });
    const section = await migrationSection(log, context);
    expect(section.entries).toMatchObject([{ module: 'src/db/client.ts', names: ['a', 'b'], unused: true }]);
    expect(section.safe_to_delete).toEqual([]);
  });
});

describe('the Migration section in the reports', () => {
  it('prints a table and the command that deletes what nothing references', async () => {
    const lines = migrationLines(await migrationSection(logOfProject(), context));
    expect(lines).toEqual([
      '',
      'Migration: 4 compatibility modules, 4 references left in 2 files',
      '  Module            Kind        Now in            References  Files',
      '  src/db/legacy.ts  shim        src/db/client.ts           3  src/jobs.ts (2), src/app.ts (1)',
      '  lodash            configured  lodash-es                  1  src/app.ts (1)',
      '  src/db/kept.ts    shim        src/db/client.ts           0  only in files not linted: scripts/seed.ts',
      '  src/db/orphan.ts  shim        src/db/client.ts           0  none left',
      '',
      'Safe to delete (nothing references them):',
      '  git rm src/db/orphan.ts',
    ]);
  });

  it('writes Markdown rows with code spans, and nothing when there is no compatibility module', async () => {
    const { head, rows } = migrationMarkdown(await migrationSection(logOfProject(), context));
    expect(head).toContain('### Migration');
    expect(head).toContain('git rm src/db/orphan.ts');
    expect(rows[0]).toBe(
      '| `src/db/legacy.ts` | shim | `src/db/client.ts` | 3 | `src/jobs.ts` (2), `src/app.ts` (1) |',
    );
    expect(migrationMarkdown({ references: 0, entries: [], safe_to_delete: [] })).toEqual({ head: [], rows: [] });
    expect(migrationLines(undefined)).toEqual([]);
  });
});
