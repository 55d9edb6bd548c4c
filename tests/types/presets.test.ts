// The presets and the plugin type-check where users put them: `defineConfig()` from eslint/config, a
// `Linter.Config[]`, `tseslint.config()`, plain arrays, a `// @ts-check` JavaScript config (ESM and
// CommonJS) — with ESLint 9 and 10's types and TypeScript 5.9 and 6.0 (tests/fixtures/types/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runTsc } from '../integration/helpers.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/types');
const modules = path.join(repoRoot, 'node_modules');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-types-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A project with the fixtures, where `eslint` is the ESLint package `eslintPackage` of this checkout. */
function projectWith(eslintPackage: 'eslint' | 'eslint-v9'): string {
  const dir = path.join(scratch, eslintPackage);
  fs.cpSync(fixtures, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  const links: Record<string, string> = {
    eslint: path.join(modules, eslintPackage),
    'eslint-plugin-ssot': repoRoot,
    'typescript-eslint': path.join(modules, 'typescript-eslint'),
    '@typescript-eslint': path.join(modules, '@typescript-eslint'),
    '@types': path.join(modules, '@types'),
  };
  for (const [name, target] of Object.entries(links)) {
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    fs.symlinkSync(target, path.join(dir, 'node_modules', name), 'dir');
  }
  return dir;
}

const projects = { 10: projectWith('eslint'), 9: projectWith('eslint-v9') };

describe.each([
  ['10', projects[10]],
  ['9', projects[9]],
])('config files with ESLint %s types', (_major, project) => {
  it.each(['5.9', '6.0'] as const)('type-check with TypeScript %s', async (typescript) => {
    const run = await runTsc(path.join(project, 'tsconfig.json'), typescript);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('the type check itself', () => {
  it('fails on a config that is not one', async () => {
    const tsconfig = path.join(projects[10], 'tsconfig.must-fail.json');
    fs.writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json', include: ['must-fail.ts'], exclude: [] }));
    const run = await runTsc(tsconfig);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('must-fail.ts');
  });
});
