/**
 * Module resolution for rules: what a specifier leads to (`module-resolution.ts`, which reads the
 * tsconfig aliases through `tsconfig.ts`) and how to write a specifier for a file
 * (`specifier-for-file.ts`). One import path for the rules that use both directions.
 */
export { mayBeProjectSpecifier, resolveModule } from './module-resolution.js';
export { specifierForFile } from './specifier-for-file.js';
