// How alike two same-named declarations are.
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { exportedDefinitions } from '../../../src/rules/no-duplicate-definitions/definitions.js';
import { similarity, wordsOf } from '../../../src/rules/no-duplicate-definitions/likeness.js';

function words(code: string, file = '/p/src/a.ts'): Set<string> {
  const module = exportedDefinitions(parse(code, { range: true, loc: true }));
  const [definition] = module.definitions.values();
  if (!definition) throw new Error('no definition');
  return wordsOf(code, definition, module.imports, file);
}

describe('likeness of two declarations', () => {
  it('takes the words of the code but keywords and the declared name', () => {
    expect([...words('export type Pagination = { limit: number; nextPath: string };')]).toEqual(['limit', 'nextPath']);
  });

  it('takes a class from its decorators', () => {
    expect([...words('@Module({ imports: [HttpModule] })\nexport class MarketDataModule {}')]).toEqual([
      'Module',
      'imports',
      'HttpModule',
    ]);
  });

  it('is the share of words in common', () => {
    const a = words('export type Pagination = { limit: number; offset: number; nextPath: string };');
    const b = words('export interface Pagination { limit: number; offset: number; total: number }');
    expect(similarity(a, b)).toBeCloseTo(2 / 4, 6);
  });

  it('is 0 when both use a name imported from different modules', () => {
    const desktop = words("import { ioV1 } from './v1';\nexport const IO = { v1: ioV1 };", '/p/desktop/index.ts');
    const web = words("import { ioV1 } from './v1';\nexport const IO = { v1: ioV1 };", '/p/web/index.ts');
    const again = words("import { ioV1 } from '../desktop/v1';\nexport const IO = { v1: ioV1 };", '/p/web/index.ts');
    expect(similarity(desktop, web)).toBe(0);
    expect(similarity(desktop, again)).toBe(1);
  });
});
