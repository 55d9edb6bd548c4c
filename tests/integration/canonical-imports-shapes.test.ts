// `eslint --fix` on a project with every shim shape of issue #17 (tests/fixtures/canonical-imports/
// shapes-project): tags on the statement and on specifiers, aliases of imported bindings in value and
// type space, `'use client'` shims, default forwarding, a split module, and the two opt-in marks of the
// `shims` option. The fixes keep the importer's style, the project type-checks with TypeScript 5.9 and
// 6.0, the app modules export the same values, and what is left is only what must stay for a human:
// a shim across a client boundary.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  describeBoth,
  firstLineOf,
  lintFixLint,
  listSources,
  repoRoot,
  runTsc,
  summarize,
  typescriptVersionNames,
  type CliLint,
} from './helpers.js';

const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/shapes-project');
const scratch = createScratch();
afterAll(scratch.removeAll);

describe('canonical-imports: eslint --fix on every shim shape', () => {
  let original: string;
  let project: string;
  let before: CliLint;
  let after: CliLint;

  beforeAll(async () => {
    original = scratch.copy(fixture);
    project = scratch.copy(fixture);
    ({ before, after } = await lintFixLint(project));
  });

  const canonical = (lint: CliLint) => lint.findings.filter((finding) => finding.ruleId === 'ssot/canonical-imports');
  const lineOf = (file: string) => firstLineOf(project, `src/app/${file}`);

  it('reports every import of a shim, and fixes all but one', () => {
    expect(canonical(before).map((finding) => `${finding.file} ${String(finding.fixable)}`)).toEqual([
      'src/app/use-aliases.ts true',
      'src/app/use-boundary.ts false',
      'src/app/use-client-widget.ts true',
      'src/app/use-compat.ts true',
      'src/app/use-default.ts true',
      'src/app/use-namespace-alias.ts true',
      'src/app/use-specifier.ts true',
      'src/app/use-split-both.ts true',
      'src/app/use-split.ts true',
      'src/app/use-statement.ts true',
      'src/app/use-warned.ts true',
    ]);
  });

  it.each([
    ['use-statement.ts', "import { createClient } from '../client';"],
    ['use-specifier.ts', "import { createClient as makeClient, VERSION } from '../client';"],
    [
      'use-aliases.ts',
      "import { ChartsSlider as ChartSlider, type ChartsSliderProps as ChartSliderProps, type ChartsSliderProps as SliderProps } from '../slider';",
    ],
    ['use-namespace-alias.ts', "import { createClient as makeClient } from '../client';"],
    ['use-default.ts', "import widget from '../widget';"],
    ['use-split.ts', "import { FILE, type FileType } from '../file-types';"],
    ['use-warned.ts', "import { createClient } from '../client';"],
    ['use-compat.ts', "import { VERSION } from '../client';"],
  ])('fixes %s in the importer’s style', (file, expected) => {
    expect(lineOf(file)).toBe(expected);
  });

  it("fixes a 'use client' shim of a client module below the importer's own directive", () => {
    const [directive, fixed] = fs.readFileSync(path.join(project, 'src/app/use-client-widget.ts'), 'utf8').split('\n');
    expect([directive, fixed]).toEqual(["'use client';", "import clientWidget from '../client-widget';"]);
  });

  it('splits an import of names from both halves of a split module, one import per module', () => {
    const [first, second] = fs.readFileSync(path.join(project, 'src/app/use-split-both.ts'), 'utf8').split('\n');
    expect([first, second]).toEqual([
      "import { COMPONENT } from '../component-types';",
      "import { FILE } from '../file-types';",
    ]);
    const split = canonical(before).find((finding) => finding.file === 'src/app/use-split-both.ts');
    expect(split?.message).toContain("'src/file-types.ts', 'src/component-types.ts'");
  });

  it('leaves only what needs a human: a shim across a client boundary', () => {
    expect(summarize(canonical(after))).toEqual(['src/app/use-boundary.ts:1 ssot/canonical-imports']);
    expect(after.findings.every((finding) => !finding.fixable)).toBe(true);
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
