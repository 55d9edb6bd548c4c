// The options of canonical-imports: `paths` by specifier (`name`) and by project file (`file`),
// `importNames`, `message`, `shims: false`, `fix: false` (their validation: options-validation.test.ts).
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';

const project = path.resolve(import.meta.dirname, '../../fixtures/canonical-imports/project');
const settings = { ssot: { rootDir: project } };
const filename = path.join(project, 'src/x.ts');

const lodash = { paths: [{ name: 'lodash', canonical: 'lodash-es', message: 'lodash-es is tree-shakeable.' }] };
const renamedLibrary = { paths: [{ name: 'old-lib', canonical: 'new-lib', importNames: { oldFn: 'newFn' } }] };
const legacyFile = {
  paths: [{ file: 'src/legacy/old.ts', canonical: 'src/core/new.ts', importNames: { OldService: 'Service' } }],
};

new RuleTester().run('canonical-imports options', rule, {
  valid: [
    {
      filename,
      code: "import { debounce } from 'lodash-es';\nimport foo from 'lodashx';",
      options: [lodash],
      settings,
      name: "a name matches by path segments: 'lodash' does not match 'lodashx'",
    },
    {
      filename,
      code: "import { Client } from './db/shim';",
      options: [{ shims: false }],
      settings,
      name: 'shims: false turns shim detection off',
    },
    {
      filename,
      code: "import { helper } from './legacy/helpers';",
      options: [legacyFile],
      settings,
      name: 'a file entry matches only its file',
    },
    {
      filename,
      code: "import { create } from './core/new';",
      options: [{ paths: [{ name: './legacy/*', canonical: './core/*' }] }],
      settings,
      name: 'a name glob that does not match the specifier text is silent',
    },
    {
      filename,
      code: "import fp from 'lodash/fp';\nimport map from 'lodash/fp/map';\nimport es from 'lodash-es';",
      options: [
        {
          paths: [
            { name: 'lodash', canonical: 'lodash/fp' },
            { name: 'lodash-*', canonical: 'lodash-es' },
          ],
        },
      ],
      settings,
      name: 'the canonical module and its subpaths are never a match, even inside the old name or glob',
    },
  ],
  invalid: [
    {
      filename,
      code: "import { debounce } from 'lodash';",
      output: "import { debounce } from 'lodash-es';",
      options: [lodash],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 34,
          data: { source: 'lodash', canonical: 'lodash-es', message: ' lodash-es is tree-shakeable.' },
        },
      ],
      settings,
      name: 'a package name with a message',
    },
    {
      filename,
      code: 'import debounce from "lodash/debounce";\nimport "lodash";\nconst _ = require(`lodash`);',
      output: 'import debounce from "lodash-es/debounce";\nimport "lodash-es";\nconst _ = require(`lodash-es`);',
      options: [lodash],
      errors: [
        { messageId: 'configured', line: 1, column: 22, endLine: 1, endColumn: 39 },
        { messageId: 'configured', line: 2, column: 8, endLine: 2, endColumn: 16 },
        { messageId: 'configured', line: 3, column: 19, endLine: 3, endColumn: 27 },
      ],
      settings,
      name: 'a plain name covers its subpaths; side-effect imports and require are fixed when no name changes',
    },
    {
      filename,
      code: "import map from 'lodash/map';\nimport fp from 'lodash/fp/map';",
      output: "import map from 'lodash-es/map';\nimport fp from 'lodash/fp/map';",
      options: [{ paths: [{ name: 'lodash/*', canonical: 'lodash-es/*' }] }],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 29,
          data: { source: 'lodash/map', canonical: 'lodash-es/map', message: '' },
        },
        {
          messageId: 'configured',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 31,
          data: { source: 'lodash/fp/map', canonical: 'lodash-es/fp/map', message: '' },
          // No lodash-es/fp/map in the fixture's node_modules: its default export cannot be proven.
          suggestions: [
            {
              messageId: 'useCanonicalUnchecked',
              data: { canonical: 'lodash-es/fp/map', name: 'default' },
              output: "import map from 'lodash/map';\nimport fp from 'lodash-es/fp/map';",
            },
          ],
        },
      ],
      settings,
      name: "a '*' glob captures one segment into the canonical specifier, and what lies below it moves along (as in no-restricted-imports)",
    },
    {
      filename,
      code: "import { a } from '@app/legacy/db/pool';",
      output: "import { a } from '@app/core/db/pool';",
      options: [{ paths: [{ name: '@app/legacy/**', canonical: '@app/core/**' }] }],
      errors: [{ messageId: 'configured', line: 1, column: 19, endLine: 1, endColumn: 40 }],
      settings,
      name: "a '**' glob captures several segments",
    },
    {
      filename,
      code: "import { map } from 'rxjs/operators';",
      output: "import { map } from 'rxjs';",
      options: [{ paths: [{ name: 'rxjs/operators', canonical: 'rxjs' }] }],
      errors: [{ messageId: 'configured', line: 1, column: 21, endLine: 1, endColumn: 37 }],
      settings,
      name: 'a subpath moved to the package root',
    },
    {
      filename,
      code: "import { oldFn, other as o } from 'old-lib';\nexport { oldFn as fn } from 'old-lib';",
      output: "import { newFn as oldFn, other as o } from 'new-lib';\nexport { newFn as fn } from 'new-lib';",
      options: [renamedLibrary],
      errors: [
        { messageId: 'configured', line: 1, column: 35, endLine: 1, endColumn: 44 },
        { messageId: 'configured', line: 2, column: 29, endLine: 2, endColumn: 38 },
      ],
      settings,
      name: 'importNames renames imported and re-exported names, keeping local and exported names',
    },
    {
      filename,
      code: "import * as lib from 'old-lib';",
      output: null,
      options: [renamedLibrary],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 31,
          suggestions: [{ messageId: 'useCanonical', output: "import * as lib from 'new-lib';" }],
        },
      ],
      settings,
      name: 'with importNames a namespace import cannot be proven 1:1: a suggestion',
    },
    {
      filename,
      code: "import { OldService, create } from './legacy/old';",
      output: "import { Service as OldService, create } from './core/new';",
      options: [legacyFile],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 50,
          data: { source: './legacy/old', canonical: './core/new', message: '' },
        },
      ],
      settings,
      name: 'a file entry with importNames, relative style',
    },
    {
      filename,
      code: "import { create } from '@app/legacy/old.js';",
      output: "import { create } from '@app/core/new.js';",
      options: [legacyFile],
      errors: [{ messageId: 'configured', line: 1, column: 24, endLine: 1, endColumn: 44 }],
      settings,
      name: 'a file entry reached through an alias keeps the alias',
    },
    {
      filename,
      code: "import { helper } from './legacy/helpers';",
      output: null,
      options: [{ paths: [{ file: 'src/legacy/**', canonical: 'src/core/missing.ts', message: 'See ADR 12.' }] }],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 42,
          data: { source: './legacy/helpers', canonical: 'src/core/missing.ts', message: ' See ADR 12.' },
          suggestions: [],
        },
      ],
      settings,
      name: 'a file glob whose canonical file does not exist: reported, nothing to fix',
    },
    {
      filename,
      code: "import { Client } from './db/shim';",
      output: null,
      options: [{ fix: false }],
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 35,
          suggestions: [{ messageId: 'useCanonical', output: "import { Service as Client } from './db/canonical';" }],
        },
      ],
      settings,
      name: 'fix: false offers the fix as a suggestion',
    },
    {
      filename,
      code: "import { Client } from './db/shim';",
      output: "import { Service as Client } from './db/canonical';",
      options: [{ paths: [{ name: 'unrelated', canonical: 'other' }] }],
      errors: [{ messageId: 'shim', line: 1, column: 24, endLine: 1, endColumn: 35 }],
      settings,
      name: 'shims stay on next to configured paths',
    },
    {
      filename,
      code: "import a from 'pkg/a';",
      output: null,
      options: [{ paths: [{ name: 'pkg/*', canonical: 'pkg/next-*' }] }],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 22,
          data: { source: 'pkg/a', canonical: 'pkg/next-*', message: '' },
        },
      ],
      settings,
      name: 'a replacement that the same glob matches again is reported without a fix, never rewritten forever',
    },
  ],
});
