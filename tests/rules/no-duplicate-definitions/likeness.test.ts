// How alike two same-named declarations are.
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { exportedDefinitions } from '../../../src/rules/no-duplicate-definitions/definitions.js';
import { delegates, similarity, wordsOf } from '../../../src/rules/no-duplicate-definitions/likeness.js';

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

describe('delegates', () => {
  const forwards = (code: string): boolean => {
    const [definition] = exportedDefinitions(parse(code, { range: true, loc: true })).definitions.values();
    if (!definition) throw new Error('no definition');
    return delegates(code, definition);
  };

  it('finds a call of a member of the same name, also across a line break and with type arguments', () => {
    expect(forwards('export function setLogger(l: L) { logging.setLogger(l); }')).toBe(true);
    expect(forwards('export function setLogger(l: L) {\n  logging.\n    setLogger(l);\n}')).toBe(true);
    expect(forwards('export function createTeam(t: T) {\n  return platform.backend\n    .createTeam<T>(t);\n}')).toBe(
      true,
    );
  });

  it('finds none in a declaration that only names itself, reads the member or calls another', () => {
    expect(forwards('export function setLogger(l: L) { return setLogger; }')).toBe(false);
    expect(forwards('export function setLogger(l: L) { return logging.setLogger; }')).toBe(false);
    expect(forwards('export function setLogger(l: L) { logging.setLoggerLevel(l); }')).toBe(false);
  });
});
