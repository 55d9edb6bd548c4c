/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 keeps a substring of 13
 * characters or more (a regular expression's match, `slice`) as a view into its parent, so one name
 * kept from a file's text keeps the whole text alive: an index of a project's exported names would
 * hold every file it read (effect's 21 MB of sources). So does a cache key built by concatenation
 * from such a name (its parts are kept). Every cache that outlives the text a string came from (the
 * file being linted included) keeps such a copy. A concatenation sliced again is copied.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}
