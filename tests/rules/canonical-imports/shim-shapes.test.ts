// Shims as real projects write them (issue #17): a module is a shim when its statements only forward
// and every name it exports is `@deprecated` — by a file-level tag, a statement tag or a specifier
// tag. Each shape is recognised with zero configuration and fixed in the importer’s style, and directive
// boundaries are kept; split modules, members and the `shims` option marks are in shim-marks.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/canonical-imports/index.js';
import { shapesProject } from './shapes-fixture.js';

const { settings, filename } = shapesProject('ssot-shim-shapes-');

new RuleTester().run('canonical-imports', rule, {
  valid: [
    {
      filename,
      code: "import { ChartsSlider } from './partly';",
      settings,
      name: 'a barrel whose first re-export only is deprecated: no shim, its current names stay (moved-exports.test.ts moves the deprecated one)',
    },
    {
      filename,
      code: "import { make } from './retyped';",
      settings,
      name: 'a constant alias that gives its value another type',
    },
    {
      filename,
      code: "import { ChartsSlider } from './transition';",
      settings,
      name: 'a module that offers one thing under a deprecated and a current name is in transition, no shim: the current name stays',
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
      code: "import * as client from './statement-tag';\nexport * from './statement-tag';",
      output: "import * as client from './client';\nexport * from './client';",
      errors: [
        { messageId: 'shim', line: 1, column: 25, endLine: 1, endColumn: 42 },
        { messageId: 'shim', line: 2, column: 15, endLine: 2, endColumn: 32 },
      ],
      settings,
      name: 'a namespace import or `export *` of an `export *` shim of a module without a default export: the same names',
    },
    {
      filename,
      code: "import * as widget from './old-widget-all';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 43,
          suggestions: [{ messageId: 'useCanonical', output: "import * as widget from './widget';" }],
        },
      ],
      settings,
      name: 'a namespace import of an `export *` shim of a module with a default export, which the shim hides: a suggestion',
    },
    {
      filename,
      code: "import type { Props } from './constrained';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useCanonical',
              data: { canonical: './slider' },
              output: "import type { ChartsSliderProps as Props } from './slider';",
            },
          ],
        },
      ],
      settings,
      name: 'a type-only import that serves only a type parameter is erased, not an effect',
    },
    {
      filename,
      code: "import { makeClient } from './typed-alias';",
      output: "import { createClient as makeClient } from './client';",
      errors: [{ messageId: 'shim', line: 1, column: 28, endLine: 1, endColumn: 43 }],
      settings,
      name: 'a constant alias whose annotation only restates its type (`: typeof New`)',
    },
    {
      filename,
      code: "import type { SliderProps } from './loose-alias';",
      output: null,
      errors: [
        {
          messageId: 'shim',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useCanonical',
              data: { canonical: './slider' },
              output: "import type { ChartsSliderProps as SliderProps } from './slider';",
            },
          ],
        },
      ],
      settings,
      name: 'a generic alias with constraints or defaults of its own: a suggestion, since only a look tells they match',
    },
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
  ],
});
