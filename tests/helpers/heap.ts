// The heap a test process keeps, for tests of what caches hold: vitest workers run without
// --expose-gc, so `gc` is exposed here to measure retained memory, not garbage.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
export const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * The heap in use after two full collections. V8 keeps the input of the last regular expression
 * match (`RegExp.input`), whatever ran it: a match on a short string lets it go first.
 */
export function retainedHeap(): number {
  /x/.test('x');
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
