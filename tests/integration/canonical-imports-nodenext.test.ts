// `eslint --fix` with the recommended preset on a NodeNext package (issue #16, first case): `paths`
// that name the `.ts` file, shims reached through aliases and relative `.js` imports. The fixes
// keep an alias where one maps to the canonical module and otherwise write the `.js` extension tsc
// requires in ECMAScript modules (TS2835); the fixed project type-checks and a second lint has
// nothing left. Subpath imports (`#lib/*` in package.json `imports`) stay subpath imports. A `.cts`
// file is a CommonJS module, where an extensionless relative import stays extensionless. Modules that
// import without aliases (which only tsc knows) are run before and after: same exported values.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  describeBoth,
  firstLineOf,
  lintFixLint,
  repoRoot,
  runTsc,
  typescriptVersionNames,
  type CliLint,
} from './helpers.js';

const fixture = path.join(repoRoot, 'tests/fixtures/canonical-imports/nodenext-project');
const scratch = createScratch();
afterAll(scratch.removeAll);

describe('canonical-imports: eslint --fix on a NodeNext package', () => {
  let original: string;
  let project: string;
  let before: CliLint;
  let after: CliLint;

  beforeAll(async () => {
    original = scratch.copy(fixture);
    project = scratch.copy(fixture);
    ({ before, after } = await lintFixLint(project));
  });

  const firstLine = (file: string) => firstLineOf(project, file);

  it('reports each import of a shim as fixable', () => {
    expect(before.findings.map((finding) => `${finding.file}:${finding.line} ${String(finding.fixable)}`)).toEqual([
      'src/nested/use-relative.ts:1 true',
      'src/use-alias.ts:1 true',
      'src/use-clock.ts:1 true',
      'src/use-common.cts:1 true',
      'src/use-module.mts:1 true',
      'src/use-other-alias.ts:1 true',
      'src/use-subpath-import.ts:1 true',
    ]);
  });

  it('keeps an alias when a `paths` pattern naming the .ts file maps to the canonical module', () => {
    expect(firstLine('src/use-alias.ts')).toBe("import { value } from '@app/new';");
    expect(firstLine('src/use-other-alias.ts')).toBe("import { twice } from '@app/new';");
    expect(firstLine('src/use-module.mts')).toBe("import { twice } from '@app/new';");
  });

  it('keeps a subpath import (`#lib/…`) through the package.json `imports`', () => {
    expect(firstLine('src/use-subpath-import.ts')).toBe("import { now } from '#lib/clock';");
  });

  it('writes the .js extension in a relative specifier, as NodeNext requires in an ES module', () => {
    expect(firstLine('src/use-clock.ts')).toBe("import { now } from '../lib/clock.js';");
    expect(firstLine('src/nested/use-relative.ts')).toBe("import { value } from '../new.js';");
  });

  it('keeps an extensionless relative specifier in a CommonJS module (.cts)', () => {
    expect(firstLine('src/use-common.cts')).toBe("import { value } from './new';");
  });

  it.each(['src/nested/use-relative.ts', 'src/use-subpath-import.ts'])(
    'keeps the exported values of %s',
    async (file) => {
      const [unfixed, fixed] = await describeBoth(original, project, file);
      expect(fixed).toEqual(unfixed);
      expect(Object.keys(fixed)).not.toEqual([]);
    },
  );

  it.each(typescriptVersionNames)('leaves a project that type-checks with TypeScript %s', async (version) => {
    expect(await runTsc(path.join(project, 'tsconfig.json'), version)).toMatchObject({ status: 0, stdout: '' });
  });

  it('leaves nothing to report on a second lint', () => {
    expect(after.findings).toEqual([]);
  });
});
