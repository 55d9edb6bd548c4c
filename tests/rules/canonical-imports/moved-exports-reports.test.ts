// Moved exports (issue #20), continued: names followed through shims and further moves to where
// they live, the other syntaxes that name them, and what is only suggested or reported — a re-export
// that would drop a tag, a moved default export, moved names read through a namespace import, and
// references that take the whole module (`export *`, `require()`, mocks).
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { movedProject } from './moved-fixture.js';

const { settings, filename } = movedProject('ssot-moved-reports-');
const utils = 'src/utils.ts';

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import * as utils from './utils';\nexport const x = utils.parseX('1');\nexport const all = utils;",
      settings,
      name: 'a namespace import that reads no moved name through the namespace',
    },
  ],
  invalid: [
    {
      filename,
      code: "import { formatOld } from './utils';",
      output: "import { formatDate as formatOld } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatOld', canonical: './date', renamed: ' as formatDate', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 19,
        },
      ],
      settings,
      name: 'a name moved to a shim is followed through the shim',
    },
    {
      filename,
      code: "import { shout } from './utils';",
      output: "import { shout } from './helpers';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'shout', canonical: './helpers', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 15,
        },
      ],
      settings,
      name: 'a name moved to a module that moved it on is followed to where it lives',
    },
    {
      filename,
      code: "import { parseDate } from './utils';",
      output: "import { parseDate } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'parseDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 19,
        },
      ],
      settings,
      name: 'import { a } from and a tagged export { a }',
    },
    {
      filename,
      code: "export type F = typeof import('./utils').formatDate;",
      output: "export type F = typeof import('./date').formatDate;",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 52,
        },
      ],
      settings,
      name: 'a qualified import() type',
    },
    {
      filename,
      code: "import { format, parseNumber } from './barrel';",
      output: "import { parseNumber } from './barrel';\nimport { formatDate as format } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: {
            name: 'format',
            canonical: './date',
            renamed: ' as formatDate',
            module: 'src/barrel.ts',
            action: 'import',
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 16,
        },
      ],
      settings,
      name: 'a barrel whose first re-export only is deprecated: that name moved',
    },
    {
      filename,
      code: "import { formatDate, parseX } from './utils';",
      output: null,
      options: [{ fix: false }],
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useMovedModule',
              data: { name: 'formatDate', canonical: './date' },
              output: "import { parseX } from './utils';\nimport { formatDate } from './date';",
            },
          ],
        },
      ],
      settings,
      name: 'fix: false offers the split as a suggestion',
    },
    {
      filename,
      code: "export { toNumber } from './utils';",
      output: null,
      errors: [
        {
          messageId: 'moved',
          data: {
            name: 'toNumber',
            canonical: './parse',
            renamed: ' as parseNumber',
            module: utils,
            action: 're-export',
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useMovedModule',
              data: { name: 'toNumber', canonical: './parse' },
              output: "export { parseNumber as toNumber } from './parse';",
            },
          ],
        },
      ],
      settings,
      name: 'a re-export that goes on publishing a renamed name would drop its tag: a suggestion',
    },
    {
      filename,
      code: "import Widget, { kept } from './with-default';",
      output: null,
      errors: [
        {
          messageId: 'moved',
          data: {
            name: 'default',
            canonical: './widget',
            renamed: '',
            module: 'src/with-default.ts',
            action: 'import',
          },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 14,
        },
      ],
      settings,
      name: 'a moved default export: reported without a fix',
    },
    {
      filename,
      code: "import * as utils from './utils';\nutils.formatDate(new Date());\nutils.parseX('1');\nexport type F = utils.DateFormat;",
      output: null,
      errors: [
        {
          messageId: 'movedMember',
          data: { name: 'formatDate', canonical: './date', renamed: '', source: './utils', message: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 17,
        },
        {
          messageId: 'movedMember',
          data: { name: 'DateFormat', canonical: './date', renamed: '', source: './utils', message: '' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 33,
        },
      ],
      settings,
      name: 'a namespace import: each moved name read through it is reported, without a fix',
    },
    {
      filename,
      code: "export * from './small';\nconst small = require('./small');\nvi.mock('./small');",
      output: null,
      errors: [
        {
          messageId: 'movedWhole',
          data: { source: './small', moves: "formatDate → './date'", message: '' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 24,
        },
        {
          messageId: 'movedWhole',
          data: { source: './small', moves: "formatDate → './date'", message: '' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 32,
        },
        {
          messageId: 'movedWhole',
          data: { source: './small', moves: "formatDate → './date'", message: '' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 18,
        },
      ],
      settings,
      name: 'export *, require() and mocks take the whole module: reported without a fix',
    },
  ],
});
