// Shim detection and the fix in the user's style, on the fixture project in
// tests/fixtures/canonical-imports/project (the linted code is a virtual `src/x.ts` of that project).
// Every reference syntax: syntax-imports, syntax-reexports and syntax-calls.test.ts; rootDir and
// tsconfig boundaries: boundaries.test.ts; options: options.test.ts.
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
      code: "import { POOL } from './not-shim/tag-later.js';",
      settings,
      name: '@deprecated on a later statement is not a top-of-file deprecation: no shim, and its current names stay (the tagged one moved: moved-exports.test.ts)',
    },
    {
      filename,
      code: "import { value } from './not-shim/missing-target.js';",
      settings,
      name: 'a deprecated re-export of a relative file that does not exist has no target to rewrite to',
    },
    {
      filename,
      code: "import { value } from './broken/unparsable.js';",
      settings,
      name: 'an import of a file that does not parse is left alone',
    },
    {
      filename: path.join(project, 'src/db/shim.ts'),
      code: "/** @deprecated use ./canonical */\nexport { Service as Client } from './canonical.js';",
      settings,
      name: 'the shim itself imports the canonical module',
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
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 35,
          data: { source: './db/shim', canonical: './db/canonical' },
        },
      ],
      settings,
      name: 'a renamed export: the imported name changes, the local name stays',
    },
    {
      filename,
      code: 'import { Client as C, create, type Row } from "./db/shim.js";',
      output: 'import { Service as C, create, type Row } from "./db/canonical.js";',
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 61,
          data: { source: './db/shim.js', canonical: './db/canonical.js' },
        },
      ],
      settings,
      name: 'double quotes, a .js extension, an alias and an inline type specifier are kept',
    },
    {
      filename,
      code: "import type { Row } from '@app/db/shim';",
      output: "import type { Row } from '@app/db/canonical';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 40,
          data: { source: '@app/db/shim', canonical: '@app/db/canonical' },
        },
      ],
      settings,
      name: 'a type-only import through a tsconfig paths alias keeps the alias',
    },
    {
      filename,
      code: "import { Client } from '@app/db/shim.js';",
      output: "import { Service as Client } from '@app/db/canonical.js';",
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 41 }],
      settings,
      name: 'an alias with a .js extension keeps both',
    },
    {
      filename,
      code: "import { POOL } from 'src/db/shim';",
      output: "import { POOL } from 'src/db/canonical';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 35,
          data: { source: 'src/db/shim', canonical: 'src/db/canonical' },
        },
      ],
      settings,
      name: 'a baseUrl-relative specifier stays baseUrl-relative',
    },
    {
      filename: path.join(project, 'src/app/deep/x.ts'),
      code: "import { Client } from '../../db/shim';",
      output: "import { Service as Client } from '../../db/canonical';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 39,
          data: { source: '../../db/shim', canonical: '../../db/canonical' },
        },
      ],
      settings,
      name: 'the relative path is computed from the importing file',
    },
    {
      filename,
      code: "import { Client } from './db/shim';\nimport { Service } from './db/canonical';",
      output: "import { Service as Client } from './db/canonical';\nimport { Service } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 35 }],
      settings,
      name: 'an existing import of the canonical module is left as it is: no merge, no duplicate binding',
    },
    {
      filename,
      code: "import { A, v } from './chain/a';",
      output: "import { C as A, value as v } from './chain/c';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 33,
          data: { source: './chain/a', canonical: './chain/c' },
        },
      ],
      settings,
      name: 'a chain of shims resolves to its end, names renamed through every link',
    },
    {
      filename,
      code: "import { B } from './chain/b.js';",
      output: "import { C as B } from './chain/c.js';",
      errors: [{ messageId: 'shim', line: 1, column: 19, endLine: 1, endColumn: 33 }],
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
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 37,
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
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 38,
          data: { source: './broken/shim', canonical: './broken/unparsable' },
        },
      ],
      settings,
      name: 'a shim of a file that does not parse: reported once, no crash',
    },
    {
      filename,
      code: "import { create } from './dir-shim';",
      output: "import { create } from './db/canonical';",
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 36 }],
      settings,
      name: 'a directory import of an index shim',
    },
    {
      filename,
      code: "import { create } from './dir-shim/index.js';",
      output: "import { create } from './db/canonical.js';",
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 45 }],
      settings,
      name: 'an explicit index.js import of a shim',
    },
    {
      filename,
      code: "import { debounce } from './pkg/lodash-shim';",
      output: "import { debounce } from 'lodash-es';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 45,
          data: { source: './pkg/lodash-shim', canonical: 'lodash-es' },
        },
      ],
      settings,
      name: 'a shim of a package is replaced by the package',
    },
    {
      filename,
      code: "import { fromMts } from './core/mts-shim.mjs';",
      output: "import { fromMts } from './core/mts-target.mjs';",
      errors: [{ messageId: 'shim', line: 1, column: 25, endLine: 1, endColumn: 46 }],
      settings,
      name: '.mjs stands for .mts',
    },
    {
      filename: path.join(project, 'src/x.tsx'),
      code: "import { View } from './app/view-shim';\nexport const page = <View />;",
      output: "import { View } from './app/view';\nexport const page = <View />;",
      errors: [{ messageId: 'shim', line: 1, column: 22, endLine: 1, endColumn: 39 }],
      settings,
      name: 'a .tsx shim imported from a .tsx file',
    },
    {
      filename,
      code: "import { Nope } from './db/shim';",
      output: null,
      errors: [{ messageId: 'shim', line: 1, column: 22, endLine: 1, endColumn: 33, suggestions: [] }],
      settings,
      name: 'a name the shim does not export: reported without a fix',
    },
  ],
});
