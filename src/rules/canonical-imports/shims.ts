import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { registerCache } from '../../project/cache-registry.js';
import { perFsGeneration } from '../../project/fs-cache.js';
import { analyzeProjectFile, analyzeProjectHead, type ParsedFile } from '../../project/parse-cache.js';
import { absolutePath } from '../../project/paths.js';
import { resolveModule } from '../../project/resolve.js';
import { importedName } from '../../ast/import-bindings.js';
import { DEPRECATED_TAG } from '../../ast/jsdoc.js';
import { nameOfIdentifierOrString as exportName } from '../../ast/names.js';

/**
 * A shim is a project module kept only for compatibility: a top-of-file comment marks it
 * `@deprecated` and its body does nothing but re-export one other module. Importing it is always
 * replaceable by importing that module, which is what `canonical-imports` fixes.
 */

/** What a name exported by a shim is in the module it forwards to. */
export type ForwardedName = { kind: 'name'; name: string } | { kind: 'namespace' };

/** The module a shim forwards to: a project file, or a specifier that names no project file (a package). */
export type ShimTarget = { kind: 'file'; file: string } | { kind: 'package'; specifier: string };

export interface ShimExports {
  target: ShimTarget;
  /** Exported name → what it is in the target. */
  names: ReadonlyMap<string, ForwardedName>;
  /** `export * from` the target: every other name except `default` passes through unchanged. */
  exportsAll: boolean;
}

export type ShimResolution =
  | {
      kind: 'shim';
      /** The shims followed, first to last. */
      chain: readonly string[];
      /** The first module of the chain that is not a shim. */
      target: ShimTarget;
      /** What a name imported from the first shim is in `target`; `undefined` when no shim exports it. */
      forward: (name: string) => ForwardedName | undefined;
    }
  | { kind: 'cycle'; chain: readonly string[] };

// A memo of resolveShim, emptied whenever fsGeneration() changes.
const resolvedShims = perFsGeneration(() => new Map<string, ShimResolution | undefined>());
registerCache('shims: resolved shim chains', resolvedShims.reset);

/** Chains longer than this are treated as cycles: no real project nests shims that deep. */
const MAX_CHAIN = 32;

/**
 * Where the comments before a module's first token end: what `hasDeprecatedHeader` reads from the
 * tree, found in the text so that a file whose leading comments carry no `@deprecated` (most files,
 * even those with deprecated functions inside) is never parsed. A hashbang counts as a comment here;
 * reading a little too far only costs a parse.
 */
export function leadingCommentsEnd(text: string): number {
  let index = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.startsWith('#!', index)) {
    const lineEnd = text.indexOf('\n', index);
    index = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  while (index < text.length) {
    if (/\s/.test(text[index] ?? '')) {
      index += 1;
    } else if (text.startsWith('//', index)) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? text.length : lineEnd + 1;
    } else if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      index = close === -1 ? text.length : close + 2;
    } else {
      break;
    }
  }
  return index;
}

/** Whether the text's leading comments hold a `@deprecated` tag, as `hasDeprecatedHeader` requires. */
export function mayBeShim(text: string): boolean {
  return DEPRECATED_TAG.test(text.slice(0, leadingCommentsEnd(text)));
}

/** Bytes of a module read to look at its leading comments: license headers fit, and so does Buffer's pool. */
const HEAD_BYTES = 2048;
/** Characters the leading comments must end before the end of the head: the last character may be cut in two. */
const HEAD_MARGIN = 8;

/**
 * Whether a module's first bytes (`head`) already show that its leading comments hold no
 * `@deprecated` tag, so that it is no shim. Most imported modules are told apart this way without
 * reading their whole text; `false` (read on) when the comments may go on past the head.
 */
function headRulesOutShim(head: string): boolean {
  const end = leadingCommentsEnd(head);
  return end + HEAD_MARGIN < head.length && !DEPRECATED_TAG.test(head.slice(0, end));
}

function hasDeprecatedHeader(file: ParsedFile): boolean {
  const firstStatement = file.ast.body[0];
  const headerEnd = firstStatement ? firstStatement.range[0] : file.text.length;
  return (file.ast.comments ?? []).some(
    (comment) => comment.range[1] <= headerEnd && DEPRECATED_TAG.test(comment.value),
  );
}

interface ImportedBinding {
  source: string;
  forwarded: ForwardedName;
}

/**
 * What a deprecated module's text says, whatever the project root: the specifiers it re-exports
 * from and the names it forwards. Which files those specifiers reach depends on the root.
 */
interface ShimSyntax {
  sources: ReadonlySet<string>;
  names: ReadonlyMap<string, ForwardedName>;
  exportsAll: boolean;
}

