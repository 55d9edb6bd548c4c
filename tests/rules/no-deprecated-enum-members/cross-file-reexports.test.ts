// Enums declared in another file (fixtures on disk) and reached through re-exports: chains of named,
// renamed, `export *`, `export * as` and default re-exports, re-exported imports, and cycles.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, settings } from './fixture.js';

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    // Re-export cycles end without a report or a crash.
    { filename, code: "import { Missing } from './cycle-a.js';\nvoid Missing.ISOLATED;" },
  ],
  invalid: [
    {
      filename,
      code: "import Status, { WebSocketManagerMode, WsMode, Level, Color, forms } from './enums/index.js';\nvoid [WebSocketManagerMode.ISOLATED, WsMode.EMERGENCY, Level.Mid, Color.CRIMSON, forms.Flags.All, Status.Enabled];",
      output:
        "import Status, { WebSocketManagerMode, WsMode, Level, Color, forms } from './enums/index.js';\nvoid [WebSocketManagerMode.UNIFIED, WsMode.UNIFIED, Level.Medium, Color.RED, forms.Flags.ReadWrite, Status.Active];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 36,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'WsMode.EMERGENCY', reason: ' (Use UNIFIED)', replacement: 'WsMode.UNIFIED' },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 54,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Level.Mid', reason: ' (Use Level.Medium)', replacement: 'Level.Medium' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 65,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Color.CRIMSON', reason: ' (Use RED)', replacement: 'Color.RED' },
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 80,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'forms.Flags.All', reason: ' (Use ReadWrite)', replacement: 'forms.Flags.ReadWrite' },
          line: 2,
          column: 94,
          endLine: 2,
          endColumn: 97,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Status.Enabled', reason: ' (Use Active)', replacement: 'Status.Active' },
          line: 2,
          column: 106,
          endLine: 2,
          endColumn: 113,
        },
      ],
      name: 're-export chains: named, renamed, export *, export * as, default',
    },
    {
      filename,
      code: "import { Severity, merged } from './reexport-imported.js';\nvoid [Severity.Mid, merged.Status.On];",
      output:
        "import { Severity, merged } from './reexport-imported.js';\nvoid [Severity.Medium, merged.Status.Active];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Severity.Mid', reason: ' (Use Level.Medium)', replacement: 'Severity.Medium' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 19,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'merged.Status.On',
            reason: ' (Use Status.Active; "on" was never persisted)',
            replacement: 'merged.Status.Active',
          },
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 37,
        },
      ],
      name: 'an imported binding re-exported under another name, and a re-exported namespace import',
    },
    {
      filename,
      code: "import { forms } from './enums/index.js';\nvoid [forms.Quoted.camelCase, forms.Quoted['old-kebab'], forms.Ambient.Alpha];",
      output:
        "import { forms } from './enums/index.js';\nvoid [forms.Quoted['kebab-case'], forms.Quoted['kebab-case'], forms.Ambient.A];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'forms.Quoted.camelCase',
            reason: ' (Use kebab-case)',
            replacement: "forms.Quoted['kebab-case']",
          },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 29,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: "forms.Quoted['old-kebab']",
            reason: " (Use 'kebab-case')",
            replacement: "forms.Quoted['kebab-case']",
          },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 55,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'forms.Ambient.Alpha', reason: ' (Use A)', replacement: 'forms.Ambient.A' },
          line: 2,
          column: 72,
          endLine: 2,
          endColumn: 77,
        },
      ],
      name: 'string member names across files',
    },
  ],
});
