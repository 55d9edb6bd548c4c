import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/no-deprecated-enum-members');
const filename = path.join(fixtureDir, 'src/file.ts');
const settings = { ssot: { rootDir: fixtureDir } };

const importMode = "import { WebSocketManagerMode } from './enums/mode.js';\n";
const importLevel = "import { Level } from './enums/level.js';\n";

// Enums declared in other files (fixtures on disk), found through imports and re-exports, and
// the `enums` option.
new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    // Packages are unknown without type information or the `enums` option.
    { filename, code: "import { Mode } from 'some-package';\nvoid Mode.ISOLATED;" },
    // Re-export cycles end without a report or a crash.
    { filename, code: "import { Missing } from './cycle-a.js';\nvoid Missing.ISOLATED;" },
    // Files outside rootDir are not read, so the declaring module is unknown here.
    {
      filename,
      code: "import { Protocol } from '../vendor/protocol.js';\nvoid Protocol.H2;",
      settings: { ssot: { rootDir: path.join(fixtureDir, 'src') } },
      name: 'a module outside rootDir is not read',
    },
    // An enum member that is itself used as a namespace-like value is not a member access.
    { filename, code: `${importMode}void WebSocketManagerMode.UNIFIED.length;` },
    // Other file kinds parse without a crash.
    {
      filename: path.join(fixtureDir, 'src/view.tsx'),
      code: `${importMode}export const View = () => <div>{WebSocketManagerMode.UNIFIED}</div>;`,
    },
    {
      filename: path.join(fixtureDir, 'src/types.d.ts'),
      code: 'declare enum Ambient { A = 1 }\ndeclare const a: Ambient.A;',
    },
    {
      filename: path.join(fixtureDir, 'src/plain.cjs'),
      code: "const mode = require('./enums/mode.js');\nmodule.exports = mode.WebSocketManagerMode;",
    },
  ],
  invalid: [
    {
      filename,
      code: `${importMode}export function start(mode = WebSocketManagerMode.ISOLATED) { return mode; }\nexport const emergency = WebSocketManagerMode.EMERGENCY;`,
      output: `${importMode}export function start(mode = WebSocketManagerMode.UNIFIED) { return mode; }\nexport const emergency = WebSocketManagerMode.UNIFIED;`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 59,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 56,
        },
      ],
      name: 'a named import, as in the examples/ service',
    },
    {
      filename,
      code: "import { WebSocketManagerMode as Mode } from './enums/mode.js';\nvoid Mode['ISOLATED'];",
      output: "import { WebSocketManagerMode as Mode } from './enums/mode.js';\nvoid Mode['UNIFIED'];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'Mode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'Mode.UNIFIED',
          },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 21,
        },
      ],
      name: 'an import alias: the message names the local binding',
    },
    {
      filename,
      code: "import * as modes from './enums/mode.js';\nimport type { WebSocketManagerMode } from './enums/mode.js';\nexport const a = modes.WebSocketManagerMode.EMERGENCY;\nexport type B = modes.WebSocketManagerMode.ISOLATED | WebSocketManagerMode.EMERGENCY;",
      output:
        "import * as modes from './enums/mode.js';\nimport type { WebSocketManagerMode } from './enums/mode.js';\nexport const a = modes.WebSocketManagerMode.UNIFIED;\nexport type B = modes.WebSocketManagerMode.UNIFIED | WebSocketManagerMode.UNIFIED;",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'modes.WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'modes.WebSocketManagerMode.UNIFIED',
          },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 54,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'modes.WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'modes.WebSocketManagerMode.UNIFIED',
          },
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 52,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 4,
          column: 76,
          endLine: 4,
          endColumn: 85,
        },
      ],
      name: 'a namespace import in values and types, and import type',
    },
    {
      filename,
      code: "import { WebSocketManagerMode } from '@app/enums/mode';\nvoid WebSocketManagerMode.ISOLATED;",
      output: "import { WebSocketManagerMode } from '@app/enums/mode';\nvoid WebSocketManagerMode.UNIFIED;",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 35,
        },
      ],
      name: 'a tsconfig paths alias',
    },
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
      code: `${importLevel}void [Level.Critical, Level.Unknown];`,
      output: null,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'Level.Critical',
            reason: ' (Use High; critical alerts were folded into high ones)',
            replacement: 'Level.High',
          },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 21,
          suggestions: [{ messageId: 'replaceMember', output: `${importLevel}void [Level.High, Level.Unknown];` }],
        },
        {
          messageId: 'deprecatedMember',
          data: { member: 'Level.Unknown', reason: '' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 36,
        },
      ],
      name: 'a numeric enum across files: multi-line tag text, a bare tag, a different value',
    },
    {
      filename,
      code: "import * as modes from './enums/mode.js';\nimport Mode = modes.WebSocketManagerMode;\nimport levels = require('./enums/level.js');\nvoid [Mode.ISOLATED, levels.Level.Mid];",
      output:
        "import * as modes from './enums/mode.js';\nimport Mode = modes.WebSocketManagerMode;\nimport levels = require('./enums/level.js');\nvoid [Mode.UNIFIED, levels.Level.Medium];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'Mode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'Mode.UNIFIED',
          },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 20,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'levels.Level.Mid', reason: ' (Use Level.Medium)', replacement: 'levels.Level.Medium' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 38,
        },
      ],
      name: 'import X = ns.E and import x = require()',
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
    {
      filename,
      code: `${importMode}void WebSocketManagerMode.ISOLATED;`,
      output: null,
      options: [{ enums: { WebSocketManagerMode: { ISOLATED: 'LEGACY_POLLING' } } }],
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.LEGACY_POLLING',
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
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Generated.V1', reason: '', replacement: 'Generated.V2' },
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
