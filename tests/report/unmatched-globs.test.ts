// ssot-audit warns about globs the user wrote in settings.ssot (or --category) that match no file:
// a typo such as `src/confg/**` otherwise makes the real config module warn and goes unnoticed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { repoRoot, runCli, temporaryDir } from './helpers.js';

function projectWith(settings: object, rules: object = { 'no-var': 'warn' }): string {
  const dir = temporaryDir();
  const plugin = pathToFileURL(path.join(repoRoot, 'dist/index.js')).href;
  const files: Record<string, string> = {
    'eslint.config.js': [
      `import ssot from ${JSON.stringify(plugin)};`,
      `export default [{ files: ['**/*.js'], plugins: { ssot }, rules: ${JSON.stringify(rules)}, settings: { ssot: ${JSON.stringify(settings)} } }];`,
      '',
    ].join('\n'),
    'package.json': '{ "type": "module" }\n',
    'src/config/env.js': 'export const port = 1;\n',
    'src/app.js': 'export const app = 1;\n',
    'tests/app.test.js': 'export const test = 1;\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const warningsOf = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('warning:'));

describe('ssot-audit: globs that match no file', () => {
  it('warns about a written glob that matches nothing, naming the setting and the glob', async () => {
    const cwd = projectWith({
      configModules: ['src/confg/**'],
      testFiles: ['tests/**'],
      categories: { api: ['api/**'] },
    });
    const { code, stderr } = await runCli(['--json', '-'], { cwd });
    expect(code).toBe(0);
    expect(warningsOf(stderr)).toEqual([
      'ssot-audit: warning: settings.ssot.configModules glob "src/confg/**" matches none of the 4 linted files (globs are relative to settings.ssot.rootDir).',
      'ssot-audit: warning: settings.ssot.categories.api glob "api/**" matches none of the 4 linted files (globs are relative to settings.ssot.rootDir).',
    ]);
  });

  it('checks --category globs, and not the defaults nor globs matching files outside the audited paths', async () => {
    const cwd = projectWith({ configModules: ['src/config/**'] });
    const { stderr } = await runCli(['--json', '-', '--category', 'web=web/**', 'src'], { cwd });
    expect(warningsOf(stderr)).toEqual([
      'ssot-audit: warning: --category web glob "web/**" matches none of the 2 linted files (globs are relative to settings.ssot.rootDir).',
    ]);
    const clean = await runCli(['--json', '-', 'src/app.js'], { cwd: projectWith({ testFiles: ['tests/**'] }) });
    expect(clean.stderr).toBe('');
  });

  it('checks the file globs of the rules options, and leaves class names and module specifiers alone', async () => {
    const rules = {
      'ssot/no-process-env': ['warn', { allowIn: ['src/config/**', 'scripts/**'] }],
      'ssot/no-module-singletons': ['warn', { allowIn: ['src/main.js'], allowClasses: ['Nothing*'] }],
      'ssot/max-lines': ['warn', { exceptions: [{ files: 'src/legacy.js', reason: 'Being split.' }] }],
      'ssot/canonical-imports': [
        'warn',
        {
          paths: [
            { name: 'nowhere/*', canonical: 'x' },
            { file: 'src/old/**', canonical: 'src/app.js' },
          ],
        },
      ],
    };
    const { stderr } = await runCli(['--json', '-'], { cwd: projectWith({}, rules) });
    expect(warningsOf(stderr).map((line) => line.replace(/ matches none.*/, ''))).toEqual([
      'ssot-audit: warning: ssot/no-process-env option allowIn glob "scripts/**"',
      'ssot-audit: warning: ssot/no-module-singletons option allowIn glob "src/main.js"',
      'ssot-audit: warning: ssot/max-lines option exceptions[0].files glob "src/legacy.js"',
      'ssot-audit: warning: ssot/canonical-imports option paths[1].file glob "src/old/**"',
    ]);
  });
});
