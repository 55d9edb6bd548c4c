import path from 'node:path';
import { registerCache } from '../../project/cache-registry.js';
import { isFile, perFsGeneration } from '../../project/fs-cache.js';
import { isWithinRoot } from '../../project/paths.js';
import { analyzeProjectText } from '../../project/parse-cache.js';
import { packageTargets } from '../../project/package-exports.js';
import { resolveModule } from '../../project/resolve.js';
import { readPackageJson, splitPackageSpecifier } from '../../project/workspaces.js';
import { detached } from '../../util/detached.js';
import { exportSyntaxOf } from './export-syntax.js';

/**
 * Which names a configured canonical module exports, so that a fix renames an import only into a
 * name that exists there: a project file (relative, alias, workspace package) read from its source,
 * or an installed package read from its type declarations in `node_modules` under `rootDir`.
 * `undefined` whenever that cannot be told for sure; the fix is then only a suggestion.
 */

/** Modules looked at for one name, at most: `export *` chains in real barrels are a few levels deep. */
const MAX_FILES = 64;
const DECLARATION_FOR_OUTPUT: Readonly<Record<string, string>> = { '.js': '.d.ts', '.mjs': '.d.mts', '.cjs': '.d.cts' };

/** The file a relative `export * from` of a declaration file in `node_modules` names. */
function declarationFile(base: string): string | undefined {
  const extension = path.extname(base);
  const declaration = DECLARATION_FOR_OUTPUT[extension];
  const candidates = /\.d\.[cm]?ts$/.test(base)
    ? [base]
    : declaration
      ? [base.slice(0, -extension.length) + declaration]
      : [`${base}.d.ts`, path.join(base, 'index.d.ts')];
  return candidates.find((candidate) => isFile(candidate));
}

/**
 * What a module's text shows without a parse: whether it can forward names (`export *`), hides them
 * (`export =`), or is a module at all (a script, without `import`/`export`, has no names to list).
 */
interface ExportScan {
  hasStar: boolean;
  hasAssignment: boolean;
  isModule: boolean;
}

function scanExports(text: string): ExportScan {
  return {
    hasStar: /\bexport\s*\*/.test(text),
    hasAssignment: /\bexport\s*=/.test(text),
    isModule: /\b(?:export|import)\b/.test(text),
  };
}

function starTarget(file: string, source: string, rootDir: string): string | undefined {
  if (!file.split(path.sep).includes('node_modules')) return resolveModule(source, file, rootDir);
  return source.startsWith('.') ? declarationFile(path.resolve(path.dirname(file), source)) : undefined;
}

/**
 * Whether `file` exports `name`, following `export *` only as far as needed: `undefined` when that
 * cannot be told. A module whose text neither mentions the name nor forwards with `export *` is
 * never parsed.
 */
function exportsName(file: string, name: string, rootDir: string, visited: Set<string>): boolean | undefined {
  if (visited.has(file)) return false;
  if (visited.size >= MAX_FILES) return undefined;
  visited.add(file);
  const scan = analyzeProjectText(file, rootDir, 'ssot:export-scan', scanExports);
  const mentions = analyzeProjectText(file, rootDir, `ssot:mentions\0${name}`, (text) => text.includes(name));
  if (!scan || mentions === undefined || scan.hasAssignment) return undefined;
  if (!mentions && !scan.hasStar) return scan.isModule ? false : undefined;
  const syntax = analyzeProjectText(file, rootDir, 'ssot:export-names', (text) => exportSyntaxOf(text, file));
  if (!syntax || syntax.opaque) return undefined;
  if (syntax.names.includes(name)) return true;
  // `export *` never forwards a default export.
  if (name === 'default') return false;
  let unknown = false;
  for (const source of syntax.starSources) {
    const target = starTarget(file, source, rootDir);
    const found = target === undefined ? undefined : exportsName(target, name, rootDir, visited);
    if (found === true) return true;
    if (found === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** The type declarations an installed package gives `specifier`, found in `node_modules` from `fromFile` up to `rootDir`. */
function installedDeclarations(specifier: string, fromFile: string, rootDir: string): string | undefined {
  const parts = splitPackageSpecifier(specifier);
  if (!parts) return undefined;
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    const packageDir = path.join(dir, 'node_modules', parts.name);
    const manifest = isFile(path.join(packageDir, 'package.json'))
      ? readPackageJson(path.join(packageDir, 'package.json'))
      : undefined;
    if (manifest) {
      const entry = [manifest.types, manifest.typings].find((field): field is string => typeof field === 'string');
      for (const target of packageTargets(manifest.exports, entry, parts.subpath)) {
        const file = declarationFile(path.resolve(packageDir, target));
        if (file && isWithinRoot(file, rootDir)) return file;
      }
      return undefined;
    }
    if (dir === rootDir || path.dirname(dir) === dir || !dir.startsWith(rootDir)) return undefined;
  }
}

// Per lint run and root: whether each canonical module, as written from each folder, exports a name.
const answers = perFsGeneration(() => new Map<string, boolean | null>());
registerCache('canonical-imports: exported names', answers.reset);

/** Whether `specifier`, imported from `fromFile`, exports `name`; `undefined` when that cannot be told. */
export function exportsNameOf(specifier: string, fromFile: string, rootDir: string, name: string): boolean | undefined {
  const memo = answers.current();
  const key = `${rootDir}\0${path.dirname(fromFile)}\0${specifier}\0${name}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    const file = resolveModule(specifier, fromFile, rootDir) ?? installedDeclarations(specifier, fromFile, rootDir);
    answer = (file === undefined ? undefined : exportsName(file, name, rootDir, new Set())) ?? null;
    // Specifier and name are cut from the linted file's text, which the key must not keep for the run.
    memo.set(detached(key), answer);
  }
  return answer ?? undefined;
}

/** `(name) => boolean`: whether `specifier`, written in `fromFile`, is known to export `name`. */
export function exportChecker(specifier: string, fromFile: string, rootDir: string): (name: string) => boolean {
  return (name) => exportsNameOf(specifier, fromFile, rootDir, name) === true;
}
