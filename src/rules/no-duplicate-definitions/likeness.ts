import path from 'node:path';

/**
 * How alike two same-named declarations are, from the words of their code: one concept written twice
 * talks about the same fields, members and helpers (`limit`, `nextPath`, `offset`); two concepts that
 * share a name (a `Comment` model and a `Comment` editor mark) talk about different things.
 */

const WORD = /[A-Za-z_$][\w$]*/g;
/** Words of every declaration; they say nothing about which concept it is. */
const COMMON_WORDS = new Set(
  [
    'export default abstract async class const enum function interface type extends implements return new this',
    'super if else for of in while do switch case break continue try catch finally throw typeof instanceof keyof',
    'readonly static private protected public void null undefined true false string number boolean any unknown',
    'never object await yield let var as is get set declare',
  ]
    .join(' ')
    .split(' '),
);
/** A declaration as this module reads it: its name and where its text is. */
export interface Declared {
  readonly name: string;
  readonly range: readonly [number, number];
}

/** Joins an imported word to the module it comes from. */
const FROM = '@';

/** Where an import specifier points, as far as the text tells: a relative one as an absolute path. */
function importTarget(specifier: string, file: string): string {
  return specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier;
}

/**
 * The words of a declaration's text but its own name and the language's keywords: what it is about.
 * An imported word carries the module it comes from (`ioV1@/src/desktop/v1`).
 */
export function wordsOf(
  text: string,
  definition: Declared,
  imports: ReadonlyMap<string, string>,
  file: string,
): Set<string> {
  const words = new Set<string>();
  // A module's code names its imports again and again: each specifier is resolved once.
  const targets = new Map<string, string>();
  for (const [word] of text.slice(definition.range[0], definition.range[1]).matchAll(WORD)) {
    if (COMMON_WORDS.has(word) || word === definition.name) continue;
    const source = imports.get(word);
    if (source === undefined) {
      words.add(word);
      continue;
    }
    let target = targets.get(source);
    if (target === undefined) {
      target = importTarget(source, file);
      targets.set(source, target);
    }
    words.add(`${word}${FROM}${target}`);
  }
  return words;
}

/**
 * Whether a declaration calls a member of the same name (`logging.setLogger(logger)`,
 * `platform.backend.createTeam(…)`): a facade that forwards to the other definition, one concept
 * with one implementation.
 */
export function delegates(text: string, definition: Declared): boolean {
  const code = text.slice(definition.range[0], definition.range[1]);
  // Most declarations name no member like themselves: a search for the name spares compiling a pattern.
  if (!isReadAsMember(code, definition.name)) return false;
  return new RegExp(String.raw`\.\s*${definition.name.replaceAll('$', String.raw`\$`)}\s*(?:<[^>]*>\s*)?\(`).test(code);
}

/** Whether `name` occurs after a `.` (spaces between allowed) in `code`. */
function isReadAsMember(code: string, name: string): boolean {
  for (let at = code.indexOf(name); at !== -1; at = code.indexOf(name, at + 1)) {
    let before = at - 1;
    while (before >= 0 && /\s/.test(code.charAt(before))) before -= 1;
    if (code.charAt(before) === '.') return true;
  }
  return false;
}

const VERSION_PARTS = /[\d_.-]+/g;

/**
 * Whether two files are versions of one module, side by side (`v2024_11_05.ts` and `v2025_06_18.ts`,
 * `api-v1.ts` and `api-v2.ts`): each version keeps its own copy of the definitions on purpose.
 */
export function areVersionsOfOneModule(a: string, b: string): boolean {
  if (path.dirname(a) !== path.dirname(b)) return false;
  const nameA = path.basename(a);
  const nameB = path.basename(b);
  if (!/\d/.test(nameA) || !/\d/.test(nameB)) return false;
  return nameA.replace(VERSION_PARTS, '') === nameB.replace(VERSION_PARTS, '');
}

/** Imported word → its module, for the imported words of a set. */
function importedWords(words: ReadonlySet<string>): Map<string, string> {
  const imported = new Map<string, string>();
  for (const word of words) {
    const at = word.indexOf(FROM);
    if (at !== -1) imported.set(word.slice(0, at), word.slice(at + 1));
  }
  return imported;
}

/**
 * The share of their words two declarations have in common (Jaccard, 0 to 1). 0 when both use a name
 * imported from different modules: parallel implementations, each wiring its own parts (a desktop
 * and a web registry that both read `{ v1: ioV1 }`).
 */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const importedByB = importedWords(b);
  for (const [word, source] of importedWords(a)) {
    const other = importedByB.get(word);
    if (other !== undefined && other !== source) return 0;
  }
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  return common / (a.size + b.size - common);
}
