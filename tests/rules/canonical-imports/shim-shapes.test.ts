// Shims as real projects write them (issue #17): a module is a shim when its statements only forward
// and every name it exports is `@deprecated` — by a file-level tag, a statement tag or a specifier
// tag. Each shape is recognised with zero configuration and fixed in the importer's style; directive
// boundaries, split modules and the opt-in marks of the `shims` option are covered at the end.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-shim-shapes-');
const settings = { ssot: { rootDir: root } };
const filename = path.join(root, 'src/use.ts');

write('src/client.ts', 'export function createClient() {}\nexport const VERSION = 1;\n');
write('src/slider.ts', 'export class ChartsSlider {}\nexport interface ChartsSliderProps<T> { value: T }\n');
write('src/widget.tsx', 'export default function Widget() {}\n');
write('src/client-widget.tsx', "'use client';\nexport default function Widget() {}\n");
write('src/file-types.ts', 'export type FileType = string;\n');
write('src/component-types.ts', 'export type ComponentType = number;\n');
write('src/warn.ts', 'export function warnDeprecated(message: string) {}\n');

// 1. Tags on the statement and on specifiers.
write('src/statement-tag.ts', "export {};\n/** @deprecated Import from './client'. */\nexport * from './client';\n");
write(
  'src/specifier-tag.ts',
  "export {\n  /** @deprecated Use createClient. */\n  createClient as makeClient,\n  /** @deprecated Import from './client'. */\n  VERSION,\n} from './client';\n",
);
// 2. Deprecated aliases of imported bindings, in value and type space.
write(
  'src/chart-slider.ts',
  [
    "import { ChartsSlider, type ChartsSliderProps } from './slider';",
    "import * as client from './client';",
    '',
    '/** @deprecated Use ChartsSlider. */',
    'export const ChartSlider = ChartsSlider;',
    '/** @deprecated Use ChartsSlider. */',
    'export type ChartSlider = ChartsSlider;',
    '/** @deprecated Use ChartsSliderProps. */',
    'export type ChartSliderProps<T> = ChartsSliderProps<T>;',
    '/** @deprecated Use ChartsSliderProps. */',
    'export interface SliderProps<T> extends ChartsSliderProps<T> {}',
    '/** @deprecated Use createClient from ./client. */',
    'export const makeClient = client.createClient;',
    '',
  ].join('\n'),
);
// 3. Directives before the shim.
write('src/old-client-widget.tsx', "'use client';\n/** @deprecated */\nexport { default } from './client-widget';\n");
write('src/old-widget-boundary.tsx', "'use client';\n/** @deprecated */\nexport { default } from './widget';\n");
// 4. Default forwarding.
write('src/old-widget.ts', "/** @deprecated Use ./widget. */\nexport { default as Widget } from './widget';\n");
write(
  'src/default-widget.ts',
  "import Widget from './widget';\n\n/** @deprecated Use ./widget. */\nexport default Widget;\n",
);
// 5. A split module, deprecated by a file-level comment.
write(
  'src/types.ts',
  "/** @deprecated Import from './file-types' or './component-types'. */\n\nexport * from './file-types';\nexport * from './component-types';\n",
);
// Not shims: a barrel only partly deprecated, an alias of a value of its own, an unused import.
write(
  'src/partly.ts',
  "/** @deprecated Use createClient. */\nexport { createClient as make } from './client';\nexport * from './slider';\n",
);
write('src/own-value.ts', "import { VERSION } from './client';\n/** @deprecated */\nexport const OLD = VERSION + 1;\n");
write(
  'src/side-effect.ts',
  "import { warnDeprecated } from './warn';\n/** @deprecated */\nexport * from './client';\n",
);
// 6. Opt-in marks: a deprecation call, and a folder of compat modules.
write(
  'src/warned.ts',
  "import { warnDeprecated } from './warn';\n\nwarnDeprecated('old client');\nexport * from './client';\n",
);
write('src/compat/client.ts', "export { createClient } from '../client';\n");

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import { make } from './partly';",
      settings,
      name: 'a barrel whose first re-export only is deprecated',
    },
    {
      filename,
      code: "import { OLD } from './own-value';",
      settings,
      name: 'a deprecated constant computed from an import',
    },
    { filename, code: "import { VERSION } from './side-effect';", settings, name: 'an import that feeds no export' },
    {
      filename,
      code: "import { createClient } from './warned';",
      settings,
      name: 'a deprecation call without the option',
    },
    {
      filename,
      code: "import { createClient } from './compat/client';",
      settings,
      name: 'an untagged module without the option',
    },
  ],
  invalid: [
    {
      filename,
      code: "import { createClient } from './statement-tag';",
      output: "import { createClient } from './client';",
      errors: [
        {
          messageId: 'shim',
          data: { source: './statement-tag', canonical: './client' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 47,
        },
      ],
      settings,
      name: 'a tag on the `export *` statement',
    },
    {
      filename,
      code: "import { makeClient, VERSION } from './specifier-tag';",
      output: "import { createClient as makeClient, VERSION } from './client';",
      errors: [{ messageId: 'shim', line: 1, column: 37, endLine: 1, endColumn: 54 }],
      settings,
      name: 'tags on the specifiers; the renamed one is imported under its new name',
    },
    {
      filename,
      code: "import { ChartSlider, type ChartSliderProps, SliderProps, makeClient } from './chart-slider';\nexport type P = ChartSliderProps<number> & SliderProps<string>;\nexport const s = new ChartSlider(makeClient);",
      output: null,
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
      name: 'aliases of bindings from two modules, imported together: reported, naming both',
    },
    {
      filename,
      code: "import { ChartSlider, type ChartSliderProps, SliderProps } from './chart-slider';",
      output:
        "import { ChartsSlider as ChartSlider, type ChartsSliderProps as ChartSliderProps, ChartsSliderProps as SliderProps } from './slider';",
      errors: [
        {
          messageId: 'shim',
          data: { source: './chart-slider', canonical: './slider' },
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 81,
        },
      ],
      settings,
      name: 'aliases in value and type space (`const`, generic `type`, empty `interface … extends`)',
    },
    {
      filename,
      code: "import { makeClient } from './chart-slider';",
      output: "import { createClient as makeClient } from './client';",
      errors: [
        {
          messageId: 'shim',
          data: { source: './chart-slider', canonical: './client' },
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 44,
        },
      ],
      settings,
      name: 'an alias of a namespace member goes to that module',
    },
    {
      filename,
      code: "import Widget from './old-client-widget';",
      output: "import Widget from './client-widget';",
      errors: [{ messageId: 'shim', line: 1, column: 20, endLine: 1, endColumn: 41 }],
      settings,
      name: "a 'use client' shim of a module that is a client module too",
    },
    {
      filename,
      code: "import Widget from './old-widget-boundary';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useCanonicalBoundary',
              data: { canonical: './widget', directive: 'use client' },
              output: "import Widget from './widget';",
            },
          ],
        },
      ],
      settings,
      name: "a 'use client' shim of a module without the directive: only a suggestion",
    },
    {
      filename,
      code: "import { Widget } from './old-widget';\nimport W from './default-widget';",
      output: "import { Widget } from './old-widget';\nimport W from './widget';",
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useCanonical',
              data: { canonical: './widget' },
              output: "import { default as Widget } from './widget';\nimport W from './default-widget';",
            },
          ],
        },
        {
          messageId: 'shim',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 33,
        },
      ],
      settings,
      name: 'default forwarding: a default import is fixed, a named import of a default export is a suggestion',
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
      code: "import type { FileType, ComponentType } from './types';\nimport * as types from './types';",
      output: null,
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
      ],
      settings,
      name: 'a split module: names from several modules, or the whole module, are reported with its modules',
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
