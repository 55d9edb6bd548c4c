// Workspace packages whose `exports` name their build (`./dist/*.js`, `.d.ts`) rather than their
// sources (issue #16): the package's tsconfig `outDir`/`rootDir` map entry points back to sources,
// so shims in the sources are found, and fixes use the public subpath of the canonical source.
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/canonical-imports/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-canonical-built-');
write('package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }));
write(
  'packages/core/package.json',
  JSON.stringify({
    name: '@acme/core',
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './old': { types: './dist/old.d.ts', import: './dist/old.js' },
      './db/*': { types: './dist/db/*.d.ts', import: './dist/db/*.js' },
    },
  }),
);
write(
  'packages/core/tsconfig.json',
  JSON.stringify({ compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src'] }),
);
write('packages/core/src/index.ts', "export { connect } from './db/client.js';\n");
write('packages/core/src/db/client.ts', 'export function connect(): void {}\n');
write(
  'packages/core/src/old.ts',
  "/** @deprecated Import from '@acme/core/db/client'. */\nexport * from './db/client.js';\n",
);
const importer = write('packages/app/src/x.ts', '');

describe('canonical-imports with a workspace package that exports its build', () => {
  it('finds the shim through the built entry point and fixes to the public subpath of the source', () => {
    const messages = lintOne({
      rule,
      name: 'canonical-imports',
      code: "import { connect } from '@acme/core/old';\n",
      filename: importer,
      rootDir: root,
      cwd: root,
    });
    expect(messages.map((message) => message.message)).toEqual([
      "'@acme/core/old' is a deprecated shim of '@acme/core/db/client'; import from the canonical module.",
    ]);
    expect(messages[0]?.fix?.text).toBe("'@acme/core/db/client'");
  });
});
