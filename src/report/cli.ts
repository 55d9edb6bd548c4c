#!/usr/bin/env node
// The `ssot-audit` bin: the process-bound shell around `main` (see run-cli.ts).
import { main } from './run-cli.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY,
});
