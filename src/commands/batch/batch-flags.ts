import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';

export interface BatchFlags {
  outDir?: string;
  overwrite?: boolean;
  report?: string;
  concurrency?: string;
  shard?: string;
  failFast?: boolean;
  fromList?: string;
}

/** Options of the commands that take many inputs (note, audio). */
export function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('--out-dir <dir>', 'write one note per input under this folder, mirroring the inputs (<stem>.soap.<ext>); existing ones are skipped')
    .option('--overwrite', 'with --out-dir: write notes again even when they exist')
    .option('--report <file>', 'write an NDJSON line per input: input, output, status, noteId, attempts, duration_ms, error')
    .option('--concurrency <n>', 'inputs processed at once (default 4)')
    .option('--shard <i/n>', 'process only share i of n (stable by path), for splitting one corpus across machines')
    .option('--fail-fast', 'stop scheduling at the first failure')
    .option('--from-list <file>', 'read input paths from a file, one per line (- for stdin)');
}

const GLOB = /[*?[\]{}]/;

/** A batch run: several inputs, a folder, a glob, a list, or any batch-only option. One plain file stays a single run. */
export async function isBatchRun(args: string[], flags: BatchFlags): Promise<boolean> {
  if (args.length !== 1 || flags.fromList || flags.outDir || flags.report || flags.shard || flags.concurrency || flags.failFast) return true;
  const only = args[0]!;
  if (only === '-' || /^https?:\/\//i.test(only)) return false;
  try {
    return (await stat(only)).isDirectory();
  } catch {
    return GLOB.test(only);
  }
}

/** --concurrency: 1 to 64 workers. */
export function parseConcurrency(raw: string | undefined): number {
  if (raw === undefined) return 4;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, not "${raw}"`);
  }
  return Number(raw);
}

/** Options that only make sense with --out-dir are refused without it. */
export function checkBatchFlags(flags: BatchFlags): void {
  if (flags.overwrite && !flags.outDir) throw new UsageError('--overwrite only applies with --out-dir');
}

/**
 * One input or many: refuses no input at all and -o with several, then says which path to take. `noun` names the
 * input in the error ("transcript", "recording").
 */
export async function chooseRunMode(inputs: string[], flags: BatchFlags & { output?: string }, noun: string): Promise<'single' | 'batch'> {
  checkBatchFlags(flags);
  if (inputs.length === 0 && !flags.fromList) throw new UsageError(`no ${noun} given`, { hint: `give a ${noun} file (or - for stdin, or --from-list FILE)` });
  const batch = await isBatchRun(inputs, flags);
  if (batch && flags.output) throw new UsageError('-o/--output writes one note; for several inputs use --out-dir');
  return batch ? 'batch' : 'single';
}
