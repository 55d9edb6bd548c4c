import path from 'node:path';
import {
  builtPathOf,
  isRelative,
  needsExplicitExtension,
  tsconfigOf,
  subpathImportsFor,
  resolveModule,
  SOURCE_FOR_OUTPUT_EXTENSION,
  TYPESCRIPT_EXTENSIONS,
} from './module-resolution.js';
import { absolutePath, toPosix } from './paths.js';
import { matchesPathPattern, type ProjectTsconfig } from './tsconfig.js';
import { subpathsFor, withoutModuleExtension } from './package-exports.js';
import { foreignPackage, type WorkspacePackage } from './workspaces.js';

/**
 * Module resolution the other way round: how a file should write the specifier of another project
 * file, in the importer's style (relative or alias, with or without extension).
 */

type ExtensionStyle = 'none' | 'output' | 'source';

function extensionStyleOf(specifier: string): ExtensionStyle {
  const extension = path.posix.extname(specifier);
  if (extension in SOURCE_FOR_OUTPUT_EXTENSION) return 'output';
  if (TYPESCRIPT_EXTENSIONS.includes(extension)) return 'source';
  return 'none';
}

const OUTPUT_FOR_SOURCE: readonly [string, string][] = [
  ['.d.ts', '.js'],
  ['.d.mts', '.mjs'],
  ['.d.cts', '.cjs'],
  ['.ts', '.js'],
  ['.tsx', '.js'],
  ['.mts', '.mjs'],
  ['.cts', '.cjs'],
  ['.js', '.js'],
  ['.jsx', '.jsx'],
  ['.mjs', '.mjs'],
  ['.cjs', '.cjs'],
];

/**
 * Ways to write `file` in the user's extension convention, best first (without a directory part).
 * With `extensionRequired` (relative imports under node16/nodenext in an ES module), forms without
 * an extension are left out: tsc rejects them there.
 */
function writtenForms(file: string, style: ExtensionStyle, userSpecifier: string, extensionRequired = false): string[] {
  const match = OUTPUT_FOR_SOURCE.find(([source]) => file.endsWith(source));
  if (!match) return [file];
  const [sourceExtension, outputExtension] = match;
  const stem = file.slice(0, -sourceExtension.length);
  const userWroteJsx = userSpecifier.endsWith('.jsx');
  const output = stem + (userWroteJsx && sourceExtension === '.tsx' ? '.jsx' : outputExtension);
  const forms: string[] = [];
  if (style === 'none' && extensionRequired) {
    forms.push(output);
  } else if (style === 'none') {
    const userWroteIndex = /(^|\/)index$/.test(userSpecifier);
    if (path.basename(stem) === 'index' && !userWroteIndex) forms.push(path.dirname(stem));
    forms.push(stem);
    forms.push(output);
  } else if (style === 'source') {
    forms.push(file);
  } else {
    forms.push(output);
  }
  return forms;
}

function relativeForm(fromFile: string, absolute: string): string {
  const relative = toPosix(path.relative(path.dirname(fromFile), absolute));
  if (relative === '') return '.';
  return relative.startsWith('../') || relative === '..' ? relative : `./${relative}`;
}

/** Alias spellings of `absolute` through tsconfig `paths` (the user's own pattern first) and `baseUrl`. */
function aliasForms(absolute: string, tsconfig: ProjectTsconfig, userSpecifier: string): string[] {
  const forms: { form: string; preferred: boolean }[] = [];
  const marker = '\u0000capture\u0000';
  for (const pattern of tsconfig.patterns) {
    const preferred = matchesPathPattern(pattern, userSpecifier);
    const star = pattern.indexOf('*');
    if (star === -1) {
      // An exact alias stands for one file; whether it is this one is checked by resolving it.
      forms.push({ form: pattern, preferred });
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    // Asking the matcher for a marker reveals where the capture lands in each substitution.
    for (const substitution of tsconfig.candidates(prefix + marker + suffix)) {
      const at = substitution.indexOf(marker);
      if (at === -1) continue;
      const targetPrefix = substitution.slice(0, at);
      const targetSuffix = substitution.slice(at + marker.length);
      if (
        absolute.length > targetPrefix.length + targetSuffix.length &&
        absolute.startsWith(targetPrefix) &&
        absolute.endsWith(targetSuffix)
      ) {
        const captured = toPosix(absolute.slice(targetPrefix.length, absolute.length - targetSuffix.length));
        forms.push({ form: prefix + captured + suffix, preferred });
      }
    }
  }
  if (tsconfig.baseUrl !== undefined) {
    const relative = toPosix(path.relative(tsconfig.baseUrl, absolute));
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
      forms.push({
        form: relative,
        preferred: !isRelative(userSpecifier) && !tsconfig.patterns.some((p) => matchesPathPattern(p, userSpecifier)),
      });
    }
  }
  return [...forms.filter((f) => f.preferred), ...forms.filter((f) => !f.preferred)].map((f) => f.form);
}

