// docs/report.md shows the real audit of examples/: its marked sections are what
// `npm run docs:report` (scripts/docs-report.js, run on the build) generates. After a change to a rule,
// an example or the report format, run `npm run docs:report` and commit the result.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runNode } from '../integration/helpers.js';

const docFile = path.join(repoRoot, 'docs', 'report.md');

/** What may differ between machines and releases without the doc being stale. */
function normalise(text: string): string {
  return text
    .split(repoRoot)
    .join('<repo>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/gu, '<date>')
    .replace(/("version": )"[^"]*"/gu, '$1"<version>"')
    .replace(/\b\d+(?:\.\d+)?ms\b/gu, '<duration>');
}

describe('docs/report.md', () => {
  it('shows the summary and JSON that npm run docs:report generates from examples/', async () => {
    const run = await runNode([path.join(repoRoot, 'scripts', 'docs-report.js'), '--stdout'], repoRoot);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const committed = fs.readFileSync(docFile, 'utf8');
    for (const name of ['summary', 'json']) {
      expect(committed).toContain(`<!-- begin docs:report ${name} -->\n\`\`\``);
    }
    expect(normalise(committed), 'docs/report.md is stale: run npm run docs:report').toBe(normalise(run.stdout));
  });
});
