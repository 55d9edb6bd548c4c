// The Migration section in the terminal summary and in the Markdown report.
import { codeSpan, escapeMarkdown } from './markdown-text.js';
import type { MigrationEntry, MigrationSection } from './migration.js';
import { alignColumns, countOf } from './columns.js';

/** Files named per module before "and N more": the JSON report lists them all. */
const NAMED_FILES = 3;

function kindOf(entry: MigrationEntry): string {
  return entry.names ? `moved: ${entry.names.join(', ')}` : entry.kind;
}

function fileList(entry: MigrationEntry, quote: (text: string) => string): string {
  if (entry.unused) return 'none left';
  if (entry.unlinted_importer !== undefined) return `only in files not linted: ${quote(entry.unlinted_importer)}`;
  const named = entry.files.slice(0, NAMED_FILES).map((file) => `${quote(file.path)} (${file.references})`);
  const more = entry.files.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

function summaryLine(section: MigrationSection): string {
  const files = new Set(section.entries.flatMap((entry) => entry.files.map((file) => file.path)));
  return `${countOf(section.entries.length, 'compatibility module')}, ${countOf(section.references, 'reference')} left in ${countOf(files.size, 'file')}`;
}

/** The command that deletes the files nothing references (git rm: the deletion is reviewed like any change). */
export function deleteCommand(section: MigrationSection): string | undefined {
  return section.safe_to_delete.length > 0 ? `git rm ${section.safe_to_delete.join(' ')}` : undefined;
}

/** Lines of the terminal summary; none when canonical-imports found no compatibility module. */
export function migrationLines(section: MigrationSection | undefined): string[] {
  if (!section || section.entries.length === 0) return [];
  const table = alignColumns(
    [
      ['Module', 'Kind', 'Now in', 'References', 'Files'],
      ...section.entries.map((entry) => [
        entry.module,
        kindOf(entry),
        entry.canonical.join(', '),
        String(entry.references),
        fileList(entry, (text) => text),
      ]),
    ],
    ['left', 'left', 'left', 'right', 'left'],
  );
  const lines = ['', `Migration: ${summaryLine(section)}`, ...table.map((line) => `  ${line}`)];
  const command = deleteCommand(section);
  if (command) lines.push('', 'Safe to delete (nothing references them):', `  ${command}`);
  return lines;
}

/** The Markdown section, head and rows, for the size budget of the report. */
export function migrationMarkdown(section: MigrationSection | undefined): { head: string[]; rows: string[] } {
  if (!section || section.entries.length === 0) return { head: [], rows: [] };
  const command = deleteCommand(section);
  const head = [
    '',
    '### Migration',
    '',
    `${escapeMarkdown(summaryLine(section))}.`,
    ...(command ? ['', 'Safe to delete (nothing references them):', '', '```sh', command, '```'] : []),
    '',
    '| Module | Kind | Now in | References | Files |',
    '| --- | --- | --- | ---: | --- |',
  ];
  const rows = section.entries.map(
    (entry) =>
      `| ${codeSpan(entry.module, true)} | ${escapeMarkdown(kindOf(entry))} | ${entry.canonical.map((target) => codeSpan(target, true)).join(', ')} | ${entry.references} | ${fileList(entry, (text) => codeSpan(text, true))} |`,
  );
  return { head, rows };
}
