// The SARIF log, checked against the official SARIF 2.1.0 JSON schema (shipped in
// @microsoft/jest-sarif, draft-04, validated with ajv 6, the last ajv that reads draft-04).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildSarifLog, type SarifLog } from '../../src/report/sarif.js';
import { buildReport } from '../../src/report/score.js';
import { REPOSITORY_URL } from '../../src/util/create-rule.js';
import { fixture, repoRoot, runCli, temporaryDir } from './helpers.js';

const require = createRequire(import.meta.url);
const ajv = new Ajv({ schemaId: 'id', allErrors: true, format: 'full' });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((error) => `${error.dataPath} ${error.message}`);
}

async function fixtureLog(): Promise<SarifLog> {
  const { code, stdout, stderr } = await runCli(['--sarif', '-']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as SarifLog;
}

describe('ssot-audit --sarif on the fixture project', () => {
  it('writes a log the SARIF 2.1.0 schema accepts', async () => {
    expect(schemaErrors(await fixtureLog())).toEqual([]);
  });

  it('describes the tool and each reported rule from its meta.docs', async () => {
    const [run] = (await fixtureLog()).runs;
    expect(run?.tool.driver).toEqual({
      name: 'eslint-plugin-ssot',
      version,
      informationUri: REPOSITORY_URL,
      rules: [
        {
          id: 'ssot/no-process-env',
          shortDescription: { text: expect.stringMatching(/environment/iu) as string },
          helpUri: `${REPOSITORY_URL}/blob/main/docs/rules/no-process-env.md`,
        },
      ],
    });
  });

  it('gives each violation its rule, level, message and region, relative to the project root', async () => {
    const [run] = (await fixtureLog()).runs;
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(fixture).href}/` } });
    expect(run?.results).toEqual([
      {
        ruleId: 'ssot/no-process-env',
        ruleIndex: 0,
        level: 'warning',
        message: { text: expect.stringContaining('process.env') as string },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'src/routes/health.ts', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 21, endLine: 2, endColumn: 37 },
            },
          },
        ],
      },
    ]);
  });

  it('writes a file next to the summary, or refuses to share stdout', async () => {
    const out = temporaryDir();
    const written = await runCli(['--sarif', path.join(out, 'reports/ssot.sarif')]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('SSOT compliance: 83.33%');
    expect(schemaErrors(JSON.parse(readFileSync(path.join(out, 'reports/ssot.sarif'), 'utf8')))).toEqual([]);

    const clash = await runCli(['--sarif', '-', '--json', '-']);
    expect(clash).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ssot-audit: --json - and --sarif - cannot both write to stdout: give one of them a file name.\n',
    });
  });
});

describe('buildSarifLog', () => {
  const report = buildReport(
    [
      {
        path: 'src/odd name#1.ts',
        category: 'real_system',
        messages: [
          { rule: 'ssot/max-lines', line: 0, column: 0, severity: 'error', message: 'Too long.' },
          { rule: 'local/rule', line: 4, column: 2, end_line: 6, end_column: 1, severity: 'warning', message: 'X.' },
        ],
      },
    ],
    {
      parseErrors: [{ path: 'src/broken.ts', line: 3, message: 'Parsing error: x.' }],
      generatedAt: new Date(0),
      tool: { name: 'eslint-plugin-ssot', version: '1.2.3' },
    },
  );
  const log = buildSarifLog(report, {
    projectRoot: path.resolve('/work/my project'),
    ruleDocs: { 'ssot/max-lines': { description: 'Limit lines.', url: 'not a url' } },
  });
  const [run] = log.runs;

  it('encodes paths as URI references and keeps regions within what SARIF allows', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(run?.results.map((result) => result.locations[0]?.physicalLocation)).toEqual([
      {
        artifactLocation: { uri: 'src/odd%20name%231.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1 },
      },
      {
        artifactLocation: { uri: 'src/odd%20name%231.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4, startColumn: 2, endLine: 6, endColumn: 1 },
      },
    ]);
    expect(run?.results.map((result) => result.level)).toEqual(['error', 'warning']);
  });

  it('leaves out rule docs it does not have or that are not URIs', () => {
    expect(run?.tool.driver.rules).toEqual([
      { id: 'local/rule' },
      { id: 'ssot/max-lines', shortDescription: { text: 'Limit lines.' } },
    ]);
    expect(run?.results.map((result) => [result.ruleId, result.ruleIndex])).toEqual([
      ['ssot/max-lines', 1],
      ['local/rule', 0],
    ]);
  });

  it('reports files that could not be parsed as tool notifications', () => {
    expect(run?.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Not checked: Parsing error: x.' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 3 },
                },
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe('the schema check', () => {
  // A check that cannot fail proves nothing: each of these breaks a valid log in one place.
  it.each([
    ['a version other than 2.1.0', (broken: SarifLog) => Object.assign(broken, { version: '2.0.0' })],
    [
      'a level SARIF does not have',
      (broken: SarifLog) => Object.assign(broken.runs[0]?.results[0] ?? {}, { level: 'fatal' }),
    ],
    [
      'a line number below 1',
      (broken: SarifLog) =>
        Object.assign(broken.runs[0]?.results[0]?.locations[0]?.physicalLocation.region ?? {}, { startLine: 0 }),
    ],
    ['a tool without a name', (broken: SarifLog) => Reflect.deleteProperty(broken.runs[0]?.tool.driver ?? {}, 'name')],
    ['a property SARIF does not define', (broken: SarifLog) => Object.assign(broken, { score: 50 })],
  ])('rejects a log with %s', async (_, breakIt) => {
    const broken = await fixtureLog();
    breakIt(broken);
    expect(schemaErrors(broken)).not.toEqual([]);
  });
});
