// The `exports` of a `paths` entry (issue #20): only the names listed, and the keys of `importNames`,
// moved to `canonical`; references to the module's other names stay, and references that take the
// whole module are reported without a fix.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import type { PathEntry } from '../../../src/rules/canonical-imports/index.js';
import { movedProject } from './moved-fixture.js';

const { settings, filename } = movedProject('ssot-moved-configured-');
const legacy: PathEntry = {
  file: 'src/legacy.ts',
  canonical: 'src/date.ts',
  exports: ['formatDate'],
  importNames: { toDay: 'formatDay' },
};
const oldUtils: PathEntry = {
  name: 'old-utils',
  canonical: 'date-lib',
  exports: ['formatDate'],
  message: 'See ADR 7.',
};
const legacyToDate: [{ paths: PathEntry[] }] = [{ paths: [legacy] }];
const oldUtilsToDateLib: [{ paths: PathEntry[] }] = [{ paths: [oldUtils] }];

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import { keep } from './legacy';\nimport { other } from 'old-utils';",
      options: [{ paths: [legacy, oldUtils] }],
      settings,
      name: 'the names that stay',
    },
  ],
  invalid: [
    {
      filename,
      code: "import { formatDate, toDay, keep } from './legacy';",
      output: "import { keep } from './legacy';\nimport { formatDate, formatDay as toDay } from './date';",
      options: legacyToDate,
      errors: [
        {
          messageId: 'movedConfigured',
          data: {
            name: 'formatDate',
            source: './legacy',
            canonical: './date',
            renamed: '',
            action: 'import',
            message: '',
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
        {
          messageId: 'movedConfigured',
          data: {
            name: 'toDay',
            source: './legacy',
            canonical: './date',
            renamed: ' as formatDay',
            action: 'import',
            message: '',
          },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
        },
      ],
      settings,
      name: 'a file entry moves the names of exports and the keys of importNames; keep stays',
    },
    {
      filename,
      code: "import { formatDate, other } from 'old-utils';\nimport * as old from 'old-utils';",
      output:
        "import { other } from 'old-utils';\nimport { formatDate } from 'date-lib';\nimport * as old from 'old-utils';",
      options: oldUtilsToDateLib,
      errors: [
        {
          messageId: 'movedConfigured',
          data: {
            name: 'formatDate',
            source: 'old-utils',
            canonical: 'date-lib',
            renamed: '',
            action: 'import',
            message: ' See ADR 7.',
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
      ],
      settings,
      name: 'a name entry for a package, with a message; a namespace import that reads no moved name stays',
    },
    {
      filename,
      code: "export { formatDate } from './legacy';\nexport * from './legacy';",
      output: "export { formatDate } from './date';\nexport * from './legacy';",
      options: legacyToDate,
      errors: [
        {
          messageId: 'movedConfigured',
          data: {
            name: 'formatDate',
            source: './legacy',
            canonical: './date',
            renamed: '',
            action: 're-export',
            message: '',
          },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 20,
        },
        {
          messageId: 'movedWhole',
          data: { source: './legacy', moves: "formatDate → './date', toDay → './date'", message: '' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 25,
        },
      ],
      settings,
      name: 'a re-export moves; export * takes the whole module and is only reported',
    },
  ],
});
