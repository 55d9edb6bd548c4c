// `npm run docs:report`: regenerate the sample output in docs/report.md from a real audit of
// examples/ (the project `npm run demo` lints), so the documented figures are the real ones.
// It runs the built `ssot-audit` (dist/) in examples/ as `npx ssot-audit src tests` and
// `npx ssot-audit src tests --json -`, and rewrites what sits between each pair of markers
// `<!-- begin docs:report NAME -->` … `<!-- end docs:report NAME -->`. The report's date is pinned,
// so a second run changes nothing. `--stdout` prints the new docs/report.md instead of writing it
// (tests/docs/report.test.ts compares it with the committed file).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/report/run-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docFile = path.join(root, 'docs', 'report.md');
const examplesDir = path.join(root, 'examples');
const AUDIT_ARGS = ['src', 'tests'];
const PINNED_DATE = new Date('2026-01-15T09:30:00.000Z');

/** Runs `ssot-audit ...args` in examples/ in-process and returns what it prints on stdout. */
async function audit(args) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: examplesDir,
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    stdoutIsTTY: false,
    now: PINNED_DATE,
  });
  if (code !== 0) throw new Error(`ssot-audit ${args.join(' ')} exited with ${code}:\n${stderr}`);
  return stdout;
}

async function sections() {
  const summary = await audit(AUDIT_ARGS);
  const report = JSON.parse(await audit([...AUDIT_ARGS, '--json', '-']));
  // The full list of files would bury the fields; the page says it keeps only the first one.
  const shortened = { ...report, files: report.files.slice(0, 1) };
  return {
    summary: ['```console', `$ npx ssot-audit ${AUDIT_ARGS.join(' ')}`, summary.trimEnd(), '```'].join('\n'),
    json: ['```json', JSON.stringify(shortened, null, 2), '```'].join('\n'),
  };
}

/** docs/report.md with every marked section replaced by its generated text. */
async function generateReportDoc(markdown) {
  let result = markdown;
  for (const [name, text] of Object.entries(await sections())) {
    const begin = `<!-- begin docs:report ${name} -->`;
    const end = `<!-- end docs:report ${name} -->`;
    const start = result.indexOf(begin);
    const stop = result.indexOf(end);
    if (start === -1 || stop < start) throw new Error(`docs/report.md has no "${begin}" … "${end}" section.`);
    result = `${result.slice(0, start + begin.length)}\n${text}\n${result.slice(stop)}`;
  }
  return result;
}

const generated = await generateReportDoc(readFileSync(docFile, 'utf8'));
if (process.argv.includes('--stdout')) {
  process.stdout.write(generated);
} else {
  writeFileSync(docFile, generated);
  console.log(`docs/report.md: sample output regenerated from the audit of examples/ (${AUDIT_ARGS.join(' ')}).`);
}
