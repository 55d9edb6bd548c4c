import { registerCache } from '../../project/cache-registry.js';
import { fsGeneration, perFsWindow } from '../../project/fs-cache.js';
import {
  analyzeProjectText,
  offerProjectAnalysis,
  projectFileVersion,
  readProjectText,
} from '../../project/parse-cache.js';
import { projectSourceFiles } from '../../project/project-files.js';
import { detached } from '../../util/detached.js';
import type { DefinitionSummary, FileDefinitions } from './definitions.js';
import { scanDefinitionText, type DefinitionText } from './definition-text.js';
import { NamespacedModules } from './namespaced-modules.js';
import { definitionsInText } from './typescript-definitions.js';

/**
 * The project-wide index of definitions: which project files may define which exported names. It
 * is built once per lint run from a text scan of every source file (definition-text.ts), and only
 * files that share a name with the file being linted are parsed, to be sure of what they define:
 * with TypeScript's parser alone (typescript-definitions.ts), and not at all when the file was
 * linted before in the run (its definitions are kept from ESLint's tree, `offerLinted`).
 * In an editor it follows the files: each file's scan is kept for its version (mtime + size), and
 * the index is put together again when a file is linted again, at most every `REBUILD_AFTER_MS`, and
 * whenever the file-system view is renewed (fs-cache.ts).
 */

interface DefinitionIndex {
  /** Name → files whose text may define and export it, in path order. */
  readonly filesByName: ReadonlyMap<string, readonly string[]>;
  /** Files some module re-exports or imports as a namespace (`export * as Option from './Option'`, `import * as internal`). */
  readonly namespaced: NamespacedModules;
  /** Every project file of the index. */
  readonly files: ReadonlySet<string>;
}

/** A file's scan, for the version of the file it was made of. */
interface KeptScan {
  readonly version: string;
  readonly scan: DefinitionText;
}

// Not the parse cache's memo (analyzeProjectText): that one keeps 2,000 files and their texts, and an
// index of a larger project would read the evicted files again at every re-lint in an editor.
/* eslint-disable ssot/no-module-singletons -- one index per lint run is the point; each scan is kept for its file's version. */
let scans = new Map<string, KeptScan>();
/* eslint-enable ssot/no-module-singletons */
/**
 * How long an index is kept once a file is linted again (an editor after a change; each pass of
 * `eslint --fix` lints a fixed file again): putting it together takes the version of every project
 * file, a stat each, which `--fix` paid at every pass of every fixed file (rxjs, 148 fixed files: the
 * rule went from 49 to 529 ms). A save is seen by the lints that start this long after the last
 * build; a new file, with the file-system view (fs-cache.ts), and a changed file's definitions
 * at once, since the files that share a name are read at their current version.
 */
const REBUILD_AFTER_MS = 500;

interface KeptIndex {
  readonly questions: ProjectDefinitions;
  /** The file-system generation and the time it was put together for. */
  readonly generation: number;
  readonly builtAt: number;
}

// Per root, the index and the questions asked of it at every linted file, for one file-system view.
const indexes = perFsWindow(() => new Map<string, KeptIndex>());
registerCache('no-duplicate-definitions: text scans of project files', () => {
  scans = new Map();
});
registerCache('no-duplicate-definitions: definition index per root', indexes.reset);

const NOTHING: DefinitionText = { names: [], namespaceSources: [] };

function scanOf(file: string): DefinitionText {
  const known = scans.get(file);
  // In an editor most files are as they were when the index was last put together.
  if (known !== undefined && known.version === projectFileVersion(file)?.version) return known.scan;
  const read = readProjectText(file);
  if (read === undefined) {
    scans.delete(file);
    return NOTHING;
  }
  const scan = scanDefinitionText(read.text);
  scans.set(file, { version: read.version, scan });
  return scan;
}

function buildIndex(rootDir: string): DefinitionIndex {
  const files = projectSourceFiles(rootDir);
  const filesByName = new Map<string, string[]>();
  const namespaced = new NamespacedModules(rootDir);
  for (const file of files) {
    const scan = scanOf(file);
    for (const name of scan.names) {
      const list = filesByName.get(name);
      if (list) list.push(file);
      else filesByName.set(name, [file]);
    }
    for (const specifier of scan.namespaceSources) namespaced.add(specifier, file);
  }
  // Scans of files gone from the project would otherwise be kept for the life of the process.
  const fileSet = new Set(files);
  for (const file of scans.keys()) if (!fileSet.has(file)) scans.delete(file);
  return { filesByName, namespaced, files: fileSet };
}

const DEFINITIONS = 'no-duplicate-definitions: definitions';
const ALL_DEFINITIONS = 'no-duplicate-definitions: every definition';

