// Moved exports (issue #20): a module that keeps code of its own but re-exports some names as
// `@deprecated` sends importers of exactly those names to the module they moved to. The fix splits
// a declaration between the names that stay and the names that move, merges into an import of the
// new module the file already has, and keeps local names, `type` modifiers, quotes and the specifier
// style. Chains and what is only reported are in moved-exports-reports.test.ts, the `exports` option
// in moved-exports-configured.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { movedProject } from './moved-fixture.js';

const { settings, filename } = movedProject('ssot-moved-exports-');
const utils = 'src/utils.ts';

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import './utils';\nimport { parseX, oldHelper, type Options, formatDay } from './utils';",
      settings,
      name: 'names that stay: code of its own, a deprecated function (no other home), an untagged re-export',
    },
    {
      filename,
      code: "import { parseNumber } from './barrel';",
      settings,
      name: 'a current name of a barrel whose first re-export only is deprecated',
    },
    {
      filename,
      code: "import { formatDate } from './utils';",
      options: [{ shims: false }],
      settings,
      name: 'shims: false turns moved exports off too',
    },
  ],
  invalid: [
    {
      filename,
      code: "import { formatDate, parseX } from './utils';",
      output: "import { parseX } from './utils';\nimport { formatDate } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
      ],
      settings,
      name: 'a moved name and a name that stays: the import is split',
    },
    {
      filename,
      code: "import { parseX, formatDate as fd } from './utils';\nimport { formatDay } from './date';",
      output: "import { parseX } from './utils';\nimport { formatDay, formatDate as fd } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 34,
        },
      ],
      settings,
      name: 'merged into the import of the new module the file already has, keeping the local name',
    },
    {
      filename,
      code: 'import { formatDate } from "./utils.js";',
      output: 'import { formatDate } from "./date.js";',
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date.js', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
      ],
      settings,
      name: 'every imported name moves to one module: only the specifier changes, in the user style',
    },
    {
      filename,
      code: "import { formatDay } from './date';\nimport { formatDate } from './utils';\nexport const f = [formatDay, formatDate];",
      output: "import { formatDay, formatDate } from './date';\nexport const f = [formatDay, formatDate];",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 20,
        },
      ],
      settings,
      name: 'every imported name moves into an existing import: the old declaration goes',
    },
    {
      filename,
      code: "import { type DateFormat, parseX } from './utils';",
      output: "import { parseX } from './utils';\nimport { type DateFormat } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'DateFormat', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 25,
        },
      ],
      settings,
      name: 'an inline type modifier is kept',
    },
    {
      filename,
      code: "import { formatDay } from './date';\nimport type { DateFormat, Options } from './utils';",
      output:
        "import { formatDay } from './date';\nimport type { Options } from './utils';\nimport type { DateFormat } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'DateFormat', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 25,
        },
      ],
      settings,
      name: 'an import type is never merged into a value import',
    },
    {
      filename,
      code: "export { formatDate, parseX } from './utils';\nexport type { DateFormat, Options as O } from './utils'",
      output:
        "export { parseX } from './utils';\nexport { formatDate } from './date';\nexport type { Options as O } from './utils'\nexport type { DateFormat } from './date'",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 're-export' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
        {
          messageId: 'moved',
          data: { name: 'DateFormat', canonical: './date', renamed: '', module: utils, action: 're-export' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 25,
        },
      ],
      settings,
      name: 're-exports are split the same way, without semicolons where there were none',
    },
    {
      filename,
      code: "import { parseX, formatDate, toNumber } from './utils';",
      output:
        "import { parseX } from './utils';\nimport { formatDate } from './date';\nimport { parseNumber as toNumber } from './parse';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 28,
        },
        {
          messageId: 'moved',
          data: { name: 'toNumber', canonical: './parse', renamed: ' as parseNumber', module: utils, action: 'import' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 38,
        },
      ],
      settings,
      name: 'names that moved to two modules, renamed in one of them: one import per module',
    },
    {
      filename,
      code: "import { formatDate,\n  parseX,\n  formatDay, } from './utils';",
      output: "import { parseX,\n  formatDay, } from './utils';\nimport { formatDate } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
      ],
      settings,
      name: 'a multi-line import keeps its layout and trailing comma',
    },
    {
      filename,
      code: "import { formatDate, parseX } from './utils';\nimport { parseDate } from './utils';",
      output: [
        "import { formatDate, parseX } from './utils';\nimport { parseDate } from './date';",
        "import { parseX } from './utils';\nimport { parseDate, formatDate } from './date';",
      ],
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
        {
          messageId: 'moved',
          data: { name: 'parseDate', canonical: './date', renamed: '', module: utils, action: 'import' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 19,
        },
      ],
      settings,
      name: 'two declarations move names to one module: fixed one per pass, so that it is imported once',
    },
    {
      filename,
      code: "export { formatDay } from './date';\nexport { formatDate } from './utils';",
      output: "export { formatDay, formatDate } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: utils, action: 're-export' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 20,
        },
      ],
      settings,
      name: 'a re-export merged into a re-export of the new module; the last line goes with the line break before it',
    },
    {
      filename,
      code: "import mixed, { formatDate } from './mixed';",
      output: "import mixed from './mixed';\nimport { formatDate } from './date';",
      errors: [
        {
          messageId: 'moved',
          data: { name: 'formatDate', canonical: './date', renamed: '', module: 'src/mixed.ts', action: 'import' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 27,
        },
      ],
      settings,
      name: 'the default import stays, the braces go with the moved name',
    },
  ],
});
