// Re-exports from a shim of the fixture project (`export * from`, `export * as`, `export { … } from`,
// type re-exports, string export names): which are fixed and which only get a suggestion.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { filename, settings } from './fixture.js';

new RuleTester().run('canonical-imports', rule, {
  valid: [],
  invalid: [
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
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 35,
          suggestions: [{ messageId: 'useCanonical', output: "export { Service as Client } from './db/canonical';" }],
        },
      ],
      settings,
      name: 'a re-export that goes on publishing the deprecated name: a suggestion, as the rename would drop the tag',
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
      code: "import { 'legacy client' as C } from './db/string-name-shim';\nexport { 'legacy client' } from './db/string-name-shim';",
      output:
        "import { Service as C } from './db/canonical';\nexport { 'legacy client' } from './db/string-name-shim';",
      errors: [
        { messageId: 'shim', line: 1, column: 38, endLine: 1, endColumn: 61 },
        {
          messageId: 'shim',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useCanonical',
              output:
                "import { 'legacy client' as C } from './db/string-name-shim';\nexport { Service as 'legacy client' } from './db/canonical';",
            },
          ],
        },
      ],
      settings,
      name: 'string export names are renamed too',
    },
  ],
});
