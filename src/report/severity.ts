// How far a file is past its `ssot/max-lines` limit, for ranking files by how bad they are rather
// than by how many messages they have (a 2,056-line file and a 515-line one each get one message).
// ESLint results carry a message's text but not the data it was built from, so the figures are
// read back from the text, in the forms of src/rules/max-lines/index.ts (`tooLong` and
// `exceptionCeilingExceeded`; tests/report/severity.test.ts lints with the rule to keep them in step).
import type { AuditMessage } from './score.js';

export const MAX_LINES_RULE = 'ssot/max-lines';

/** "… has 2,056 lines (limit 300 for …)" and "… has 812 lines and grew past its exception ceiling of 700 …". */
const PAST_LIMIT_FORMS: readonly RegExp[] = [
  / has (?<count>\d[\d,]*) lines \(limit (?<limit>\d[\d,]*) for /u,
  / has (?<count>\d[\d,]*) lines and grew past its exception ceiling of (?<limit>\d[\d,]*)\b/u,
];

/** Counts are printed with thousands separators ("2,056"). */
function parseCount(text: string): number {
  return Number(text.replaceAll(',', ''));
}

/** Lines over the limit a `ssot/max-lines` message reports; 0 for any other message. */
export function linesOverLimit(message: Pick<AuditMessage, 'rule' | 'message'>): number {
  if (message.rule !== MAX_LINES_RULE) return 0;
  for (const form of PAST_LIMIT_FORMS) {
    const groups = form.exec(message.message)?.groups;
    if (groups?.count !== undefined && groups.limit !== undefined) {
      return Math.max(0, parseCount(groups.count) - parseCount(groups.limit));
    }
  }
  return 0;
}

/** The most lines over a limit that any of a file's messages reports (a file gets one such message). */
export function fileLinesOverLimit(messages: readonly Pick<AuditMessage, 'rule' | 'message'>[]): number {
  return Math.max(0, ...messages.map(linesOverLimit));
}
