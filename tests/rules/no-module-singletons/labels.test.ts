// getterSubject reads a structured CodeName: the rule tests reach only getters named by a
// function or a variable, not class members, dotted string keys or instance fields.
import { describe, expect, it } from 'vitest';
import { type CodeName, codeLabel, getterSubject } from '../../../src/rules/no-module-singletons/labels.js';

const fn = (name: string): CodeName => ({ kind: 'named', owner: undefined, name, isFunction: true });
const method = (owner: string, name: string): CodeName => ({ kind: 'named', owner, name, isFunction: true });

describe('getterSubject', () => {
  it.each([
    [fn('getRedis'), 'Redis'],
    [fn('useDb'), 'Db'],
    [fn('ensureHTTPClient'), 'HTTPClient'],
    [method('Clients', 'initPool'), 'Pool'],
    [fn('cache.loadUsers'), 'Users'],
  ])('%o hands out %s', (code, subject) => {
    expect(getterSubject(code)).toBe(subject);
  });

  it.each([
    fn('getredis'),
    fn('get'),
    fn('#getRedis'),
    fn('getRe$dis'),
    fn('fetchRedis'),
    fn('getRedis()'),
    { kind: 'named', owner: 'Session', name: 'getId', isFunction: false },
    { kind: 'unnamed member', owner: 'Clients' },
    { kind: 'default export' },
    { kind: 'anonymous' },
  ] satisfies CodeName[])('%o is no getter', (code) => {
    expect(getterSubject(code)).toBeUndefined();
  });
});

describe('codeLabel', () => {
  it.each([
    [fn('getInstance'), 'getInstance()'],
    [method('Cache', 'remember'), 'Cache.remember()'],
    [{ kind: 'named', owner: 'Session', name: 'id', isFunction: false }, 'Session.id'],
    [{ kind: 'unnamed member', owner: 'Cache' }, 'a method of Cache'],
    [{ kind: 'default export' }, 'the default export'],
    [{ kind: 'anonymous' }, 'a function'],
  ] satisfies [CodeName, string][])('%o reads %s', (code, label) => {
    expect(codeLabel(code)).toBe(label);
  });
});
