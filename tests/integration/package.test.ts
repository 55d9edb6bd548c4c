// The published package, as a user gets it: `npm pack` (the tarball npm would publish), unpacked
// into a fresh project's node_modules, then ESLint and `ssot-audit` run there — in a JavaScript-only
// CommonJS project and in an ES module TypeScript one. Offline and deterministic: the package's own
// dependencies are linked from this checkout's node_modules instead of being downloaded.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintWithCli, repoRoot, runNode } from './helpers.js';

interface PackedPackage {
  filename: string;
  files: { path: string }[];
}

const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-package-')));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

let packed: PackedPackage;
let manifest: {
  homepage?: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  scripts?: Record<string, string>;
};

beforeAll(() => {
  // dist/ is built before the tests run (npm test); `prepack` would rebuild it under running tests.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  [packed] = JSON.parse(output) as [PackedPackage];
  manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as typeof manifest;
});

/** The first package folder of `name` (`@scope/x` or `x`) in this checkout's node_modules. */
function installed(name: string): string {
  return path.join(repoRoot, 'node_modules', name);
}

/** A fresh project holding `files`, with the tarball unpacked as node_modules/eslint-plugin-ssot. */
function projectWith(name: string, files: Record<string, string>, extraPackages: string[] = []): string {
  const dir = path.join(work, name);
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, 'eslint-plugin-ssot'), { recursive: true });
  execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', path.join(modules, 'eslint-plugin-ssot')]);
  // npm packs into a `package/` folder.
  const unpacked = path.join(modules, 'eslint-plugin-ssot');
  for (const entry of fs.readdirSync(path.join(unpacked, 'package'))) {
    fs.renameSync(path.join(unpacked, 'package', entry), path.join(unpacked, entry));
  }
  fs.rmdirSync(path.join(unpacked, 'package'));
  const dependencies = [
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.peerDependencies),
    ...extraPackages,
  ];
  for (const dependency of dependencies) {
    const link = path.join(modules, dependency);
    if (fs.existsSync(link)) continue;
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(installed(dependency), link, 'dir');
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the packed package', () => {
  it('ships the build, its types, the CLI, the docs and the licence, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path);
    for (const required of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/report/cli.js',
      'dist/report/formatter.js',
      'docs/rules/no-module-singletons.md',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(files).toContain(required);
    }
    expect(files.filter((file) => /^(src|tests|bench|scripts|examples)\//.test(file))).toEqual([]);
    expect(manifest.scripts?.prepack).toMatch(/build/);
  });

  it('declares TypeScript as the peer the parser needs, and where the project lives', () => {
    // The presets parse every file, plain JavaScript too, with @typescript-eslint/parser, which
    // loads TypeScript: without the peer a JavaScript-only project failed with "Cannot find module
    // 'typescript'". The range is the parser's own.
    const parser = JSON.parse(
      fs.readFileSync(path.join(installed('@typescript-eslint/parser'), 'package.json'), 'utf8'),
    ) as { peerDependencies: Record<string, string> };
    expect(manifest.peerDependencies.typescript).toBe(parser.peerDependencies.typescript);
    expect(manifest).toMatchObject({
      homepage: expect.stringMatching(/^https:\/\/github\.com\//),
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\/.+\.git$/) },
      bugs: { url: expect.stringMatching(/\/issues$/) },
      publishConfig: { access: 'public', provenance: true },
    });
  });

  it('lints a JavaScript-only CommonJS project with the recommended preset', async () => {
    const project = projectWith('commonjs-js', {
      'package.json': '{ "name": "js-app", "private": true, "type": "commonjs" }\n',
      'eslint.config.js':
        "const ssot = require('eslint-plugin-ssot');\n\nmodule.exports = [ssot.configs.recommended];\n",
      'src/server.js': 'const port = process.env.PORT;\nmodule.exports = { port };\n',
    });
    const run = await lintWithCli(project, ['src'], {});
    expect(run.findings.map(({ file, line, ruleId }) => ({ file, line, ruleId }))).toEqual([
      { file: 'src/server.js', line: 1, ruleId: 'ssot/no-process-env' },
    ]);
  });

  it('lints an ES module TypeScript project, and ssot-audit runs from the package bin', async () => {
    const project = projectWith('esm-ts', {
      'package.json': '{ "name": "ts-app", "private": true, "type": "module" }\n',
      'eslint.config.mjs':
        "import ssot from 'eslint-plugin-ssot';\n\nexport default [ssot.configs.strict, { settings: { ssot: { configModules: ['src/config/**'] } } }];\n",
      'src/config/env.ts': 'export const port = Number(process.env.PORT ?? 8080);\n',
      'src/routes.ts': "import { port } from './config/env.js';\nexport const url = `http://localhost:${port}`;\n",
    });
    const lint = await lintWithCli(project, ['.'], {});
    expect(lint.findings).toEqual([]);
    const bin = path.join(project, 'node_modules/eslint-plugin-ssot', manifest.bin['ssot-audit'] ?? '');
    const audit = await runNode([bin, '--json', '-', 'src'], project);
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({
      total_violations: 0,
      compliance_score: 100,
      category_scores: { real_system: { total_files: 2 } },
    });
  });

  it('runs beside typescript-eslint, as the README combines them: one parser, both sets of rules', async () => {
    const project = projectWith(
      'typescript-eslint',
      {
        'package.json': '{ "name": "ts-app", "private": true, "type": "module" }\n',
        'eslint.config.mjs': [
          "import tseslint from 'typescript-eslint';",
          "import ssot from 'eslint-plugin-ssot';",
          '',
          'export default tseslint.config(...tseslint.configs.recommended, ssot.configs.recommended, {',
          "  rules: { '@typescript-eslint/no-duplicate-enum-values': 'off' },",
          '});',
          '',
        ].join('\n'),
        'src/status.ts': [
          'export enum Status {',
          "  Active = 'active',",
          "  /** @deprecated Use Active. */ Enabled = 'active',",
          '}',
          'export const debug: any = process.env.DEBUG;',
          'export const on = Status.Enabled;',
          '',
        ].join('\n'),
      },
      ['typescript-eslint'],
    );
    const run = await lintWithCli(project, ['src']);
    expect(run.findings.map(({ line, ruleId }) => `${line} ${ruleId}`).sort()).toEqual([
      '5 @typescript-eslint/no-explicit-any',
      '5 ssot/no-process-env',
      '6 ssot/no-deprecated-enum-members',
    ]);
  });

  it('loads an eslint.config.ts written with defineConfig, as the README shows it (jiti installed)', async () => {
    const project = projectWith(
      'typescript-config',
      {
        'package.json': '{ "name": "ts-app", "private": true, "type": "module" }\n',
        'eslint.config.ts': [
          "import { defineConfig } from 'eslint/config';",
          "import ssot from 'eslint-plugin-ssot';",
          '',
          'export default defineConfig(ssot.configs.recommended, {',
          "  settings: { ssot: { configModules: ['src/config/**'] } },",
          '});',
          '',
        ].join('\n'),
        'src/config/env.ts': 'export const port = Number(process.env.PORT ?? 8080);\n',
        'src/server.ts': 'export const debug = process.env.DEBUG;\n',
      },
      ['jiti'],
    );
    const run = await lintWithCli(project, ['src']);
    expect(run.findings.map(({ file, line, ruleId }) => `${file}:${line} ${ruleId}`)).toEqual([
      'src/server.ts:1 ssot/no-process-env',
    ]);
  });
});
