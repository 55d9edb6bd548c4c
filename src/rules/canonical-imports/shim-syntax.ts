import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { ParsedFile } from '../../project/parse-cache.js';
import { dottedName, dottedPath } from '../../ast/expressions.js';
import { importedName } from '../../ast/import-bindings.js';
import { DEPRECATED_TAG } from '../../ast/jsdoc.js';
import { aliasDeclaration, aliasOf } from './shim-aliases.js';
import { nameOfIdentifierOrString as exportName } from '../../ast/names.js';

/**
 * What makes a module a shim, read from its syntax alone (which files its specifiers reach depends
 * on the project root, see shims.ts). A module is a shim when its statements only forward —
 * re-exports, imports used only by exports, aliases of imported bindings (`export const Old = New`,
 * `export type Old = New`, `export interface Old extends New {}`), directives, and calls of configured
 * deprecation helpers — and every name it exports is `@deprecated`: by a file-level tag, a tag on its
 * statement, or a tag on its specifier.
 */

/**
 * What a name exported by a shim is in the module it forwards to. `loose`: a generic type alias
 * whose parameters add constraints or defaults, so the fix is only suggested.
 */
export type ForwardedName =
  | { kind: 'name'; name: string; loose?: true }
  | { kind: 'namespace' }
  /** A member of an imported class or namespace (`ApolloLink.concat`): reported, never fixed. */
  | { kind: 'member'; path: string };

/** One name a shim exports: the specifier it comes from and what it is called there. */
export interface Forward {
  source: string;
  forwarded: ForwardedName;
}

export interface ShimSyntax {
  /** Exported name → where it comes from. */
  names: ReadonlyMap<string, Forward>;
  /** Specifiers of `export * from`: every name but `default` passes through from them. */
  starSources: readonly string[];
  /** Directives the shim starts with (`use client`), which mark a client/server boundary. */
  directives: readonly string[];
}

/** Tags that make a comment about the whole file, wherever it stands (TSDoc, JSDoc). */
export const FILE_COMMENT_TAG = /@(?:packageDocumentation|module|file|fileoverview|overview)\b/;

/**
 * What marks a module as a shim besides `@deprecated` tags, from the rule's `shims` option: calls of
 * deprecation helpers (`warnDeprecated`, `util.deprecate`, `process.emitWarning`) and whether the
 * module lies in a folder of compat modules (`shims.files`), where every name counts as deprecated.
 */
export interface ShimMarkers {
  calls: readonly string[];
  inShimFolder: boolean;
}

type DeprecationCalls = readonly string[];
export const NO_MARKERS: ShimMarkers = { calls: [], inShimFolder: false };

/**
 * A call that only warns (`deprecated('…')`, `console.warn('…')`): its callee says so and it passes
 * nothing but text. A tagged module may hold one without being more than a forwarder.
 */
