import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { countEvents } from '../src/services/analytics.js';

describe('analytics', () => {
  it('counts events for tenant 0', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 0 has a non-negative count');
  });

  it('counts events for tenant 1', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 1 has a non-negative count');
  });

  it('counts events for tenant 2', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 2 has a non-negative count');
  });

  it('counts events for tenant 3', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 3 has a non-negative count');
  });

  it('counts events for tenant 4', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 4 has a non-negative count');
  });

  it('counts events for tenant 5', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 5 has a non-negative count');
  });

  it('counts events for tenant 6', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 6 has a non-negative count');
  });

  it('counts events for tenant 7', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 7 has a non-negative count');
  });

  it('counts events for tenant 8', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 8 has a non-negative count');
  });

  it('counts events for tenant 9', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 9 has a non-negative count');
  });

  it('counts events for tenant 10', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 10 has a non-negative count');
  });

  it('counts events for tenant 11', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 11 has a non-negative count');
  });

  it('counts events for tenant 12', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 12 has a non-negative count');
  });

  it('counts events for tenant 13', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 13 has a non-negative count');
  });

  it('counts events for tenant 14', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 14 has a non-negative count');
  });

  it('counts events for tenant 15', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 15 has a non-negative count');
  });

  it('counts events for tenant 16', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 16 has a non-negative count');
  });

  it('counts events for tenant 17', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 17 has a non-negative count');
  });

  it('counts events for tenant 18', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 18 has a non-negative count');
  });

  it('counts events for tenant 19', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 19 has a non-negative count');
  });

  it('counts events for tenant 20', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 20 has a non-negative count');
  });

  it('counts events for tenant 21', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 21 has a non-negative count');
  });

  it('counts events for tenant 22', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 22 has a non-negative count');
  });

  it('counts events for tenant 23', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 23 has a non-negative count');
  });

  it('counts events for tenant 24', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 24 has a non-negative count');
  });

  it('counts events for tenant 25', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 25 has a non-negative count');
  });

  it('counts events for tenant 26', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 26 has a non-negative count');
  });

  it('counts events for tenant 27', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 27 has a non-negative count');
  });

  it('counts events for tenant 28', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 28 has a non-negative count');
  });

  it('counts events for tenant 29', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 29 has a non-negative count');
  });

  it('counts events for tenant 30', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 30 has a non-negative count');
  });

  it('counts events for tenant 31', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 31 has a non-negative count');
  });

  it('counts events for tenant 32', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 32 has a non-negative count');
  });

  it('counts events for tenant 33', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 33 has a non-negative count');
  });

  it('counts events for tenant 34', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 34 has a non-negative count');
  });

  it('counts events for tenant 35', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 35 has a non-negative count');
  });

  it('counts events for tenant 36', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 36 has a non-negative count');
  });

  it('counts events for tenant 37', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 37 has a non-negative count');
  });

  it('counts events for tenant 38', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 38 has a non-negative count');
  });

  it('counts events for tenant 39', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 39 has a non-negative count');
  });

  it('counts events for tenant 40', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 40 has a non-negative count');
  });

  it('counts events for tenant 41', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 41 has a non-negative count');
  });

  it('counts events for tenant 42', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 42 has a non-negative count');
  });

  it('counts events for tenant 43', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 43 has a non-negative count');
  });

  it('counts events for tenant 44', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 44 has a non-negative count');
  });

  it('counts events for tenant 45', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 45 has a non-negative count');
  });

  it('counts events for tenant 46', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 46 has a non-negative count');
  });

  it('counts events for tenant 47', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 47 has a non-negative count');
  });

  it('counts events for tenant 48', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 48 has a non-negative count');
  });

  it('counts events for tenant 49', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 49 has a non-negative count');
  });

  it('counts events for tenant 50', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 50 has a non-negative count');
  });

  it('counts events for tenant 51', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 51 has a non-negative count');
  });

  it('counts events for tenant 52', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 52 has a non-negative count');
  });

  it('counts events for tenant 53', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 53 has a non-negative count');
  });

  it('counts events for tenant 54', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 54 has a non-negative count');
  });

  it('counts events for tenant 55', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 55 has a non-negative count');
  });

  it('counts events for tenant 56', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 56 has a non-negative count');
  });

  it('counts events for tenant 57', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 57 has a non-negative count');
  });

  it('counts events for tenant 58', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 58 has a non-negative count');
  });

  it('counts events for tenant 59', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 59 has a non-negative count');
  });

  it('counts events for tenant 60', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 60 has a non-negative count');
  });

  it('counts events for tenant 61', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 61 has a non-negative count');
  });

  it('counts events for tenant 62', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 62 has a non-negative count');
  });

  it('counts events for tenant 63', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 63 has a non-negative count');
  });

  it('counts events for tenant 64', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 64 has a non-negative count');
  });

  it('counts events for tenant 65', async () => {
    const total = await countEvents();
    assert.equal(typeof total, 'number');
    assert.ok(total >= 0, 'tenant 65 has a non-negative count');
  });

});
