// Enums declared in the linted file, and the ways a member is used: dot and bracket access,
// optional chaining, types and typeof, shadowing, destructuring and a local alias.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, importMode, modeEnum, settings } from './fixture.js';

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
    // Computed access with a runtime key is not a member name the syntax can know.
    { filename, code: `${importMode}export const read = (key: 'ISOLATED') => WebSocketManagerMode[key];` },
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
