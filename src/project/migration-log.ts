/**
 * What `canonical-imports` learns while it lints, for `ssot-audit`'s Migration section: the modules
 * kept for compatibility (shims, modules with moved exports, configured legacy paths) and every
 * reference to them the rule reports. The rule writes only while a log is open, so linting without
 * the audit costs nothing; the audit opens it around its own ESLint run, in the same process.
 *
 * The log lives on `globalThis` under a registered symbol: the audit and the rule may come from two
 * copies of the package (a global `ssot-audit`, the project's own plugin) and must still meet.
 */

/** How a module became a compatibility module. */
export type MigrationKind = 'shim' | 'moved' | 'configured';

export interface MigrationModule {
  kind: MigrationKind;
  /** The module kept for compatibility: an absolute file path, or a package specifier (`lodash`). */
  module: string;
  /** Where its names live now: absolute file paths or package specifiers. */
  canonical: readonly string[];
  /** The names that moved, for a module that keeps others (moved exports, `paths` with `exports`). */
  names?: readonly string[];
}

export interface MigrationReference extends MigrationModule {
  /** The file that still references the module (absolute path). */
  file: string;
  line: number;
}

export interface MigrationLog {
  /** Compatibility modules among the linted files, each once per kind. */
  readonly modules: Map<string, MigrationModule>;
  readonly references: MigrationReference[];
}

const LOG_KEY = Symbol.for('eslint-plugin-ssot.migration-log');

type WithLog = typeof globalThis & { [LOG_KEY]?: MigrationLog };

/** Opens a new log (closing any other); the audit calls it before linting. */
export function openMigrationLog(): MigrationLog {
  const log: MigrationLog = { modules: new Map(), references: [] };
  (globalThis as WithLog)[LOG_KEY] = log;
  return log;
}

/** Closes the log: later lints record nothing. */
export function closeMigrationLog(): void {
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the registered symbol, not a computed key.
  delete (globalThis as WithLog)[LOG_KEY];
}

/** The open log, or `undefined` when no audit is listening (the rule then records nothing). */
export function migrationLog(): MigrationLog | undefined {
  return (globalThis as WithLog)[LOG_KEY];
}

/** Records a compatibility module, once per module and kind. */
export function recordMigrationModule(log: MigrationLog, module: MigrationModule): void {
  const key = `${module.kind}\0${module.module}`;
  const known = log.modules.get(key);
  if (!known) {
    log.modules.set(key, module);
    return;
  }
  // A module with moved exports is seen once per linted file that reaches it: collect its names.
  if (module.names && known.names) {
    known.names = [...new Set([...known.names, ...module.names])].sort();
  }
}
