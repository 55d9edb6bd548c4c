import { describe, expect, it } from 'vitest';
import { registeredCacheNames, resetAllCaches } from '../../src/project/cache-registry.js';
import { memoizeByOptions } from '../../src/util/options-memo.js';

describe('memoizeByOptions', () => {
  let calls = 0;
  const lengthOf = memoizeByOptions('options-memo test: lengths', (options: { items: string[] }) => {
    calls += 1;
    return options.items.length;
  });

  it('computes once per options object and again for another object', () => {
    calls = 0;
    const options = { items: ['a', 'b'] };
    expect(lengthOf(options)).toBe(2);
    expect(lengthOf(options)).toBe(2);
    expect(calls).toBe(1);
    expect(lengthOf({ items: ['a', 'b'] })).toBe(2);
    expect(calls).toBe(2);
  });

  it('is a registered cache that resetAllCaches empties', () => {
    calls = 0;
    const options = { items: ['a'] };
    lengthOf(options);
    resetAllCaches();
    lengthOf(options);
    expect(calls).toBe(2);
    expect(registeredCacheNames()).toContain('options-memo test: lengths');
  });
});
