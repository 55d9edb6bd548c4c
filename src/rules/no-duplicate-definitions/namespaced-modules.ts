import path from 'node:path';
import { isRelative, resolveModule } from '../../project/module-resolution.js';

/**
 * The project files some module reads through a namespace (`export * as Option from './Option'`,
 * `import * as internal from './internal/trie'`), resolved only as far as the questions asked need:
 * a project imports thousands of modules that way (effect: 4,000), and most files are never asked
 * about, since most define no name another file defines.
 *
 * A relative specifier names its file by its last segment, as module-resolution.ts resolves it: the
 * file `segment` or `segment` without its extension (`./Option.js` → `Option.ts`), plus an extension,
 * or the `index` file of the folder `segment`. So a file is asked about by its stem (and, for an
 * `index` file, its folder's name), and only the specifiers whose last segment can name it are
 * resolved. Other specifiers (bare, aliased, absolute, `.`) can name any file: they are resolved at
 * the first question.
 */
export class NamespacedModules {
  private readonly bySegment = new Map<string, { specifier: string; from: string }[]>();
  private unkeyed: { specifier: string; from: string }[] = [];
  private readonly files = new Set<string>();

  constructor(private readonly rootDir: string) {}

  /** Notes that `from` reads the module `specifier` names through a namespace. */
  add(specifier: string, from: string): void {
    const keys = isRelative(specifier) ? segmentKeys(specifier) : [];
    if (keys.length === 0) this.unkeyed.push({ specifier, from });
    for (const key of keys) {
      const list = this.bySegment.get(key);
      if (list) list.push({ specifier, from });
      else this.bySegment.set(key, [{ specifier, from }]);
    }
  }

  /** Whether some module reads `file` through a namespace. */
  has(file: string): boolean {
    if (this.unkeyed.length > 0) {
      for (const { specifier, from } of this.unkeyed) this.resolve(specifier, from);
      this.unkeyed = [];
    }
    for (const key of fileKeys(file)) {
      const list = this.bySegment.get(key);
      if (!list) continue;
      for (const { specifier, from } of list) this.resolve(specifier, from);
      this.bySegment.delete(key);
    }
    return this.files.has(file);
  }

  private resolve(specifier: string, from: string): void {
    const target = resolveModule(specifier, from, this.rootDir);
    if (target !== undefined) this.files.add(target);
  }
}

/** The names a relative specifier's last segment can give its file, or none when it can give any (`./`, `..`). */
function segmentKeys(specifier: string): string[] {
  const segment = specifier.slice(specifier.lastIndexOf('/') + 1);
  if (segment === '' || segment === '.' || segment === '..') return [];
  const extension = path.extname(segment);
  return extension === '' ? [segment] : [segment, segment.slice(0, -extension.length)];
}

/** The names a relative specifier can name `file` by: its stem, and for an `index` file its folder's name. */
function fileKeys(file: string): string[] {
  const stem = path.basename(file, path.extname(file));
  return stem === 'index' ? [stem, path.basename(path.dirname(file))] : [stem];
}
