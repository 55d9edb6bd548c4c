// The same rule with type information: the checker resolves what the syntax cannot see
// (parameters typed as the enum, `let` aliases, enums in files the rule may not read).
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/no-deprecated-enum-members');
const filename = path.join(fixtureDir, 'src/file.ts');
const settings = { ssot: { rootDir: fixtureDir } };
/** Only `src/` may be read, so `vendor/` is known through the checker alone. */
const srcOnly = { ssot: { rootDir: path.join(fixtureDir, 'src') } };

const importMode = "import { WebSocketManagerMode } from './enums/mode.js';\n";

// With `project`, RuleTester joins `filename` to `tsconfigRootDir`, so it takes a relative name.
const setUps = {
  project: { filename: 'src/file.ts', parserOptions: { project: './tsconfig.json', tsconfigRootDir: fixtureDir } },
  projectService: { filename, parserOptions: { projectService: true, tsconfigRootDir: fixtureDir } },
};

describe.each(Object.entries(setUps))('with type information (%s)', (_name, { filename, parserOptions }) => {
  const ruleTester = new RuleTester({ languageOptions: { parserOptions }, settings });

  ruleTester.run('no-deprecated-enum-members', rule, {
    valid: [
      { filename, code: `${importMode}export const read = (mode: typeof WebSocketManagerMode) => mode.UNIFIED;` },
      // Properties that are not enum members are left to other rules, even when deprecated.
      {
        filename,
        code: 'const options = { /** @deprecated */ old: 1 };\nexport const read = (o: typeof options) => o.old;',
      },
      { filename, code: 'export const length = [1, 2].length + Math.PI;' },
    ],
    invalid: [
      // The syntax path still does the work it can.
      {
        filename,
        code: `${importMode}void WebSocketManagerMode.ISOLATED;`,
        output: `${importMode}void WebSocketManagerMode.UNIFIED;`,
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
      },
      // A parameter typed as the enum object, and a `let` alias: only the checker knows them.
      {
        filename,
        code: `${importMode}export const read = (mode: typeof WebSocketManagerMode) => [mode.ISOLATED, mode['EMERGENCY']];\nlet Mode = WebSocketManagerMode;\nMode = WebSocketManagerMode;\nexport const type: WebSocketManagerMode = Mode.ISOLATED;`,
        output: `${importMode}export const read = (mode: typeof WebSocketManagerMode) => [mode.UNIFIED, mode['UNIFIED']];\nlet Mode = WebSocketManagerMode;\nMode = WebSocketManagerMode;\nexport const type: WebSocketManagerMode = Mode.UNIFIED;`,
        errors: [
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: {
              member: 'mode.ISOLATED',
              reason: ' (Use UNIFIED; isolation comes from the execution context)',
              replacement: 'mode.UNIFIED',
            },
            line: 2,
            column: 66,
            endLine: 2,
            endColumn: 74,
          },
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: { member: 'mode.EMERGENCY', reason: ' (Use UNIFIED)', replacement: 'mode.UNIFIED' },
            line: 2,
            column: 81,
            endLine: 2,
            endColumn: 92,
          },
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: {
              member: 'Mode.ISOLATED',
              reason: ' (Use UNIFIED; isolation comes from the execution context)',
              replacement: 'Mode.UNIFIED',
            },
            line: 5,
            column: 48,
            endLine: 5,
            endColumn: 56,
          },
        ],
      },
      // JSDoc `{@link}` read through the checker, and a different value offered as a suggestion.
      {
        filename,
        code: "import { Level } from './enums/level.js';\nexport const read = (level: typeof Level) => [level.Mid, level.Critical];",
        output:
          "import { Level } from './enums/level.js';\nexport const read = (level: typeof Level) => [level.Medium, level.Critical];",
        errors: [
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: { member: 'level.Mid', reason: ' (Use Level.Medium)', replacement: 'level.Medium' },
            line: 2,
            column: 53,
            endLine: 2,
            endColumn: 56,
          },
          {
            messageId: 'deprecatedMemberOtherValue',
            data: {
              member: 'level.Critical',
              reason: ' (Use High; critical alerts were folded into high ones)',
              replacement: 'level.High',
              values: '10 vs 2',
            },
            line: 2,
            column: 64,
            endLine: 2,
            endColumn: 72,
            suggestions: [
              {
                messageId: 'replaceMember',
                output:
                  "import { Level } from './enums/level.js';\nexport const read = (level: typeof Level) => [level.Mid, level.High];",
              },
            ],
          },
        ],
      },
      {
        filename,
        code: "import { Protocol } from '../vendor/protocol.js';\nexport const protocol = Protocol.H2;",
        output: "import { Protocol } from '../vendor/protocol.js';\nexport const protocol = Protocol.Http2;",
        errors: [
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: { member: 'Protocol.H2', reason: ' (Use Http2)', replacement: 'Protocol.Http2' },
            line: 2,
            column: 34,
            endLine: 2,
            endColumn: 36,
          },
        ],
        settings: srcOnly,
        name: 'a module outside rootDir is known to the checker',
      },
      {
        filename,
        code: "import { Protocol } from '../vendor/protocol.js';\nexport const protocol = (p: typeof Protocol) => p.Http11;",
        output:
          "import { Protocol } from '../vendor/protocol.js';\nexport const protocol = (p: typeof Protocol) => p.Http1;",
        options: [{ enums: { Protocol: { Http11: 'Http1' } } }],
        errors: [
          {
            messageId: 'deprecatedMemberWithReplacement',
            data: { member: 'p.Http11', reason: '', replacement: 'p.Http1' },
            line: 2,
            column: 51,
            endLine: 2,
            endColumn: 57,
          },
        ],
        settings: srcOnly,
        name: 'constant values from the checker make a configured replacement a fix',
      },
    ],
  });
});
