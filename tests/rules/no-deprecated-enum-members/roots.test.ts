// One process, several roots: an enum reached through a re-export that leaves the narrower root is
// not followed there, whatever an earlier lint under the wider root found (issue #16).
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-enum-roots-');
write('shared/mode.ts', 'export enum Mode {\n  Fast = 1,\n  /** @deprecated Use Fast. */\n  Quick = 1,\n}\n');
write('pkg-a/src/enums.ts', "export { Mode } from '../../shared/mode.js';\n");
const importer = write('pkg-a/src/use.ts', '');
const code = "import { Mode } from './enums.js';\nexport const mode = Mode.Quick;\n";

function lint(rootDir: string): number {
  return lintOne({ rule, name: 'no-deprecated-enum-members', code, filename: importer, rootDir, cwd: root }).length;
}

describe('no-deprecated-enum-members with two roots in one process', () => {
  it('answers for each root on its own, in either order', () => {
    expect(lint(root)).toBe(1);
    expect(lint(`${root}/pkg-a`)).toBe(0);
    expect(lint(root)).toBe(1);
  });
});
