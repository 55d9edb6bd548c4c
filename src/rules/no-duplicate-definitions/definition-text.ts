import { detached } from '../../util/detached.js';

/**
 * What a module's text says it may define, read without parsing: the first pass of the project-wide
 * index. It errs on the side of more names (a match inside a comment or string, an exported
 * `declare` or alias), never fewer, since only the files it names are parsed to be sure.
 */

export interface DefinitionText {
  /** Names the module may define and export. */
  readonly names: readonly string[];
  /**
   * Specifiers of `export * as ns from '…'` and `import * as ns from '…'` that begin a line: modules
   * whose names are used qualified (`Option.map`, `internal.isEmpty`). One quoted in a comment or a
   * string (a JSDoc example) does not count: it would keep its module from being checked.
   */
  readonly namespaceSources: readonly string[];
}

const IDENTIFIER = String.raw`[A-Za-z_$][\w$]*`;
/** `export [default] [abstract|async] class|enum|function|interface|type|const|let|var Name`. */
const EXPORTED_DECLARATION = new RegExp(
  String.raw`export\s+(?:default\s+)?(?:abstract\s+|async\s+)?(?:const\s+enum|class|enum|function\s*\*?|interface|type|const|let|var)\s+(${IDENTIFIER})`,
  'y',
);
const VARIABLE_KEYWORD = /(?:const|let|var)\s+$/;
const FOLLOWING_DECLARATOR = new RegExp(String.raw`\s*(${IDENTIFIER})`, 'y');
/** What the declarator walk looks at; every other character is skipped by the regular expression engine. */
const DECLARATOR_LIST_CHARACTER = /[()[\]{};,\n]/g;

/**
 * The names of the declarators after the first in `export const a = 1, b = 2`: each name that follows
 * a comma outside brackets, until the statement ends (a `;`, or a line break not next to a comma).
 * Brackets inside strings can end the walk early; such a declarator list is rare enough.
 */
function followingDeclarators(text: string, start: number): string[] {
  const names: string[] = [];
  let depth = 0;
  DECLARATOR_LIST_CHARACTER.lastIndex = start;
  for (let found = DECLARATOR_LIST_CHARACTER.exec(text); found; found = DECLARATOR_LIST_CHARACTER.exec(text)) {
    const char = found[0];
    const index = found.index;
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
    if (depth < 0 || (depth === 0 && char === ';')) break;
    if (depth > 0) continue;
    if (
      char === '\n' &&
      !/,\s*$/.test(text.slice(Math.max(start, index - 40), index)) &&
      !/^\s*,/.test(text.slice(index, index + 40))
    )
      break;
    if (char !== ',') continue;
    FOLLOWING_DECLARATOR.lastIndex = index + 1;
    const name = FOLLOWING_DECLARATOR.exec(text)?.[1];
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** `export { a, b as c }` (names declared in the module unless `from` follows). */
const EXPORT_LIST = /export\s*(?:type\s*)?\{([^}]*)\}(\s*from\b)?/y;
/** `export default Name;` */
const EXPORT_DEFAULT_NAME = new RegExp(String.raw`export\s+default\s+(${IDENTIFIER})\s*(?:;|\r?\n|$)`, 'y');
const NAMESPACE_IMPORT = /import\s+(?:type\s+)?\*\s*as\s+[\w$]+\s+from\s*(['"])([^'"\n]+)\1/y;
const NAMESPACE_REEXPORT = /export\s*\*\s*as\s+[\w$]+\s+from\s*(['"])([^'"\n]+)\1/y;
const LIST_ITEM = new RegExp(String.raw`^\s*(?:type\s+)?(${IDENTIFIER})`);

const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** Whether only spaces and tabs stand between the start of its line and `index`. */
function beginsLine(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
  return before < 0 || LINE_TERMINATORS.has(text.charAt(before));
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function listNames(list: string): string[] {
  return list.split(',').flatMap((item) => {
    const name = LIST_ITEM.exec(item)?.[1];
    return name === undefined ? [] : [name];
  });
}

/** The names `text` may define and export, and the modules it re-exports as namespaces. */
export function scanDefinitionText(text: string): DefinitionText {
  const names = new Set<string>();
  const namespaceSources: string[] = [];
  for (let index = text.indexOf('export'); index !== -1; index = text.indexOf('export', index + 6)) {
    // `reexport`, `module.exports`, `exports.x`: not the keyword.
    if (index > 0 && /[\w$.]/.test(text.charAt(index - 1))) continue;
    const declaration = matchAt(EXPORTED_DECLARATION, text, index);
    if (declaration?.[1] !== undefined) {
      names.add(declaration[1]);
      const end = declaration.index + declaration[0].length;
      if (VARIABLE_KEYWORD.test(text.slice(declaration.index, end - declaration[1].length)))
        for (const name of followingDeclarators(text, end)) names.add(name);
      continue;
    }
    const list = matchAt(EXPORT_LIST, text, index);
    if (list) {
      if (list[2] === undefined) for (const name of listNames(list[1] ?? '')) names.add(name);
      continue;
    }
    const defaultName = matchAt(EXPORT_DEFAULT_NAME, text, index)?.[1];
    if (defaultName !== undefined) {
      names.add(defaultName);
      continue;
    }
    const namespace = matchAt(NAMESPACE_REEXPORT, text, index)?.[2];
    if (namespace !== undefined && beginsLine(text, index)) namespaceSources.push(namespace);
  }
  // One search for the word, not a regular expression tried at every line start: the scan reads every file.
  for (let index = text.indexOf('import'); index !== -1; index = text.indexOf('import', index + 6)) {
    const specifier = beginsLine(text, index) ? matchAt(NAMESPACE_IMPORT, text, index)?.[2] : undefined;
    if (specifier) namespaceSources.push(specifier);
  }
  // The index keeps these for the whole lint run: copies, not views into the file's text.
  return { names: [...names].map(detached), namespaceSources: namespaceSources.map(detached) };
}
