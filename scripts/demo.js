// `npm run demo`: lint examples/ with the recommended preset, as a user would, and print the findings.
// Never fixes: examples/ must stay as committed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');

const { openMigrationLog, closeMigrationLog } = await import('../dist/project/migration-log.js');
const eslint = new ESLint({ cwd: examplesDir, fix: false });
// canonical-imports tells the report's Migration section what it finds, as under ssot-audit.
const log = openMigrationLog();
const results = await eslint.lintFiles(['src', 'tests']).finally(closeMigrationLog);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results, { cwd: examplesDir, rulesMeta: eslint.getRulesMetaForResults(results) });

console.log(`eslint-plugin-ssot demo: linted ${results.length} files in examples/ with ssot.configs.recommended\n`);
console.log(text.trim() === '' ? 'No problems found.' : text);

// The compliance report of the same results, as `npx ssot-audit src tests` prints it in examples/.
const { reportFromResults, ruleMatcher, ssotSettingsOf } = await import('../dist/report/collect.js');
const { renderTable } = await import('../dist/report/table.js');
const { migrationSection } = await import('../dist/report/migration.js');
const { parseSettings } = await import('../dist/project/settings.js');
const settingsOf = async (filePath) => ssotSettingsOf(await eslint.calculateConfigForFile(filePath));
const report = await reportFromResults(results, {
  cwd: examplesDir,
  settingsOf,
  countsRule: ruleMatcher(),
  generatedAt: new Date(),
});
report.migration = await migrationSection(log, {
  cwd: examplesDir,
  linted: new Set(results.map((result) => result.filePath)),
  rootDirOf: async (filePath) => parseSettings(await settingsOf(filePath), examplesDir).rootDir,
});
console.log(`\nCompliance report (npx ssot-audit src tests, in examples/):\n\n${renderTable(report)}`);
