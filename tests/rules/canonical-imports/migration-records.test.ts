// What canonical-imports tells ssot-audit while it lints (src/project/migration-log.ts): the
// compatibility module a linted file is, and each reference it reports; nothing when no audit listens.
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import rule from '../../../src/rules/canonical-imports/index.js';
import { closeMigrationLog, migrationLog, openMigrationLog } from '../../../src/project/migration-log.js';
import { tempProject } from '../../helpers/temp-project.js';

const project = tempProject('ssot-migration-records-');
const at = (relative: string) => `${project.root}/${relative}`;
project.write('src/db/client.ts', 'export class Client {}\nexport const connect = () => new Client();\n');
project.write('src/db/legacy.ts', "/** @deprecated use ./client */\nexport { Client } from './client';\n");
project.write('src/db/orphan.ts', "/** @deprecated use ./client */\nexport { connect } from './client';\n");
project.write(
  'src/db/sql.ts',
  "export const quote = (s: string) => s;\n/** @deprecated moved to ./client */\nexport { connect } from './client';\n",
);
project.write('src/old/config.ts', 'export const port = 1;\n');
project.write('src/config.ts', 'export const port = 1;\n');

const CODE = [
  "import { Client } from './db/legacy';",
  "import { quote, connect } from './db/sql';",
  "import { port } from './old/config';",
  "import map from 'lodash/map';",
  'export { Client, quote, connect, port, map };',
].join('\n');

function lint(file: string, code: string): void {
  new Linter({ configType: 'flat', cwd: project.root }).verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser },
      plugins: { ssot: { rules: { 'canonical-imports': rule } } },
      settings: { ssot: { rootDir: project.root } },
      rules: {
        'ssot/canonical-imports': [
          'warn',
          {
            paths: [
              { file: 'src/old/config.ts', canonical: 'src/config.ts' },
              { name: 'lodash', canonical: 'lodash-es' },
            ],
          },
        ],
      },
    } as unknown as Linter.Config,
    file,
  );
}

afterEach(closeMigrationLog);

describe('canonical-imports and the migration log', () => {
  it('records each reported reference under the module it names, with where that module leads', () => {
    const log = openMigrationLog();
    lint(at('src/app.ts'), CODE);
    expect(
      log.references.map(({ file, line, ...module }) => ({ file: file.slice(project.root.length), line, ...module })),
    ).toEqual([
      {
        file: '/src/app.ts',
        line: 1,
        kind: 'shim',
        module: at('src/db/legacy.ts'),
        canonical: [at('src/db/client.ts')],
      },
      {
        file: '/src/app.ts',
        line: 2,
        kind: 'moved',
        module: at('src/db/sql.ts'),
        canonical: [at('src/db/client.ts')],
        names: ['connect'],
      },
      {
        file: '/src/app.ts',
        line: 3,
        kind: 'configured',
        module: at('src/old/config.ts'),
        canonical: [at('src/config.ts')],
      },
      { file: '/src/app.ts', line: 4, kind: 'configured', module: 'lodash/map', canonical: ['lodash-es'] },
    ]);
  });

  it('records a linted file that is a compatibility module, whether or not anything imports it', () => {
    const log = openMigrationLog();
    for (const file of ['src/db/orphan.ts', 'src/db/sql.ts', 'src/old/config.ts', 'src/db/client.ts'])
      lint(at(file), '');
    expect([...log.modules.values()]).toEqual([
      { kind: 'shim', module: at('src/db/orphan.ts'), canonical: [at('src/db/client.ts')] },
      { kind: 'moved', module: at('src/db/sql.ts'), canonical: [at('src/db/client.ts')], names: ['connect'] },
      { kind: 'configured', module: at('src/old/config.ts'), canonical: [at('src/config.ts')] },
    ]);
  });

  it('records nothing once the audit stops listening', () => {
    const log = openMigrationLog();
    closeMigrationLog();
    lint(at('src/app.ts'), CODE);
    lint(at('src/db/orphan.ts'), '');
    expect(migrationLog()).toBeUndefined();
    expect(log.references).toEqual([]);
    expect(log.modules.size).toBe(0);
  });
});
