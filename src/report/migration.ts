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

function basenameOf(module: string): string {
  const stem = path.basename(module).replace(/\.[cm]?[jt]sx?$/, '');
  return stem === 'index' ? path.basename(path.dirname(module)) : stem;
}

/**
 * For each of `modules` (under one rootDir), the first source file there that was not linted and
 * still references it (by any specifier its text names that resolves to it): such a file would break
 * if the module were deleted. Each file is read once, whatever the number of modules.
 */
function unlintedImporters(
  modules: readonly string[],
  rootDir: string,
  linted: ReadonlySet<string>,
): Map<string, string> {
  const importers = new Map<string, string>();
  for (const file of projectSourceFiles(rootDir)) {
    if (importers.size === modules.length) break;
    if (linted.has(file)) continue;
    const waiting = modules.filter((module) => module !== file && !importers.has(module));
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const named = waiting.filter((module) => text.includes(basenameOf(module)));
    if (named.length === 0) continue;
    const resolved = new Set<string | undefined>();
    for (const [, , specifier] of text.matchAll(SPECIFIER)) {
      if (specifier) resolved.add(resolveModule(specifier, file, rootDir));
    }
    for (const module of named) if (resolved.has(module)) importers.set(module, file);
  }
  return importers;
}

/** For each unreferenced module, grouped by the rootDir of its settings, a file not linted that references it. */
async function importersOutsideLint(
  modules: readonly string[],
  context: MigrationContext,
): Promise<Map<string, string>> {
  const byRoot = new Map<string, string[]>();
  for (const module of modules) {
    const rootDir = await context.rootDirOf(module);
    byRoot.set(rootDir, [...(byRoot.get(rootDir) ?? []), module]);
  }
  const importers = new Map<string, string>();
  for (const [rootDir, group] of byRoot) {
    for (const [module, file] of unlintedImporters(group, rootDir, context.linted)) importers.set(module, file);
  }
  return importers;
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

  const filesOf = (key: string): MigrationFile[] =>
    [...(referencesByModule.get(key) ?? new Map<string, number>())]
      .map(([file, references]) => ({ path: toPosix(path.relative(context.cwd, file)), references }))
      .sort((a, b) => b.references - a.references || a.path.localeCompare(b.path));
  // Shim and configured files can be deleted once nothing references them; a module with moved
  // exports keeps code of its own, and a package is not a file of the project.
  const isDeletable = (module: MigrationModule) => isFileModule(module.module) && module.kind !== 'moved';
  const unreferenced = [...modules]
    .filter(([key, module]) => isDeletable(module) && !referencesByModule.has(key))
    .map(([, module]) => module.module);
  const elsewhereOf = await importersOutsideLint(unreferenced, context);

  const entries: MigrationEntry[] = [];
  const safeToDelete: string[] = [];
  for (const [key, module] of modules) {
    const files = filesOf(key);
    const references = files.reduce((total, file) => total + file.references, 0);
    const elsewhere = references === 0 ? elsewhereOf.get(module.module) : undefined;
    const unused = references === 0 && elsewhere === undefined;
    if (unused && isDeletable(module)) safeToDelete.push(shown(module.module, context.cwd));
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
