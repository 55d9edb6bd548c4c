// `eslint --fix` with the recommended preset on an npm workspace (issue #16): `@acme/app` imports
// `@acme/core`'s deprecated subpaths through the workspace link in node_modules and, by relative
// paths, its files. Fixes use the package's public specifiers (`exports`), never a path into another
// package; a shim of a file the package does not export is reported with nothing to fix.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  describeBoth,
  firstLineOf,
  lintFixLint,
  lintWithCli,
  repoRoot,
  runTsc,
  summarize,
  typescriptVersionNames,
  type CliLint,
} from './helpers.js';

const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/workspace-project');
const scratch = createScratch();
afterAll(scratch.removeAll);

describe('canonical-imports: eslint --fix on an npm workspace', () => {
  let project: string;
  let original: string;
  let fromRoot: CliLint;
  let fromApp: CliLint;
  let after: CliLint;

  beforeAll(async () => {
    project = scratch.copy(fixture, { '@acme/core': 'packages/core' });
    original = scratch.copy(fixture, { '@acme/core': 'packages/core' });
    fromApp = await lintWithCli(path.join(project, 'packages/app'), ['.']);
    ({ before: fromRoot, after } = await lintFixLint(project));
  });

  const firstLine = (file: string) => firstLineOf(project, file);

  it('reports imports of shims through the package name and through paths into the package', () => {
    expect(fromRoot.findings.map((finding) => `${finding.file}:${finding.line} ${String(finding.fixable)}`)).toEqual([
      'packages/app/src/cross.ts:1 true',
      'packages/app/src/secret-user.ts:1 false',
      'packages/app/src/use-db.ts:1 true',
      'packages/app/src/use.ts:1 true',
      'packages/core/src/self.ts:1 true',
    ]);
  });

  it("finds the same in the app's files when linted from the app's folder", () => {
    const appFindings = summarize(fromRoot.findings)
      .filter((line) => line.startsWith('packages/app/'))
      .map((line) => line.slice('packages/app/'.length));
    expect(summarize(fromApp.findings)).toEqual(appFindings);
  });

  it("fixes to the package's public specifiers, renaming what the shim renamed", () => {
    expect(firstLine('packages/app/src/use.ts')).toBe("import { VERSION } from '@acme/core';");
    expect(firstLine('packages/app/src/use-db.ts')).toBe("import { connect as open } from '@acme/core/db/client';");
    expect(firstLine('packages/app/src/cross.ts')).toBe("import { VERSION } from '@acme/core';");
  });

  it('keeps a relative path inside one package', () => {
    expect(firstLine('packages/core/src/self.ts')).toBe("import { VERSION } from './index.js';");
  });

  it('leaves an import of a file the package does not export as it was, still reported', () => {
    expect(firstLine('packages/app/src/secret-user.ts')).toBe(
      "import { secret } from '../../core/src/internal/old-secret.js';",
    );
    expect(summarize(after.findings)).toEqual(['packages/app/src/secret-user.ts:1 ssot/canonical-imports']);
  });

  it.each(['use.ts', 'use-db.ts', 'cross.ts', 'secret-user.ts'])(
    'keeps the exported values of packages/app/src/%s (imported through the workspace link)',
    async (file) => {
      const [before, fixed] = await describeBoth(original, project, `packages/app/src/${file}`);
      expect(fixed).toEqual(before);
      expect(Object.keys(fixed)).not.toEqual([]);
    },
  );

  it.each(typescriptVersionNames)('leaves a workspace that type-checks with TypeScript %s', async (version) => {
    expect(await runTsc(path.join(project, 'tsconfig.json'), version)).toMatchObject({ status: 0, stdout: '' });
  });
});
