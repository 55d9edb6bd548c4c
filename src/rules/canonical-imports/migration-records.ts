import path from 'node:path';
import type { ModuleReference } from '../../ast/module-references.js';
import { recordMigrationModule, type MigrationLog, type MigrationModule } from '../../project/migration-log.js';
import { relativeToRoot } from '../../project/paths.js';
import { resolveModule } from '../../project/resolve.js';
import { movedExportsOf } from './moved-exports.js';
import type { CompiledPathEntries, Redirect } from './paths.js';
import { resolveShim, type ShimDetection, type ShimTarget } from './shims.js';

/**
 * What the rule tells `ssot-audit`'s Migration section (src/project/migration-log.ts), only while
 * the audit listens: the compatibility module a linted file is, and each reference it reports.
 */

export interface RecordContext {
  filename: string;
  rootDir: string;
  entries: CompiledPathEntries;
  shims: ShimDetection | undefined;
}

function targetOf(target: ShimTarget): string {
  return target.kind === 'file' ? target.file : target.specifier;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The shim at `file` and where it leads, or `undefined` when it is none. */
function shimModule(file: string, context: RecordContext): MigrationModule | undefined {
  if (!context.shims) return undefined;
  const shim = resolveShim(file, context.rootDir, context.shims);
  return shim?.kind === 'shim'
    ? { kind: 'shim', module: file, canonical: unique(shim.targets.map(targetOf)) }
    : undefined;
}

/** The names `file` re-exports as `@deprecated` and where they live now, or `undefined`. */
function movedModule(file: string, context: RecordContext): MigrationModule | undefined {
  if (!context.shims) return undefined;
  const moved = movedExportsOf(file, context.rootDir, context.shims);
  if (!moved) return undefined;
  return {
    kind: 'moved',
    module: file,
    names: [...moved.keys()].sort(),
    canonical: unique([...moved.values()].map((found) => targetOf(found.target))),
  };
}

/** The `paths` entry with a `file` glob that names `file`, as a compatibility module. */
function configuredModule(file: string, context: RecordContext): MigrationModule | undefined {
  const relative = relativeToRoot(file, context.rootDir);
  const entry =
    relative === undefined ? undefined : context.entries.files.find((candidate) => candidate.matches(relative));
  if (!entry) return undefined;
  const names = entry.moved ? unique([...entry.moved, ...Object.keys(entry.importNames ?? {})]) : undefined;
  return {
    kind: 'configured',
    module: file,
    canonical: [path.resolve(context.rootDir, entry.canonical)],
    ...(names ? { names } : {}),
  };
}

/** Records the linted file when it is a compatibility module, so that one nothing imports is listed too. */
export function recordOwnModule(log: MigrationLog, context: RecordContext): void {
  const module =
    configuredModule(context.filename, context) ??
    shimModule(context.filename, context) ??
    movedModule(context.filename, context);
  if (module) recordMigrationModule(log, module);
}

/** Records a reference the rule reports, under the module it names. */
export function recordReference(
  log: MigrationLog,
  reference: ModuleReference,
  redirect: Redirect,
  context: RecordContext,
): void {
  if (redirect.kind === 'cycle') return;
  const { specifier } = reference;
  const byName = context.entries.redirectForName(specifier) !== undefined;
  const resolved = byName ? undefined : resolveModule(specifier, context.filename, context.rootDir);
  const line = reference.source.loc.start.line;
  const file = context.filename;
  let module: MigrationModule | undefined;
  if (resolved === undefined) {
    // A `paths` entry by name: the package (or specifier) is the module, its canonical a specifier.
    const canonical =
      redirect.kind === 'moved' ? unique([...redirect.names.values()].map((moved) => moved.label)) : [redirect.label];
    module = {
      kind: redirect.kind === 'moved' ? 'moved' : 'configured',
      module: specifier,
      canonical,
      ...(redirect.kind === 'moved' ? { names: unique(redirect.names.keys()) } : {}),
    };
  } else {
    module =
      configuredModule(resolved, context) ??
      (redirect.kind === 'moved' ? movedModule(resolved, context) : shimModule(resolved, context));
  }
  if (module) log.references.push({ ...module, file, line });
}