function isWarningCall(statement: TSESTree.ExpressionStatement): boolean {
  const { expression } = statement;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = dottedName(expression.callee);
  const textOnly = expression.arguments.every(
    (argument) =>
      (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') ||
      (argument.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0),
  );
  return name !== undefined && /deprecat|warn/i.test(name) && textOnly;
}

function isDeprecationCall(statement: TSESTree.ExpressionStatement, calls: DeprecationCalls): boolean {
  const { expression } = statement;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = dottedName(expression.callee);
  return name !== undefined && calls.includes(name);
}

/** The comments between `from` and `to` (offsets), in order. */
export function commentsBetween(file: ParsedFile, from: number, to: number): TSESTree.Comment[] {
  return (file.ast.comments ?? []).filter((comment) => comment.range[0] >= from && comment.range[1] <= to);
}

/** Whether only whitespace with at most one line break lies between two offsets: the comment sits on what follows. */
export function isAdjacent(text: string, end: number, start: number): boolean {
  const between = text.slice(end, start);
  return /^\s*$/.test(between) && (between.match(/\n/g)?.length ?? 0) <= 1;
}

interface Tags {
  /** A tag about the whole module. */
  file: boolean;
  /** A tag in the comments before the first statement that sit on it (see `findTags`). */
  onFirstStatement: boolean;
  /** Per statement: whether the comments that sit on it carry a tag. */
  statement: (statement: TSESTree.Node) => boolean;
  /** Whether a tag stands right before `node` inside its statement, as on a specifier of `export { … }`. */
  inside: (node: TSESTree.Node, statement: TSESTree.Node) => boolean;
}

/**
 * Where the `@deprecated` tags of a module stand. Comments before the first statement are about the
 * file unless they sit directly on a statement that exports names (then they tag that statement, so
 * a barrel whose first re-export is deprecated is not a shim; `analyzeShimSyntax` still takes them
 * for the file when the module forwards one module only); a tag on an import is about the file.
 */
function findTags(file: ParsedFile, statements: readonly TSESTree.ProgramStatement[]): Tags {
  const first = statements[0];
  const headerEnd = first ? first.range[0] : file.text.length;
  const header = commentsBetween(file, 0, headerEnd);
  const attached = new Set<TSESTree.Comment>();
  if (first && first.type !== AST_NODE_TYPES.ImportDeclaration) {
    let start = first.range[0];
    for (let index = header.length - 1; index >= 0; index--) {
      const comment = header[index];
      if (!comment || !isAdjacent(file.text, comment.range[1], start) || FILE_COMMENT_TAG.test(comment.value)) break;
      attached.add(comment);
      start = comment.range[0];
    }
  }
  const fileTag = header.some((comment) => !attached.has(comment) && DEPRECATED_TAG.test(comment.value));
  const firstTagged = [...attached].some((comment) => DEPRECATED_TAG.test(comment.value));
  const previousEnd = new Map<TSESTree.Node, number>();
  statements.forEach((statement, index) => previousEnd.set(statement, statements[index - 1]?.range[1] ?? 0));
  return {
    file: fileTag,
    onFirstStatement: firstTagged,
    statement(statement) {
      if (statement === first) return firstTagged;
      const from = previousEnd.get(statement) ?? 0;
      // A comment on the previous statement's line (`export { a } from './a'; // @deprecated`) is about that one.
      return commentsBetween(file, from, statement.range[0]).some(
        (comment) => DEPRECATED_TAG.test(comment.value) && file.text.slice(from, comment.range[0]).includes('\n'),
      );
    },
    inside(node, statement) {
      const before = commentsBetween(file, statement.range[0], node.range[0]).at(-1);
      return (
        before !== undefined &&
        DEPRECATED_TAG.test(before.value) &&
        isAdjacent(file.text, before.range[1], node.range[0])
      );
    },
  };
}

/** The leading directives (`'use client';`) and the statements after them. */
function splitDirectives(body: readonly TSESTree.ProgramStatement[]) {
  const directives: string[] = [];
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') break;
    directives.push(statement.directive);
  }
  return { directives, statements: body.slice(directives.length) };
}

class NotAShim extends Error {}

