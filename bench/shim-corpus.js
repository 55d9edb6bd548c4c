// `node bench/shim-corpus.js <corpus-dir> [--scan]`: how canonical-imports' shim detection does on
// real compat modules (issue #17). bench/shim-corpus.json lists them (repository, commit, path, shape,
// whether a user would expect zero-configuration detection); <corpus-dir>/repos/<owner>+<name>/ holds
// each repository's source tree at that commit (bench/README.md says how to make it). Prints
// recognition per shape and every module that goes against expectation; with --scan also runs
// detection over every module of every repository and prints each one it accepts, for checking by
// hand (false positives). Uses the built plugin (dist/): run `npm run build` first. Nobody's code is
// kept in this repository, only where it is.
import fs from 'node:fs';
import path from 'node:path';
import { resolveShim } from '../dist/rules/canonical-imports/shims.js';
import { resetAllCaches } from '../dist/project/cache-registry.js';

const [corpus, flag] = process.argv.slice(2);
if (!corpus) {
  console.error('usage: node bench/shim-corpus.js <corpus-dir> [--scan]');
  process.exit(2);
}
const modules = JSON.parse(fs.readFileSync(new URL('./shim-corpus.json', import.meta.url), 'utf8'));
const rootOf = (repo) => path.join(corpus, 'repos', repo.replace('/', '+'));
// The deprecation helpers the marker-shaped modules call, for the opt-in `deprecationCalls` mark.
const MARKER_CALLS = ['logVersion010MigrationWarning', 'deprecated', 'console.warn', 'warnDeprecated'];

/** What detection says of a file: 'shim' (how many targets), 'cycle', or 'no'. */
function detect(file, rootDir, detection) {
  const found = resolveShim(file, rootDir, detection);
  if (!found) return 'no';
  return found.kind === 'cycle' ? 'cycle' : `shim→${found.targets.length}`;
}

const markers = { calls: MARKER_CALLS, inShimFolder: () => false, key: 'markers' };
const rows = new Map();
const misses = [];
for (const entry of modules) {
  const rootDir = rootOf(entry.repo);
  const file = path.join(rootDir, entry.path);
  const zeroConfig = detect(file, rootDir);
  const withMarkers = entry.shape === 'marker' ? detect(file, rootDir, markers) : zeroConfig;
  const found = (entry.shape === 'marker' ? withMarkers : zeroConfig) !== 'no';
  const row = rows.get(entry.shape) ?? { modules: 0, expected: 0, found: 0, foundExpected: 0 };
  row.modules++;
  if (entry.expected || entry.shape === 'marker') row.expected++;
  if (found) row.found++;
  if (found && (entry.expected || entry.shape === 'marker')) row.foundExpected++;
  rows.set(entry.shape, row);
  const wanted = entry.expected || entry.shape === 'marker';
  if (found !== wanted)
    misses.push(
      `${found ? 'ACCEPTED' : 'MISSED  '} ${entry.shape} ${entry.repo} ${entry.path} (${zeroConfig}/${withMarkers})`,
    );
}
console.log('| Shape | Modules | Expected | Found | Found of expected |');
console.log('|---|---|---|---|---|');
for (const [shape, row] of [...rows].sort()) {
  console.log(`| ${shape} | ${row.modules} | ${row.expected} | ${row.found} | ${row.foundExpected}/${row.expected} |`);
}
console.log(`\n${misses.length ? misses.join('\n') : 'no misses'}`);

if (flag === '--scan') {
  const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
  for (const repo of [...new Set(modules.map((entry) => entry.repo))]) {
    resetAllCaches();
    const rootDir = rootOf(repo);
    const files = fs
      .readdirSync(rootDir, { recursive: true })
      .filter(
        (file) => SOURCE.test(file) && !/\.d\.[cm]?ts$/.test(file) && !file.split(path.sep).includes('node_modules'),
      );
    const accepted = files.filter((file) => detect(path.join(rootDir, file), rootDir) !== 'no');
    console.log(`\n## ${repo}: ${accepted.length} of ${files.length} modules accepted`);
    for (const file of accepted) console.log(`  ${file}`);
  }
}
