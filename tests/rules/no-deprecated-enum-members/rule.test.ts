import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/no-deprecated-enum-members');
const filename = path.join(fixtureDir, 'src/file.ts');
const settings = { ssot: { rootDir: fixtureDir } };

const importMode = "import { WebSocketManagerMode } from './enums/mode.js';\n";

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

// Enums declared in the linted file. Cross-file cases: no-deprecated-enum-members.cross-file.test.ts.
new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    { filename, code: `${modeEnum}export const mode = WebSocketManagerMode.UNIFIED;` },
    { filename, code: `${importMode}export const mode: WebSocketManagerMode = WebSocketManagerMode.UNIFIED;` },
    // Shadowed enum names: a parameter and a block-scoped constant hide the enum.
    {
      filename,
      code: `${modeEnum}export function read(WebSocketManagerMode: { ISOLATED: string }) { return WebSocketManagerMode.ISOLATED; }`,
    },
    {
      filename,
      code: `${importMode}{ const WebSocketManagerMode = { ISOLATED: 1 }; void WebSocketManagerMode.ISOLATED; }`,
    },
    // Defining an alias inside the enum is not a use.
    {
      filename,
      code: 'enum Size { Small = 1, /** @deprecated Use Small. */ Tiny = 1, /** @deprecated Use Small. */ Mini = Size.Tiny }',
    },
    // Only JSDoc `@deprecated` counts: not a plain block comment, a line comment or another tag.
    {
      filename,
      code: 'enum E { A = 1, /* @deprecated */ B = 1, // @deprecated\n C = 1, /** @deprecatedSoon */ D = 1 }\nvoid [E.B, E.C, E.D];',
    },
    // A plain object literal is not enum-like (its properties are mutable).
    { filename, code: 'const Options = { /** @deprecated */ OLD: 1 };\nvoid Options.OLD;' },
    // Computed access with a runtime key is not a member name the syntax can know.
    { filename, code: `${importMode}export const read = (key: 'ISOLATED') => WebSocketManagerMode[key];` },
    // Without type information, an enum inside a namespace is out of reach (the checker finds it).
    { filename, code: 'namespace NS { export enum E { A = 1, /** @deprecated */ B = 1 } }\nvoid NS.E.B;' },
    // Unusual shapes do not crash: empty enums, deep chains, classes, ambient modules.
    {
      filename,
      code: "enum Empty {}\nclass Box { static OLD = 1 }\ndeclare module 'legacy' { export enum M { /** @deprecated */ X } }\nvoid [Empty, Box.OLD, a.b.c.d.e.f.g.h.i.j, (0, Empty)];\ndeclare const a: any;",
    },
  ],
  invalid: [
    {
      filename,
      code: `${modeEnum}export const mode = WebSocketManagerMode.ISOLATED;`,
      output: `${modeEnum}export const mode = WebSocketManagerMode.UNIFIED;`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 50,
        },
      ],
      name: 'the issue example: a same-file alias is fixed and the message quotes the JSDoc',
    },
    {
      filename,
      code: `${modeEnum}void [WebSocketManagerMode['EMERGENCY'], WebSocketManagerMode["ISOLATED"], WebSocketManagerMode[\`ISOLATED\`]];`,
      output: `${modeEnum}void [WebSocketManagerMode['UNIFIED'], WebSocketManagerMode["UNIFIED"], WebSocketManagerMode[\`UNIFIED\`]];`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 39,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 63,
          endLine: 10,
          endColumn: 73,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 97,
          endLine: 10,
          endColumn: 107,
        },
      ],
      name: 'bracket access keeps its quote character',
    },
    {
      filename,
      code: `export const a = (m?: typeof WebSocketManagerMode) => m?.UNIFIED ?? WebSocketManagerMode?.ISOLATED;\nexport type B = WebSocketManagerMode.EMERGENCY | typeof WebSocketManagerMode.ISOLATED;\n${modeEnum}`,
      output: `export const a = (m?: typeof WebSocketManagerMode) => m?.UNIFIED ?? WebSocketManagerMode?.UNIFIED;\nexport type B = WebSocketManagerMode.UNIFIED | typeof WebSocketManagerMode.UNIFIED;\n${modeEnum}`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 1,
          column: 91,
          endLine: 1,
          endColumn: 99,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 47,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 2,
          column: 78,
          endLine: 2,
          endColumn: 86,
        },
      ],
      name: 'optional chaining, types, typeof, and a use before the declaration',
    },
    {
      filename,
      code: `${modeEnum}export const polling = WebSocketManagerMode.POLLING;`,
      output: null,
      errors: [
        {
          messageId: 'deprecatedMember',
          data: { member: 'WebSocketManagerMode.POLLING', reason: ' (Polling is gone)' },
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 52,
        },
      ],
      name: 'no replacement: reported without a fix or a suggestion',
    },
    {
      filename,
      code: 'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Mid, Level.Critical];',
      output:
        'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Medium, Level.Critical];',
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Level.Mid', reason: ' (Use Medium)', replacement: 'Level.Medium' },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 16,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Level.Critical', reason: ' (Use High)', replacement: 'Level.High' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'replaceMember',
              output:
                'enum Level { Low, Medium, /** @deprecated Use Medium. */ Mid = 1, High, /** @deprecated Use High. */ Critical = 10 }\nvoid [Level.Mid, Level.High];',
            },
          ],
        },
      ],
      name: 'numeric enum: implicit values count up; a different value gets a suggestion',
    },
    {
      filename,
      code: 'enum Http { Ok = 200, /** @deprecated */ Success = Http.Ok, /** @deprecated */ Fine = 200, /** @deprecated */ Good = Ok }\nvoid [Http.Success, Http.Fine, Http.Good];',
      output:
        'enum Http { Ok = 200, /** @deprecated */ Success = Http.Ok, /** @deprecated */ Fine = 200, /** @deprecated */ Good = Ok }\nvoid [Http.Ok, Http.Ok, Http.Ok];',
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Http.Success', reason: '', replacement: 'Http.Ok' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 19,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Http.Fine', reason: '', replacement: 'Http.Ok' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 30,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Http.Good', reason: '', replacement: 'Http.Ok' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 41,
        },
      ],
      name: 'aliases without JSDoc text: an initializer reference or a unique equal value',
    },
    {
      filename,
      code: "enum Tone { A = 'x', B = 'x', /** @deprecated */ C = 'x' }\nvoid Tone.C;",
      output: null,
      errors: [
        {
          messageId: 'deprecatedMember',
          data: { member: 'Tone.C', reason: '' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 12,
        },
      ],
      name: 'a value two members share is no basis for a replacement',
    },
    {
      filename,
      code: "const enum Flags { Read = 1 << 0, Write = 1 << 1, ReadWrite = Read | Write, /** @deprecated */ All = 3 }\ndeclare enum Ambient { A = 'a', /** @deprecated */ 'Alpha' = 'a' }\nvoid [Flags.All, Ambient.Alpha];",
      output:
        "const enum Flags { Read = 1 << 0, Write = 1 << 1, ReadWrite = Read | Write, /** @deprecated */ All = 3 }\ndeclare enum Ambient { A = 'a', /** @deprecated */ 'Alpha' = 'a' }\nvoid [Flags.ReadWrite, Ambient.A];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Flags.All', reason: '', replacement: 'Flags.ReadWrite' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 16,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Ambient.Alpha', reason: '', replacement: 'Ambient.A' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 31,
        },
      ],
      name: 'const enum, declare enum, computed values and string member names',
    },
    {
      filename,
      code: "enum Status { Active = 'active' }\nenum Status { /** @deprecated Use Active. */ Enabled = 'active' }\nvoid Status.Enabled;",
      output:
        "enum Status { Active = 'active' }\nenum Status { /** @deprecated Use Active. */ Enabled = 'active' }\nvoid Status.Active;",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Status.Enabled', reason: ' (Use Active)', replacement: 'Status.Active' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 20,
        },
      ],
      name: 'merged declarations form one enum',
    },
    {
      filename,
      code: 'export function run() {\n  enum Local { New = 1, /** @deprecated Use New. */ Old = 1 }\n  return Local.Old;\n}',
      output:
        'export function run() {\n  enum Local { New = 1, /** @deprecated Use New. */ Old = 1 }\n  return Local.New;\n}',
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Local.Old', reason: ' (Use New)', replacement: 'Local.New' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 19,
        },
      ],
      name: 'an enum declared in a function',
    },
    {
      filename,
      code: `${modeEnum}export const outer = WebSocketManagerMode.EMERGENCY;\nexport function inner(WebSocketManagerMode: Record<string, string>) { return WebSocketManagerMode.EMERGENCY; }`,
      output: `${modeEnum}export const outer = WebSocketManagerMode.UNIFIED;\nexport function inner(WebSocketManagerMode: Record<string, string>) { return WebSocketManagerMode.EMERGENCY; }`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 52,
        },
      ],
      name: 'shadowing: only the uses that see the enum are reported',
    },
    {
      filename,
      code: `${modeEnum}const { ISOLATED, EMERGENCY: emergency, UNIFIED } = WebSocketManagerMode;\nvoid [ISOLATED, emergency, UNIFIED];`,
      output: `${modeEnum}const { UNIFIED: ISOLATED, UNIFIED: emergency, UNIFIED } = WebSocketManagerMode;\nvoid [ISOLATED, emergency, UNIFIED];`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.ISOLATED',
            reason: ' (Use UNIFIED; isolation comes from the execution context)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 17,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: {
            member: 'WebSocketManagerMode.EMERGENCY',
            reason: ' (Use UNIFIED)',
            replacement: 'WebSocketManagerMode.UNIFIED',
          },
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 28,
        },
      ],
      name: 'destructuring keeps the local name',
    },
    {
      filename,
      code: "const Color = { RED: 'red', /** @deprecated Use RED. */ CRIMSON: 'red' } as const satisfies Record<string, string>;\nconst Switch = Object.freeze({ ON: 1, /** @deprecated */ ENABLED: 1 });\nvoid [Color.CRIMSON, Switch.ENABLED];",
      output:
        "const Color = { RED: 'red', /** @deprecated Use RED. */ CRIMSON: 'red' } as const satisfies Record<string, string>;\nconst Switch = Object.freeze({ ON: 1, /** @deprecated */ ENABLED: 1 });\nvoid [Color.RED, Switch.ON];",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Color.CRIMSON', reason: ' (Use RED)', replacement: 'Color.RED' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 20,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Switch.ENABLED', reason: '', replacement: 'Switch.ON' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 36,
        },
      ],
      name: 'enum-like objects: as const with satisfies, and Object.freeze',
    },
    {
      filename,
      code: "enum Quoted { 'kebab-case' = 'k', /** @deprecated */ camelCase = 'k' }\nexport const q = Quoted.camelCase;\nexport type Q = Quoted.camelCase;",
      output:
        "enum Quoted { 'kebab-case' = 'k', /** @deprecated */ camelCase = 'k' }\nexport const q = Quoted['kebab-case'];\nexport type Q = Quoted.camelCase;",
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Quoted.camelCase', reason: '', replacement: "Quoted['kebab-case']" },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 34,
        },
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Quoted.camelCase', reason: '', replacement: "Quoted['kebab-case']" },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 33,
        },
      ],
      name: 'a non-identifier replacement is written in brackets; a type gets no fix',
    },
    {
      filename,
      code: `${modeEnum}const Mode = WebSocketManagerMode;\nvoid Mode.EMERGENCY;`,
      output: `${modeEnum}const Mode = WebSocketManagerMode;\nvoid Mode.UNIFIED;`,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'Mode.EMERGENCY', reason: ' (Use UNIFIED)', replacement: 'Mode.UNIFIED' },
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 20,
        },
      ],
      name: 'a local const alias of the enum',
    },
  ],
});
