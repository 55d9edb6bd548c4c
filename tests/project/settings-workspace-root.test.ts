// The default rootDir in a workspace: the workspace root at or above ESLint's cwd (issue #16), so
// that linting from the root or from a package folder is one project.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/project/settings.js';
import { tempProject } from '../helpers/temp-project.js';

const npm = tempProject('ssot-settings-npm-');
npm.write('package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }));
npm.write('packages/app/package.json', JSON.stringify({ name: 'app' }));
npm.write('packages/app/src/index.ts', '');

const pnpm = tempProject('ssot-settings-pnpm-');
pnpm.write('pnpm-workspace.yaml', "packages:\n  - 'apps/*'\n");
pnpm.write('apps/web/package.json', JSON.stringify({ name: 'web' }));

const single = tempProject('ssot-settings-single-');
single.write('package.json', JSON.stringify({ name: 'single' }));

describe('the default rootDir', () => {
  it.each([
    ['the workspace root, from a package folder', npm.root, 'packages/app/src', npm.root],
    ['the workspace root, from the root', npm.root, '.', npm.root],
    ['the folder of pnpm-workspace.yaml', pnpm.root, 'apps/web', pnpm.root],
    ['the cwd outside any workspace', single.root, '.', single.root],
  ])('is %s', (_name, base, cwd, expected) => {
    expect(parseSettings(undefined, path.join(base, cwd)).rootDir).toBe(expected);
  });

  it('gives way to an explicit rootDir, relative to the cwd', () => {
    const cwd = path.join(npm.root, 'packages/app');
    expect(parseSettings({ rootDir: '.' }, cwd).rootDir).toBe(cwd);
    expect(parseSettings({ rootDir: 'src' }, cwd).rootDir).toBe(path.join(cwd, 'src'));
  });
});
