import { mayExportEnum, sketchEnumExports, type EnumExportSketch } from './enum-text.js';
import { analyzeModuleEnums, type EnumInfo, type ModuleEnums } from './enums.js';
import { analyzeProjectFile, analyzeProjectText } from './parse-cache.js';
import { resolveModule } from './resolve.js';

/** What a name exported by a project module turns out to be, after following re-exports. */
export type ExportTarget =
  | { readonly kind: 'enum'; readonly info: EnumInfo }
  | { readonly kind: 'namespace'; readonly file: string };

/** Where to look and what counts: one per rule options object. */
export interface EnumLookup {
  readonly rootDir: string;
  /** Key of the per-file analysis. */
  readonly analyzer: string;
  /** Key of the per-file look at the text, which depends on `configuredNames`. */
  readonly sketcher: string;
  readonly sketch: (text: string) => EnumExportSketch;
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
  };
}

/** Re-export chains longer than this are either generated barrels gone wrong or cycles. */
const MAX_HOPS = 32;

/**
 * The enum-related exports of a project file, parsed and analyzed once per file version; not parsed
 * at all when its text shows it can neither declare an enum that matters nor forward one under
 * `name` (under any name when omitted): `undefined` then.
 */
export function moduleEnums(file: string, lookup: EnumLookup, name?: string): ModuleEnums | undefined {
  const sketch = analyzeProjectText(file, lookup.rootDir, lookup.sketcher, lookup.sketch);
  if (!sketch || !mayExportEnum(sketch, name)) return undefined;
  return analyzeProjectFile(file, lookup.rootDir, lookup.analyzer, (parsed) => analyzeModuleEnums(parsed.ast, parsed.text));
}

/**
 * Follows `export { E } from`, `export *`, `export * as ns` and re-exported imports from `file`
 * to the module that declares `name`. `undefined` when the chain leaves the project, is not an
 * enum that matters, or loops.
 */
export function resolveExport(
  file: string,
  name: string,
  lookup: EnumLookup,
  visited = new Set<string>(),
): ExportTarget | undefined {
  const key = `${file}\0${name}`;
  if (visited.has(key) || visited.size > MAX_HOPS) return undefined;
  visited.add(key);
  const analysis = moduleEnums(file, lookup, name);
  if (!analysis) return undefined;
  const source = analysis.exports.get(name);
  if (source?.kind === 'other') return undefined;
  if (source?.kind === 'enum') return source;
  if (source?.kind === 'reexport') {
    return resolveImport(source.specifier, source.importedName, file, lookup, visited);
  }
  // `export *` never re-exports a default export.
  if (name === 'default') return undefined;
  for (const specifier of analysis.starSpecifiers) {
    const target = resolveImport(specifier, name, file, lookup, visited);
    if (target) return target;
  }
  return undefined;
}

/** What `import { importedName } from specifier` (or `import * as`, for `'*'`) binds in `fromFile`. */
export function resolveImport(
  specifier: string,
  importedName: string,
  fromFile: string,
  lookup: EnumLookup,
  visited = new Set<string>(),
): ExportTarget | undefined {
  const file = resolveModule(specifier, fromFile, lookup.rootDir);
  if (file === undefined) return undefined;
  return importedName === '*' ? { kind: 'namespace', file } : resolveExport(file, importedName, lookup, visited);
}
