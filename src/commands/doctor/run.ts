import type { CommandIo } from '../command-io.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { createStyle } from '../../ui/style.js';
import { diagnose, type DoctorReport } from './diagnose.js';
import type { DoctorOptions } from './options.js';
import { renderDoctorReport } from './render-report.js';

/** 0 when all is well; 3 when every problem is a key refused or missing; 1 for anything else. */
function exitCodeOf(report: DoctorReport): number {
  if (report.problems.length === 0) return ExitCode.ok;
  return report.problems.every((p) => p.kind === 'key') ? ExitCode.auth : ExitCode.failure;
}

/** `soap doctor`: the findings on stdout (people or --json), then one stderr line per problem: where, what, what to do. */
export async function runDoctor(options: DoctorOptions, io: CommandIo): Promise<number> {
  const report = await diagnose(options, io);
  if (options.json) {
    io.ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return exitCodeOf(report);
  }
  const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
  io.ctx.stdout.write(renderDoctorReport(report, style));
  for (const problem of report.problems) io.ctx.stderr.write(`✗ ${problem.where}: ${problem.message} — ${problem.hint}\n`);
  return exitCodeOf(report);
}
