import { describe, expect, it } from 'vitest';
import { hasWord } from '../../src/util/text-words.js';

describe('hasWord', () => {
  it.each([
    ['class', true],
    ['export class A {}', true],
    ['x = $class', true],
    ['a.class;', true],
    ['classes and subclass', false],
    ['_class', false],
    ['class2', false],
    ['the subclasses, then class', true],
    ['', false],
  ])('answers %j as /\\bclass\\b/ does', (text, expected) => {
    expect(hasWord(text, 'class')).toBe(expected);
    expect(/\bclass\b/.test(text)).toBe(expected);
  });
});
