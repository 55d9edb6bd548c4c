import { registerCache } from '../../project/cache-registry.js';
import { DEPRECATED_TAG } from '../../ast/jsdoc.js';

/**
 * What a module's text alone says about the enums it may export, so that cross-file resolution
 * parses only the modules that can matter. Every test here errs towards "may": a module it lets
 * through needlessly costs a parse, one it rules out wrongly would hide a deprecated member.
 */

/** A comment: each form ends at its own terminator (`*\/`, newline) and nowhere else. */
const COMMENT = String.raw`\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*\n`;
/** Whitespace and comments between two tokens. */
// A failed match cannot backtrack into other ways of splitting the same comments (`// a // b`
// would be exponential): no two alternatives start with the same character.
const GAP = String.raw`(?:\s|${COMMENT})*`;
/** A one-line string literal: module export names may be strings (`export { a as 'b-c' }`). */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
/**
 * Text every enum-like declaration `analyzeModuleEnums` finds needs: `enum` and a name (not a
 * property named `enum`), an object literal `{ … } as const` (or `({ … }) as const`; `[…] as const`
 * and `'x' as const` are not enum-like), or `Object.freeze` (`Object['freeze']`); escapes
 * (`\u0066reeze`, `'\x66reeze'`) could spell them.
 */
const ENUM_SYNTAX = new RegExp(
  String.raw`\benum\b${GAP}[\p{ID_Start}$_\\]|[})]${GAP}as${GAP}const\b|\bfreeze\b|\\[ux]`,
  'u',
);
/** Text every enum-like object needs (see `ENUM_SYNTAX`); its name may sit anywhere before it. */
const ENUM_LIKE_OBJECT_SYNTAX = new RegExp(String.raw`[})]${GAP}as${GAP}const\b|\bfreeze\b`, 'u');
const DEFAULT_EXPORT_OF_NAME = String.raw`\bexport${GAP}default${GAP}(?!(?:function|class|interface)\b|async${GAP}function\b|abstract${GAP}class\b)[\p{ID_Start}$_\\(]`;
/**
 * Text every forwarding export needs: `export *`, `export {…}` (with or without `from`, `type` or
 * not), or `export default` of a name that may be an imported binding.
 */
const FORWARDING_EXPORT = new RegExp(String.raw`\bexport${GAP}(?:type${GAP})?[*{]|${DEFAULT_EXPORT_OF_NAME}`, 'u');
/** An escape: `\u0053ize` in an identifier, `'\x53ize'` in a string export name. */
const ESCAPE = /\\[ux]/;

