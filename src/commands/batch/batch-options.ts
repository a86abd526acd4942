import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../../errors.js';
import { parseShard, type Shard } from '../../batch/shard.js';

const text = z.string().optional();
const flag = z.literal(true).optional();

/** The raw batch flags, as commander hands them over. */
export const batchFlags = { outDir: text, overwrite: flag, report: text, concurrency: text, shard: text, failFast: flag, fromList: text };

export interface BatchOptions {
  outDir: string | undefined;
  overwrite: boolean;
  report: string | undefined;
  concurrency: number;
  shard: Shard | undefined;
  failFast: boolean;
  fromList: string | undefined;
  /** Any batch-only flag was given: the run is a batch even with one input. */
  forced: boolean;
}

/** --concurrency: 1 to 64 workers. */
function parseConcurrency(raw: string | undefined): number {
  if (raw === undefined) return 4;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, not "${raw}"`);
  }
  return Number(raw);
}

/** The batch flags, checked before any input is looked at; options that only make sense with --out-dir need it. */
export function parseBatchOptions(flags: { [K in keyof typeof batchFlags]?: z.output<(typeof batchFlags)[K]> }): BatchOptions {
  if (flags.overwrite && !flags.outDir) throw new UsageError('--overwrite only applies with --out-dir');
  return {
    outDir: flags.outDir,
    overwrite: Boolean(flags.overwrite),
    report: flags.report,
    concurrency: parseConcurrency(flags.concurrency),
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
    failFast: Boolean(flags.failFast),
    fromList: flags.fromList,
    forced: Boolean(flags.fromList || flags.outDir || flags.report || flags.shard || flags.concurrency || flags.failFast),
  };
}

const GLOB = /[*?[\]{}]/;

/** A batch run: several inputs, a folder, a glob, a list, or any batch-only option. One plain file stays a single run. */
async function isBatchRun(args: string[], batch: BatchOptions): Promise<boolean> {
  if (args.length !== 1 || batch.forced) return true;
  const only = args[0]!;
  if (only === '-' || /^https?:\/\//i.test(only)) return false;
  try {
    return (await stat(only)).isDirectory();
  } catch {
    return GLOB.test(only);
  }
}

/**
 * One input or many: refuses no input at all and -o with several, then says which path to take. `noun` names the
 * input in the error ("transcript", "recording").
 */
export async function chooseRunMode(inputs: string[], batch: BatchOptions, output: string | undefined, noun: string): Promise<'single' | 'batch'> {
  if (inputs.length === 0 && !batch.fromList) throw new UsageError(`no ${noun} given`, { hint: `give a ${noun} file (or - for stdin, or --from-list FILE)` });
  const isBatch = await isBatchRun(inputs, batch);
  if (isBatch && output) throw new UsageError('-o/--output writes one note; for several inputs use --out-dir');
  return isBatch ? 'batch' : 'single';
}
