// The report as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers: one run of
// one tool, a rule entry for each rule the report counts, and a result for each violation.
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL } from '../util/create-rule.js';
import type { RuleDocs } from './audit.js';
import type { AuditMessage, ComplianceReport, ParseError } from './score.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base the results' relative paths are resolved against: the directory the audit ran in. */
export const PROJECT_ROOT_ID = '%SRCROOT%';

export interface SarifOptions {
  /** Absolute path of the directory the report's paths are relative to (the audit's cwd). */
  projectRoot: string;
  /** Rule id → what its `meta.docs` says, for the rules' descriptions and help links. */
  ruleDocs?: Readonly<Record<string, RuleDocs>>;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion };
}

interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: SarifLocation[];
}

interface SarifNotification {
  level: 'error';
  message: { text: string };
  locations: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  }[];
}

/** A report path as a URI reference: the same `/`-separated segments, each percent-encoded. */
export function pathToUri(reportPath: string): string {
  return reportPath.split('/').map(encodeURIComponent).join('/');
}

function location(reportPath: string, region: SarifRegion): SarifLocation {
  return { physicalLocation: { artifactLocation: { uri: pathToUri(reportPath), uriBaseId: PROJECT_ROOT_ID }, region } };
}

/**
 * ESLint's lines and columns are 1-based and its end column is the one just past the range, as in
 * SARIF; a rule may report line 0 or no end, which SARIF does not allow or needs no more than the start.
 */
function regionOf(message: AuditMessage): SarifRegion {
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  if (message.end_line === undefined || message.end_column === undefined) return { startLine, startColumn };
  return {
    startLine,
    startColumn,
    endLine: Math.max(startLine, message.end_line),
    endColumn: Math.max(1, message.end_column),
  };
}

function ruleOf(id: string, docs: RuleDocs | undefined): SarifRule {
  const url = docs?.url;
  return {
    id,
    ...(docs?.description ? { shortDescription: { text: docs.description } } : {}),
    // The schema wants an absolute URI: a plugin's relative or malformed docs URL is left out.
    ...(url !== undefined && URL.canParse(url) ? { helpUri: url } : {}),
  };
}

function notificationOf(error: ParseError): SarifNotification {
  return {
    level: 'error',
    message: { text: `Not checked: ${error.message}` },
    locations: [location(error.path, { startLine: Math.max(1, error.line) })],
  };
}

export function buildSarifLog(report: ComplianceReport, options: SarifOptions): SarifLog {
  const ruleIds = Object.keys(report.by_rule);
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results = report.files.flatMap((file) =>
    file.messages.map((message): SarifResult => ({
      ruleId: message.rule,
      ruleIndex: ruleIndex.get(message.rule) ?? -1,
      level: message.severity,
      message: { text: message.message },
      locations: [location(file.path, regionOf(message))],
    })),
  );
  // A directory URI ends with a slash, or the last segment would be replaced when paths are resolved.
  const rootUri = pathToFileURL(options.projectRoot).href.replace(/\/?$/u, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: ruleIds.map((id) => ruleOf(id, options.ruleDocs?.[id])),
          },
        },
        originalUriBaseIds: { [PROJECT_ROOT_ID]: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
        // Files that could not be parsed were not checked: a viewer shows that next to the results.
        invocations: [
          { executionSuccessful: true, toolExecutionNotifications: report.parse_errors.map(notificationOf) },
        ],
      },
    ],
  };
}

export function renderSarif(report: ComplianceReport, options: SarifOptions): string {
  return `${JSON.stringify(buildSarifLog(report, options), null, 2)}\n`;
}