/** `enum <name>` with nothing between but spaces and comments, and no longer name. */
function enumDeclarationOf(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\benum\b${GAP}${escaped}(?![\p{ID_Continue}$\u200C\u200D])`, 'u');
}

const enumDeclarationPatterns = new Map<string, RegExp>();
registerCache('enum-text: enum declaration patterns', () => {
  enumDeclarationPatterns.clear();
});

/**
 * Whether the module may declare an enum named `name` as the rule finds them: `enum <name>` (after
 * `const`, `declare` or `export`, which do not sit between), or a `const` enum-like object, whose
 * text needs `as const` or `freeze` and the name somewhere. A name in an import or a member access
 * (`Status.OK`) is not a declaration: such a module is not parsed for it.
 */
function mayDeclareEnumNamed(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  let pattern = enumDeclarationPatterns.get(name);
  if (!pattern) {
    pattern = enumDeclarationOf(name);
    enumDeclarationPatterns.set(name, pattern);
  }
  return pattern.test(text) || ENUM_LIKE_OBJECT_SYNTAX.test(text);
}

/**
 * Whether the module may declare an enum with deprecated members: one tagged `@deprecated` (a tag
 * sits in a comment, where no escape spells it), or one the `enums` option names (`configuredNames`)
 * declared under that name, which an escape could spell.
 */
function mayDeclareDeprecatedEnum(text: string, configuredNames: readonly string[]): boolean {
  if (!ENUM_SYNTAX.test(text)) return false;
  if (DEPRECATED_TAG.test(text)) return true;
  return (
    configuredNames.length > 0 && (ESCAPE.test(text) || configuredNames.some((name) => mayDeclareEnumNamed(text, name)))
  );
}

/**
 * Whether `analyzeModuleEnums` could find an enum with deprecated members in a module with this
 * text: one declared here (see `mayDeclareDeprecatedEnum`), or an export that forwards to another
 * module, which always matters. When not, every name the module exports resolves to nothing that
 * matters, so the module need not be parsed.
 */
export function mayLeadToDeprecatedEnum(text: string, configuredNames: readonly string[]): boolean {
  return FORWARDING_EXPORT.test(text) || mayDeclareDeprecatedEnum(text, configuredNames);
}

/** The names under which a module may export an enum with deprecated members, as far as its text tells. */
export interface EnumExportSketch {
  /** It may declare such an enum itself: any exported name may be one. */
  readonly declaresEnums: boolean;
  /** `export * from`: any name but `default` may come from another module. */
  readonly forwardsAll: boolean;
  /** Names that may forward another module's export: `export { N } from`, `export * as N from`,
   *  `export { x as N }` of an imported `x`, and `default` for `export default x`. */
  readonly forwardedNames: ReadonlySet<string>;
}

/**
 * What an `import … from` or `export { … }` clause holds: comments, strings, and the characters of
 * names, lists and braces (`extra`), escapes included. Anything else ends a match early, so that
 * the word `import` in prose or data does not start a scan to the end of the module.
 */
const clauseBody = (extra: string): string =>
  String.raw`(?:${COMMENT}|${STRING}|[\p{ID_Continue}$\u200C\u200D\s,\\${extra}])`;
/** `import <bindings> from '…'`: group 1 holds the bindings. The quote tells the keyword from a
 *  binding named `from`; a match never spans the next `import`, so no text is scanned twice. */
const IMPORT_CLAUSE = new RegExp(
  String.raw`\bimport\b((?:(?!\bimport\b)${clauseBody('{}*')})*?)\bfrom${GAP}['"]`,
  'gu',
);
/** `export { … }` and `export type { … }`, group 2 set when `from` follows. */
const EXPORT_CLAUSE = new RegExp(
  String.raw`\bexport${GAP}(?:type${GAP})?\{(${clauseBody('')}*)\}(${GAP}from\b)?`,
  'gu',
);
const EXPORT_STAR_AS = new RegExp(String.raw`\bexport${GAP}(?:type${GAP})?\*${GAP}as${GAP}(${STRING}|[^\s/]+)`, 'g');
const EXPORT_STAR = new RegExp(String.raw`\bexport${GAP}(?:type${GAP})?\*${GAP}from\b`);
const DEFAULT_EXPORT = new RegExp(DEFAULT_EXPORT_OF_NAME, 'u');
/** The tokens of a clause as its pattern matched them: a comment, a string, or other text. */
const CLAUSE_TOKEN = new RegExp(String.raw`(${COMMENT})|(${STRING})|[^/'"]+|[/'"]`, 'g');
const IDENTIFIER = /[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*/gu;

/**
 * The names of a clause body, one list per comma-separated specifier (`local`, `local as exported`,
 * `type local as exported`, string names unquoted), comments left out; `undefined` when an escape
 * may spell a name the text does not show.
 */
function specifierNames(body: string): string[][] | undefined {
  if (ESCAPE.test(body)) return undefined;
  const specifiers: string[][] = [[]];
  for (const [token, comment, string] of body.matchAll(CLAUSE_TOKEN)) {
    if (comment !== undefined) continue;
    if (string !== undefined) {
      specifiers.at(-1)?.push(string.slice(1, -1));
      continue;
    }
    token.split(',').forEach((part, index) => {
      if (index > 0) specifiers.push([]);
      specifiers.at(-1)?.push(...(part.match(IDENTIFIER) ?? []));
    });
  }
  return specifiers;
}

/**
 * Every local name the import clauses bind: the last name of each specifier (`x`, `a as x`,
 * `type x`, `* as x`, a default `x`), also when a wrong match spans other text before a clause.
 * `undefined` as for `specifierNames`.
 */
function importedNames(text: string): Set<string> | undefined {
  const names = new Set<string>();
  for (const [, bindings = ''] of text.matchAll(IMPORT_CLAUSE)) {
    const specifiers = specifierNames(bindings);
    if (!specifiers) return undefined;
    for (const specifier of specifiers) {
      const local = specifier.at(-1);
      if (local !== undefined) names.add(local);
    }
  }
  return names;
}

/** The names an export specifier may read locally: its first, or its second after a `type` modifier. */
function exportedLocals(specifier: readonly string[]): readonly string[] {
  return specifier[0] === 'type' ? specifier.slice(0, 2) : specifier.slice(0, 1);
}

/** A name as written after `export * as`: an identifier, or a string without its quotes. */
function exportedName(written: string): string {
  return written.startsWith("'") || written.startsWith('"') ? written.slice(1, -1) : written;
}

const EVERY_NAME: EnumExportSketch = { declaresEnums: true, forwardsAll: true, forwardedNames: new Set() };
const NO_NAME: EnumExportSketch = { declaresEnums: false, forwardsAll: false, forwardedNames: new Set() };

/**
 * The sketch of a module's enum exports from its text. A local `export { a as b }` forwards only
 * when `a` may be an imported binding: `export { fn_ as fn }` of a local constant cannot lead to
 * another module's enum, and big modules write many of those.
 */
export function sketchEnumExports(text: string, configuredNames: readonly string[]): EnumExportSketch {
  if (!mayLeadToDeprecatedEnum(text, configuredNames)) return NO_NAME;
  if (mayDeclareDeprecatedEnum(text, configuredNames)) return EVERY_NAME;
  const imported = importedNames(text);
  if (!imported) return EVERY_NAME;
  const forwardedNames = new Set<string>();
  for (const [, body = '', from] of text.matchAll(EXPORT_CLAUSE)) {
    const specifiers = specifierNames(body);
    if (!specifiers) return EVERY_NAME;
    for (const names of specifiers) {
      const forwards = from !== undefined || exportedLocals(names).some((name) => imported.has(name));
      if (forwards) for (const name of names) forwardedNames.add(name);
    }
  }
  for (const [, written = ''] of text.matchAll(EXPORT_STAR_AS)) {
    if (ESCAPE.test(written)) return EVERY_NAME;
    forwardedNames.add(exportedName(written));
  }
  if (DEFAULT_EXPORT.test(text)) forwardedNames.add('default');
  return { declaresEnums: false, forwardsAll: EXPORT_STAR.test(text), forwardedNames };
}

/** Whether a module with this sketch may export `name` as an enum that matters (`undefined`: any name). */
export function mayExportEnum(sketch: EnumExportSketch, name: string | undefined): boolean {
  if (sketch.declaresEnums) return true;
  if (name === undefined) return sketch.forwardsAll || sketch.forwardedNames.size > 0;
  return sketch.forwardedNames.has(name) || (sketch.forwardsAll && name !== 'default');
}

/** Modules longer than this are not re-export shims: `starReexportsOnly` leaves them to the parser. */
const MAX_SHIM_LENGTH = 4_096;
/**
 * One `export * from '…'` statement: its specifier (without backslashes) in group 1 or 2, the gap
 * after it in group 3, and a `;` (with the gap after that) in group 4.
 */
const EXPORT_STAR_STATEMENT = new RegExp(
  String.raw`export${GAP}\*${GAP}from${GAP}(?:'([^'\\\n\r]*)'|"([^"\\\n\r]*)")(${GAP})(;${GAP})?`,
  'y',
);
const LEADING_GAP = new RegExp(String.raw`\uFEFF?${GAP}`, 'y');
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The specifiers of a module made of nothing but `export * from '…'` statements (and comments), in
 * order: all that `analyzeModuleEnums` would find in it, read without a parse. `undefined` for
 * anything else (escapes in a specifier, two statements on one line without `;`): those are parsed.
 */
export function starReexportsOnly(text: string): string[] | undefined {
  if (text.length > MAX_SHIM_LENGTH) return undefined;
  LEADING_GAP.lastIndex = 0;
  LEADING_GAP.test(text);
  let index = LEADING_GAP.lastIndex;
  const specifiers: string[] = [];
  while (index < text.length) {
    EXPORT_STAR_STATEMENT.lastIndex = index;
    const match = EXPORT_STAR_STATEMENT.exec(text);
    if (!match) return undefined;
    index = EXPORT_STAR_STATEMENT.lastIndex;
    // Without `;`, only a line break (or the end) ends the statement.
    const [, single, double, gap = '', semicolon] = match;
    if (semicolon === undefined && index < text.length && !LINE_TERMINATOR.test(gap)) return undefined;
    specifiers.push(single ?? double ?? '');
  }
  return specifiers.length > 0 ? specifiers : undefined;
}
