import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/report/did-you-mean.js';

const OPTIONS = ['config', 'category', 'rules', 'json', 'markdown', 'sarif', 'min-score', 'top', 'help', 'version'];

describe('editDistance', () => {
  it.each([
    ['json', 'json', 0],
    ['jsn', 'json', 1],
    ['josn', 'json', 1],
    ['jsonx', 'json', 1],
    ['', 'top', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ])('%j → %j takes %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearestName', () => {
  it.each([
    ['jsn', 'json'],
    ['JSON', 'json'],
    ['cofnig', 'config'],
    ['catgory', 'category'],
    ['mark', 'markdown'],
    ['minscore', 'min-score'],
    ['tpo', 'top'],
    ['verison', 'version'],
  ])('reads %j as %j', (typed, expected) => {
    expect(nearestName(typed, OPTIONS)).toBe(expected);
  });

  it.each(['bogus', 'x', 'c', '', 'output', 'format'])('suggests nothing for %j', (typed) => {
    expect(nearestName(typed, OPTIONS)).toBeUndefined();
  });
});
