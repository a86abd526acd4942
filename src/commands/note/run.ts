import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { readJsonFile } from '../../input/json-file.js';
import { readTranscript } from '../../input/transcript.js';
import { noteSchema } from '../../note/index.js';
import { startCommandProgress } from '../shared/progress.js';
import { chooseRunMode } from '../batch/batch-options.js';
import { prepareSingleOutput } from '../../output/prepare-outputs.js';
import { announceDefaultProvider, emitCheckedNote, namedInputs, requestInputs, runPaidStep } from '../shared/emit-note.js';
import { readNoteRequestBase } from '../shared/note-request.js';
import { createBackendRuntime } from '../shared/runtime.js';
import { printRunPlan } from '../shared/dry-run.js';
import { assertWithinBudget, describeCount } from '../shared/request-count.js';
import { assertOutputsApart } from '../../output/outputs-apart.js';
import type { NoteOptions } from './options.js';
import { tuneRegexpsForBatch } from '../../v8-flags.js';

/** `soap note`: one transcript, or a batch of them (several inputs, folders, globs, --out-dir…). */
export async function runNote(options: NoteOptions, io: CommandIo): Promise<number> {
  if ((await chooseRunMode(options.inputs, options.batch, options.output, 'transcript')) === 'batch') {
    tuneRegexpsForBatch();
    return (await import('./run-batch.js')).runNoteBatch(options, io);
  }
  return runSingleNote(options.inputs[0]!, options, io);
}

/** One note: the inputs read and checked, the chosen backend asked for the note, the note printed. */
async function runSingleNote(file: string, options: NoteOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  if (options.plan.dryRun) return dryRunSingleNote(file, options, io);
  assertWithinBudget(options.count.total, options.plan.maxRequests, describeCount(options.count));
  const base = await readNoteRequestBase(options.request, io, options);
  const { text: transcript } = await readTranscript(file, io.ctx);
  const request = { ...base, transcript };
  const previous = options.regenerate ? await readJsonFile(options.regenerate.from, noteSchema, io.ctx) : undefined;
  const read = [{ path: file, label: `the transcript ${file}` }, ...requestInputs(options.request), ...namedInputs([['--from', options.regenerate?.from]])];
  await prepareSingleOutput(options.output, read, io.ctx.cwd);
  const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  announceDefaultProvider(settings, io);
  const progress = await startCommandProgress(io, 'Writing the SOAP note…', settings.format !== 'json' && !io.globals.quiet && settings.provider !== 'local');
  const regenerate = previous && options.regenerate ? { previous, sections: options.regenerate.sections } : undefined;
  const note = await runPaidStep(progress, io, () => backend.createNote(request, regenerate));
  return emitCheckedNote(note, transcript, options.verify, { format: settings.format, output: options.output, input: file, patient: request.context?.patient_info }, io, request.context);
}

/** `--dry-run` of one note: the inputs read and checked as the run would, then what it would send; nothing sent or written. */
async function dryRunSingleNote(file: string, options: NoteOptions, io: CommandIo): Promise<number> {
  await readTranscript(file, io.ctx);
  const read = [{ path: file, label: `the transcript ${file}` }, ...requestInputs(options.request), ...namedInputs([['--from', options.regenerate?.from]])];
  if (options.output) await assertOutputsApart(read, [{ path: options.output, label: `-o ${options.output}` }], io.ctx.cwd);
  const item = { input: file, output: options.output ?? 'stdout', action: 'send' as const, requests: options.count.total };
  return printRunPlan({ command: 'note', choice: options, specialty: options.request.specialty, plan: options.plan }, [item], options.count, io);
}
