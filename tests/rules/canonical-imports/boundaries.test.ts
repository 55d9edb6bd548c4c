// What the rule never reads or follows: packages, files outside rootDir (symlinks, `../..`), linted
// files outside the project; and tsconfig files that cannot be read, which give no aliases.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/canonical-imports');
const project = path.join(fixtures, 'project');
const settings = { ssot: { rootDir: project } };
const filename = path.join(project, 'src/x.ts');

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import React from 'react';\nimport { join } from 'node:path';",
      settings,
      name: 'packages are not project files',
    },
    {
      filename,
      code: "import { secret } from './outside-link.js';",
      settings,
      name: 'a symlink that leads outside rootDir is not followed',
    },
    {
      filename,
      code: "import { secret } from '../../outside/secret.js';",
      settings,
      name: 'a relative path that leaves rootDir is not followed',
    },
    {
      filename: path.join(fixtures, 'outside/x.ts'),
      code: "import { secret } from './secret.js';",
      settings,
      name: 'a linted file outside rootDir is not checked against shims',
    },
    {
      filename: path.join(fixtures, 'broken-tsconfig/src/x.ts'),
      code: "import { value } from '@b/shim';",
      settings: { ssot: { rootDir: path.join(fixtures, 'broken-tsconfig') } },
      name: 'a tsconfig with a missing extends contributes no aliases and does not crash',
    },
    {
      filename: path.join(fixtures, 'invalid-tsconfig/src/x.ts'),
      code: "import { value } from '@i/shim';",
      settings: { ssot: { rootDir: path.join(fixtures, 'invalid-tsconfig') } },
      name: 'a tsconfig that is not JSON contributes no aliases and does not crash',
    },
  ],
  invalid: [
    {
      filename: path.join(fixtures, 'broken-tsconfig/src/x.ts'),
      code: "import { value } from './shim';",
      output: "import { value } from './canonical';",
      errors: [{ messageId: 'shim', line: 1, column: 23, endLine: 1, endColumn: 31 }],
      settings: { ssot: { rootDir: path.join(fixtures, 'broken-tsconfig') } },
      name: 'relative imports still resolve next to a broken tsconfig',
    },
    {
      filename: path.join(fixtures, 'invalid-tsconfig/src/x.ts'),
      code: "import { value } from './shim.js';",
      output: "import { value } from './canonical.js';",
      errors: [{ messageId: 'shim', line: 1, column: 23, endLine: 1, endColumn: 34 }],
      settings: { ssot: { rootDir: path.join(fixtures, 'invalid-tsconfig') } },
      name: 'relative imports still resolve next to an invalid tsconfig',
    },
  ],
});
