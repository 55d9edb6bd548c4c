// Shims beyond one module and one tag (issue #17): split modules fixed per import when every name it
// takes comes from one of their modules, members of imported classes reported without a fix, text-only
// deprecation warnings beside tags, and the opt-in marks of the `shims` option.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { shapesProject } from './shapes-fixture.js';

const { settings, filename } = shapesProject('ssot-shim-marks-');

new RuleTester().run('canonical-imports', rule, {
  valid: [],
  invalid: [
    {
      filename,
      code: "import { concat } from './link-concat';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          data: { source: './link-concat', canonical: './link' },
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 39,
        },
      ],
      settings,
      name: 'an alias of a member of an imported class: reported, but no import can name it',
    },
    {
      filename,
      code: "import { makeClient } from './warned-tagged';",
      output: "import { createClient as makeClient } from './client';",
      errors: [{ messageId: 'shim', line: 1, column: 28, endLine: 1, endColumn: 45 }],
      settings,
      name: 'a tagged module that also warns with a text-only call of a deprecation helper',
    },
    {
      filename,
      code: "import { ChartSlider, type ChartSliderProps, SliderProps, makeClient } from './chart-slider';\nexport type P = ChartSliderProps<number> & SliderProps<string>;\nexport const s = new ChartSlider(makeClient);",
      output:
        "import { ChartsSlider as ChartSlider, type ChartsSliderProps as ChartSliderProps, ChartsSliderProps as SliderProps } from './slider';\nimport { createClient as makeClient } from './client';\nexport type P = ChartSliderProps<number> & SliderProps<string>;\nexport const s = new ChartSlider(makeClient);",
      errors: [
        {
          messageId: 'shimSplit',
          data: { source: './chart-slider', targets: "'src/slider.ts', 'src/client.ts'" },
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 93,
        },
      ],
      settings,
      name: 'aliases of bindings from two modules, imported together: split into one import per module',
    },
    {
      filename,
      code: "import type { FileType } from './types';",
      output: "import type { FileType } from './file-types';",
      errors: [
        {
          messageId: 'shim',
          data: { source: './types', canonical: './file-types' },
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 40,
        },
      ],
      settings,
      name: 'a split module: names that all come from one of its modules are fixed to it',
    },
    {
      filename,
      code: "import type { FileType, ComponentType } from './types';\nimport * as types from './types';\nexport type { FileType as F, ComponentType } from './types'",
      output:
        "import type { FileType } from './file-types';\nimport type { ComponentType } from './component-types';\nimport * as types from './types';\nexport type { FileType as F } from './file-types'\nexport type { ComponentType } from './component-types'",
      errors: [
        {
          messageId: 'shimSplit',
          data: { source: './types', targets: "'src/file-types.ts', 'src/component-types.ts'" },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 55,
        },
        { messageId: 'shimSplit', line: 2, column: 24, endLine: 2, endColumn: 33 },
        { messageId: 'shimSplit', line: 3, column: 51, endLine: 3, endColumn: 60 },
      ],
      settings,
      name: 'a split module: an import or re-export of names from several of its modules is split; the whole module is reported',
    },
    {
      filename,
      code: "import type { FileType, ComponentType } from './types';",
      output: null,
      options: [{ fix: false }],
      errors: [
        {
          messageId: 'shimSplit',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useDefiningModules',
              output:
                "import type { FileType } from './file-types';\nimport type { ComponentType } from './component-types';",
            },
          ],
        },
      ],
      settings,
      name: 'a split import with fix: false is a suggestion',
    },
    {
      filename,
      code: "import { createClient } from './warned';",
      output: "import { createClient } from './client';",
      options: [{ shims: { deprecationCalls: ['warnDeprecated'] } }],
      errors: [{ messageId: 'shim', line: 1, column: 30, endLine: 1, endColumn: 40 }],
      settings,
      name: 'shims.deprecationCalls: a configured deprecation call marks a forwarding module',
    },
    {
      filename,
      code: "import { createClient } from './compat/client';",
      output: "import { createClient } from './client';",
      options: [{ shims: { files: ['src/compat/**'] } }],
      errors: [{ messageId: 'shim', line: 1, column: 30, endLine: 1, endColumn: 47 }],
      settings,
      name: 'shims.files: a forwarding module in a folder of compat modules',
    },
  ],
});
