// `paths` entries fix an import only into names the canonical module is known to export (issue #16):
// project files are read from their source, installed packages from their type declarations in
// node_modules (the fixture's tiny packages); anything else is a suggestion naming the name not found.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';

const project = path.resolve(import.meta.dirname, '../../fixtures/canonical-imports/project');
const settings = { ssot: { rootDir: project } };
const filename = path.join(project, 'src/x.ts');
const moved = (name: string, canonical: string): [{ paths: { name: string; canonical: string }[] }] => [
  { paths: [{ name, canonical }] },
];

new RuleTester().run('canonical-imports', rule, {
  valid: [],
  invalid: [
    {
      filename,
      code: "import { Observable, map } from 'rx-old';",
      output: "import { Observable, map } from 'rxjs';",
      options: moved('rx-old', 'rxjs'),
      errors: [{ messageId: 'configured', line: 1, column: 33, endLine: 1, endColumn: 41 }],
      settings,
      name: "names found through the package's exports conditions and an `export *` in its declarations",
    },
    {
      filename,
      code: "import { OldDb } from '@acme/old';",
      output: null,
      options: moved('@acme/old', 'rxjs'),
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useCanonicalUnchecked',
              data: { canonical: 'rxjs', name: 'OldDb' },
              output: "import { OldDb } from 'rxjs';",
            },
          ],
        },
      ],
      settings,
      name: 'a name the installed package does not declare: a suggestion naming it (the fix would fail TS2305)',
    },
    {
      filename,
      code: "import { helper } from 'old-cjs';\nimport { thing } from 'gone';",
      output: null,
      options: [
        {
          paths: [
            { name: 'old-cjs', canonical: 'cjs-lib' },
            { name: 'gone', canonical: 'not-installed' },
          ],
        },
      ],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCanonicalUnchecked',
              output: "import { helper } from 'cjs-lib';\nimport { thing } from 'gone';",
            },
          ],
        },
        {
          messageId: 'configured',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useCanonicalUnchecked',
              output: "import { helper } from 'old-cjs';\nimport { thing } from 'not-installed';",
            },
          ],
        },
      ],
      settings,
      name: 'names that cannot be listed (`export =`, a package not installed): suggestions',
    },
    {
      filename,
      code: "import { Service, Missing } from './legacy/old-path';",
      output: null,
      options: [{ paths: [{ name: './legacy/old-path', canonical: './core/new.js' }] }],
      errors: [
        {
          messageId: 'configured',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useCanonicalUnchecked',
              data: { canonical: './core/new.js', name: 'Missing' },
              output: "import { Service, Missing } from './core/new.js';",
            },
          ],
        },
      ],
      settings,
      name: 'a project file as the canonical module: names read from its source',
    },
    {
      filename,
      code: "import { Service } from './legacy/gone';",
      output: "import { Service } from './core/new';",
      options: [
        {
          paths: [
            { file: 'src/legacy/gone.ts', canonical: 'src/core/new.ts' },
            { name: './legacy/gone', canonical: './core/new' },
          ],
        },
      ],
      errors: [{ messageId: 'configured', line: 1, column: 25, endLine: 1, endColumn: 40 }],
      settings,
      name: 'a name the canonical project file exports: fixed',
    },
  ],
});
