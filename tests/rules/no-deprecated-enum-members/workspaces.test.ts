// Enums imported from another package of an npm workspace by its name (issue #16): followed through
// the package's `exports` to its source, with no node_modules link.
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';
import { lintOne } from '../../helpers/lint-one.js';
import { tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-enum-workspace-');
write('package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }));
write('packages/core/package.json', JSON.stringify({ name: '@acme/core', exports: { '.': './src/index.ts' } }));
write('packages/core/src/index.ts', "export { Mode } from './mode.js';\n");
write(
  'packages/core/src/mode.ts',
  'export enum Mode {\n  Fast = 1,\n  /** @deprecated Use Fast. */\n  Quick = 1,\n}\n',
);
const importer = write('packages/app/src/use.ts', '');

function lint(code: string): Linter.LintMessage[] {
  return lintOne({ rule, name: 'no-deprecated-enum-members', code, filename: importer, rootDir: root, cwd: root });
}

describe('no-deprecated-enum-members across workspace packages', () => {
  it('reports and fixes a deprecated alias of an enum imported by package name', () => {
    const messages = lint("import { Mode } from '@acme/core';\nexport const mode = Mode.Quick;\n");
    expect(messages.map((message) => [message.line, message.column])).toEqual([[2, 26]]);
    expect(messages[0]?.fix?.text).toBe('Fast');
  });

  it('does not follow a package the workspace does not declare', () => {
    expect(lint("import { Mode } from '@acme/other';\nexport const mode = Mode.Quick;\n")).toEqual([]);
  });
});
