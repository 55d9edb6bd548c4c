// `eslint --fix` on a project with moved exports (issue #20, tests/fixtures/canonical-imports/
// moved-project): a module that keeps code of its own re-exports some names as `@deprecated`, and a
// `paths` entry moves some names of another by configuration. Through the real CLI and the built
// plugin: imports and re-exports are split between the names that stay and the names that move, merged
// into an existing import of the new module, the project type-checks with TypeScript 5.9 and 6.0, a
// second run has nothing to fix, and the app modules export the same values. What is left is only
// reported: a moved name read through a namespace import, and an `export *` of the whole module.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  describeBoth,
  lintFixLint,
  listSources,
  repoRoot,
  runTsc,
  snapshotTree,
  typescriptVersionNames,
  lintWithCli,
  type CliLint,
} from './helpers.js';

const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/moved-project');
const scratch = createScratch();
afterAll(scratch.removeAll);

describe('canonical-imports: eslint --fix on moved exports', () => {
  let original: string;
  let project: string;
  let before: CliLint;
  let after: CliLint;

  beforeAll(async () => {
    original = scratch.copy(fixture);
    project = scratch.copy(fixture);
    ({ before, after } = await lintFixLint(project));
  });

  const canonical = (lint: CliLint) =>
    lint.findings
      .filter((finding) => finding.ruleId === 'ssot/canonical-imports')
      .map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.fixable ? 'fix' : 'report'}`);
  const read = (file: string) => fs.readFileSync(path.join(project, 'src/app', file), 'utf8');

  it('reports each moved name a reference takes, and each reference that takes the whole module', () => {
    expect(canonical(before)).toEqual([
      'src/app/chain.ts:1:10 fix',
      'src/app/chain.ts:1:21 fix',
      'src/app/configured.ts:1:10 fix',
      'src/app/configured.ts:1:21 fix',
      'src/app/merge.ts:2:10 fix',
      'src/app/merge.ts:2:27 fix',
      'src/app/merge.ts:2:46 fix',
      'src/app/namespace.ts:3:36 report',
      'src/app/reexports.ts:1:10 fix',
      'src/app/reexports.ts:2:15 fix',
      'src/app/split.ts:1:10 fix',
      'src/app/whole.ts:1:15 report',
      // utils.ts's own re-export of a shim is fixed as before.
      'src/utils.ts:18:43 fix',
    ]);
  });

  it.each([
    ['split.ts', "import { parseX } from '../utils';\nimport { formatDate } from '../date';\n"],
    [
      'merge.ts',
      "import { formatDay, type DateFormat, formatDate as fmt } from '../date';\nimport { parseX } from '../utils';\nimport { parseNumber as toNumber } from '../parse';\n",
    ],
    [
      'reexports.ts',
      "export { parseX } from '../utils.js';\nexport { formatDate } from '../date.js';\nexport type { DateFormat } from '../date.js';\n",
    ],
    ['chain.ts', "import { formatDate as formatOld, formatDay } from '../date';\n"],
    [
      'configured.ts',
      "import { COLUMNS } from '../legacy/format';\nimport { formatDate as formatRow, formatDay } from '../date';\n",
    ],
  ])('fixes %s: the moved names go, in the importer’s style', (file, expected) => {
    expect(read(file).startsWith(expected)).toBe(true);
  });

  it('leaves what is only reported as it was', () => {
    for (const file of ['namespace.ts', 'whole.ts'])
      expect(read(file)).toBe(fs.readFileSync(path.join(fixture, 'src/app', file), 'utf8'));
    expect(canonical(after)).toEqual(['src/app/namespace.ts:3:36 report', 'src/app/whole.ts:1:15 report']);
  });

  it('is idempotent: a second --fix changes nothing', async () => {
    const snapshot = snapshotTree(path.join(project, 'src'));
    await lintWithCli(project, ['--fix', '.']);
    expect(snapshotTree(path.join(project, 'src'))).toEqual(snapshot);
  });

  it.each(typescriptVersionNames)('leaves a project that type-checks with TypeScript %s', async (version) => {
    expect(await runTsc(path.join(project, 'tsconfig.json'), version)).toMatchObject({ status: 0, stdout: '' });
  });

  it.each(listSources(path.join(fixture, 'src/app')))('keeps the exported values of src/app/%s', async (file) => {
    const [unfixed, fixed] = await describeBoth(original, project, `src/app/${file}`);
    expect(fixed).toEqual(unfixed);
    expect(Object.keys(fixed)).not.toEqual([]);
  });
});
