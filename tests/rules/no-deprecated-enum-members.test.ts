import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-deprecated-enum-members.js';

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/no-deprecated-enum-members');
const filename = path.join(fixtureDir, 'src/file.ts');
const settings = { ssot: { rootDir: fixtureDir } };

const importMode = "import { WebSocketManagerMode } from './enums/mode.js';\n";
const importLevel = "import { Level } from './enums/level.js';\n";

/** The enum of the issue, declared in the linted file. */
const modeEnum = `enum WebSocketManagerMode {
  UNIFIED = 'unified',
  /** @deprecated Use UNIFIED; isolation comes from the execution context. */
  ISOLATED = 'unified',
  /** @deprecated Use UNIFIED. */
  EMERGENCY = 'unified',
  /** @deprecated Polling is gone. */
  POLLING = 'polling',
}
`;

const ruleTester = new RuleTester();

ruleTester.run('no-deprecated-enum-members', rule, {
  valid: [
    { filename, code: `${modeEnum}export const mode = WebSocketManagerMode.UNIFIED;`, settings },
    { filename, code: `${importMode}export const mode: WebSocketManagerMode = WebSocketManagerMode.UNIFIED;`, settings },
    // Shadowed enum names: a parameter and a block-scoped constant hide the enum.
    {
      filename,
      code: `${modeEnum}export function read(WebSocketManagerMode: { ISOLATED: string }) { return WebSocketManagerMode.ISOLATED; }`,
      settings,
    },
    {
      filename,
      code: `${importMode}{ const WebSocketManagerMode = { ISOLATED: 1 }; void WebSocketManagerMode.ISOLATED; }`,
      settings,
    },
    // Defining an alias inside the enum is not a use.
    {
      filename,
      code: 'enum Size { Small = 1, /** @deprecated Use Small. */ Tiny = 1, /** @deprecated Use Small. */ Mini = Size.Tiny }',
      settings,
    },
    // Only JSDoc `@deprecated` counts: not a plain block comment, a line comment or another tag.
    {
      filename,
      code: 'enum E { A = 1, /* @deprecated */ B = 1, // @deprecated\n C = 1, /** @deprecatedSoon */ D = 1 }\nvoid [E.B, E.C, E.D];',
      settings,
    },
    // A plain object literal is not enum-like (its properties are mutable).
    { filename, code: 'const Options = { /** @deprecated */ OLD: 1 };\nvoid Options.OLD;', settings },
    // Computed access with a runtime key is not a member name the syntax can know.
    { filename, code: `${importMode}export const read = (key: 'ISOLATED') => WebSocketManagerMode[key];`, settings },
    // Packages are unknown without type information or the `enums` option.
    { filename, code: "import { Mode } from 'some-package';\nvoid Mode.ISOLATED;", settings },
    // Re-export cycles end without a report or a crash.
    { filename, code: "import { Missing } from './cycle-a.js';\nvoid Missing.ISOLATED;", settings },
    // Files outside rootDir are not read, so the declaring module is unknown here.
    { filename, code: "import { Protocol } from '../vendor/protocol.js';\nvoid Protocol.H2;", settings: { ssot: { rootDir: path.join(fixtureDir, 'src') } } },
    // An enum member that is itself used as a namespace-like value is not a member access.
    { filename, code: `${importMode}void WebSocketManagerMode.UNIFIED.length;`, settings },
    // Other file kinds parse without a crash.
    { filename: path.join(fixtureDir, 'src/view.tsx'), code: `${importMode}export const View = () => <div>{WebSocketManagerMode.UNIFIED}</div>;`, settings },
    { filename: path.join(fixtureDir, 'src/types.d.ts'), code: 'declare enum Ambient { A = 1 }\ndeclare const a: Ambient.A;', settings },
    { filename: path.join(fixtureDir, 'src/plain.cjs'), code: "const mode = require('./enums/mode.js');\nmodule.exports = mode.WebSocketManagerMode;", settings },
  ],
  invalid: [
    // --- Same file --------------------------------------------------------------------------
    {
      filename,
      code: `${modeEnum}export const mode = WebSocketManagerMode.ISOLATED;`,
      output: `${modeEnum}export const mode = WebSocketManagerMode.UNIFIED;`,
      settings,
      errors: [
        {
          message:
            'WebSocketManagerMode.ISOLATED is deprecated (Use UNIFIED; isolation comes from the execution context). Use WebSocketManagerMode.UNIFIED.',
          line: 10,
          column: 42,
          endColumn: 50,
        },
      ],
    },
    // Bracket access keeps its quote character.
    {
      filename,
      code: `${modeEnum}void [WebSocketManagerMode['EMERGENCY'], WebSocketManagerMode["ISOLATED"], WebSocketManagerMode[\`ISOLATED\`]];`,
      output: `${modeEnum}void [WebSocketManagerMode['UNIFIED'], WebSocketManagerMode["UNIFIED"], WebSocketManagerMode[\`UNIFIED\`]];`,
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement', column: 28 },
        { messageId: 'deprecatedMemberWithReplacement', column: 63 },
        { messageId: 'deprecatedMemberWithReplacement', column: 97 },
      ],
    },
    // Optional chaining, types, `typeof`, and a use that comes before the declaration.
    {
      filename,
      code: `export const a = (m?: typeof WebSocketManagerMode) => m?.UNIFIED ?? WebSocketManagerMode?.ISOLATED;\nexport type B = WebSocketManagerMode.EMERGENCY | typeof WebSocketManagerMode.ISOLATED;\n${modeEnum}`,
      output: `export const a = (m?: typeof WebSocketManagerMode) => m?.UNIFIED ?? WebSocketManagerMode?.UNIFIED;\nexport type B = WebSocketManagerMode.UNIFIED | typeof WebSocketManagerMode.UNIFIED;\n${modeEnum}`,
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement', line: 1 },
        { messageId: 'deprecatedMemberWithReplacement', line: 2, column: 38 },
        { messageId: 'deprecatedMemberWithReplacement', line: 2, column: 78 },
      ],
    },
    // No replacement: reported without a fix or a suggestion, with the JSDoc text.
    {
      filename,
      code: `${modeEnum}export const polling = WebSocketManagerMode.POLLING;`,
      output: null,
      settings,
      errors: [
        {
          message: 'WebSocketManagerMode.POLLING is deprecated (Polling is gone). Stop using it: no replacement is documented.',
        },
      ],
    },
    // Numeric enum: implicit values count up, so `Mid = 1` aliases `Medium`; a different value gets a suggestion.
    {
      filename,
      code: 'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Mid, Level.Critical];',
      output: 'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Medium, Level.Critical];',
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement', line: 2, column: 13 },
        {
          message: 'Level.Critical is deprecated (Use High). Use Level.High.',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'replaceMember',
              output: 'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Mid, Level.High];',
            },
          ],
        },
      ],
    },
    // Aliases without JSDoc text: the initializer names the member, or exactly one member shares the value.
    {
      filename,
      code: "enum Http { Ok = 200, /** @deprecated */ Success = Http.Ok, /** @deprecated */ Fine = 200, /** @deprecated */ Good = Ok }\nvoid [Http.Success, Http.Fine, Http.Good];",
      output: "enum Http { Ok = 200, /** @deprecated */ Success = Http.Ok, /** @deprecated */ Fine = 200, /** @deprecated */ Good = Ok }\nvoid [Http.Ok, Http.Ok, Http.Ok];",
      settings,
      errors: [
        { message: 'Http.Success is deprecated. Use Http.Ok.' },
        { message: 'Http.Fine is deprecated. Use Http.Ok.' },
        { message: 'Http.Good is deprecated. Use Http.Ok.' },
      ],
    },
    // A value two members share is no basis for a replacement.
    {
      filename,
      code: "enum Tone { A = 'x', B = 'x', /** @deprecated */ C = 'x' }\nvoid Tone.C;",
      output: null,
      settings,
      errors: [{ messageId: 'deprecatedMember' }],
    },
    // `const enum`, `declare enum`, computed values and string member names.
    {
      filename,
      code: "const enum Flags { Read = 1 << 0, Write = 1 << 1, ReadWrite = Read | Write, /** @deprecated */ All = 3 }\ndeclare enum Ambient { A = 'a', /** @deprecated */ 'Alpha' = 'a' }\nvoid [Flags.All, Ambient.Alpha];",
      output: "const enum Flags { Read = 1 << 0, Write = 1 << 1, ReadWrite = Read | Write, /** @deprecated */ All = 3 }\ndeclare enum Ambient { A = 'a', /** @deprecated */ 'Alpha' = 'a' }\nvoid [Flags.ReadWrite, Ambient.A];",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }, { messageId: 'deprecatedMemberWithReplacement' }],
    },
    // Merged declarations form one enum.
    {
      filename,
      code: "enum Status { Active = 'active' }\nenum Status { /** @deprecated Use Active. */ Enabled = 'active' }\nvoid Status.Enabled;",
      output: "enum Status { Active = 'active' }\nenum Status { /** @deprecated Use Active. */ Enabled = 'active' }\nvoid Status.Active;",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement', line: 3 }],
    },
    // An enum declared in a function is found through its scope; the outer name is another binding.
    {
      filename,
      code: "export function run() {\n  enum Local { New = 1, /** @deprecated Use New. */ Old = 1 }\n  return Local.Old;\n}",
      output: "export function run() {\n  enum Local { New = 1, /** @deprecated Use New. */ Old = 1 }\n  return Local.New;\n}",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement', line: 3 }],
    },
    // Shadowing: only the uses that see the enum are reported.
    {
      filename,
      code: `${modeEnum}export const outer = WebSocketManagerMode.EMERGENCY;\nexport function inner(WebSocketManagerMode: Record<string, string>) { return WebSocketManagerMode.EMERGENCY; }`,
      output: `${modeEnum}export const outer = WebSocketManagerMode.UNIFIED;\nexport function inner(WebSocketManagerMode: Record<string, string>) { return WebSocketManagerMode.EMERGENCY; }`,
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement', line: 10 }],
    },
    // Destructuring reads a member too; the local name is kept.
    {
      filename,
      code: `${modeEnum}const { ISOLATED, EMERGENCY: emergency, UNIFIED } = WebSocketManagerMode;\nvoid [ISOLATED, emergency, UNIFIED];`,
      output: `${modeEnum}const { UNIFIED: ISOLATED, UNIFIED: emergency, UNIFIED } = WebSocketManagerMode;\nvoid [ISOLATED, emergency, UNIFIED];`,
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }, { messageId: 'deprecatedMemberWithReplacement' }],
    },
    // Enum-like objects: `as const` (also with `satisfies`) and `Object.freeze`.
    {
      filename,
      code: "const Color = { RED: 'red', /** @deprecated Use RED. */ CRIMSON: 'red' } as const satisfies Record<string, string>;\nconst Switch = Object.freeze({ ON: 1, /** @deprecated */ ENABLED: 1 });\nvoid [Color.CRIMSON, Switch.ENABLED];",
      output: "const Color = { RED: 'red', /** @deprecated Use RED. */ CRIMSON: 'red' } as const satisfies Record<string, string>;\nconst Switch = Object.freeze({ ON: 1, /** @deprecated */ ENABLED: 1 });\nvoid [Color.RED, Switch.ON];",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }, { messageId: 'deprecatedMemberWithReplacement' }],
    },
    // A replacement that is not an identifier is written in brackets; a type cannot name it, so no fix there.
    {
      filename,
      code: "enum Quoted { 'kebab-case' = 'k', /** @deprecated */ camelCase = 'k' }\nexport const q = Quoted.camelCase;\nexport type Q = Quoted.camelCase;",
      output: "enum Quoted { 'kebab-case' = 'k', /** @deprecated */ camelCase = 'k' }\nexport const q = Quoted['kebab-case'];\nexport type Q = Quoted.camelCase;",
      settings,
      errors: [
        { message: "Quoted.camelCase is deprecated. Use Quoted['kebab-case']." },
        { message: "Quoted.camelCase is deprecated. Use Quoted['kebab-case'].", line: 3 },
      ],
    },
    // A local `const` alias of the enum.
    {
      filename,
      code: `${modeEnum}const Mode = WebSocketManagerMode;\nvoid Mode.EMERGENCY;`,
      output: `${modeEnum}const Mode = WebSocketManagerMode;\nvoid Mode.UNIFIED;`,
      settings,
      errors: [{ message: 'Mode.EMERGENCY is deprecated (Use UNIFIED). Use Mode.UNIFIED.' }],
    },

    // --- Across files -------------------------------------------------------------------------
    {
      filename,
      code: `${importMode}export function start(mode = WebSocketManagerMode.ISOLATED) { return mode; }\nexport const emergency = WebSocketManagerMode.EMERGENCY;`,
      output: `${importMode}export function start(mode = WebSocketManagerMode.UNIFIED) { return mode; }\nexport const emergency = WebSocketManagerMode.UNIFIED;`,
      settings,
      errors: [
        {
          message:
            'WebSocketManagerMode.ISOLATED is deprecated (Use UNIFIED; isolation comes from the execution context). Use WebSocketManagerMode.UNIFIED.',
          line: 2,
        },
        { message: 'WebSocketManagerMode.EMERGENCY is deprecated (Use UNIFIED). Use WebSocketManagerMode.UNIFIED.', line: 3 },
      ],
    },
    // Import alias: the message names the local binding.
    {
      filename,
      code: "import { WebSocketManagerMode as Mode } from './enums/mode.js';\nvoid Mode['ISOLATED'];",
      output: "import { WebSocketManagerMode as Mode } from './enums/mode.js';\nvoid Mode['UNIFIED'];",
      settings,
      errors: [{ message: 'Mode.ISOLATED is deprecated (Use UNIFIED; isolation comes from the execution context). Use Mode.UNIFIED.' }],
    },
    // Namespace import, in a value and in a type; `import type` in a type.
    {
      filename,
      code: "import * as modes from './enums/mode.js';\nimport type { WebSocketManagerMode } from './enums/mode.js';\nexport const a = modes.WebSocketManagerMode.EMERGENCY;\nexport type B = modes.WebSocketManagerMode.ISOLATED | WebSocketManagerMode.EMERGENCY;",
      output: "import * as modes from './enums/mode.js';\nimport type { WebSocketManagerMode } from './enums/mode.js';\nexport const a = modes.WebSocketManagerMode.UNIFIED;\nexport type B = modes.WebSocketManagerMode.UNIFIED | WebSocketManagerMode.UNIFIED;",
      settings,
      errors: [
        { message: 'modes.WebSocketManagerMode.EMERGENCY is deprecated (Use UNIFIED). Use modes.WebSocketManagerMode.UNIFIED.', line: 3 },
        { messageId: 'deprecatedMemberWithReplacement', line: 4, column: 44 },
        { messageId: 'deprecatedMemberWithReplacement', line: 4, column: 76 },
      ],
    },
    // tsconfig `paths` alias.
    {
      filename,
      code: "import { WebSocketManagerMode } from '@app/enums/mode';\nvoid WebSocketManagerMode.ISOLATED;",
      output: "import { WebSocketManagerMode } from '@app/enums/mode';\nvoid WebSocketManagerMode.UNIFIED;",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }],
    },
    // Re-export chains: named, renamed, `export *`, `export * as`, default.
    {
      filename,
      code: "import Status, { WebSocketManagerMode, WsMode, Level, Color, forms } from './enums/index.js';\nvoid [WebSocketManagerMode.ISOLATED, WsMode.EMERGENCY, Level.Mid, Color.CRIMSON, forms.Flags.All, Status.Enabled];",
      output: "import Status, { WebSocketManagerMode, WsMode, Level, Color, forms } from './enums/index.js';\nvoid [WebSocketManagerMode.UNIFIED, WsMode.UNIFIED, Level.Medium, Color.RED, forms.Flags.ReadWrite, Status.Active];",
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement', column: 28 },
        { messageId: 'deprecatedMemberWithReplacement', column: 45 },
        { message: 'Level.Mid is deprecated (Use {@link Level.Medium}). Use Level.Medium.', column: 62 },
        { messageId: 'deprecatedMemberWithReplacement', column: 73 },
        { messageId: 'deprecatedMemberWithReplacement', column: 94 },
        { messageId: 'deprecatedMemberWithReplacement', column: 106 },
      ],
    },
    // An imported binding re-exported under another name, and a re-exported namespace import.
    {
      filename,
      code: "import { Severity, merged } from './reexport-imported.js';\nvoid [Severity.Mid, merged.Status.On];",
      output: "import { Severity, merged } from './reexport-imported.js';\nvoid [Severity.Medium, merged.Status.Active];",
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement' },
        { message: 'merged.Status.On is deprecated (Use Status.Active; "on" was never persisted). Use merged.Status.Active.' },
      ],
    },
    // Numeric enum across files: a tag with text on several lines, a bare tag, and a different value.
    {
      filename,
      code: `${importLevel}void [Level.Critical, Level.Unknown];`,
      output: null,
      settings,
      errors: [
        {
          message: 'Level.Critical is deprecated (Use High; critical alerts were folded into high ones). Use Level.High.',
          suggestions: [{ messageId: 'replaceMember', output: `${importLevel}void [Level.High, Level.Unknown];` }],
        },
        { message: 'Level.Unknown is deprecated. Stop using it: no replacement is documented.' },
      ],
    },
    // `import X = …` forms.
    {
      filename,
      code: "import * as modes from './enums/mode.js';\nimport Mode = modes.WebSocketManagerMode;\nimport levels = require('./enums/level.js');\nvoid [Mode.ISOLATED, levels.Level.Mid];",
      output: "import * as modes from './enums/mode.js';\nimport Mode = modes.WebSocketManagerMode;\nimport levels = require('./enums/level.js');\nvoid [Mode.UNIFIED, levels.Level.Medium];",
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }, { messageId: 'deprecatedMemberWithReplacement' }],
    },
    // String member names across files.
    {
      filename,
      code: "import { forms } from './enums/index.js';\nvoid [forms.Quoted.camelCase, forms.Quoted['old-kebab'], forms.Ambient.Alpha];",
      output: "import { forms } from './enums/index.js';\nvoid [forms.Quoted['kebab-case'], forms.Quoted['kebab-case'], forms.Ambient.A];",
      settings,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement' },
        { messageId: 'deprecatedMemberWithReplacement' },
        { messageId: 'deprecatedMemberWithReplacement' },
      ],
    },
    // A member with its own value and an explicit replacement elsewhere: the `enums` option overrides JSDoc.
    {
      filename,
      code: `${importMode}void WebSocketManagerMode.ISOLATED;`,
      output: null,
      options: [{ enums: { WebSocketManagerMode: { ISOLATED: 'LEGACY_POLLING' } } }],
      settings,
      errors: [
        {
          message:
            'WebSocketManagerMode.ISOLATED is deprecated (Use UNIFIED; isolation comes from the execution context). Use WebSocketManagerMode.LEGACY_POLLING.',
          suggestions: [{ messageId: 'replaceMember', output: `${importMode}void WebSocketManagerMode.LEGACY_POLLING;` }],
        },
      ],
    },

    // --- The `enums` option ---------------------------------------------------------------------
    // An enum without annotations: same value → fix, `null` → no replacement, other value → suggestion.
    {
      filename,
      code: "import { forms } from './enums/index.js';\nvoid [forms.Generated.V2_BETA, forms.Generated.V1, forms.Generated.V2];",
      output: "import { forms } from './enums/index.js';\nvoid [forms.Generated.V2, forms.Generated.V1, forms.Generated.V2];",
      options: [{ enums: { Generated: { V2_BETA: 'V2', V1: null } } }],
      settings,
      errors: [
        { message: 'forms.Generated.V2_BETA is deprecated. Use forms.Generated.V2.' },
        { message: 'forms.Generated.V1 is deprecated. Stop using it: no replacement is documented.' },
      ],
    },
    {
      filename,
      code: 'enum Generated { V1 = 1, V2 = 2 }\nvoid Generated.V1;',
      output: null,
      options: [{ enums: { Generated: { V1: 'V2' } } }],
      settings,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          suggestions: [{ messageId: 'replaceMember', output: 'enum Generated { V1 = 1, V2 = 2 }\nvoid Generated.V2;' }],
        },
      ],
    },
    // Packages and ambient globals: known by name only, so a suggestion rather than a fix.
    {
      filename,
      code: "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.OLD, pkg.PkgMode.OLD, GlobalMode.OLD, Mode.NEW];",
      output: null,
      options: [{ enums: { PkgMode: { OLD: 'NEW' }, GlobalMode: { OLD: null } } }],
      settings,
      errors: [
        {
          message: 'Mode.OLD is deprecated. Use Mode.NEW.',
          suggestions: [
            {
              messageId: 'replaceMember',
              output: "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.NEW, pkg.PkgMode.OLD, GlobalMode.OLD, Mode.NEW];",
            },
          ],
        },
        {
          message: 'pkg.PkgMode.OLD is deprecated. Use pkg.PkgMode.NEW.',
          suggestions: [
            {
              messageId: 'replaceMember',
              output: "import { PkgMode as Mode } from 'some-package';\nimport * as pkg from 'some-package';\nvoid [Mode.OLD, pkg.PkgMode.NEW, GlobalMode.OLD, Mode.NEW];",
            },
          ],
        },
        { message: 'GlobalMode.OLD is deprecated. Stop using it: no replacement is documented.' },
      ],
    },
  ],
});
