// Moved exports are found cheaply: a module's text rules most modules out before any parse, and the
// text test never rules out a module that re-exports a name as `@deprecated`.
import { describe, expect, it } from 'vitest';
import {
  analyzeMovedExports,
  mayHaveMovedExports,
  movedExportsOf,
} from '../../../src/rules/canonical-imports/moved-exports.js';
import { TAGS_ONLY } from '../../../src/rules/canonical-imports/shims.js';
import { parseProjectFile } from '../../helpers/project-files.js';
import { parsesDuring, tempProject } from '../../helpers/temp-project.js';

const { root, write } = tempProject('ssot-moved-prechecks-');
write('src/date.ts', 'export function formatDate(): string {\n  return "";\n}\n');

describe('mayHaveMovedExports', () => {
  it.each([
    ['a tag on the statement', "/** @deprecated */\nexport { formatDate } from './date';"],
    ['a tag on a specifier', "export {\n  // @deprecated moved\n  formatDate,\n} from './date';"],
    ['a type re-export', "/** @deprecated */\nexport type { DateFormat } from './date';"],
    ['an import exported again', "import { formatDate } from './date';\n/** @deprecated */\nexport { formatDate };"],
  ])('lets through %s, which is a moved export', (_, text) => {
    expect(mayHaveMovedExports(text)).toBe(true);
    const file = write('src/moved.ts', `export const own = 1;\n${text}\n`);
    const parsed = parseProjectFile(file, root);
    expect(parsed && [...analyzeMovedExports(parsed).keys()]).toEqual([
      expect.stringMatching(/^(formatDate|DateFormat)$/),
    ]);
  });

  it.each([
    ['deprecated functions', '/** @deprecated Use g. */\nexport function f() {}\nexport default function g() {}'],
    ['no tag', "export { formatDate } from './date';\nexport function f() {}"],
    ['a tagged `export *`', "/** @deprecated */\nexport * from './date';\nexport function f() {}"],
  ])('rules out a module with %s', (_, text) => {
    expect(mayHaveMovedExports(text)).toBe(false);
  });

  it('is no moved export: a tag on a declaration, a tag about the file, a comment on the line before', () => {
    const file = write(
      'src/not-moved.ts',
      [
        '/** @deprecated This whole module is old. */',
        '',
        "export { formatDate } from './date';",
        '/** @deprecated */',
        'export function old() {}',
        "export { formatDate as again } from './date'; // @deprecated",
        "export { formatDate as third } from './date';",
        '',
      ].join('\n'),
    );
    const parsed = parseProjectFile(file, root);
    expect(parsed && [...analyzeMovedExports(parsed).keys()]).toEqual([]);
  });

  it('reads a module with code and deprecated functions of its own but never parses it', () => {
    const file = write(
      'src/real.ts',
      '/** @deprecated */\nexport function old(): number {\n  return 1;\n}\nexport * from "./date";\n',
    );
    expect(parsesDuring(() => expect(movedExportsOf(file, root, TAGS_ONLY)).toBeUndefined())).toBe(0);
  });
});
