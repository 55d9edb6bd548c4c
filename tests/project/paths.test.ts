import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePath, isDeclarationFile, isInside, isWithinRoot, relativeToRoot } from '../../src/project/paths.js';
import { tempProject } from '../helpers/temp-project.js';

function isParentPath(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`);
}

/** The definitions the string fast paths must agree with. */
function slowRelative(filename: string, rootDir: string): string | undefined {
  const relative = path.relative(rootDir, filename);
  if (relative === '' || isParentPath(relative) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
function slowInside(filename: string, dir: string): boolean {
  const relative = path.relative(dir, filename);
  return relative === '' || (!isParentPath(relative) && !path.isAbsolute(relative));
}

const root = path.resolve('/work/project');
const cases: Array<[string, string]> = [
  [path.join(root, 'src/a.ts'), root],
  [path.join(root, 'src/deep/er/b.tsx'), root],
  [`${root}${path.sep}`, root],
  [root, root],
  [`${root}-other${path.sep}a.ts`, root],
  [`${root}other.ts`, root],
  [path.resolve('/work/elsewhere/a.ts'), root],
  [`${root}${path.sep}src${path.sep}..${path.sep}..${path.sep}x.ts`, root],
  [`${root}${path.sep}.hidden${path.sep}a.ts`, root],
  [`${root}${path.sep}.hidden${path.sep}a.ts`, `${root}${path.sep}.hidden`],
  [`${root}${path.sep}..hidden${path.sep}a.ts`, root],
  [`${root}${path.sep}src${path.sep}...${path.sep}a.ts`, root],
  [`${root}${path.sep}.${path.sep}a.ts`, root],
  [`${root}${path.sep}src${path.sep}..`, root],
  [`${root}${path.sep}src${path.sep}${path.sep}a.ts`, root],
  [`${root}${path.sep}src${path.sep}.${path.sep}a.ts`, root],
  [path.join(root, 'src/a.ts'), `${root}${path.sep}`],
  [path.join(root, 'a.ts'), path.parse(root).root],
  ['relative/a.ts', root],
  [path.join(root, 'src/a.ts'), 'relative-root'],
];

describe('relativeToRoot and isInside', () => {
  it.each(cases)('agree with path.relative for %s under %s', (filename, dir) => {
    expect(relativeToRoot(filename, dir)).toBe(slowRelative(filename, dir));
    expect(isInside(filename, dir)).toBe(slowInside(filename, dir));
  });
});

describe('absolutePath', () => {
  it.each(cases)('agrees with path.resolve for %s (base %s)', (file, base) => {
    expect(absolutePath(file, base)).toBe(path.resolve(base, file));
    if (path.isAbsolute(file)) expect(absolutePath(file)).toBe(path.resolve(file));
  });
});

describe('isWithinRoot', () => {
  const { root, write } = tempProject('ssot-within-root-');
  const outside = tempProject('ssot-within-root-outside-');
  const inside = write('src/a.ts', 'export {};\n');
  const secret = outside.write('secret.ts', 'export {};\n');
  fs.symlinkSync(secret, path.join(root, 'src/link-out.ts'));
  fs.symlinkSync(path.join(root, 'src'), path.join(outside.root, 'link-in'), 'dir');
  fs.symlinkSync(root, path.join(outside.root, 'root-link'), 'dir');

  it.each([
    // The written path and the real path must both lie inside: the resolver's rule, now the parse cache's too.
    ['a file under rootDir', inside, root, true],
    [
      'rootDir given through a symlink',
      path.join(outside.root, 'root-link/src/a.ts'),
      path.join(outside.root, 'root-link'),
      true,
    ],
    ['a missing file', path.join(root, 'src/missing.ts'), root, false],
    ['a file outside rootDir', secret, root, false],
    ['a symlink under rootDir that leads outside', path.join(root, 'src/link-out.ts'), root, false],
    ['a path outside rootDir that a symlink leads into it', path.join(outside.root, 'link-in/a.ts'), root, false],
    [
      'a `..` path that climbs out',
      path.join(root, 'src/../../', path.basename(outside.root), 'secret.ts'),
      root,
      false,
    ],
    [
      'the real path of a file when rootDir is given through a symlink',
      inside,
      path.join(outside.root, 'root-link'),
      false,
    ],
  ])('%s', (_, file, rootDir, expected) => {
    expect(isWithinRoot(file, rootDir)).toBe(expected);
  });
});

// TypeScript's own rule (getDeclarationFileExtension): every declaration in such a file is ambient,
// so no-process-env sees no binding hiding `process` and no-module-singletons has nothing to check.
describe('isDeclarationFile', () => {
  it.each(['types.d.ts', 'types.d.mts', 'types.d.cts', 'src/styles.d.css.ts', '/abs/page.d.html.ts', 'x.d.a.b.ts'])(
    '%s is a declaration file',
    (filename) => expect(isDeclarationFile(filename)).toBe(true),
  );

  it.each(['types.ts', 'types.d.js', 'd.ts', 'types.d.ts.bak', 'my.d.config.mts', 'jsx.d.tsx', 'dir.d.ts/file.ts'])(
    '%s is not a declaration file',
    (filename) => expect(isDeclarationFile(filename)).toBe(false),
  );
});
