// Workspace packages imported by name (issue #16): resolved through the root's `workspaces` and each
// package's `exports`, with no node_modules link needed, and fixed to public specifiers only.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/canonical-imports/workspace-project');
const settings = { ssot: { rootDir: root } };
const filename = path.join(root, 'packages/app/src/x.ts');

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import { VERSION } from '@acme/core';\nimport { connect } from '@acme/core/db/client';",
      settings,
      name: 'public entries that are no shims',
    },
    {
      filename,
      code: "import _ from 'lodash';\nimport { x } from '@acme/missing';",
      settings,
      name: 'packages that are not in the workspace',
    },
  ],
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
      name: 'a shim exported under a subpath: fixed to the subpath of its target, here the package itself',
    },
    {
      filename,
      code: "import { connect } from '@acme/core';",
      output: "import { connect } from '@acme/core/db/client';",
      options: [{ paths: [{ file: 'packages/core/src/index.ts', canonical: 'packages/core/src/db/client.ts' }] }],
      errors: [{ messageId: 'configured', line: 1, column: 25, endLine: 1, endColumn: 37 }],
      settings,
      name: 'a file entry matches an import by package name and is fixed to a subpath pattern',
    },
    {
      filename,
      code: "import { secret } from '../../core/src/internal/old-secret.js';",
      output: null,
      errors: [
        {
          messageId: 'shimNotExported',
          data: {
            source: '../../core/src/internal/old-secret.js',
            canonical: 'packages/core/src/internal/secret.ts',
            package: '@acme/core',
          },
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 63,
          suggestions: [],
        },
      ],
      settings,
      name: 'a shim of a file its package does not export: reported, never fixed to a path into the package',
    },
  ],
});
