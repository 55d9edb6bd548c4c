// The `enums` option: replacements that override the JSDoc ones, and enums the rule cannot read
// (packages, ambient globals) known by name only.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, importMode, settings } from './fixture.js';

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    // Packages are unknown without type information or the `enums` option.
    { filename, code: "import { Mode } from 'some-package';\nvoid Mode.ISOLATED;" },
  ],
  invalid: [
    {
      filename,
      code: `${importMode}void WebSocketManagerMode.ISOLATED;`,
      output: null,
      options: [{ enums: { WebSocketManagerMode: { ISOLATED: 'LEGACY_POLLING' } } }],
      errors: [
        {
          messageId: 'deprecatedMemberOtherValue',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.LEGACY_POLLING',
            values: '"unified" vs "polling"',
          },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            { messageId: 'replaceMember', output: `${importMode}void WebSocketManagerMode.LEGACY_POLLING;` },
          ],
        },
      ],
      name: 'the enums option overrides the JSDoc replacement',
    },
    {
      filename,
      code: "import { forms } from './enums/index.js';\nvoid [forms.Generated.V2_BETA, forms.Generated.V1, forms.Generated.V2];",
      output:
        "import { forms } from './enums/index.js';\nvoid [forms.Generated.V2, forms.Generated.V1, forms.Generated.V2];",
      options: [{ enums: { Generated: { V2_BETA: 'V2', V1: null } } }],
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'forms.Generated.V2_BETA', reason: '', replacement: 'forms.Generated.V2' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 30,
        },
        {
          messageId: 'deprecatedMember',
          data: { member: 'forms.Generated.V1', reason: '' },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 50,
        },
      ],
      name: 'enums option: the same value is fixed, null has no replacement',
    },
    {
      filename,
      code: 'enum Generated { V1 = 1, V2 = 2 }\nvoid Generated.V1;',
      output: null,
      options: [{ enums: { Generated: { V1: 'V2' } } }],
      errors: [
        {
          messageId: 'deprecatedMemberOtherValue',
          data: { member: 'Generated.V1', reason: '', replacement: 'Generated.V2', values: '1 vs 2' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            { messageId: 'replaceMember', output: 'enum Generated { V1 = 1, V2 = 2 }\nvoid Generated.V2;' },
          ],
        },
      ],
      name: 'enums option: a different value is a suggestion',
    },
    {
      filename,
      code: "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.OLD, pkg.PkgMode.OLD, GlobalMode.OLD, Mode.NEW];",
      output: null,
      options: [{ enums: { PkgMode: { OLD: 'NEW' }, GlobalMode: { OLD: null } } }],
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Mode.OLD', reason: '', replacement: 'Mode.NEW' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'replaceMember',
              output:
                "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.NEW, pkg.PkgMode.OLD, GlobalMode.OLD, Mode.NEW];",
            },
          ],
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'pkg.PkgMode.OLD', reason: '', replacement: 'pkg.PkgMode.NEW' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'replaceMember',
              output:
                "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.OLD, pkg.PkgMode.NEW, GlobalMode.OLD, Mode.NEW];",
            },
          ],
        },
        {
          messageId: 'deprecatedMember',
          data: { member: 'GlobalMode.OLD', reason: '' },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 48,
        },
      ],
      name: 'enums option: packages and ambient globals are known by name only',
    },
  ],
});
