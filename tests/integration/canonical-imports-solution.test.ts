// `eslint --fix` on a project whose root tsconfig is solution-style (`"files": []` + `references`,
// issue #16): the aliases of the referenced project that includes a file apply to it, so an alias
// import of a shim is found and fixed in alias style, and the referenced projects still type-check. The
// app and spec projects split one folder by file name, so each file gets its own project's aliases.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  firstLineOf,
  lintFixLint,
  repoRoot,
  runTsc,
  summarize,
  typescriptVersionNames,
  type CliLint,
} from './helpers.js';

const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/solution-project');
const scratch = createScratch();
afterAll(scratch.removeAll);

describe('canonical-imports: eslint --fix under a solution-style tsconfig', () => {
  let project: string;
  let before: CliLint;
  let after: CliLint;

  beforeAll(async () => {
    project = scratch.copy(fixture);
    ({ before, after } = await lintFixLint(project));
  });

  it("resolves each file's referenced project's alias and fixes in alias style", () => {
    expect(summarize(before.findings)).toEqual([
      'src/use.spec.ts:1 ssot/canonical-imports',
      'src/use.ts:1 ssot/canonical-imports',
    ]);
    expect(firstLineOf(project, 'src/use.ts')).toBe("import { value } from '@app/lib/new';");
    expect(firstLineOf(project, 'src/use.spec.ts')).toBe("import { value } from '@test/lib/new';");
    expect(after.findings).toEqual([]);
  });

  it.each(
    typescriptVersionNames.flatMap((version) => [
      [version, 'tsconfig.app.json'],
      [version, 'tsconfig.spec.json'],
    ]),
  )('leaves the referenced projects type-checking with TypeScript %s (%s)', async (version, tsconfig) => {
    expect(await runTsc(path.join(project, tsconfig), version)).toMatchObject({ status: 0, stdout: '' });
  });
});
