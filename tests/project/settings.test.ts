import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG_MODULES,
  DEFAULT_TEST_FILES,
  categoryOf,
  getSettings,
  parseSettings,
  projectPath,
} from '../../src/project/settings.js';
import { tempProject } from '../helpers/temp-project.js';

// A real folder: a rootDir that does not exist stops the lint (getSettings, used by projectPath).
const cwd = tempProject('ssot-settings-').root;
fs.mkdirSync(path.join(cwd, 'packages/api'), { recursive: true });

describe('parseSettings', () => {
  it('fills every fact with its default when settings.ssot is absent', () => {
    const settings = parseSettings(undefined, cwd);
    expect(settings.rootDir).toBe(cwd);
    expect(settings.testFiles).toEqual(DEFAULT_TEST_FILES);
    expect(settings.configModules).toEqual(DEFAULT_CONFIG_MODULES);
    expect(settings.categories).toEqual([{ name: 'test_files', files: [...DEFAULT_TEST_FILES] }]);
  });

  it('resolves a relative rootDir against the cwd', () => {
    expect(parseSettings({ rootDir: 'packages/api' }, cwd).rootDir).toBe(path.join(cwd, 'packages/api'));
  });

  it('keeps user globs and derives the test category from testFiles', () => {
    const settings = parseSettings({ testFiles: ['spec/**'], configModules: ['src/config.ts'] }, cwd);
    expect(settings.testFiles).toEqual(['spec/**']);
    expect(settings.configModules).toEqual(['src/config.ts']);
    expect(categoryOf(settings, 'spec/a.ts')).toBe('test_files');
    expect(categoryOf(settings, 'src/a.ts')).toBe('real_system');
  });

  it('uses configured categories in order, first match wins', () => {
    const settings = parseSettings({ categories: { scripts: ['scripts/**'], test_files: ['**/*.test.ts'] } }, cwd);
    expect(categoryOf(settings, 'scripts/a.test.ts')).toBe('scripts');
    expect(categoryOf(settings, 'src/a.test.ts')).toBe('test_files');
    expect(categoryOf(settings, 'src/a.ts')).toBe('real_system');
    expect(categoryOf(settings, undefined)).toBe('real_system');
  });

  it.each([
    [{ testFile: ['x'] }, /unknown key "testFile"/],
    [{ testFiles: 'tests/**' }, /"testFiles" must be an array of glob strings/],
    [{ configModules: [1] }, /"configModules" must be an array of glob strings/],
    [{ rootDir: 3 }, /"rootDir" must be a non-empty string/],
    [{ rootDir: '' }, /"rootDir" must be a non-empty string/],
    [{ categories: ['a'] }, /"categories" must be an object/],
    [{ categories: { scripts: 'scripts/**' } }, /"categories.scripts" must be an array/],
    [{ testFiles: [''] }, /"testFiles" has an invalid glob/],
    ['tests/**', /expected an object/],
  ])('rejects %j with a message naming the key', (raw, message) => {
    expect(() => parseSettings(raw, cwd)).toThrow(message);
    expect(() => parseSettings(raw, cwd)).toThrow(/^eslint-plugin-ssot: invalid settings\.ssot: /);
  });
});

describe('a rootDir that is not a directory', () => {
  type Context = Parameters<typeof projectPath>[0];
  const contextOf = (settings: object): Context =>
    ({ physicalFilename: path.join(cwd, 'src/a.ts'), cwd, settings: { ssot: settings } }) as unknown as Context;

  it('stops the lint with an error naming the setting and the folder it resolves to', () => {
    expect(() => projectPath(contextOf({ rootDir: 'pakages/api' }))).toThrow(
      `eslint-plugin-ssot: invalid settings.ssot: "rootDir" "pakages/api" resolves to ${path.join(cwd, 'pakages/api')}, which is not a directory.`,
    );
    fs.writeFileSync(path.join(cwd, 'file.txt'), '');
    expect(() => projectPath(contextOf({ rootDir: 'file.txt' }))).toThrow(/which is not a directory/);
    expect(projectPath(contextOf({ rootDir: 'packages/api' }))).toBeUndefined();
  });
});

describe('projectPath', () => {
  type Context = Parameters<typeof projectPath>[0];
  const contextOf = (physicalFilename: string, settings: object = {}): Context =>
    ({ physicalFilename, cwd, settings: { ssot: settings } }) as unknown as Context;

  it('is the POSIX path of the linted file under rootDir, undefined outside it', () => {
    expect(projectPath(contextOf(path.join(cwd, 'src/a.ts')))).toBe('src/a.ts');
    expect(projectPath(contextOf(path.join(cwd, 'packages/api/src/a.ts'), { rootDir: 'packages/api' }))).toBe(
      'src/a.ts',
    );
    expect(projectPath(contextOf(path.resolve('/elsewhere/a.ts')))).toBeUndefined();
  });

  it("takes a relative file name from ESLint's cwd, as rootDir is, not from the process's", () => {
    expect(process.cwd()).not.toBe(cwd);
    expect(projectPath(contextOf('src/a.ts'))).toBe('src/a.ts');
    expect(projectPath(contextOf('../outside.ts'))).toBeUndefined();
  });
});

describe('settings handed over again as a copy (oxlint gives each file a new object)', () => {
  type Context = Parameters<typeof getSettings>[0];
  const contextOf = (settings: object): Context =>
    ({ physicalFilename: path.join(cwd, 'src/a.ts'), cwd, settings: { ssot: settings } }) as unknown as Context;

  it('are validated once: an equal copy gets the same answer, a different one its own', () => {
    const first = getSettings(contextOf({ rootDir: 'packages/api', testFiles: ['spec/**'] }));
    expect(getSettings(contextOf({ rootDir: 'packages/api', testFiles: ['spec/**'] }))).toBe(first);
    const other = getSettings(contextOf({ rootDir: 'packages/api', testFiles: ['other/**'] }));
    expect(other).not.toBe(first);
    expect(other.testFiles).toEqual(['other/**']);
  });

  it('are known by identity alone when JSON cannot spell them, so a function is still refused', () => {
    const valid = { rootDir: 'packages/api', categories: { api: ['src/**'] } };
    expect(getSettings(contextOf(valid)).categories).toEqual([{ name: 'api', files: ['src/**'] }]);
    // JSON leaves the function out: by its text, this copy would be the valid settings above.
    const withFunction = { ...valid, categories: { ...valid.categories, scripts: () => ['scripts/**'] } };
    expect(() => getSettings(contextOf(withFunction))).toThrow(/"categories\.scripts" must be an array/);
  });
});
