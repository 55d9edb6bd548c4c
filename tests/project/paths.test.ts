import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePath, isInside, relativeToRoot } from '../../src/project/paths.js';

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
