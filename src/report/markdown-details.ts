// The folded list of every violation in the Markdown report. A comment must stay under GitHub's
// size limit while a large codebase has thousands of violations, most of them the same long message
// (no-process-env names every configuration module in each one). So: one line per violation when
// they all fit, as a reader expects; otherwise each message once, with its count and files, as
// many as fit, and a line saying what was left out and where to find it.
import type { AuditMessage, ComplianceReport } from './score.js';
import { codeSpan, escapeMarkdown, fullReportHint, ruleLink, rowsThatFit, sizeOf } from './markdown-text.js';
import { countOf } from './table.js';

export interface DetailsOptions {
  urls: Readonly<Record<string, string>>;
  /** Most lines in the list, whatever their size. */
  maxDetails: number;
  /** Characters the section may take. */
  room: number;
  /** The `--json` file the run wrote, if any, for the note on what was left out. */
  jsonFile: string | undefined;
}

/** Files named on the line of a repeated message; the rest are counted. */
export const FILES_PER_MESSAGE = 5;

interface Occurrence {
  path: string;
  message: AuditMessage;
}

/** One message text of one rule and where it was reported, in report order. */
interface MessageGroup {
  occurrences: Occurrence[];
}

function occurrenceLine(occurrence: Occurrence, urls: Readonly<Record<string, string>>): string {
  const { path, message } = occurrence;
  return `- ${codeSpan(`${path}:${message.line}:${message.column}`)} ${ruleLink(message.rule, urls)}: ${escapeMarkdown(message.message)}`;
}

function occurrences(report: ComplianceReport): Occurrence[] {
  return report.files.flatMap((file) => file.messages.map((message) => ({ path: file.path, message })));
}

/** The same rule and text reported many times, most repeated first (ties in report order). */
function groupRepeated(all: readonly Occurrence[]): MessageGroup[] {
  const groups = new Map<string, MessageGroup>();
  for (const occurrence of all) {
    const key = `${occurrence.message.rule}\u0000${occurrence.message.message}`;
    const group = groups.get(key) ?? { occurrences: [] };
    group.occurrences.push(occurrence);
    groups.set(key, group);
  }
  // Array#sort is stable, so equal counts keep the order of first appearance.
  return [...groups.values()].sort((a, b) => b.occurrences.length - a.occurrences.length);
}

/** "`src/a.ts` (3), `src/b.ts`, … and 12 more files". */
function fileList(group: MessageGroup): string {
  const perFile = new Map<string, number>();
  for (const { path } of group.occurrences) perFile.set(path, (perFile.get(path) ?? 0) + 1);
  const named = [...perFile]
    .slice(0, FILES_PER_MESSAGE)
    .map(([path, count]) => (count > 1 ? `${codeSpan(path)} (${count})` : codeSpan(path)));
  const rest = perFile.size - named.length;
  return rest > 0 ? `${named.join(', ')} and ${countOf(rest, 'more file')}` : named.join(', ');
}

function groupLine(group: MessageGroup, urls: Readonly<Record<string, string>>): string {
  const [first] = group.occurrences;
  if (!first) return '';
  if (group.occurrences.length === 1) return occurrenceLine(first, urls);
  const fileCount = new Set(group.occurrences.map((occurrence) => occurrence.path)).size;
  return `- ${ruleLink(first.message.rule, urls)} ×${group.occurrences.length} in ${countOf(fileCount, 'file')}: ${escapeMarkdown(first.message.message)} (${fileList(group)})`;
}

function folded(summary: string, lines: readonly string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}

function omissionNote(omitted: number, jsonFile: string | undefined): string {
  return `- … and ${omitted} more not listed here: ${fullReportHint(jsonFile, 'all of them')}.`;
}

function groupedNote(jsonFile: string | undefined): string {
  return `- Messages reported more than once are listed once, with their files: ${fullReportHint(jsonFile, 'every location')}.`;
}

/** The `<details>` block of the violations, within `options.room` characters. */
export function violationDetails(report: ComplianceReport, options: DetailsOptions): string[] {
  const total = report.total_violations;
  if (total === 0) return [];
  const all = occurrences(report);
  const everyOne = folded(
    `All ${countOf(total, 'violation')}`,
    all.map((occurrence) => occurrenceLine(occurrence, options.urls)),
  );
  if (all.length <= options.maxDetails && sizeOf(everyOne) <= options.room) return everyOne;

  const groups = groupRepeated(all);
  const lines = groups.map((group) => groupLine(group, options.urls));
  const partialSummary = (shown: number) => `${countOf(total, 'violation')} (${shown} listed)`;
  // Room for the frame and the longest note this section can end with, whatever is kept.
  const reserved =
    sizeOf(folded(partialSummary(total), [])) +
    Math.max(omissionNote(total, options.jsonFile).length, groupedNote(options.jsonFile).length) +
    1;
  if (reserved > options.room) return [];
  const kept = rowsThatFit(lines, options.room - reserved, options.maxDetails);
  const shown = groups.slice(0, kept.length).reduce((sum, group) => sum + group.occurrences.length, 0);
  const omitted = total - shown;
  return omitted > 0
    ? folded(partialSummary(shown), [...kept, omissionNote(omitted, options.jsonFile)])
    : folded(`All ${countOf(total, 'violation')}`, [...kept, groupedNote(options.jsonFile)]);
}
