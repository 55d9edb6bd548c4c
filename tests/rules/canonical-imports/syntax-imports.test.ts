// Import declarations of a shim of the fixture project: namespace, named, side-effect-only and
// default imports, and shims that re-export through `export *`, import-then-export or a namespace.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { filename, settings } from './fixture.js';

new RuleTester().run('canonical-imports', rule, {
  valid: [],
  invalid: [
    {
      filename,
      code: "import * as db from './db/all-shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'useCanonical', output: "import * as db from './db/canonical';" }],
        },
      ],
      settings,
      name: 'a namespace import of a shim is a suggestion',
    },
    {
      filename,
      code: "import { POOL } from './db/all-shim';",
      output: "import { POOL } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1, column: 22, endLine: 1, endColumn: 37 }],
      settings,
      name: 'a named import through an export * shim',
    },
    {
      filename,
      code: "import './db/shim';",
      output: null,
      errors: [{ messageId: 'shim', line: 1, column: 8, endLine: 1, endColumn: 19, suggestions: [] }],
      settings,
      name: 'a side-effect-only import of a shim is reported without a fix',
    },
    {
      filename,
      code: "import Svc from './db/default-shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'useCanonical', output: "import { Service as Svc } from './db/canonical';" }],
        },
      ],
      settings,
      name: 'a default export that is a named export of the canonical module is a suggestion',
    },
    {
      filename,
      code: "import Svc, { default_create } from './db/default-shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useCanonical',
              output: "import { Service as Svc, create as default_create } from './db/canonical';",
            },
          ],
        },
      ],
      settings,
      name: 'a default import next to named imports moves into the braces',
    },
    {
      filename,
      code: "import { Service } from './db/named-default-shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: 'useCanonical', output: "import { default as Service } from './db/canonical';" }],
        },
      ],
      settings,
      name: 'a named export that is the default export of the canonical module is a suggestion',
    },
    {
      filename,
      code: "import { make, Service } from './db/import-export-shim';\nimport type { Row } from './db/import-export-shim';",
      output: "import { create as make, Service } from './db/canonical';\nimport type { Row } from './db/canonical';",
      errors: [
        { messageId: 'shim', line: 1, column: 31, endLine: 1, endColumn: 56 },
        { messageId: 'shim', line: 2, column: 26, endLine: 2, endColumn: 51 },
      ],
      settings,
      name: 'a shim written as import then export of the same bindings',
    },
    {
      filename,
      code: "import { db } from './db/ns-shim';\nimport { POOL } from './db/ns-shim';",
      output: "import { db } from './db/ns-shim';\nimport { POOL } from './db/canonical';",
      errors: [
        { messageId: 'shim', line: 1, column: 20, endLine: 1, endColumn: 34, suggestions: [] },
        { messageId: 'shim', line: 2, column: 22, endLine: 2, endColumn: 36 },
      ],
      settings,
      name: 'a namespace re-exported under a name has no 1:1 import: reported without a fix',
    },
  ],
});
