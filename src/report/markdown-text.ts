// Markdown building blocks shared by the report's sections: escaping, code spans, rule links, and
// the size accounting that keeps a pull-request comment under GitHub's limit.
import { countOf } from './table.js';

/** Text safe inside a table cell or list item: no pipes, HTML or line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/gu, ' ')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/([\\|*_[\]`])/gu, '\\$1');
}

/**
 * A code span that survives backticks in file names; in a table cell a pipe must still be escaped
 * (GitHub splits cells before it parses code spans).
 */
export function codeSpan(text: string, inTable = false): string {
  const oneLine = text.replace(/\r?\n/gu, ' ');
  const flat = inTable ? oneLine.replace(/\|/gu, '\\|') : oneLine;
  const longestRun = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
}

export function ruleLink(rule: string, urls: Readonly<Record<string, string>>, inTable = false): string {
  const url = urls[rule];
  return url ? `[${codeSpan(rule, inTable)}](${url})` : codeSpan(rule, inTable);
}

/** Characters a block of lines takes in the document, each with its line break. */
export function sizeOf(lines: readonly string[]): number {
  return lines.reduce((size, line) => size + line.length + 1, 0);
}

/** The leading `rows` that fit in `room` characters, at most `maxRows` of them; order is kept. */
export function rowsThatFit(rows: readonly string[], room: number, maxRows = Infinity): string[] {
  const kept: string[] = [];
  let left = room;
  for (const row of rows) {
    if (kept.length >= maxRows || row.length + 1 > left) break;
    kept.push(row);
    left -= row.length + 1;
  }
  return kept;
}

/**
 * Where a reader finds what the comment leaves out: the JSON report when one was written, else the
 * flag that writes it (the comment must not send people to a file that does not exist).
 */
export function fullReportHint(jsonFile: string | undefined, what: string): string {
  if (jsonFile === undefined) return `run ssot-audit with \`--json <file>\` for ${what}`;
  if (jsonFile === '-') return `the JSON report (\`--json -\`) has ${what}`;
  return `the JSON report ${codeSpan(jsonFile)} has ${what}`;
}

/**
 * A section's `head` and as many `rows` as fit in `room`, followed by a line saying how many were
 * left out and where to find them. Nothing, when not even that fits.
 */
export function fitSection(
  head: readonly string[],
  rows: readonly string[],
  room: number,
  omission: { noun: string; jsonFile: string | undefined },
): string[] {
  if (sizeOf(head) + sizeOf(rows) <= room) return [...head, ...rows];
  const note = (omitted: number): string[] => [
    '',
    `… and ${countOf(omitted, `more ${omission.noun}`)} not shown: ${fullReportHint(omission.jsonFile, 'all of them')}.`,
  ];
  const left = room - sizeOf(head) - sizeOf(note(rows.length));
  if (left < 0) return [];
  const kept = rowsThatFit(rows, left);
  return [...head, ...kept, ...note(rows.length - kept.length)];
}