function isTypeOnly(statement: TSESTree.ImportDeclaration): boolean {
  return (
    statement.importKind === 'type' ||
    statement.specifiers.every(
      (specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type',
    )
  );
}

function nameOf(forwarded: ForwardedName): string {
  return forwarded.kind === 'name' ? forwarded.name : forwarded.kind === 'member' ? `.${forwarded.path}` : '*';
}

/** Collects the exports of a module, throwing `NotAShim` at the first statement that does more than forward. */
class ForwardCollector {
  readonly names = new Map<string, Forward>();
  readonly starSources: string[] = [];
  private readonly bindings = new Map<string, Forward>();
  private readonly usedSources = new Set<string>();
  private readonly importSources: string[] = [];
  /** Whether every name seen so far is deprecated, and whether a configured deprecation call was seen. */
  allDeprecated = true;
  marked = false;

  constructor(
    readonly tags: Tags,
    private readonly calls: DeprecationCalls,
  ) {}

  /** The names forwarded under a deprecated name, and under a current one. */
  private readonly forwardedAs = { deprecated: new Set<string>(), current: new Set<string>() };

  add(name: string, forward: Forward, deprecated: boolean): void {
    this.forwardedAs[deprecated ? 'deprecated' : 'current'].add(`${forward.source}\0${nameOf(forward.forwarded)}`);
    const known = this.names.get(name);
    // A value alias and a type alias of one name (`const Old = New; type Old = New`) agree.
    if (known && (known.source !== forward.source || nameOf(known.forwarded) !== nameOf(forward.forwarded)))
      throw new NotAShim();
    // Of the two, the loose one decides: the fix is a suggestion if either is.
    if (!known || (forward.forwarded.kind === 'name' && forward.forwarded.loose)) this.names.set(name, forward);
    this.usedSources.add(forward.source);
    if (!deprecated) this.allDeprecated = false;
  }

  statement(statement: TSESTree.ProgramStatement): void {
    const tagged = this.tags.file || this.tags.statement(statement);
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        // A side-effect import makes the module more than a forwarder.
        if (statement.specifiers.length === 0) throw new NotAShim();
        // A type-only import is erased: it may serve the aliases' type parameters alone.
        if (!isTypeOnly(statement)) this.importSources.push(statement.source.value);
        for (const specifier of statement.specifiers) {
          const forwarded: ForwardedName =
            specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
              ? { kind: 'namespace' }
              : { kind: 'name', name: importedName(specifier) };
          this.bindings.set(specifier.local.name, { source: statement.source.value, forwarded });
        }
        return;
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        this.exportNamed(statement, tagged);
        return;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        this.usedSources.add(statement.source.value);
        if (statement.exported) {
          this.add(
            exportName(statement.exported),
            { source: statement.source.value, forwarded: { kind: 'namespace' } },
            tagged,
          );
        } else {
          this.starSources.push(statement.source.value);
          if (!tagged) this.allDeprecated = false;
        }
        return;
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const forward = aliasOf(statement.declaration, this.bindings);
        if (!forward) throw new NotAShim();
        this.add('default', forward, tagged);
        return;
      }
      case AST_NODE_TYPES.ExpressionStatement: {
        const configured = isDeprecationCall(statement, this.calls);
        if (!configured && !isWarningCall(statement)) throw new NotAShim();
        if (configured) this.marked = true;
        // The helper's import serves the warning, which importers of the canonical module do without.
        // Both kinds of call have a dotted callee (`warn(…)`, `util.deprecate(…)`): its first name.
        const callee =
          statement.expression.type === AST_NODE_TYPES.CallExpression ? statement.expression.callee : undefined;
        const helper = callee && this.bindings.get(dottedPath(callee)?.[0].name ?? '');
        if (helper) this.usedSources.add(helper.source);
        return;
      }
      case AST_NODE_TYPES.EmptyStatement:
        return;
      default:
        throw new NotAShim();
    }
  }

  private exportNamed(statement: TSESTree.ExportNamedDeclaration, tagged: boolean): void {
    if (statement.declaration) {
      const aliases = aliasDeclaration(statement.declaration, this.bindings);
      if (!aliases) throw new NotAShim();
      for (const [name, forward] of aliases) this.add(name, forward, tagged);
      return;
    }
    for (const specifier of statement.specifiers) {
      const deprecated = tagged || this.tags.inside(specifier, statement);
      const local = exportName(specifier.local);
      const forward: Forward | undefined = statement.source
        ? { source: statement.source.value, forwarded: { kind: 'name', name: local } }
        : this.bindings.get(local);
      if (!forward) throw new NotAShim();
      this.add(exportName(specifier.exported), forward, deprecated);
    }
  }

  /** Whether something is exported both under a deprecated name and under a current one: a module in transition. */
  offersCurrentNames(): boolean {
    return [...this.forwardedAs.current].some((forward) => this.forwardedAs.deprecated.has(forward));
  }

  /** How many modules the exports come from. */
  sourceCount(): number {
    return this.usedSources.size;
  }

  /** Every import feeds an export: an import kept for its effects would be lost by a fix. */
  importsAllUsed(): boolean {
    return this.importSources.every((source) => this.usedSources.has(source));
  }
}

/** The shim shape of a parsed file, or `undefined` when it is not a shim. */
export function analyzeShimSyntax(file: ParsedFile, markers: ShimMarkers = NO_MARKERS): ShimSyntax | undefined {
  const { directives, statements } = splitDirectives(file.ast.body);
  const collector = new ForwardCollector(findTags(file, statements), markers.calls);
  try {
    // Imports are hoisted: their bindings serve statements before them too.
    const isImport = (statement: TSESTree.ProgramStatement) => statement.type === AST_NODE_TYPES.ImportDeclaration;
    for (const statement of [...statements.filter(isImport), ...statements.filter((statement) => !isImport(statement))])
      collector.statement(statement);
  } catch (error) {
    if (error instanceof NotAShim) return undefined;
    throw error;
  }
  const { names, starSources } = collector;
  if (names.size === 0 && starSources.length === 0) return undefined;
  if (!collector.importsAllUsed()) return undefined;
  // The classic shim: a deprecated header over re-exports of one module.
  const headerForOneModule =
    collector.tags.onFirstStatement && collector.sourceCount() === 1 && !collector.offersCurrentNames();
  if (!collector.allDeprecated && !headerForOneModule && !collector.marked && !markers.inShimFolder) return undefined;
  return { names, starSources, directives };
}
