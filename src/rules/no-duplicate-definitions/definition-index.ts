import crypto from 'node:crypto';
import fs from 'node:fs';
import { registerCache } from '../../project/cache-registry.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { resolveModule } from '../../project/module-resolution.js';
import { analyzeProjectText, offerProjectAnalysis, projectFileVersion } from '../../project/parse-cache.js';
import { projectSourceFiles } from '../../project/project-files.js';
import { detached } from './detached.js';
import type { DefinitionSummary } from './definitions.js';
import { scanDefinitionText, type DefinitionText } from './definition-text.js';
import { definitionsInText } from './typescript-definitions.js';

/**
 * The project-wide index of definitions: which project files may define which exported names. It
 * is built once per lint run from a text scan of every source file (definition-text.ts), and only
 * files that share a name with the file being linted are parsed, to be sure of what they define:
 * with TypeScript's parser alone (typescript-definitions.ts), and not at all when the file was
 * linted before in the run (its definitions are kept from ESLint's tree, `offerLinted`).
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

/** A file's scan, for the version of the file it was made of. */
interface KeptScan {
  readonly version: string;
  readonly scan: DefinitionText;
  /** Tells the linted text from another without keeping the saved one (see `savedScan`); `undefined` if unread. */
  readonly digest: string | undefined;
}

// Not the parse cache's memo (analyzeProjectText): that one keeps 2,000 files and their texts, and an
// index of a larger project would read the evicted files again at every re-lint in an editor.
/* eslint-disable ssot/no-module-singletons -- one index per lint run is the point; each scan is kept for its file's version. */
let scans = new Map<string, KeptScan>();
/* eslint-enable ssot/no-module-singletons */
const indexes = perFsGeneration(() => new Map<string, DefinitionIndex>());
registerCache('no-duplicate-definitions: text scans of project files', () => {
  scans = new Map();
});
registerCache('no-duplicate-definitions: definition index per root', indexes.reset);

const NOTHING: DefinitionText = { names: [], namespaceSources: [] };

/** The digest of a module's text as ESLint hands it to rules: without a byte order mark. */
function digestOf(text: string): string {
  return crypto.hash('sha1', text.startsWith('\uFEFF') ? text.slice(1) : text, 'base64');
}

function scanOf(file: string): DefinitionText {
  const version = projectFileVersion(file)?.version;
  if (version === undefined) return NOTHING;
  const known = scans.get(file);
  if (known?.version === version) return known.scan;
  let kept: KeptScan;
  try {
    const text = fs.readFileSync(file, 'utf8');
    kept = { version, scan: scanDefinitionText(text), digest: digestOf(text) };
  } catch {
    kept = { version, scan: NOTHING, digest: undefined };
  }
  scans.set(file, kept);
  return kept.scan;
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

/** What is known of a project file's definitions, for one version of it. */
interface FileDefinitions {
  /** By name. */
  readonly summaries: ReadonlyMap<string, DefinitionSummary>;
  /** Names it defines that `summaries` leaves out (a linted file summarizes only its shared names). */
  readonly unread: ReadonlySet<string>;
}

const DEFINITIONS = 'no-duplicate-definitions: definitions';
const ALL_DEFINITIONS = 'no-duplicate-definitions: every definition';
const NONE_UNREAD: ReadonlySet<string> = new Set();

/**
 * What a project file defines under `name`, read once per file version with TypeScript's parser
 * alone (typescript-definitions.ts) unless the file was linted before (`offerLinted`); `undefined`
 * when it defines nothing under that name or cannot be read.
 */
function definitionIn(file: string, rootDir: string, name: string): DefinitionSummary | undefined {
  const known = analyzeProjectText(file, rootDir, DEFINITIONS, (text) => ({
    summaries: definitionsInText(text, file),
    unread: NONE_UNREAD,
  }));
  if (!known?.unread.has(name)) return known?.summaries.get(name);
  return analyzeProjectText(file, rootDir, ALL_DEFINITIONS, (text) => definitionsInText(text, file))?.get(name);
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
  /** Whether the text of a file other than `file` may define `name`: when not, nothing else need be asked. */
  mayBeDefinedElsewhere: (name: string, file: string) => boolean;
  /** Whether `file` is a project file of the index (not ignored by `.gitignore`, not in `node_modules`). */
  has: (file: string) => boolean;
  /**
   * Whether some module reads `file` through a namespace (`export * as Option from './Option'`,
   * `import * as internal`): its exports are named qualified (`Option.map`), so a same name elsewhere
   * is another concept, or a copy this rule does not see. Such files are neither checked nor asked.
   */
  isReadAsNamespace: (file: string) => boolean;
  /**
   * The scan the index made of `file` when `text` is the text it read (the file is saved), with the
   * version of the file it was made of: the linted file need not be scanned again.
   */
  savedScan: (file: string, text: string) => { scan: DefinitionText; version: string } | undefined;
  /**
   * Keeps what the linted `file` defines, read from the tree ESLint parsed of its saved text (the
   * `version` of it `savedScan` vouches for), for the files linted after it: of two files that share a name only
   * the first linted is parsed again to answer the second. `summaries` are those of its shared names;
   * its other `defined` names are kept by name only.
   */
  offerLinted: (
    file: string,
    version: string,
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
  const index = indexOf(rootDir);
  return {
    mayBeDefinedElsewhere(name, file) {
      const files = index.filesByName.get(name);
      // The file being linted may define a name its saved text does not (an editor's unsaved change).
      return files !== undefined && (files.length > 1 || files[0] !== file);
    },
    has: (file) => index.files.has(file),
    isReadAsNamespace: (file) => index.namespaced.has(file),
    savedScan(file, text) {
      const kept = index.files.has(file) ? scans.get(file) : undefined;
      return kept?.digest !== undefined && kept.digest === digestOf(text)
        ? { scan: kept.scan, version: kept.version }
        : undefined;
    },
    offerLinted(file, version, summaries, defined) {
      offerProjectAnalysis(file, rootDir, DEFINITIONS, version, () => lintedDefinitions(summaries, defined));
    },
    othersDefining(name, file, accept, limit) {
      const found: OtherDefinition[] = [];
      for (const other of index.filesByName.get(name) ?? []) {
        if (found.length >= limit) break;
        if (other === file || index.namespaced.has(other)) continue;
        // Files ruled out by their path are never parsed.
        if (!accept.file(other)) continue;
        const definition = definitionIn(other, rootDir, name);
        if (definition && accept.definition(definition)) found.push({ file: other, ...definition });
      }
      return found;
    },
  };
}
