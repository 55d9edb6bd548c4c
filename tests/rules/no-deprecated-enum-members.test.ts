import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-deprecated-enum-members.js';

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/no-deprecated-enum-members');
const filename = path.join(fixtureDir, 'src/file.ts');
const settings = { ssot: { rootDir: fixtureDir } };

const ruleTester = new RuleTester();

ruleTester.run('no-deprecated-enum-members', rule, {
  valid: [],
  invalid: [
    {
      code: "import { WebSocketManagerMode } from './enums/mode.js';\nexport const m = WebSocketManagerMode.ISOLATED;",
      filename,
      settings,
      errors: [{ messageId: 'deprecatedMemberWithReplacement' }],
      output: "import { WebSocketManagerMode } from './enums/mode.js';\nexport const m = WebSocketManagerMode.UNIFIED;",
    },
  ],
});