/** The shim shape of a parsed file, or `undefined` when it is not a shim. */
function analyzeShim(file: ParsedFile): ShimSyntax | undefined {
  if (!hasDeprecatedHeader(file)) return undefined;
  const sources = new Set<string>();
  const bindings = new Map<string, ImportedBinding>();
  const names = new Map<string, ForwardedName>();
  let exportsAll = false;

  for (const statement of file.ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration: {
        // A side-effect import makes the module more than a forwarder.
        if (statement.specifiers.length === 0) return undefined;
        for (const specifier of statement.specifiers) {
          const forwarded: ForwardedName =
            specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
              ? { kind: 'namespace' }
              : {
                  kind: 'name',
                  name: importedName(specifier),
                };
          bindings.set(specifier.local.name, { source: statement.source.value, forwarded });
        }
        break;
      }
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        if (statement.declaration) return undefined;
        for (const specifier of statement.specifiers) {
          const local = exportName(specifier.local);
          if (statement.source) {
            sources.add(statement.source.value);
            names.set(exportName(specifier.exported), { kind: 'name', name: local });
          } else {
            const binding = bindings.get(local);
            if (!binding) return undefined;
            sources.add(binding.source);
            names.set(exportName(specifier.exported), binding.forwarded);
          }
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration: {
        sources.add(statement.source.value);
        if (statement.exported) names.set(exportName(statement.exported), { kind: 'namespace' });
        else exportsAll = true;
        break;
      }
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const binding =
          statement.declaration.type === AST_NODE_TYPES.Identifier
            ? bindings.get(statement.declaration.name)
            : undefined;
        if (!binding) return undefined;
        sources.add(binding.source);
        names.set('default', binding.forwarded);
        break;
      }
      case AST_NODE_TYPES.EmptyStatement:
        break;
      default:
        return undefined;
    }
  }

  return { sources, names, exportsAll };
}

/** Shim facts of a project file under `rootDir`; the file is parsed at most once per version, whatever the root. */
export function shimExportsOf(filePath: string, rootDir: string): ShimExports | undefined {
  // Most imported files are not shims; a look at their leading comments spares them the parse.
  if (analyzeProjectHead(filePath, rootDir, 'ssot:shim-head', HEAD_BYTES, headRulesOutShim)) return undefined;
  const shim = analyzeProjectFile(filePath, rootDir, 'ssot:shim', analyzeShim, mayBeShim);
  if (!shim) return undefined;
  const absolute = absolutePath(filePath);
  // Every re-export must come from one module, whichever way its specifier is spelled.
  const targets = new Map<string, ShimTarget>();
  for (const source of shim.sources) {
    const resolved = resolveModule(source, absolute, rootDir);
    // A relative path that names no project file cannot be rewritten for another importer.
    if (!resolved && (source.startsWith('.') || path.isAbsolute(source))) return undefined;
    const target: ShimTarget = resolved ? { kind: 'file', file: resolved } : { kind: 'package', specifier: source };
    targets.set(resolved ?? `package:${source}`, target);
  }
  const [only, ...others] = targets.values();
  if (!only || others.length > 0) return undefined;
  if (only.kind === 'file' && only.file === absolute) return undefined;
  return { target: only, names: shim.names, exportsAll: shim.exportsAll };
}

function forwardThrough(shim: ShimExports, name: string): ForwardedName | undefined {
  const named = shim.names.get(name);
  if (named) return named;
  return shim.exportsAll && name !== 'default' ? { kind: 'name', name } : undefined;
}

/**
 * Follows `filePath` through shims to the first real module. `undefined` when `filePath` is not a
 * shim; a `cycle` when the shims forward to each other without reaching one.
 */
export function resolveShim(filePath: string, rootDir: string): ShimResolution | undefined {
  // A project imports the same modules from many files: one answer per module while the file
  // versions it rests on are trusted, instead of one look at each version per import.
  const memo = resolvedShims.current();
  const key = `${rootDir}\0${filePath}`;
  if (memo.has(key)) return memo.get(key);
  const resolution = followShims(filePath, rootDir);
  memo.set(key, resolution);
  return resolution;
}

function followShims(filePath: string, rootDir: string): ShimResolution | undefined {
  const first = shimExportsOf(filePath, rootDir);
  if (!first) return undefined;
  const chain = [absolutePath(filePath)];
  const shims = [first];
  let current = first;
  while (current.target.kind === 'file') {
    const next = current.target.file;
    if (chain.includes(next) || chain.length >= MAX_CHAIN) return { kind: 'cycle', chain: [...chain, next] };
    const nextShim = shimExportsOf(next, rootDir);
    if (!nextShim) break;
    chain.push(next);
    shims.push(nextShim);
    current = nextShim;
  }
  return {
    kind: 'shim',
    chain,
    target: current.target,
    forward(name) {
      let forwarded: ForwardedName = { kind: 'name', name };
      for (const shim of shims) {
        // A namespace of an intermediate shim is not the namespace of the final module.
        if (forwarded.kind === 'namespace') return undefined;
        const next = forwardThrough(shim, forwarded.name);
        if (!next) return undefined;
        forwarded = next;
      }
      return forwarded;
    },
  };
}
