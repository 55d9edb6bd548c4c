// Enums declared in the linted file, and what makes a member a deprecated alias with a replacement:
// JSDoc text, implicit and computed values, initializer references, enum kinds, merged and local
// declarations, enum-like objects.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, modeEnum, settings } from './fixture.js';

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
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
          messageId: 'deprecatedMemberOtherValue',
          data: { member: 'Level.Critical', reason: ' (Use High)', replacement: 'Level.High', values: '10 vs 2' },
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
  ],
});
