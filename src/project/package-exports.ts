/**
 * A package's `exports` and `imports` maps read the way Node and TypeScript read them: which file a
 * subpath (`.`, `./old`, `./db/*`) or subpath import (`#db/client`) leads to, and which lead to a
 * file. Conditions are taken in the order the map lists them; the ones TypeScript and Node match
 * when resolving an import for type-checking are followed.
 */

/** Conditions a TypeScript import of a workspace package may match. */
const CONDITIONS = new Set(['types', 'import', 'require', 'node', 'module', 'default']);

type ExportsMap = Readonly<Record<string, unknown>>;

/** `exports` as a map from subpath to target: the sugar forms (`"./x.js"`, `{ "import": … }`) stand for `"."`. */
function subpathMap(exportsField: unknown): ExportsMap | undefined {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return { '.': exportsField };
  if (typeof exportsField !== 'object' || exportsField === null) return undefined;
  const keys = Object.keys(exportsField);
  // Either every key is a subpath or none is (Node rejects a mix).
  return keys.length > 0 && keys.every((key) => key.startsWith('.'))
    ? (exportsField as ExportsMap)
    : { '.': exportsField };
}

/** Every target string a map value can lead to, first choice first (conditions in their listed order). */
function targetsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('./') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(targetsOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([condition, nested]) => (CONDITIONS.has(condition) ? targetsOf(nested) : []));
}

/** A subpath key with one `*`, split around it. */
function patternParts(key: string): { prefix: string; suffix: string } | undefined {
  const star = key.indexOf('*');
  if (star === -1 || key.slice(star + 1).includes('*')) return undefined;
  return { prefix: key.slice(0, star), suffix: key.slice(star + 1) };
}

/** The targets `key` leads to in `map`: an exact key, else the pattern key with the longest prefix, as Node orders them. */
function mapTargets(map: ExportsMap, key: string): string[] {
  if (Object.hasOwn(map, key)) return targetsOf(map[key]);
  let best: { prefix: string; captured: string; value: unknown } | undefined;
  for (const [pattern, value] of Object.entries(map)) {
    const parts = patternParts(pattern);
    if (!parts || !key.startsWith(parts.prefix) || !key.endsWith(parts.suffix)) continue;
    if (key.length < parts.prefix.length + parts.suffix.length) continue;
    if (best && best.prefix.length >= parts.prefix.length) continue;
    best = { prefix: parts.prefix, captured: key.slice(parts.prefix.length, key.length - parts.suffix.length), value };
  }
  if (!best) return [];
  const { captured } = best;
  return targetsOf(best.value).map((target) => target.replaceAll('*', captured));
}

/**
 * The targets (relative to the package, `./…`) that `subpath` (`.` or `./name`) leads to, best first.
 * `[]` when the map does not export the subpath (or blocks it with `null`).
 */
export function exportTargets(exportsField: unknown, subpath: string): string[] {
  const map = subpathMap(exportsField);
  return map ? mapTargets(map, subpath) : [];
}

/**
 * The targets a package gives `subpath`: through its `exports` when it has them, else its `entry`
 * (`types`/`main`, as the caller reads them; `index` without one) for `.`, else the subpath itself.
 */
export function packageTargets(exportsField: unknown, entry: string | undefined, subpath: string): string[] {
  if (exportsField !== undefined) return exportTargets(exportsField, subpath);
  return [subpath === '.' ? (entry ?? 'index') : subpath];
}

/** `imports` as a map, when it is one: every key a `#` specifier. */
function importsMap(importsField: unknown): ExportsMap | undefined {
  if (typeof importsField !== 'object' || importsField === null || Array.isArray(importsField)) return undefined;
  return Object.keys(importsField).every((key) => key.startsWith('#')) ? (importsField as ExportsMap) : undefined;
}

/** The files (relative to the package, `./…`) a subpath import (`#db/client`) leads to through `imports`, best first. */
export function importTargets(importsField: unknown, specifier: string): string[] {
  const map = importsMap(importsField);
  return map ? mapTargets(map, specifier) : [];
}

/** The `#` specifiers of `imports` whose targets may name `file` (relative to the package, `./…`). */
export function importSpecifiersFor(importsField: unknown, file: string): string[] {
  const map = importsMap(importsField);
  return map ? keysFor(map, file) : [];
}

/**
 * The subpaths of the map whose targets may name `file` (relative to the package, `./…`), to be
 * checked by resolving them; a pattern's capture is read off the file, also when the target names
 * the output (`./dist/*.js`) of a source beside it (`./dist/x.ts`).
 */
export function subpathsFor(exportsField: unknown, file: string): string[] {
  const map = subpathMap(exportsField);
  return map ? keysFor(map, file) : [];
}

function keysFor(map: ExportsMap, file: string): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const parts = patternParts(key);
    for (const target of targetsOf(value)) {
      if (!parts) {
        if (sameModule(target, file)) keys.push(key);
        continue;
      }
      const targetParts = patternParts(target);
      if (!targetParts) continue;
      const captured = captureOf(file, targetParts.prefix, targetParts.suffix);
      if (captured !== undefined) keys.push(parts.prefix + captured + parts.suffix);
    }
  }
  return [...new Set(keys)];
}

/** The path without its module extension (`.ts`, `.d.mts`, `.js`, `.jsx` …), for comparing an output name (`./x.js`) with its source (`./x.ts`). */
export function withoutModuleExtension(file: string): string {
  return file.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
}

function sameModule(target: string, file: string): boolean {
  return target === file || withoutModuleExtension(target) === withoutModuleExtension(file);
}

function captureOf(file: string, prefix: string, suffix: string): string | undefined {
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  if (rest.endsWith(suffix) && rest.length > suffix.length) return rest.slice(0, rest.length - suffix.length);
  // `./dist/*.js` names `./dist/x.ts` too: compare without the extensions.
  const suffixStem = withoutModuleExtension(suffix);
  const restStem = withoutModuleExtension(rest);
  if (suffixStem !== suffix && restStem.endsWith(suffixStem) && restStem.length > suffixStem.length) {
    return restStem.slice(0, restStem.length - suffixStem.length);
  }
  return undefined;
}
