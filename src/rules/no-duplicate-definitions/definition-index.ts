import fs from 'node:fs';
import { registerCache } from '../../project/cache-registry.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { resolveModule } from '../../project/module-resolution.js';
import { analyzeProjectFile, projectFileVersion } from '../../project/parse-cache.js';
import { projectSourceFiles } from '../../project/project-files.js';
import { exportedDefinitions, summarize, type DefinitionSummary } from './definitions.js';
import { scanDefinitionText, type DefinitionText } from './definition-text.js';

/**
 * The project-wide index of definitions: which project files may define which exported names. It
 * is built once per lint run from a text scan of every source file (definition-text.ts), and only
 * files that share a name with the file being linted are parsed, to be sure of what they define.
 * In an editor it follows the files: each file's scan is kept for its version (mtime + size), and
 * the index is put together again whenever the file-system view is renewed (fs-cache.ts).
 */

interface DefinitionIndex {
  /** Name → files whose text may define and export it, in path order. */
  readonly filesByName: ReadonlyMap<string, readonly string[]>;
  /** Files some module re-exports or imports as a namespace (`export * as Option from './Option'`, `import * as internal`). */
  readonly namespaced: ReadonlySet<string>;
  /** Every project file of the index. */
  readonly files: ReadonlySet<string>;
}

// Not the parse cache's memo (analyzeProjectText): that one keeps 2,000 files and their texts, and an
// index of a larger project would read the evicted files again at every re-lint in an editor.
/* eslint-disable ssot/no-module-singletons -- one index per lint run is the point; each scan is kept for its file's version. */
let scans = new Map<string, { version: string; scan: DefinitionText }>();
/* eslint-enable ssot/no-module-singletons */
const indexes = perFsGeneration(() => new Map<string, DefinitionIndex>());
registerCache('no-duplicate-definitions: text scans of project files', () => {
  scans = new Map();
});
registerCache('no-duplicate-definitions: definition index per root', indexes.reset);

const NOTHING: DefinitionText = { names: [], namespaceSources: [] };

function scanOf(file: string): DefinitionText {
  const version = projectFileVersion(file)?.version;
  if (version === undefined) return NOTHING;
  const known = scans.get(file);
  if (known?.version === version) return known.scan;
  let scan: DefinitionText;
  try {
    scan = scanDefinitionText(fs.readFileSync(file, 'utf8'));
  } catch {
    scan = NOTHING;
  }
  scans.set(file, { version, scan });
  return scan;
}

function buildIndex(rootDir: string): DefinitionIndex {
  const files = projectSourceFiles(rootDir);
  const filesByName = new Map<string, string[]>();
  const namespaced = new Set<string>();
  for (const file of files) {
    const scan = scanOf(file);
    for (const name of scan.names) {
      const list = filesByName.get(name);
      if (list) list.push(file);
      else filesByName.set(name, [file]);
    }
    for (const specifier of scan.namespaceSources) {
      const target = resolveModule(specifier, file, rootDir);
      if (target !== undefined) namespaced.add(target);
    }
  }
  // Scans of files gone from the project would otherwise be kept for the life of the process.
  const fileSet = new Set(files);
  for (const file of scans.keys()) if (!fileSet.has(file)) scans.delete(file);
  return { filesByName, namespaced, files: fileSet };
}

function indexOf(rootDir: string): DefinitionIndex {
  const known = indexes.current();
  let index = known.get(rootDir);
  if (!index) {
    index = buildIndex(rootDir);
    known.set(rootDir, index);
  }
  return index;
}

/** The exported definitions of a project file, parsed once per file version; `undefined` when unreadable. */
function definitionsIn(file: string, rootDir: string): ReadonlyMap<string, DefinitionSummary> | undefined {
  return analyzeProjectFile(file, rootDir, 'no-duplicate-definitions: definitions', (parsed) =>
    summarize(exportedDefinitions(parsed.ast), parsed.text, parsed.filePath),
  );
}

export interface OtherDefinition extends DefinitionSummary {
  readonly file: string;
}

/** What the index tells about one file and how to ask it about its names. */
export interface ProjectDefinitions {
  /** Whether the text of a file other than `file` may define `name`: when not, nothing else need be asked. */
  mayBeDefinedElsewhere: (name: string, file: string) => boolean;
  /** Whether `file` is a project file of the index (not ignored by `.gitignore`, not in `node_modules`). */
  has: (file: string) => boolean;
  /**
   * The other files that define `name`, among the files (by path) and definitions `accept` takes, in path order; at most `limit`
   * (the search stops there, sparing the parse of the rest).
   */
  othersDefining: (
    name: string,
    file: string,
    accept: { file: (other: string) => boolean; definition: (found: DefinitionSummary) => boolean },
    limit: number,
  ) => OtherDefinition[];
}

/** The definitions of the project under `rootDir`, for the current lint run. */
export function projectDefinitions(rootDir: string): ProjectDefinitions {
  const index = indexOf(rootDir);
  return {
    mayBeDefinedElsewhere(name, file) {
      const files = index.filesByName.get(name);
      // The file being linted may define a name its saved text does not (an editor's unsaved change).
      return files !== undefined && (files.length > 1 || files[0] !== file);
    },
    has: (file) => index.files.has(file),
    othersDefining(name, file, accept, limit) {
      const found: OtherDefinition[] = [];
      // A module read through a namespace (`Option.map`, `internal.isEmpty`) names its exports
      // qualified: a same name elsewhere is another concept, or a copy this rule does not see.
      if (index.namespaced.has(file)) return found;
      for (const other of index.filesByName.get(name) ?? []) {
        if (found.length >= limit) break;
        if (other === file || index.namespaced.has(other)) continue;
        // Files ruled out by their path are never parsed.
        if (!accept.file(other)) continue;
        const definition = definitionsIn(other, rootDir)?.get(name);
        if (definition && accept.definition(definition)) found.push({ file: other, ...definition });
      }
      return found;
    },
  };
}