/**
 * The public specifiers of `file` in its workspace package: the package name for the entry, or
 * `name/subpath` for each `exports` subpath that leads to it (without `exports`, the path itself).
 */
function publicSpecifiers(owner: WorkspacePackage, file: string): string[] {
  const relative = `./${toPosix(path.relative(owner.dir, file))}`;
  if (owner.exports === undefined) {
    const withoutExtension = withoutModuleExtension(relative);
    return [owner.name, `${owner.name}/${withoutExtension.slice(2)}`, `${owner.name}/${relative.slice(2)}`];
  }
  // `exports` may name the build (`./dist/db/*.js`) of a source (`./src/db/client.ts`).
  const built = builtPathOf(file, owner.dir);
  const forms = built === undefined ? [relative] : [relative, `./${toPosix(path.relative(owner.dir, built))}`];
  const subpaths = forms.flatMap((form) => subpathsFor(owner.exports, form));
  return [...new Set(subpaths)].map((subpath) => (subpath === '.' ? owner.name : `${owner.name}/${subpath.slice(2)}`));
}

/**
 * A specifier that makes `fromFile` import `targetFile`, written the way the user wrote
 * `userSpecifier`: relative stays relative, an alias stays an alias (the alias that maps to the
 * target, preferring the user's pattern), and the extension convention (none, `.js`, `.ts`) is kept.
 * Every candidate is checked by resolving it back; `undefined` when none leads to `targetFile`.
 */
export function specifierForFile(
  targetFile: string,
  fromFile: string,
  rootDir: string,
  userSpecifier: string,
): string | undefined {
  try {
    const target = absolutePath(targetFile);
    // Another package of the workspace is imported by its public name, never by a path into it.
    const owner = foreignPackage(target, absolutePath(fromFile), rootDir);
    if (owner) {
      return publicSpecifiers(owner, target).find(
        (candidate) => resolveModule(candidate, fromFile, rootDir) === target,
      );
    }
    const style = extensionStyleOf(userSpecifier);
    const forms = writtenForms(target, style, userSpecifier);
    // A subpath import (`#db/client`) stays one when the package's `imports` map the target.
    const candidates: string[] = userSpecifier.startsWith('#') ? subpathImportsFor(target, fromFile) : [];
    if (!isRelative(userSpecifier) && !path.isAbsolute(userSpecifier)) {
      const tsconfig = tsconfigOf(fromFile);
      if (tsconfig) {
        for (const form of forms) candidates.push(...aliasForms(form, tsconfig, userSpecifier));
        // The target's own file name last: a `paths` pattern that names the extension (`./src/*.ts`)
        // maps only the file as it is on disk. Not as `@app/x.ts`, which only the user's style may choose.
        const onDisk = aliasForms(target, tsconfig, userSpecifier);
        candidates.push(
          ...(style === 'source' ? onDisk : onDisk.filter((form) => extensionStyleOf(form) !== 'source')),
        );
      }
    }
    const relativeForms = needsExplicitExtension(fromFile) ? writtenForms(target, style, userSpecifier, true) : forms;
    for (const form of relativeForms) candidates.push(relativeForm(fromFile, form));
    return candidates.find((candidate) => resolveModule(candidate, fromFile, rootDir) === target);
  } catch {
    return undefined;
  }
}
