// Keys that are not written as a name (issue #18): a key held in a constant (`A[key]`, also through
// `as const` and template literals), and numeric keys, which read members of enum-like objects but
// only the reverse mapping of a numeric enum. A constant-held key is reported and left to the person
// who changes the constant.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, settings } from './fixture.js';

const letters = 'enum A { /** @deprecated Use b. */ a = 1, b = 1 }\n';
const numbered = "const a = { /** @deprecated */ [2]: 'x', 3: 'y' } as const;\n";

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    {
      filename,
      code: 'enum N { /** @deprecated */ A = 2, B = 3 }\nexport const name = N[2];',
      name: 'a number indexes a numeric enum: the reverse mapping, not a member',
    },
    {
      filename,
      code: `${letters}let key = 'a';\nkey = 'b';\nvoid A[key];`,
      name: 'a key held in a variable that changes',
    },
    { filename, code: `${numbered}void a[3];`, name: 'a current numeric key' },
  ],
  invalid: [
    {
      filename,
      code: `${letters}const key = 'a';\nvoid A[key];`,
      output: null,
      errors: [
        {
          messageId: 'deprecatedMemberWithReplacement',
          data: { member: 'A.a', reason: ' (Use b)', replacement: 'A.b' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 11,
        },
      ],
      name: 'a key held in a constant: reported where it is used, the constant is what to change',
    },
    {
      filename,
      code: `${letters}const key = \`a\`;\nconst again = key;\nvoid A[again];\nvoid A[\`a\`];`,
      output: `${letters}const key = \`a\`;\nconst again = key;\nvoid A[again];\nvoid A[\`b\`];`,
      errors: [
        { messageId: 'deprecatedMemberWithReplacement', line: 4, column: 8, endLine: 4, endColumn: 13 },
        { messageId: 'deprecatedMemberWithReplacement', line: 5, column: 8, endLine: 5, endColumn: 11 },
      ],
      name: 'a chain of constants and template literals without substitutions',
    },
    {
      filename,
      code: `${numbered}void a[2];\nvoid a['2'];`,
      output: null,
      errors: [
        {
          messageId: 'deprecatedMember',
          data: { member: "a['2']", reason: '' },
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 9,
        },
        {
          messageId: 'deprecatedMember',
          data: { member: "a['2']", reason: '' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 11,
        },
      ],
      name: 'numeric keys of an enum-like object, computed or plain, read as a number or a string',
    },
    {
      filename,
      code: "const b = { /** @deprecated */ 2: 'x', 3: 'y' } as const;\nvoid b[2];\nvoid b['2'];",
      output: null,
      errors: [
        { messageId: 'deprecatedMember', line: 2, column: 8, endLine: 2, endColumn: 9 },
        { messageId: 'deprecatedMember', line: 3, column: 8, endLine: 3, endColumn: 11 },
      ],
      name: 'a plain numeric key read with a number',
    },
  ],
});