/**
 * What a project file defines under `name`, read once per file version with TypeScript's parser
 * alone (typescript-definitions.ts) unless the file was linted before (`offerLinted`); `undefined`
 * when it defines nothing under that name or cannot be read. Only `name` and the names `isShared` takes
 * are summarized; one it comes to share later (a new file in an editor) makes the file be read again.
 */
function definitionIn(
  file: string,
  rootDir: string,
  name: string,
  isShared: (name: string) => boolean,
): DefinitionSummary | undefined {
  const known = analyzeProjectText(file, rootDir, DEFINITIONS, (text) =>
    definitionsInText(text, file, (defined) => defined === name || isShared(defined)),
  );
  if (!known?.unread.has(name)) return known?.summaries.get(name);
  return analyzeProjectText(file, rootDir, ALL_DEFINITIONS, (text) => definitionsInText(text, file).summaries)?.get(
    name,
  );
}

/** The linted file's summaries (of the names it shares), and the other names it defines. */
function lintedDefinitions(
  summaries: ReadonlyMap<string, DefinitionSummary>,
  defined: Iterable<string>,
): FileDefinitions {
  return { summaries, unread: new Set([...defined].filter((name) => !summaries.has(name)).map(detached)) };
}

export interface OtherDefinition extends DefinitionSummary {
  readonly file: string;
}

/** What the index tells about one file and how to ask it about its names. */
export interface ProjectDefinitions {
  /**
   * Whether the text of a file other than `file` (one `acceptFile` takes, when given) may define
   * `name`: when not, nothing else need be asked.
   */
  mayBeDefinedElsewhere: (name: string, file: string, acceptFile?: (other: string) => boolean) => boolean;
  /** Whether `file` is a project file of the index (not ignored by `.gitignore`, not in `node_modules`). */
  has: (file: string) => boolean;
  /**
   * Whether some module reads `file` through a namespace (`export * as Option from './Option'`,
   * `import * as internal`): its exports are named qualified (`Option.map`), so a same name elsewhere
   * is another concept, or a copy this rule does not see. Such files are neither checked nor asked.
   */
  isReadAsNamespace: (file: string) => boolean;
  /**
   * Keeps what the linted `file` defines, read from the tree ESLint parsed of `text`, for the files
   * linted after it, when `text` is what the index read of the file (it is saved): of two files that
   * share a name only the first linted is parsed again to answer the second. `summaries` are those of
   * its shared names; its other `defined` names are kept by name only.
   */
  offerLinted: (
    file: string,
    text: string,
    summaries: ReadonlyMap<string, DefinitionSummary>,
    defined: Iterable<string>,
  ) => void;
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
  const known = indexes.current();
  const kept = known.get(rootDir);
  const generation = fsGeneration();
  // Every file of a CLI run asks in the same generation; the clock is read only past it.
  if (kept?.generation === generation) return kept.questions;
  const now = Date.now();
  // A clock set back counts as time gone by.
  if (kept && now >= kept.builtAt && now - kept.builtAt < REBUILD_AFTER_MS) return kept.questions;
  const questions = questionsAbout(buildIndex(rootDir), rootDir);
  known.set(rootDir, { questions, generation, builtAt: now });
  return questions;
}

function questionsAbout(index: DefinitionIndex, rootDir: string): ProjectDefinitions {
  const isShared = (name: string): boolean => (index.filesByName.get(name)?.length ?? 0) > 1;
  // What `othersDefining` reads and what `mayBeDefinedElsewhere` predicts it reads: one test. Files
  // ruled out by their path are never parsed; resolving namespace imports costs more, so it comes last.
  const isCompared = (other: string, file: string, acceptFile: (other: string) => boolean): boolean =>
    other !== file && acceptFile(other) && !index.namespaced.has(other);
  return {
    mayBeDefinedElsewhere(name, file, acceptFile) {
      const files = index.filesByName.get(name);
      if (files === undefined) return false;
      // The file being linted may define a name its saved text does not (an editor's unsaved change).
      if (!acceptFile) return files.length > 1 || files[0] !== file;
      return files.some((other) => isCompared(other, file, acceptFile));
    },
    has: (file) => index.files.has(file),
    isReadAsNamespace: (file) => index.namespaced.has(file),
    offerLinted(file, text, summaries, defined) {
      if (index.files.has(file))
        offerProjectAnalysis(file, rootDir, DEFINITIONS, text, () => lintedDefinitions(summaries, defined));
    },
    othersDefining(name, file, accept, limit) {
      const found: OtherDefinition[] = [];
      for (const other of index.filesByName.get(name) ?? []) {
        if (found.length >= limit) break;
        if (!isCompared(other, file, accept.file)) continue;
        const definition = definitionIn(other, rootDir, name, isShared);
        if (definition && accept.definition(definition)) found.push({ file: other, ...definition });
      }
      return found;
    },
  };
}
