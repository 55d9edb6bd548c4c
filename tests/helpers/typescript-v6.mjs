// Preload (`node --import`) that makes every `require('typescript')` load the `typescript-v6` npm
// alias, as if TypeScript 6 were the project's installed TypeScript: typescript-estree (the parser,
// CommonJS) then parses with it. Announces the version it loads on stderr, so a test can tell it was used.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const typescript6 = path.join(import.meta.dirname, '../../node_modules/typescript-v6/lib/typescript.js');
const resolveFilename = Module._resolveFilename;
let announced = false;

Module._resolveFilename = function resolveTypescript6(request, ...rest) {
  if (request !== 'typescript') return resolveFilename.call(this, request, ...rest);
  if (!announced) {
    announced = true;
    const { version } = createRequire(import.meta.url)(typescript6);
    process.stderr.write(`typescript-v6 preload: TypeScript ${version}\n`);
  }
  return typescript6;
};
