import type { Runtime } from './environments.js';

/**
 * Text every access to a runtime's environment contains: the name of its global or module
 * (`process`, `Bun`/`bun`, `Deno`) or `import.meta`'s `meta`. An escape (`\u0070rocess`,
 * `globalThis['\x70rocess']`) could spell them, so a file with one is always analysed.
 */
const RUNTIME_WORDS: ReadonlyMap<Runtime, string> = new Map([
  ['node', 'process'],
  ['bun', '[Bb][Uu][Nn]'],
  ['deno', 'Deno'],
  ['vite', 'meta'],
]);
const ESCAPE = String.raw`\\[ux]`;

/**
 * A test of whether a file's text can access the environment of one of `runtimes` at all: most
 * files of a project cannot, and saying so from the text spares them the scope walk. One regular
 * expression, one pass over the text. A name assembled at run time (`globalThis['pro' + 'cess']`)
 * is missed here, as is any access the analysis cannot follow.
 */
export function environmentTextTest(runtimes: ReadonlySet<Runtime>): (text: string) => boolean {
  const words = [...runtimes].flatMap((runtime) => RUNTIME_WORDS.get(runtime) ?? []);
  const pattern = new RegExp([...words, ESCAPE].join('|'));
  return (text) => pattern.test(text);
}
