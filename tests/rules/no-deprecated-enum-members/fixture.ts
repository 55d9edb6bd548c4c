// What the RuleTester tables share: the fixture project they lint in (tests/fixtures/no-deprecated-enum-members,
// the linted code is a virtual `src/file.ts`), its settings, and the enum sources their cases start with.
import path from 'node:path';

export const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/no-deprecated-enum-members');
export const filename = path.join(fixtureDir, 'src/file.ts');
export const settings = { ssot: { rootDir: fixtureDir } };

/** Imports the enum of the issue from the fixture's `src/enums/mode.ts`. */
export const importMode = "import { WebSocketManagerMode } from './enums/mode.js';\n";

/** The enum of the issue, declared in the linted file. */
export const modeEnum = `enum WebSocketManagerMode {
  UNIFIED = 'unified',
  /** @deprecated Use UNIFIED; isolation comes from the execution context. */
  ISOLATED = 'unified',
  /** @deprecated Use UNIFIED. */
  EMERGENCY = 'unified',
  /** @deprecated Polling is gone. */
  POLLING = 'polling',
}
`;
