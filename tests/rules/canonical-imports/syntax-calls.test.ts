// Module references written as calls: require, `import = require`, dynamic import(), import() types
// and the module-mocking calls of vitest and jest; all but a qualified import() type get a suggestion.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { filename, project, settings } from './fixture.js';

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
  ],
});
