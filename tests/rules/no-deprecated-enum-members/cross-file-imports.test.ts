// Enums declared in another file (fixtures on disk) and imported from it: each import syntax, the
// file kinds that may import them, and the rootDir boundary.
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { filename, fixtureDir, importMode, settings } from './fixture.js';

const importLevel = "import { Level } from './enums/level.js';\n";

new RuleTester({ settings }).run('no-deprecated-enum-members', rule, {
  valid: [
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
      code: `${importLevel}void [Level.Critical, Level.Unknown];`,
      output: null,
      errors: [
        {
          messageId: 'deprecatedMemberOtherValue',
          data: {
            member: 'Level.Critical',
            reason: ' (Use High; critical alerts were folded into high ones)',
            replacement: 'Level.High',
            values: '10 vs 2',
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
  ],
});
