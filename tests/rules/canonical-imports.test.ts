// Shim detection and the fix for every syntax that references a module, on the fixture project in
// tests/fixtures/canonical-imports/project (the linted code is a virtual `src/x.ts` of that project).
// Options (`paths`, `shims`, `fix`) are in canonical-imports.options.test.ts.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/canonical-imports.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/canonical-imports');
const project = path.join(fixtures, 'project');
const settings = { ssot: { rootDir: project } };
const filename = path.join(project, 'src/x.ts');

const ruleTester = new RuleTester();

ruleTester.run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import { Service } from './db/canonical';",
      settings,
      name: 'an import of the canonical module',
    },
    {
      filename,
      code: "import { POOL } from './not-shim/no-tag.js';",
      settings,
      name: 'a re-exporting barrel without @deprecated is not a shim',
    },
    {
      filename,
      code: "import { POOL } from './not-shim/two-modules.js';",
      settings,
      name: 'a deprecated module re-exporting two modules is not a shim of either',
    },
    {
      filename,
      code: "import { extra } from './not-shim/has-code.js';",
      settings,
      name: 'a deprecated module with code of its own is not a shim',
    },
    {
      filename,
      code: "import { POOL } from './not-shim/side-effect.js';",
      settings,
      name: 'a deprecated module with a side-effect import is not a shim',
    },
    {
      filename,
      code: "import { LEGACY_POOL } from './not-shim/tag-later.js';",
      settings,
      name: '@deprecated on a later statement is not a top-of-file deprecation',
    },
    {
      filename,
      code: "import { value } from './broken/unparsable.js';",
      settings,
      name: 'an import of a file that does not parse is left alone',
    },
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
    {
      filename: path.join(project, 'src/db/shim.ts'),
      code: "/** @deprecated use ./canonical */\nexport { Service as Client } from './canonical.js';",
      settings,
      name: 'the shim itself imports the canonical module',
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
      filename,
      code: "import { Client } from './db/shim';",
      output: "import { Service as Client } from './db/canonical';",
      errors: [
        {
          messageId: 'shim',
          data: { source: './db/shim', canonical: './db/canonical' },
          line: 1,
          column: 24,
          endColumn: 35,
        },
      ],
      settings,
      name: 'a renamed export: the imported name changes, the local name stays',
    },
    {
      filename,
      code: 'import { Client as C, create, type Row } from "./db/shim.js";',
      output: 'import { Service as C, create, type Row } from "./db/canonical.js";',
      errors: [{ messageId: 'shim', data: { source: './db/shim.js', canonical: './db/canonical.js' } }],
      settings,
      name: 'double quotes, a .js extension, an alias and an inline type specifier are kept',
    },
    {
      filename,
      code: "import type { Row } from '@app/db/shim';",
      output: "import type { Row } from '@app/db/canonical';",
      errors: [{ messageId: 'shim', data: { source: '@app/db/shim', canonical: '@app/db/canonical' } }],
      settings,
      name: 'a type-only import through a tsconfig paths alias keeps the alias',
    },
    {
      filename,
      code: "import { Client } from '@app/db/shim.js';",
      output: "import { Service as Client } from '@app/db/canonical.js';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'an alias with a .js extension keeps both',
    },
    {
      filename,
      code: "import { POOL } from 'src/db/shim';",
      output: "import { POOL } from 'src/db/canonical';",
      errors: [{ messageId: 'shim', data: { source: 'src/db/shim', canonical: 'src/db/canonical' } }],
      settings,
      name: 'a baseUrl-relative specifier stays baseUrl-relative',
    },
    {
      filename: path.join(project, 'src/app/deep/x.ts'),
      code: "import { Client } from '../../db/shim';",
      output: "import { Service as Client } from '../../db/canonical';",
      errors: [{ messageId: 'shim', data: { source: '../../db/shim', canonical: '../../db/canonical' } }],
      settings,
      name: 'the relative path is computed from the importing file',
    },
    {
      filename,
      code: "import { Client } from './db/shim';\nimport { Service } from './db/canonical';",
      output: "import { Service as Client } from './db/canonical';\nimport { Service } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1 }],
      settings,
      name: 'an existing import of the canonical module is left as it is: no merge, no duplicate binding',
    },
    {
      filename,
      code: "import { A, v } from './chain/a';",
      output: "import { C as A, value as v } from './chain/c';",
      errors: [{ messageId: 'shim', data: { source: './chain/a', canonical: './chain/c' } }],
      settings,
      name: 'a chain of shims resolves to its end, names renamed through every link',
    },
    {
      filename,
      code: "import { B } from './chain/b.js';",
      output: "import { C as B } from './chain/c.js';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'the middle of a chain',
    },
    {
      filename,
      code: "import { anything } from './cycle/x';",
      output: null,
      errors: [
        {
          messageId: 'shimCycle',
          data: { source: './cycle/x', cycle: 'src/cycle/x.ts → src/cycle/y.ts → src/cycle/x.ts' },
        },
      ],
      settings,
      name: 'shims forwarding to each other are reported as a cycle, never followed forever',
    },
    {
      filename,
      code: "import { value } from './broken/shim';",
      output: "import { value } from './broken/unparsable';",
      errors: [{ messageId: 'shim', data: { source: './broken/shim', canonical: './broken/unparsable' } }],
      settings,
      name: 'a shim of a file that does not parse: reported once, no crash',
    },
    {
      filename,
      code: "import { create } from './dir-shim';",
      output: "import { create } from './db/canonical';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'a directory import of an index shim',
    },
    {
      filename,
      code: "import { create } from './dir-shim/index.js';",
      output: "import { create } from './db/canonical.js';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'an explicit index.js import of a shim',
    },
    {
      filename,
      code: "import { debounce } from './pkg/lodash-shim';",
      output: "import { debounce } from 'lodash-es';",
      errors: [{ messageId: 'shim', data: { source: './pkg/lodash-shim', canonical: 'lodash-es' } }],
      settings,
      name: 'a shim of a package is replaced by the package',
    },
    {
      filename,
      code: "import { fromMts } from './core/mts-shim.mjs';",
      output: "import { fromMts } from './core/mts-target.mjs';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: '.mjs stands for .mts',
    },
    {
      filename: path.join(project, 'src/x.tsx'),
      code: "import { View } from './app/view-shim';\nexport const page = <View />;",
      output: "import { View } from './app/view';\nexport const page = <View />;",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'a .tsx shim imported from a .tsx file',
    },
    {
      filename: path.join(project, 'src/x.cjs'),
      code: "const { Client } = require('./db/shim');",
      output: null,
      errors: [
        {
          messageId: 'shim',
          suggestions: [
            { messageId: 'useCanonical', output: "const { Client } = require('./db/canonical');" },
          ],
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
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'a re-export keeps the exported name',
    },
    {
      filename,
      code: "export { Client as Legacy, POOL } from './db/shim';\nexport type { Row } from './db/shim';",
      output: "export { Service as Legacy, POOL } from './db/canonical';\nexport type { Row } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1 }, { messageId: 'shim', line: 2 }],
      settings,
      name: 'a renamed re-export and a type re-export',
    },
    {
      filename,
      code: "import { POOL } from './db/all-shim';",
      output: "import { POOL } from './db/canonical';",
      errors: [{ messageId: 'shim' }],
      settings,
      name: 'a named import through an export * shim',
    },
    {
      filename,
      code: "import './db/shim';",
      output: null,
      errors: [{ messageId: 'shim', suggestions: [] }],
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
          suggestions: [{ messageId: 'useCanonical', output: "type Db = typeof import('./db/canonical');\ntype Client = import('./db/shim').Client;" }],
        },
        { messageId: 'shim', line: 2 },
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
          suggestions: [
            {
              messageId: 'useCanonical',
              output: "vi.mock('./db/canonical');\nconst actual = await vi.importActual('./db/shim');\njest.requireActual('./db/shim');",
            },
          ],
        },
        {
          messageId: 'shim',
          line: 2,
          suggestions: [
            {
              messageId: 'useCanonical',
              output: "vi.mock('./db/shim');\nconst actual = await vi.importActual('./db/canonical');\njest.requireActual('./db/shim');",
            },
          ],
        },
        {
          messageId: 'shim',
          line: 3,
          suggestions: [
            {
              messageId: 'useCanonical',
              output: "vi.mock('./db/shim');\nconst actual = await vi.importActual('./db/shim');\njest.requireActual('./db/canonical');",
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
      errors: [{ messageId: 'shim' }, { messageId: 'shim' }],
      settings,
      name: 'a shim written as import then export of the same bindings',
    },
    {
      filename,
      code: "import { db } from './db/ns-shim';\nimport { POOL } from './db/ns-shim';",
      output: "import { db } from './db/ns-shim';\nimport { POOL } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1, suggestions: [] }, { messageId: 'shim', line: 2 }],
      settings,
      name: 'a namespace re-exported under a name has no 1:1 import: reported without a fix',
    },
    {
      filename,
      code: "import { Nope } from './db/shim';",
      output: null,
      errors: [{ messageId: 'shim', suggestions: [] }],
      settings,
      name: 'a name the shim does not export: reported without a fix',
    },
    {
      filename: path.join(fixtures, 'broken-tsconfig/src/x.ts'),
      code: "import { value } from './shim';",
      output: "import { value } from './canonical';",
      errors: [{ messageId: 'shim' }],
      settings: { ssot: { rootDir: path.join(fixtures, 'broken-tsconfig') } },
      name: 'relative imports still resolve next to a broken tsconfig',
    },
    {
      filename: path.join(fixtures, 'invalid-tsconfig/src/x.ts'),
      code: "import { value } from './shim.js';",
      output: "import { value } from './canonical.js';",
      errors: [{ messageId: 'shim' }],
      settings: { ssot: { rootDir: path.join(fixtures, 'invalid-tsconfig') } },
      name: 'relative imports still resolve next to an invalid tsconfig',
    },
  ],
});
