import type { TSESLint } from '@typescript-eslint/utils';

export interface LineCountOptions {
  /** Leave out lines that hold only whitespace. */
  skipBlankLines: boolean;
  /** Leave out lines that hold only comments (a line that mixes code and a comment still counts). */
  skipComments: boolean;
}

/**
 * The 1-based numbers of the lines that count towards a file's length, counted the way core
 * `max-lines` counts them for the same options, so a limit means the same under either rule.
 * The length of the result is the line count; entry `max` is the first line past a limit of `max`.
 */
export function countedLines(sourceCode: Readonly<TSESLint.SourceCode>, options: LineCountOptions): number[] {
  const { lines } = sourceCode;
  // A final line break leaves an empty last entry that is not a line of the file.
  const lastLine = lines.length > 1 && lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const commentOnly = options.skipComments ? commentOnlyLines(sourceCode) : undefined;

  const counted: number[] = [];
  for (let lineNumber = 1; lineNumber <= lastLine; lineNumber++) {
    if (options.skipBlankLines && (lines[lineNumber - 1] ?? '').trim() === '') continue;
    if (commentOnly?.has(lineNumber)) continue;
    counted.push(lineNumber);
  }
  return counted;
}

/**
 * Lines covered by a comment and by no code. Only a comment's first and last line can share a
 * line with code, and only with the nearest code token on that side, so that token decides.
 */
function commentOnlyLines(sourceCode: Readonly<TSESLint.SourceCode>): Set<number> {
  const result = new Set<number>();
  for (const comment of sourceCode.getAllComments()) {
    let first = comment.loc.start.line;
    let last = comment.loc.end.line;
    if (sourceCode.getTokenBefore(comment)?.loc.end.line === first) first += 1;
    if (sourceCode.getTokenAfter(comment)?.loc.start.line === last) last -= 1;
    for (let lineNumber = first; lineNumber <= last; lineNumber++) result.add(lineNumber);
  }
  return result;
}
