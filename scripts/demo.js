// `npm run demo`: lint examples/ with the recommended preset, as a user would, and print the findings.
// Never fixes: examples/ must stay as committed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');

const { auditResults, lintWithMigrationLog } = await import('../dist/report/audit.js');
const eslint = new ESLint({ cwd: examplesDir, fix: false });
// canonical-imports tells the report's Migration section what it finds, as under ssot-audit.
const { linted: results, log } = await lintWithMigrationLog(() => eslint.lintFiles(['src', 'tests']));
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results, { cwd: examplesDir, rulesMeta: eslint.getRulesMetaForResults(results) });

console.log(`eslint-plugin-ssot demo: linted ${results.length} files in examples/ with ssot.configs.recommended\n`);
console.log(text.trim() === '' ? 'No problems found.' : text);

// The compliance report of the same results, as `npx ssot-audit src tests` prints it in examples/.
const { ruleMatcher } = await import('../dist/report/collect.js');
const { renderTable } = await import('../dist/report/table.js');
const { report } = await auditResults(eslint, results, log, { cwd: examplesDir, countsRule: ruleMatcher() });
console.log(`\nCompliance report (npx ssot-audit src tests, in examples/):\n\n${renderTable(report)}`);
