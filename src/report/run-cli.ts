// `ssot-audit` without the process: arguments, streams and cwd come in, an exit code goes out, so
// the whole command can be tested in-process. `cli.ts` binds it to the real process.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { runAudit } from './audit.js';
import { AuditUsageError } from './errors.js';
import { renderMarkdown } from './markdown.js';
import { createProgress } from './progress.js';
import { renderSarif } from './sarif.js';
import { countOf, renderTable } from './table.js';
import { checkThresholds, describeThreshold } from './thresholds.js';
import { PACKAGE_INFO } from '../package-info.js';
import { describeUnmatched } from './unmatched-globs.js';

export interface CliIO {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdoutIsTTY: boolean;
  /** Timestamp of the report (tests pin it). */
  now?: Date;
}

export const EXIT_OK = 0;
export const EXIT_BELOW_MINIMUM = 1;
export const EXIT_USAGE = 2;

async function writeOutput(file: string, text: string, io: CliIO): Promise<void> {
  if (file === '-') {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new AuditUsageError(`Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function audit(options: CliOptions, io: CliIO): Promise<number> {
  const progress = createProgress(io.stderr, io.stdoutIsTTY);
  let outcome;
  try {
    outcome = await runAudit({
      cwd: io.cwd,
      paths: options.paths,
      ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
      categories: options.categories,
      rules: options.rules,
      ...(io.stdoutIsTTY
        ? {
            onFileLinted: () => {
              progress.tick();
            },
          }
        : {}),
      ...(io.now ? { now: io.now } : {}),
    });
  } finally {
    progress.done();
  }
  const { report, ruleUrls, ruleDocs, unmatchedGlobs } = outcome;
  const thresholds = checkThresholds(report, options.thresholds);
  const { jsonFile, markdownFile, sarifFile } = options;

  const stdoutTaken = [jsonFile, markdownFile, sarifFile].includes('-');
  if (!stdoutTaken) io.stdout.write(renderTable(report, { top: options.top, thresholds }));
  if (jsonFile !== undefined) await writeOutput(jsonFile, `${JSON.stringify(report, null, 2)}\n`, io);
  if (markdownFile !== undefined) {
    await writeOutput(
      markdownFile,
      renderMarkdown(report, {
        top: options.top,
        thresholds,
        ruleUrls,
        ...(jsonFile === undefined ? {} : { jsonFile }),
      }),
      io,
    );
  }
  if (sarifFile !== undefined) {
    await writeOutput(sarifFile, renderSarif(report, { projectRoot: path.resolve(io.cwd), ruleDocs }), io);
  }

  for (const unmatched of unmatchedGlobs) io.stderr.write(`ssot-audit: warning: ${describeUnmatched(unmatched)}\n`);
  if (report.parse_errors.length > 0) {
    io.stderr.write(
      `ssot-audit: ${countOf(report.parse_errors.length, 'file')} could not be parsed and ${report.parse_errors.length === 1 ? 'was' : 'were'} not checked (see the report).\n`,
    );
  }
  const failed = thresholds.filter((result) => !result.passed);
  for (const result of failed) io.stderr.write(`ssot-audit: ${describeThreshold(result)}.\n`);
  return failed.length > 0 ? EXIT_BELOW_MINIMUM : EXIT_OK;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    if (command.command === 'help') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (command.command === 'version') {
      io.stdout.write(`${PACKAGE_INFO.name} ${PACKAGE_INFO.version}\n`);
      return EXIT_OK;
    }
    return await audit(command, io);
  } catch (error) {
    if (error instanceof AuditUsageError) {
      io.stderr.write(`ssot-audit: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // Anything else is a bug (ours or a rule's): keep the stack, still exit 2 like eslint does.
    io.stderr.write(
      `ssot-audit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_USAGE;
  }
}
