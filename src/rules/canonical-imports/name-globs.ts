import ignore from 'ignore';

/**
 * How `paths` `name` globs match module specifiers and carry what their wildcards matched into the
 * canonical specifier.
 */

const WILDCARD = /\*\*|\*/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression capturing what each `*`/`**` of a glob matched; `undefined` for richer globs. */
export function captureExpression(glob: string): RegExp | undefined {
  if (/[?[\]{}()!]/.test(glob)) return undefined;
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '(.*)' : part === '*' ? '([^/]*)' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

export function fillWildcards(canonical: string, captures: readonly string[]): string | undefined {
  let index = 0;
  // An object, because the flag is set in the callback, which TypeScript's narrowing does not follow.
  const result = { missing: false };
  const filled = canonical.replace(WILDCARD, () => {
    const capture = captures[index++];
    if (capture === undefined) result.missing = true;
    return capture ?? '';
  });
  return result.missing ? undefined : filled;
}

/**
 * A `name` glob matched as ESLint's `no-restricted-imports` matches its `patterns` (gitignore rules,
 * through the same `ignore` package, case-sensitive): it matches a specifier when it matches the
 * specifier or a leading part of it (`@app/legacy/*` matches `@app/legacy/x/y`), `**` spans any
 * segments including `.` and `..` (`**\/legacy` matches `../../legacy`), and a glob without a `/`
 * matches a segment anywhere (`*.css`). Gives the leading part matched, or `undefined`.
 */
export function specifierGlob(glob: string): (specifier: string) => string | undefined {
  // `#` starts a comment in gitignore syntax; a subpath import (`#legacy/*`) means the character.
  const matcher = ignore({ allowRelativePaths: true, ignorecase: false }).add(
    glob.startsWith('#') ? `\\${glob}` : glob,
  );
  return (specifier) => {
    const segments = specifier.split('/');
    for (let count = 1; count <= segments.length; count++) {
      const part = segments.slice(0, count).join('/');
      if (part === '' || /(?:^|\/)\.{1,2}$/.test(part)) continue;
      try {
        if (matcher.ignores(part)) return part;
      } catch {
        // Absolute paths and other strings gitignore rules cannot take name no package.
        return undefined;
      }
    }
    return undefined;
  };
}

/** What each wildcard of the glob matched in `matched`: as written, without leading `./`/`../`, or in its last segment. */
export function capturesOf(captures: RegExp | undefined, matched: string): string[] | undefined {
  if (!captures) return undefined;
  const candidates = [matched, matched.replace(/^(?:\.\.?\/)+/, ''), matched.slice(matched.lastIndexOf('/') + 1)];
  for (const candidate of candidates) {
    const found = captures.exec(candidate);
    if (found) return found.slice(1);
  }
  return undefined;
}
