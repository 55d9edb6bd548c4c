// One process, several roots (an editor with several workspace folders, a monorepo with a rootDir per
// package): every cached answer is keyed by the root it depends on (issue #16).
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/canonical-imports/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-canonical-roots-');
write('shared/new.ts', 'export const value = 1;\n');
write(
  'pkg-a/src/old.ts',
  "/** @deprecated Import from '../../shared/new.js'. */\nexport * from '../../shared/new.js';\n",
);
const importer = write('pkg-a/src/use.ts', '');
const code = "import { value } from './old.js';\nexport const same = value;\n";

function lint(rootDir: string): string[] {
  return lintOne({ rule, name: 'canonical-imports', code, filename: importer, rootDir, cwd: root }).map(
    (message) => message.message,
  );
}

describe('canonical-imports with two roots in one process', () => {
  it('does not carry a shim found under the wider root into the narrower one', () => {
    expect(lint(root)).toEqual([
      "'./old.js' is a deprecated shim of '../../shared/new.js'; import from the canonical module.",
    ]);
    // Under pkg-a alone, the shim's target lies outside the project: not a shim it can fix.
    expect(lint(`${root}/pkg-a`)).toEqual([]);
    expect(lint(root)).toHaveLength(1);
  });

  it('finds the shim under the wider root after a lint under the narrower one', () => {
    expect(lint(`${root}/pkg-a`)).toEqual([]);
    expect(lint(root)).toHaveLength(1);
  });
});
