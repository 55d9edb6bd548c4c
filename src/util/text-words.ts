// Text pre-checks rules run before any per-node work: most files of a project lack the word a
// rule needs, and saying so from the text is far cheaper than walking the tree.

/** A character `\w` matches (what `\b` tells apart); `NaN` before the start or past the end is none. */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Whether `name` occurs in `text` as a word, as `/\bname\b/` answers for a name of word characters.
 * Scanning for a plain string is far quicker than for a word boundary, and the names are short
 * words that most files hold inside others ('required' in licence headers, 'provide').
 */
export function hasWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordCharacter(text.charCodeAt(at - 1)) && !isWordCharacter(text.charCodeAt(at + name.length))) return true;
  }
  return false;
}
