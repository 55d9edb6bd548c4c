// Workspace packages found from the root's package.json `workspaces` or pnpm-workspace.yaml, and
// packages linked into node_modules from inside the root.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  packageContaining,
  pnpmWorkspaceGlobs,
  splitPackageSpecifier,
  workspaceOf,
} from '../../src/project/workspaces.js';
import { tempProject } from '../helpers/temp-project.js';

function manifest(name: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name, ...extra });
}

describe('workspaceOf', () => {
  const npm = tempProject('ssot-workspaces-npm-');
  npm.write('package.json', JSON.stringify({ workspaces: ['packages/*', 'apps/**', '!apps/ignored'] }));
  npm.write('packages/core/package.json', manifest('@acme/core', { exports: { '.': './src/index.ts' } }));
  npm.write('packages/no-name/package.json', '{}');
  npm.write('packages/not-a-package/src/x.ts', '');
  npm.write('apps/web/site/package.json', manifest('site', { types: './types.d.ts', main: './main.js' }));
  npm.write('apps/ignored/package.json', manifest('ignored'));
  npm.write('packages/core/node_modules/dep/package.json', manifest('dep'));

  it('lists the named packages the globs match, without excluded or unnamed folders', () => {
    const workspace = workspaceOf(npm.root);
    expect([...workspace.byName.keys()].sort()).toEqual(['@acme/core', 'site']);
    expect(workspace.byName.get('site')?.entry).toBe('./types.d.ts');
  });

  it('tells which package holds a file', () => {
    const workspace = workspaceOf(npm.root);
    expect(packageContaining(workspace, `${npm.root}/packages/core/src/index.ts`)?.name).toBe('@acme/core');
    expect(packageContaining(workspace, `${npm.root}/packages/core-extra/x.ts`)).toBeUndefined();
  });

  const pnpm = tempProject('ssot-workspaces-pnpm-');
  pnpm.write(
    'pnpm-workspace.yaml',
    'packages:\n  # the libraries\n  - \'libs/*\'\n  - "tools/cli"\ncatalog:\n  react: ^19\n',
  );
  pnpm.write('libs/a/package.json', manifest('a'));
  pnpm.write('tools/cli/package.json', manifest('cli'));

  it('reads pnpm-workspace.yaml when package.json declares no workspaces', () => {
    expect([...workspaceOf(pnpm.root).byName.keys()].sort()).toEqual(['a', 'cli']);
  });

  const linked = tempProject('ssot-workspaces-linked-');
  const outside = tempProject('ssot-workspaces-outside-');
  linked.write('package.json', manifest('app', { dependencies: { '@acme/core': 'file:./libs/core' } }));
  linked.write('libs/core/package.json', manifest('@acme/core', { exports: './src/index.ts' }));
  linked.write('libs/tool/package.json', manifest('tool-under-another-name'));
  linked.write('node_modules/.pnpm/dep@1.0.0/node_modules/dep/package.json', manifest('dep'));
  outside.write('package.json', manifest('elsewhere'));
  const link = (target: string, name: string) => {
    const at = path.join(linked.root, 'node_modules', name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(at), target), at, 'dir');
  };
  link(path.join(linked.root, 'libs/core'), '@acme/core');
  link(path.join(linked.root, 'libs/tool'), 'tool');
  link(path.join(linked.root, 'node_modules/.pnpm/dep@1.0.0/node_modules/dep'), 'dep');
  link(outside.root, 'elsewhere');

  it('adds packages linked into node_modules from inside the root, under the name they are linked as', () => {
    const workspace = workspaceOf(linked.root);
    expect([...workspace.byName.keys()].sort()).toEqual(['@acme/core', 'tool']);
    expect(workspace.byName.get('@acme/core')).toMatchObject({
      dir: path.join(linked.root, 'libs/core'),
      exports: './src/index.ts',
    });
  });

  const single = tempProject('ssot-workspaces-none-');
  single.write('package.json', manifest('single'));

  it('is empty for a project that is no workspace', () => {
    expect(workspaceOf(single.root).packages).toEqual([]);
  });
});

describe('pnpmWorkspaceGlobs', () => {
  it('reads the block list under packages, quoted or not, and stops at the next key', () => {
    expect(
      pnpmWorkspaceGlobs('packages:\n  - packages/*\n  - \'apps/*\' # apps\n  - "!**/test/**"\nonlyBuilt: []\n  - x\n'),
    ).toEqual(['packages/*', 'apps/*', '!**/test/**']);
  });

  it.each([
    ['packages: [\'packages/*\', "apps/*", tools/cli] # all\n', ['packages/*', 'apps/*', 'tools/cli']],
    ['packages: []\n', []],
    ['packages: [unclosed\n', []],
  ])('reads a one-line flow list: %j', (text, expected) => {
    expect(pnpmWorkspaceGlobs(text)).toEqual(expected);
  });
});

describe('splitPackageSpecifier', () => {
  it.each([
    ['@acme/core', { name: '@acme/core', subpath: '.' }],
    ['@acme/core/db/client', { name: '@acme/core', subpath: './db/client' }],
    ['lodash', { name: 'lodash', subpath: '.' }],
    ['lodash/fp', { name: 'lodash', subpath: './fp' }],
    ['@scope', undefined],
  ])('%s', (specifier, expected) => {
    expect(splitPackageSpecifier(specifier)).toEqual(expected);
  });
});
