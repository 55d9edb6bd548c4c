// A deprecated enum declaration (issue #18): `/** @deprecated */ enum A { a }` deprecates every member
// without a tag of its own, in the linted file and across files; there is no member to use instead.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-deprecated-enum-');
write('src/old.ts', "/** @deprecated Use NewMode from './new'. */\nexport enum OldMode {\n  A = 'a',\n  B = 'b',\n}\n");
write('src/plain.ts', '/** Current modes. */\nexport enum Plain {\n  A,\n}\n');
const settings = { ssot: { rootDir: root } };
const filename = path.join(root, 'src/use.ts');

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
    { filename, code: "import { Plain } from './plain';\nvoid Plain.A;", name: 'an enum whose JSDoc has no tag' },
    {
      filename,
      code: '/** @deprecated */\nconst unrelated = 1;\nenum Fresh { A }\nvoid [unrelated, Fresh.A];',
      name: 'a tag on the statement before, not on the enum',
    },
  ],
  invalid: [
    {
      filename,
      code: '/** @deprecated Use Next. */\nenum Old { a, /** @deprecated Gone. */ b }\nvoid [Old.a, Old.b];',
      output: null,
      errors: [
        {
          messageId: 'deprecatedMember',
          data: { member: 'Old.a', reason: ' (Use Next)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 12,
        },
        {
          messageId: 'deprecatedMember',
          data: { member: 'Old.b', reason: ' (Gone)' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 19,
        },
      ],
      name: 'a deprecated enum in the same file; a member tag of its own wins',
    },
    {
      filename,
      code: "import { OldMode } from './old';\nexport const mode: OldMode = OldMode.A;",
      output: null,
      errors: [
        {
          messageId: 'deprecatedMember',
          data: { member: 'OldMode.A', reason: " (Use NewMode from './new')" },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 39,
        },
      ],
      name: 'an exported deprecated enum imported from another file (its members; the enum type itself is no member)',
    },
  ],
});
