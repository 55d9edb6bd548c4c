// Linting with TypeScript 6 installed (issue #16): the parser (typescript-estree) loads TypeScript
// 6.0 instead of the dev dependency 5.9, through a preload that redirects `require('typescript')` to
// the `typescript-v6` alias. Every rule gives the same findings on examples/, and the fixes of the
// NodeNext and workspace fixtures are the same as under 5.9 and type-check with TypeScript 6.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  examplesDir,
  examplesFindings,
  lintFixLint,
  lintWithCli,
  repoRoot,
  listSources,
  runTsc,
  summarize,
  type CliLint,
} from './helpers.js';

const withTypescript6 = ['--import', pathToFileURL(path.join(repoRoot, 'tests/helpers/typescript-v6.mjs')).href];
const announcement = /typescript-v6 preload: TypeScript 6\.0\.\d+/;
const unsupported = /not officially supported|SUPPORTED TYPESCRIPT VERSIONS/i;
const scratch = createScratch();
const sources = (project: string) =>
  Object.fromEntries(listSources(project).map((file) => [file, fs.readFileSync(path.join(project, file), 'utf8')]));
afterAll(scratch.removeAll);

describe('with TypeScript 6 installed', () => {
  it('gives the recommended preset the same findings on examples/', async () => {
    const project = scratch.copy(examplesDir);
    const lint = await lintWithCli(project, ['.'], {}, withTypescript6);
    expect(lint.stderr).toMatch(announcement);
    expect(lint.stderr).not.toMatch(unsupported);
    expect(summarize(lint.findings)).toEqual(examplesFindings);
  });

  describe.each([
    ['nodenext-project', {}],
    ['workspace-project', { '@acme/core': 'packages/core' }],
  ])('eslint --fix on %s', (name, aliases) => {
    const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports', name);
    let underTypescript6: { project: string; before: CliLint; fix: CliLint; after: CliLint };
    let underTypescript59: { project: string; before: CliLint; after: CliLint };

    beforeAll(async () => {
      const project = scratch.copy(fixture, aliases);
      underTypescript6 = { project, ...(await lintFixLint(project, withTypescript6)) };
      const other = scratch.copy(fixture, aliases);
      underTypescript59 = { project: other, ...(await lintFixLint(other)) };
    });

    it('parses with TypeScript 6 and finds and fixes what it does under 5.9', () => {
      const { project, before, fix, after } = underTypescript6;
      expect(fix.stderr).toMatch(announcement);
      expect(fix.stderr).not.toMatch(unsupported);
      expect(before.findings.length).toBeGreaterThan(0);
      expect(before.findings).toEqual(underTypescript59.before.findings);
      expect(sources(project)).toEqual(sources(underTypescript59.project));
      expect(after.findings).toEqual(underTypescript59.after.findings);
    });

    it('leaves a project that type-checks with TypeScript 6', async () => {
      expect(await runTsc(path.join(underTypescript6.project, 'tsconfig.json'), '6.0')).toMatchObject({
        status: 0,
        stdout: '',
      });
    });
  });
});
