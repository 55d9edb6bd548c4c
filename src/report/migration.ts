// The Migration section of the report: every module kept for compatibility that ssot/canonical-imports
// knows of (shims, modules with moved exports, configured legacy paths), where it now points, which
// files still reference it, and which ones nothing references any more.
import fs from 'node:fs';
import path from 'node:path';
import type { MigrationKind, MigrationLog, MigrationModule } from '../project/migration-log.js';
import { resolveModule } from '../project/module-resolution.js';
import { toPosix } from '../project/paths.js';
import { projectSourceFiles } from '../project/project-files.js';

export interface MigrationFile {
  /** A file that still references the module, relative to the audit's cwd. */
  path: string;
  references: number;
}

export interface MigrationEntry {
  /** `shim`: every name forwarded and deprecated; `moved`: some names re-exported as deprecated; `configured`: a `paths` entry. */
  kind: MigrationKind;
  /** The compatibility module: a path relative to the cwd, or a package specifier. */
  module: string;
  /** Where its names live now (paths relative to the cwd, or package specifiers). */
  canonical: string[];
  /** The names that moved, for a module that keeps others. */
  names?: string[];
  /** References left in the linted files. */
  references: number;
  /** The files holding them, most references first. */
  files: MigrationFile[];
  /** Nothing references it any more, neither a linted file nor another source file under rootDir. */
  unused: boolean;
  /** With no reference left in the linted files: a file the audit did not lint that still references it. */
  unlinted_importer?: string;
}

export interface MigrationSection {
  /** References left to all compatibility modules. */
  references: number;
  entries: MigrationEntry[];
  /** Shim and configured files nothing references: the files to delete. */
  safe_to_delete: string[];
}

export interface MigrationContext {
  cwd: string;
  /** Absolute paths of the files the audit linted. */
  linted: ReadonlySet<string>;
  /** The `rootDir` of a file's settings: where other importers are looked for. */
  rootDirOf: (file: string) => Promise<string>;
}

function isFileModule(module: string): boolean {
  return path.isAbsolute(module);
}

function shown(module: string, cwd: string): string {
  return isFileModule(module) ? toPosix(path.relative(cwd, module)) : module;
}

const SPECIFIER = /(?:\bfrom|\bimport|\brequire\s*\(|\bmock\s*\(|\bimport\s*\()\s*(['"])([^'"\n]+)\1/g;

/**
 * A source file under rootDir that was not linted and still references `module` (by any specifier
 * its text names that resolves to it): such a file would break if the module were deleted.
 */
function unlintedImporter(module: string, rootDir: string, linted: ReadonlySet<string>): string | undefined {
  const stem = path.basename(module).replace(/\.[cm]?[jt]sx?$/, '');
  const basename = stem === 'index' ? path.basename(path.dirname(module)) : stem;
  for (const file of projectSourceFiles(rootDir)) {
    if (linted.has(file) || file === module) continue;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes(basename)) continue;
    for (const [, , specifier] of text.matchAll(SPECIFIER)) {
      if (specifier && resolveModule(specifier, file, rootDir) === module) return file;
    }
  }
  return undefined;
}

function keyOf(module: Pick<MigrationModule, 'kind' | 'module'>): string {
  return `${module.kind}\0${module.module}`;
}

/** The Migration section from what canonical-imports logged during the audit's lint. */
export async function migrationSection(log: MigrationLog, context: MigrationContext): Promise<MigrationSection> {
  const modules = new Map<string, MigrationModule>(log.modules);
  const referencesByModule = new Map<string, Map<string, number>>();
  for (const reference of log.references) {
    const key = keyOf(reference);
    if (!modules.has(key)) modules.set(key, reference);
    const files = referencesByModule.get(key) ?? new Map<string, number>();
    files.set(reference.file, (files.get(reference.file) ?? 0) + 1);
    referencesByModule.set(key, files);
  }

  const entries: MigrationEntry[] = [];
  const safeToDelete: string[] = [];
  for (const [key, module] of modules) {
    const files = [...(referencesByModule.get(key) ?? new Map<string, number>())]
      .map(([file, references]) => ({ path: toPosix(path.relative(context.cwd, file)), references }))
      .sort((a, b) => b.references - a.references || a.path.localeCompare(b.path));
    const references = files.reduce((total, file) => total + file.references, 0);
    const deletable = isFileModule(module.module) && module.kind !== 'moved';
    const elsewhere =
      references === 0 && deletable
        ? unlintedImporter(module.module, await context.rootDirOf(module.module), context.linted)
        : undefined;
    const unused = references === 0 && elsewhere === undefined;
    if (unused && deletable) safeToDelete.push(shown(module.module, context.cwd));
    entries.push({
      kind: module.kind,
      module: shown(module.module, context.cwd),
      canonical: module.canonical.map((target) => shown(target, context.cwd)),
      ...(module.names ? { names: [...module.names] } : {}),
      references,
      files,
      unused,
      ...(elsewhere === undefined ? {} : { unlinted_importer: toPosix(path.relative(context.cwd, elsewhere)) }),
    });
  }
  entries.sort((a, b) => b.references - a.references || a.module.localeCompare(b.module));
  return {
    references: entries.reduce((total, entry) => total + entry.references, 0),
    entries,
    safe_to_delete: safeToDelete.sort(),
  };
}
