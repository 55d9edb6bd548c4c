// `npm run test:eslint9`: the robustness integration suite against ESLint 9 instead of 10. ESLint
// 9 is installed as the `eslint-v9` npm alias; SSOT_ESLINT=9 makes tests/integration/helpers.ts run
// its CLI and Node API. Extra arguments go to vitest (e.g. `-- -t security`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules', 'eslint-v9', 'package.json'), 'utf8'));
console.log(`Robustness integration tests against ESLint ${version} (eslint-v9)`);

const run = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/integration/robustness-', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SSOT_ESLINT: '9' } },
);
process.exit(run.status ?? 1);
