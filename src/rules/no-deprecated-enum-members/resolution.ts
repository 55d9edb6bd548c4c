import path from 'node:path';
import { mayExportEnum, sketchEnumExports, starReexportsOnly, type EnumExportSketch } from './enum-text.js';
import type { EnumInfo } from './enum-info.js';
import { analyzeModuleEnums, type ModuleEnums } from './module-enums.js';
import { analyzeProjectFile, analyzeProjectText } from '../../project/parse-cache.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { memoizeByOptions } from '../../util/options-memo.js';
import { type ExportEnd, type ExportsReader, followExport, followImport } from '../../project/module-exports.js';
import { detached } from '../../util/detached.js';

/** What a name exported by a project module turns out to be, after following re-exports. */
export type ExportTarget =
  { readonly kind: 'enum'; readonly info: EnumInfo } | { readonly kind: 'namespace'; readonly file: string };

/** Where to look and what counts: one per rule options object. */
export interface EnumLookup {
  readonly rootDir: string;
  /** Key of the per-file analysis. */
  readonly analyzer: string;
  /** Key of the per-file look at the text, which depends on `configuredNames`. */
  readonly sketcher: string;
  readonly sketch: (text: string) => EnumExportSketch;
  /** Answers of `resolveImport` and `resolveExport` for the files' versions of one `fsGeneration`. */
  readonly answers: { readonly current: () => Map<string, ExportTarget | undefined> };
}

/**
 * A lookup for enums with deprecated members under `rootDir`: those tagged `@deprecated` in their
 * module, or declared under one of `configuredNames` (the keys of the rule's `enums` option).
 * Modules that can hold neither, and forward nothing, are never parsed.
 */
export function enumLookup(rootDir: string, configuredNames: readonly string[]): EnumLookup {
  return {
    rootDir,
    analyzer: 'enum-deprecations',
    sketcher: ['enum-sketch', ...configuredNames].join('\0'),
    sketch: (text) => sketchEnumExports(text, configuredNames),
    answers: perFsGeneration(() => new Map<string, ExportTarget | undefined>()),
  };
}

/** Per `enums` option object and root: the lookup and its answers, shared by every file linted with it. */
const lookupsByRoot = memoizeByOptions<Readonly<Record<string, unknown>>, Map<string, EnumLookup>>(
  'enum-resolution: lookups per enums option',
  () => new Map(),
);

/**
 * `enumLookup` for the rule's `enums` option object (`configured`), made once per object and root
 * so that what one file resolved (`import { Status } from './constants'`) serves every other file
 * importing the same module, instead of walking its exports again.
 */
export function enumLookupFor(configured: Readonly<Record<string, unknown>>, rootDir: string): EnumLookup {
  const byRoot = lookupsByRoot(configured);
  let lookup = byRoot.get(rootDir);
  if (!lookup) {
    lookup = enumLookup(rootDir, Object.keys(configured));
    byRoot.set(rootDir, lookup);
  }
  return lookup;
}

/**
 * The memoized answer for `key`, computed by `compute` when missing. Answers depend on the versions
 * of the files they read, so they last as long as file-system answers are trusted (`fsGeneration`).
 */
function memoized(lookup: EnumLookup, key: string, compute: () => ExportTarget | undefined): ExportTarget | undefined {
  const answers = lookup.answers.current();
  if (answers.has(key)) return answers.get(key);
  const answer = compute();
  // Keys hold names cut from the linted file's text, which must not be kept for the run.
  answers.set(detached(key), answer);
  return answer;
}

/** A module of `export * from` statements alone (a re-export shim) as `analyzeModuleEnums` sees it, without its parse. */
function starReexportsModule(text: string): ModuleEnums | null {
  const starSpecifiers = starReexportsOnly(text);
  return starSpecifiers ? { exports: new Map(), starSpecifiers } : null;
}

/**
 * The enum-related exports of a project file, parsed and analyzed once per file version; not parsed
 * at all when its text shows it can neither declare an enum that matters nor forward one under
 * `name` (under any name when omitted): `undefined` then.
 */
export function moduleEnums(file: string, lookup: EnumLookup, name?: string): ModuleEnums | undefined {
  const sketch = analyzeProjectText(file, lookup.rootDir, lookup.sketcher, lookup.sketch);
  if (!sketch || !mayExportEnum(sketch, name)) return undefined;
  const shim = analyzeProjectText(file, lookup.rootDir, 'enum-star-reexports', starReexportsModule);
  if (shim) return shim;
  return analyzeProjectFile(file, lookup.rootDir, lookup.analyzer, (parsed) =>
    analyzeModuleEnums(parsed.ast, parsed.text),
  );
}

/** What an export end found by `followExport`/`followImport` is to this rule. */
function asTarget(end: ExportEnd<EnumInfo> | undefined): ExportTarget | undefined {
  if (!end) return undefined;
  return end.kind === 'declared' ? { kind: 'enum', info: end.value } : end;
}

/**
 * Follows `export { E } from`, `export *`, `export * as ns` and re-exported imports from `file`
 * to the module that declares `name`. `undefined` when the chain leaves the project, is not an
 * enum that matters, or loops.
 */
export function resolveExport(file: string, name: string, lookup: EnumLookup): ExportTarget | undefined {
  return memoized(lookup, `export\0${file}\0${name}`, () =>
    asTarget(followExport(file, name, lookup.rootDir, readerFor(lookup))),
  );
}

/** What `import { importedName } from specifier` (or `import * as`, for `'*'`) binds in `fromFile`. */
export function resolveImport(
  specifier: string,
  importedName: string,
  fromFile: string,
  lookup: EnumLookup,
): ExportTarget | undefined {
  // `resolveModule` answers per directory of the importing file, so the files of one folder share the answer.
  const key = `import\0${path.dirname(fromFile)}\0${specifier}\0${importedName}`;
  return memoized(lookup, key, () =>
    asTarget(followImport(specifier, importedName, fromFile, lookup.rootDir, readerFor(lookup))),
  );
}

function readerFor(lookup: EnumLookup): ExportsReader<EnumInfo> {
  return (file, name) => moduleEnums(file, lookup, name);
}
