import type { Format } from '../../output/formats.js';
import { assertOutputsApart, type NamedPath } from '../../output/outputs-apart.js';
import { expandInputs, type BatchInput } from '../../batch/expand-inputs.js';
import { assertDistinctOutputs, outputPathFor } from '../../batch/output-path.js';
import { selectShard } from '../../batch/shard.js';
import type { CommandIo } from '../command-io.js';
import type { BatchOptions } from './batch-options.js';

export interface PreflightRequest {
  args: string[];
  batch: BatchOptions;
  format: Format;
  extensions: string[];
  /** Files read for every input (--context, --patient-history): never to be written either. */
  otherInputs: NamedPath[];
}

/**
 * Everything a batch checks before the first paid request without writing anything: the inputs expanded and sharded,
 * no two sharing an output, no output (nor the report) the same file as an input or as each other. (--out-dir is
 * created and proven writable after this, once the run is known to go ahead: not for --dry-run or a refused budget.)
 * Every problem is a UsageError (exit 2) while nothing has been sent.
 */
export async function preflightBatch(request: PreflightRequest, io: CommandIo): Promise<BatchInput[]> {
  const { batch, format } = request;
  const { ctx } = io;
  const all = await expandInputs(request.args, { fromList: batch.fromList, stdin: ctx.stdin, signal: ctx.signal, extensions: request.extensions, cwd: ctx.cwd });
  const inputs = batch.shard ? selectShard(all, batch.shard) : all;
  const { outDir, report } = batch;
  if (outDir) assertDistinctOutputs(inputs, outDir, format);
  const outputs: NamedPath[] = outDir ? inputs.map((input) => ({ path: outputPathFor(input, outDir, format), label: `the note of ${input.path} (${outputPathFor(input, outDir, format)})` })) : [];
  if (report) outputs.push({ path: report, label: `--report ${report}` });
  // Every input of the corpus counts, not only this shard's: another shard's transcript is still a transcript.
  const read: NamedPath[] = all.map((input) => ({ path: input.path, label: `the input ${input.path}` }));
  if (batch.fromList !== undefined) read.push({ path: batch.fromList, label: `--from-list ${batch.fromList}` });
  await assertOutputsApart([...read, ...request.otherInputs], outputs, ctx.cwd);
  return inputs;
}
