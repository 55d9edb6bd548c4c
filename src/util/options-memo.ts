import { registerCache } from '../project/cache-registry.js';

/**
 * `compute(options)` once per options object. ESLint hands every file of a config the same options
 * object, so what depends on the options alone (checked globs, compiled matchers, limits) is worked
 * out on the first file and looked up on the others. The memo is registered as `name` (see
 * cache-registry.ts); its keys die with the config.
 */
export function memoizeByOptions<Options extends object, Answer>(
  name: string,
  compute: (options: Options) => Answer,
): (options: Options) => Answer {
  let answers = new WeakMap<Options, Answer>();
  registerCache(name, () => {
    answers = new WeakMap();
  });
  return (options) => {
    let answer = answers.get(options);
    if (answer === undefined) {
      answer = compute(options);
      answers.set(options, answer);
    }
    return answer;
  };
}
