// Issue 10 item 4: security. Environment values never reach any output; files outside rootDir are
// never read for shim or enum detection, whichever way an import leads there; and the plugin's
// source has no eval, no runtime code generation and no network or process modules.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliLint,
  createScratch,
  lintWithCli,
  type ProcessResult,
  repoRoot,
  robustnessFixture,
  runEslintCli,
  runNode,
  summarize,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

const SECRET = 'ssot-secret-6f1d2c9a-do-not-print';

describe('a project next to files outside its rootDir', () => {
  let copy: string;
  let project: string;
  let outside: string;
  let lint: CliLint;
  let stylish: ProcessResult;
  let ssotFormatter: ProcessResult;
  let audit: ProcessResult & { json: string; markdown: string };
  let reads: string[];

  beforeAll(async () => {
    copy = scratch.copy(path.join(robustnessFixture, 'security'));
    project = path.join(copy, 'project');
    outside = path.join(copy, 'outside');
    fs.symlinkSync(outside, path.join(project, 'linked'), 'dir');
    const traceFile = path.join(copy, 'reads.log');
    fs.writeFileSync(traceFile, '');
    const env = { SSOT_TEST_SECRET: SECRET, SSOT_TRACE_FILE: traceFile };
    const trace = ['--require', path.join(robustnessFixture, 'security', 'trace-fs.cjs')];
    const auditJson = path.join(copy, 'audit.json');
    const auditMarkdown = path.join(copy, 'audit.md');
    let auditRun: ProcessResult;
    [lint, stylish, ssotFormatter, auditRun] = await Promise.all([
      lintWithCli(project, ['src'], env, trace),
      runEslintCli(project, ['--format', 'stylish', 'src'], env),
      runEslintCli(project, ['--format', path.join(repoRoot, 'dist', 'report', 'formatter.js'), 'src'], env),
      runNode(
        [path.join(repoRoot, 'dist', 'report', 'cli.js'), '--json', auditJson, '--markdown', auditMarkdown, 'src'],
        project,
        env,
      ),
    ]);
    audit = { ...auditRun, json: fs.readFileSync(auditJson, 'utf8'), markdown: fs.readFileSync(auditMarkdown, 'utf8') };
    reads = fs.readFileSync(traceFile, 'utf8').split('\n').filter(Boolean);
  });

  it('reports the shim and the deprecated member inside rootDir (the rules are on)', () => {
    expect(summarize(lint.findings.filter((finding) => finding.file === 'src/control.ts'))).toEqual([
      'src/control.ts:3 ssot/canonical-imports',
      'src/control.ts:6 ssot/no-deprecated-enum-members',
    ]);
  });

  it('derives no report from a shim or enum outside rootDir (../.., tsconfig alias, symlink, /etc)', () => {
    expect(lint.findings.filter((finding) => finding.file === 'src/escapes.ts')).toEqual([]);
  });

  it('never opens a file outside rootDir, directly or through the symlink', () => {
    expect(reads.length).toBeGreaterThan(0);
    // lib/ is not linted: only the plugin reads these, so the trace does see the plugin's reads.
    expect(reads).toContain(path.join(project, 'lib', 'inside-shim.ts'));
    expect(reads).toContain(path.join(project, 'lib', 'inside-impl.ts'));
    const escaped = reads.filter(
      (file) =>
        file.startsWith(outside) || file.startsWith(path.join(project, 'linked')) || file.startsWith('/etc/hosts'),
    );
    expect(escaped).toEqual([]);
  });

  it('names the variable read but never prints its value, in any format', () => {
    expect(summarize(lint.findings.filter((finding) => finding.file === 'src/reads-secret.ts'))).toEqual([
      'src/reads-secret.ts:2 ssot/no-process-env',
      'src/reads-secret.ts:3 ssot/no-process-env',
      'src/reads-secret.ts:4 ssot/no-process-env',
    ]);
    expect(lint.findings.find((finding) => finding.file === 'src/reads-secret.ts')?.message).toContain(
      'SSOT_TEST_SECRET',
    );
    expect(stylish.stdout).toContain('SSOT_TEST_SECRET');
    const outputs = {
      json: lint.stdout + lint.stderr,
      stylish: stylish.stdout + stylish.stderr,
      'ssot formatter': ssotFormatter.stdout + ssotFormatter.stderr,
      'ssot-audit summary': audit.stdout + audit.stderr,
      'ssot-audit JSON': audit.json,
      'ssot-audit Markdown': audit.markdown,
    };
    expect(Object.values(outputs).every((output) => output.length > 0)).toBe(true);
    for (const [name, output] of Object.entries(outputs)) expect(output, name).not.toContain(SECRET);
  });
});

describe('the plugin source', () => {
  const sources = (fs.readdirSync(path.join(repoRoot, 'src'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(repoRoot, 'src', file), 'utf8') }));

  it('is found', () => {
    expect(sources.map(({ file }) => file)).toContain(path.join('rules', 'canonical-imports', 'index.ts'));
  });

  it.each([
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['Function constructor call', /(?<![\w.])Function\s*\(\s*['"`]/],
    ['vm module', /from\s+['"](?:node:)?vm['"]|require\(\s*['"](?:node:)?vm['"]\s*\)/],
    ['network modules', /['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)(?:\/promises)?['"]/],
    ['child processes', /['"](?:node:)?child_process['"]/],
    ['fetch', /\bfetch\s*\(/],
    ['WebSocket', /\bnew\s+WebSocket\b/],
  ])('has no %s', (_name, pattern) => {
    expect(sources.filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
