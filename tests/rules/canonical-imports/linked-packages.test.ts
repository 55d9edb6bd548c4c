// A package linked into node_modules from inside rootDir (`npm link`, a `file:` or `link:` dependency)
// without any `workspaces` declaration: its shims are found through its `exports` like a workspace
// package's, and fixed to its public specifiers (issue #16).
import fs from 'node:fs';
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-canonical-linked-');
write('package.json', JSON.stringify({ name: 'app', dependencies: { '@acme/core': 'file:./libs/core' } }));
write(
  'libs/core/package.json',
  JSON.stringify({ name: '@acme/core', exports: { '.': './src/index.ts', './old': './src/old.ts' } }),
);
write('libs/core/src/index.ts', 'export const VERSION = 1;\n');
write('libs/core/src/old.ts', "/** @deprecated Import from '@acme/core'. */\nexport * from './index.js';\n");
fs.mkdirSync(path.join(root, 'node_modules/@acme'), { recursive: true });
fs.symlinkSync('../../libs/core', path.join(root, 'node_modules/@acme/core'), 'dir');

const settings = { ssot: { rootDir: root } };
const filename = path.join(root, 'src/use.ts');

new RuleTester().run('canonical-imports', rule, {
  valid: [{ filename, code: "import { VERSION } from '@acme/core';", settings, name: 'the public entry' }],
  invalid: [
    {
      filename,
      code: "import { VERSION } from '@acme/core/old';",
      output: "import { VERSION } from '@acme/core';",
      errors: [
        {
          messageId: 'shim',
          data: { source: '@acme/core/old', canonical: '@acme/core' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 41,
        },
      ],
      settings,
      name: "a shim under a linked package's subpath: fixed to the package's public entry",
    },
  ],
});
