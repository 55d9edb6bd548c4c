// specifierForFile under node16/nodenext resolution: relative specifiers keep the file extension tsc
// requires in ECMAScript modules (TS2835), and `paths` patterns that name the `.ts` file still give
// an alias.
import { describe, expect, it } from 'vitest';
import { needsExplicitExtension } from '../../src/project/module-resolution.js';
import { specifierForFile } from '../../src/project/specifier-for-file.js';
import { tempProject } from '../helpers/temp-project.js';

/** A project with its own tsconfig and package.json; made while tests are collected, removed after them. */
function setUp(compilerOptions: Record<string, unknown>, packageJson: Record<string, unknown> = { type: 'module' }) {
  const { root, write } = tempProject('ssot-node-resolution-');
  write('tsconfig.json', JSON.stringify({ compilerOptions }));
  write('package.json', JSON.stringify(packageJson));
  write('src/new.ts', 'export const value = 1;\n');
  write('lib/clock.ts', 'export const now = 0;\n');
  return { root, file: (relative: string) => write(relative, '') };
}

describe('needsExplicitExtension', () => {
  const cases: [
    name: string,
    compilerOptions: Record<string, unknown>,
    type: string,
    importer: string,
    expected: boolean,
  ][] = [
    [
      'moduleResolution NodeNext, type module',
      { moduleResolution: 'NodeNext', module: 'NodeNext' },
      'module',
      'src/a.ts',
      true,
    ],
    ['module node16 alone implies it', { module: 'node16' }, 'module', 'src/a.ts', true],
    ['module node20 alone implies it', { module: 'node20' }, 'module', 'src/a.tsx', true],
    ['a .mts file is a module whatever package.json says', { module: 'nodenext' }, 'commonjs', 'src/a.mts', true],
    ['a .cts file is CommonJS', { module: 'nodenext' }, 'module', 'src/a.cts', false],
    ['a .ts file in a CommonJS package', { module: 'nodenext' }, 'commonjs', 'src/a.ts', false],
    ['bundler resolution', { module: 'esnext', moduleResolution: 'bundler' }, 'module', 'src/a.ts', false],
  ];
  it.each(
    cases.map(
      ([name, options, type, importer, expected]) => [name, setUp(options, { type }), importer, expected] as const,
    ),
  )('%s', (_name, { file }, importer, expected) => {
    expect(needsExplicitExtension(file(importer))).toBe(expected);
  });
});

describe('specifierForFile under nodenext', () => {
  const options = { module: 'NodeNext', moduleResolution: 'NodeNext', paths: { '@app/*': ['./src/*.ts'] } };

  const moduleProject = setUp(options);
  const commonJsProject = setUp(options, { type: 'commonjs' });

  it("keeps the user's alias when its pattern names the .ts file", () => {
    const { root, file } = moduleProject;
    expect(specifierForFile(`${root}/src/new.ts`, file('src/use.ts'), root, '@app/old')).toBe('@app/new');
  });

  it('writes the .js extension when it must fall back to a relative path', () => {
    const { root, file } = moduleProject;
    expect(specifierForFile(`${root}/lib/clock.ts`, file('src/use.ts'), root, '@app/old-clock')).toBe(
      '../lib/clock.js',
    );
  });

  it('keeps extensionless relative paths where tsc allows them (a CommonJS package)', () => {
    const { root, file } = commonJsProject;
    expect(specifierForFile(`${root}/lib/clock.ts`, file('src/use.ts'), root, '@app/old-clock')).toBe('../lib/clock');
  });
});
