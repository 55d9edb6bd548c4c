/**
 * `@deprecated` tags of JSDoc comments, read from the source text between two members (the AST
 * keeps no comments for the modules the rule parses on its own).
 */

/** The block comments in `text[start, end)`, a gap that holds only punctuation, spaces and comments. */
function blockCommentsBetween(text: string, start: number, end: number): string[] {
  const comments: string[] = [];
  let index = start;
  while (index < end) {
    if (text.startsWith('//', index)) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? end : lineEnd + 1;
    } else if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      if (close === -1 || close + 2 > end) break;
      comments.push(text.slice(index, close + 2));
      index = close + 2;
    } else {
      index += 1;
    }
  }
  return comments;
}

/** The text of a JSDoc comment's `@deprecated` tag (`''` when bare), or `undefined` without one. */
export function deprecationTagText(comment: string): string | undefined {
  if (!comment.startsWith('/**') || comment === '/**/') return undefined;
  const body = comment
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\/)/, ''))
    .join('\n');
  // A tag ends where the next block tag starts a line; inline tags such as `{@link X}` are text.
  const match = /(?:^|\s)@deprecated(?![\w-])([\s\S]*?)(?=\n\s*@[A-Za-z]|$)/.exec(body);
  if (!match) return undefined;
  return (match[1] ?? '').replace(/\s+/g, ' ').trim();
}

/** `@deprecated` text of the JSDoc comments in a gap (the last tag wins, as in editors). */
export function deprecationInGap(text: string, start: number, end: number): string | undefined {
  let found: string | undefined;
  for (const comment of blockCommentsBetween(text, start, end)) {
    found = deprecationTagText(comment) ?? found;
  }
  return found;
}

/**
 * `@deprecated` text of the JSDoc comment right before a declaration that starts at `start` (before
 * its `export` keyword, if any), or `undefined` without one: a tag on a whole enum.
 */
export function deprecationBefore(text: string, start: number): string | undefined {
  // Looked at backwards from `start`, so that a module with many enums is not read from its top for each.
  let end = skipSpaceBack(text, start);
  if (text.endsWith('export', end) && !/\w/.test(text.charAt(end - 7)) && end < start)
    end = skipSpaceBack(text, end - 6);
  if (!text.endsWith('*/', end)) return undefined;
  const open = text.lastIndexOf('/*', end - 2);
  return open === -1 ? undefined : deprecationTagText(text.slice(open, end));
}

function skipSpaceBack(text: string, end: number): number {
  let index = end;
  while (index > 0 && /\s/.test(text.charAt(index - 1))) index--;
  return index;
}
