// Which files make up the project for project-wide analyses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearFsCache } from '../../src/project/fs-cache.js';
import { projectSourceFiles } from '../../src/project/project-files.js';
import { tempProject } from '../helpers/temp-project.js';

const project = tempProject('ssot-project-files-');
fs.mkdirSync(path.join(project.root, '.git'));
project.write('.gitignore', '# builds\ncoverage/\n*.generated.ts\n');
project.write('src/a.ts', '');
project.write('src/b.tsx', '');
project.write('src/c.mjs', '');
project.write('src/types.d.ts', '');
project.write('src/readme.md', '');
project.write('src/api.generated.ts', '');
project.write('coverage/report.js', '');
project.write('node_modules/pkg/index.js', '');
project.write('.storybook/main.ts', '');
project.write('packages/web/.gitignore', 'out/\n!keep.generated.ts\n');
project.write('packages/web/out/bundle.js', '');
project.write('packages/web/src/keep.generated.ts', '');
project.write('packages/web/src/page.tsx', '');

const relative = (files: readonly string[]) =>
  files.map((file) => path.relative(project.root, file).split(path.sep).join('/'));

describe('projectSourceFiles', () => {
  it('lists source files, leaving out node_modules, dot folders, declaration files and what .gitignore files ignore', () => {
    expect(relative(projectSourceFiles(project.root)).filter((file) => !file.startsWith('fresh/'))).toEqual([
      'packages/web/src/keep.generated.ts',
      'packages/web/src/page.tsx',
      'src/a.ts',
      'src/b.tsx',
      'src/c.mjs',
    ]);
  });

  it('applies the .gitignore files of the folders above a rootDir inside the repository', () => {
    clearFsCache();
    expect(relative(projectSourceFiles(path.join(project.root, 'src')))).toEqual([
      'src/a.ts',
      'src/b.tsx',
      'src/c.mjs',
    ]);
  });

  it("ignores a repository's rules for a rootDir that the repository itself ignores (a checkout kept in its cache)", () => {
    project.write('coverage/checkout/src/kept.ts', '');
    clearFsCache();
    expect(relative(projectSourceFiles(path.join(project.root, 'coverage/checkout')))).toEqual([
      'coverage/checkout/src/kept.ts',
    ]);
  });

  it('sees a new file once the file-system view is renewed', () => {
    const fresh = path.join(project.root, 'fresh');
    project.write('fresh/a.ts', '');
    expect(relative(projectSourceFiles(fresh))).toEqual(['fresh/a.ts']);
    project.write('fresh/b.ts', '');
    expect(relative(projectSourceFiles(fresh))).toEqual(['fresh/a.ts']);
    clearFsCache();
    expect(relative(projectSourceFiles(fresh))).toEqual(['fresh/a.ts', 'fresh/b.ts']);
  });
});
