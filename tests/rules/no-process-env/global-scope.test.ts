// Which file names count as declaration files, where every declaration is ambient and so hides no
// global: the rule tests reach only `types.d.ts`.
import { describe, expect, it } from 'vitest';
import { isDeclarationFile } from '../../../src/rules/no-process-env/global-scope.js';

describe('isDeclarationFile', () => {
  it.each(['types.d.ts', 'types.d.mts', 'types.d.cts', 'jsx.d.tsx', 'src/styles.d.css.ts', '/abs/page.d.html.ts'])(
    '%s is a declaration file',
    (filename) => expect(isDeclarationFile(filename)).toBe(true),
  );

  it.each(['types.ts', 'types.d.js', 'd.ts', 'types.d.ts.bak', 'my.d.config.mts'])(
    '%s is not a declaration file',
    (filename) => expect(isDeclarationFile(filename)).toBe(false),
  );
});
