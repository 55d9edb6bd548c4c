// Every syntax that references a module, each through a shim of the fixture project: which ones are
// fixed (the used names are known and map 1:1) and which get a suggestion or only a report.
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
      code: "function load(require: (id: string) => unknown) {\n  return require('./db/shim');\n}",
      settings,
      name: 'a shadowed require is not the module system',
    },
    {
      filename,
      code: 'const load = (name: string) => import(`./db/${name}`);',
      settings,
      name: 'a dynamic import with a substitution names no single module',
    },
    {
      filename,
      code: "const mod = require(name);\nrequire('./db/shim', extra);",
      settings,
      name: 'require calls that are not a plain module load',
    },
  ],
  invalid: [
    {
      filename: path.join(project, 'src/x.cjs'),
      code: "const { Client } = require('./db/shim');",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 39,
          suggestions: [{ messageId: 'useCanonical', output: "const { Client } = require('./db/canonical');" }],
        },
      ],
      settings,
      name: 'require of a shim: the used names are not provably 1:1, so a suggestion',
    },
    {
      filename,
      code: "import db = require('./db/shim');",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 32,
          suggestions: [{ messageId: 'useCanonical', output: "import db = require('./db/canonical');" }],
        },
      ],
      settings,
      name: 'import = require of a shim is a suggestion',
    },
    {
      filename,
      code: 'const mod = await import(`./db/shim`);',
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 37,
          suggestions: [{ messageId: 'useCanonical', output: 'const mod = await import(`./db/canonical`);' }],
        },
      ],
      settings,
      name: 'a dynamic import in a template literal keeps the backticks, as a suggestion',
    },
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
      code: "export * from './db/all-shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 30,
          suggestions: [{ messageId: 'useCanonical', output: "export * from './db/canonical';" }],
        },
      ],
      settings,
      name: 'export * from a shim is a suggestion',
    },
    {
      filename,
      code: "export * as db from './db/shim';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 32,
          suggestions: [{ messageId: 'useCanonical', output: "export * as db from './db/canonical';" }],
        },
      ],
      settings,
      name: 'export * as from a renaming shim is a suggestion',
    },
    {
      filename,
      code: "export { Client } from './db/shim';",
      output: "export { Service as Client } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 35 }],
      settings,
      name: 'a re-export keeps the exported name',
    },
    {
      filename,
      code: "export { Client as Legacy, POOL } from './db/shim';\nexport type { Row } from './db/shim';",
      output: "export { Service as Legacy, POOL } from './db/canonical';\nexport type { Row } from './db/canonical';",
      errors: [
        { messageId: 'shim', line: 1, column: 40, endLine: 1, endColumn: 51 },
        { messageId: 'shim', line: 2, column: 26, endLine: 2, endColumn: 37 },
      ],
      settings,
      name: 'a renamed re-export and a type re-export',
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
      code: "type Db = typeof import('./db/shim');\ntype Client = import('./db/shim').Client;",
      output: "type Db = typeof import('./db/shim');\ntype Client = import('./db/canonical').Service;",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useCanonical',
              output: "type Db = typeof import('./db/canonical');\ntype Client = import('./db/shim').Client;",
            },
          ],
        },
        { messageId: 'shim', line: 2, column: 22, endLine: 2, endColumn: 33 },
      ],
      settings,
      name: 'import() types: a whole-module type is a suggestion, a qualified name is renamed',
    },
    {
      filename: path.join(project, 'src/x.test.ts'),
      code: "vi.mock('./db/shim');\nconst actual = await vi.importActual('./db/shim');\njest.requireActual('./db/shim');",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCanonical',
              output:
                "vi.mock('./db/canonical');\nconst actual = await vi.importActual('./db/shim');\njest.requireActual('./db/shim');",
            },
          ],
        },
        {
          messageId: 'shim',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useCanonical',
              output:
                "vi.mock('./db/shim');\nconst actual = await vi.importActual('./db/canonical');\njest.requireActual('./db/shim');",
            },
          ],
        },
        {
          messageId: 'shim',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useCanonical',
              output:
                "vi.mock('./db/shim');\nconst actual = await vi.importActual('./db/shim');\njest.requireActual('./db/canonical');",
            },
          ],
        },
      ],
      settings,
      name: 'module-mocking calls of vitest and jest',
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
    {
      filename,
      code: "import { 'legacy client' as C } from './db/string-name-shim';\nexport { 'legacy client' } from './db/string-name-shim';",
      output:
        "import { Service as C } from './db/canonical';\nexport { Service as 'legacy client' } from './db/canonical';",
      errors: [
        { messageId: 'shim', line: 1, column: 38, endLine: 1, endColumn: 61 },
        { messageId: 'shim', line: 2, column: 33, endLine: 2, endColumn: 56 },
      ],
      settings,
      name: 'string export names are renamed too',
    },
  ],
});
