import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, beforeEach, describe, it } from 'vitest';
import { resetAllCaches } from './src/project/cache-registry.js';

// RuleTester needs a test framework's hooks; wire it to vitest once for every rule test.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Every test starts from the caches of a new process: what an earlier test linted, stat-ed or
// parsed must not decide what this one sees (the tests run in random order, vitest.config.ts).
beforeEach(() => {
  resetAllCaches();
});
