import { describe, expect, it } from 'vitest';
import { ByteBudgetLru } from '../../src/project/byte-budget-lru.js';

describe('ByteBudgetLru', () => {
  it('evicts the least recently used entries until the sizes fit the budget', () => {
    const lru = new ByteBudgetLru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.get('a')).toBe(1); // now `b` is the least recent
    lru.set('c', 3, 4);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
    expect([lru.total, lru.size]).toEqual([8, 2]);
    lru.set('d', 4, 10);
    expect([lru.get('a'), lru.get('c'), lru.get('d')]).toEqual([undefined, undefined, 4]);
    expect(lru.total).toBe(10);
  });

  it('replaces the value of a key with its new size', () => {
    const lru = new ByteBudgetLru<string, string>(10);
    lru.set('a', 'small', 2);
    lru.set('a', 'large', 9);
    lru.set('b', 'b', 1);
    expect([lru.get('a'), lru.get('b'), lru.total]).toEqual(['large', 'b', 10]);
  });

  it('keeps no entry larger than the whole budget, and drops the older value of its key', () => {
    const lru = new ByteBudgetLru<string, string>(10);
    lru.set('a', 'a', 3);
    lru.set('b', 'old', 3);
    lru.set('b', 'huge', 11);
    expect([lru.get('a'), lru.get('b'), lru.total, lru.size]).toEqual(['a', undefined, 3, 1]);
  });

  it('empties on clear and on delete', () => {
    const lru = new ByteBudgetLru<string, number>(10);
    lru.set('a', 1, 5);
    lru.set('b', 2, 5);
    lru.delete('a');
    lru.delete('missing');
    expect([lru.get('a'), lru.get('b'), lru.total]).toEqual([undefined, 2, 5]);
    lru.clear();
    expect([lru.get('b'), lru.total, lru.size]).toEqual([undefined, 0, 0]);
  });
});
