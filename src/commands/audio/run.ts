import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { readTranscriptText } from '../../note/index.js';
import { startCommandProgress } from '../shared/progress.js';
import { chooseRunMode } from '../batch/batch-options.js';
import { prepareSingleOutput } from '../../output/prepare-outputs.js';
import { emitCheckedNote, requestInputs, runPaidStep } from '../shared/emit-note.js';
import { readNoteRequestBase } from '../shared/note-request.js';
import { reportPendingJob, withResumeHint } from '../shared/resume.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { AudioOptions } from './options.js';
import { audioResumeContext, countAudioRequests, writeAudioNote } from './write-audio-note.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import { assertOutputsApart } from '../../output/outputs-apart.js';
import { printRunPlan } from '../shared/dry-run.js';
import { assertWithinBudget, describeCount } from '../shared/request-count.js';

/** `soap audio`: one recording, or a batch of them (several inputs, folders, globs, --out-dir…). */
export async function runAudio(options: AudioOptions, io: CommandIo): Promise<number> {
  if ((await chooseRunMode(options.inputs, options.batch, options.output, 'recording')) === 'batch') {
    return (await import('./run-batch.js')).runAudioBatch(options, io);
  }
  return runSingleAudio(options.inputs[0]!, options, io);
}

/** A recording in, a SOAP note out, through whichever backend transcribes. */
async function runSingleAudio(input: string, options: AudioOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  if (options.plan.dryRun) return dryRunSingleAudio(input, options, io);
  const count = countAudioRequests(input, options);
  assertWithinBudget(count.total, options.plan.maxRequests, describeCount(count));
  const resume = audioResumeContext(options);
  const base = await readNoteRequestBase(options.request, io, options);
  await prepareSingleOutput(options.output, [{ path: input, label: `the recording ${input}` }, ...requestInputs(options.request)], io.ctx.cwd);
  const progress = await startCommandProgress(io, 'Checking the recording…', settings.format !== 'json' && !io.globals.quiet);
  const outcome = await runPaidStep(progress, io, () =>
    withResumeHint(resume, async () => {
      const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
      return writeAudioNote(input, options, base, backend, {
        wait: options.wait,
        waitTimeoutMs: options.waitTimeoutMs,
        onProgress: (text) => progress.update(text),
        notice: (text) => {
          if (!io.globals.quiet) io.ctx.stderr.write(`! ${text}\n`);
        },
      });
    }),
  );
  if ('pending' in outcome) return reportPendingJob(outcome.pending, resume, settings.format, io);
  const { note } = outcome;
  const transcript = readTranscriptText(note.transcript);
  return emitCheckedNote(note, transcript, options.verify, { format: settings.format, output: options.output, input, showTranscript: options.showTranscript }, io);
}

/** `--dry-run` of one recording: checked as the run would check it (type, size, header), then what it would send. */
async function dryRunSingleAudio(input: string, options: AudioOptions, io: CommandIo): Promise<number> {
  if (!/^https?:\/\//i.test(input)) {
    const limit = options.provider.audioLimit!(connectionOf(options.settings));
    await inspectAudioFile(input, limit.bytes, limit.service);
  }
  if (options.output) await assertOutputsApart([{ path: input, label: `the recording ${input}` }, ...requestInputs(options.request)], [{ path: options.output, label: `-o ${options.output}` }], io.ctx.cwd);
  const count = countAudioRequests(input, options);
  const item = { input, output: options.output ?? 'stdout', action: 'send' as const, requests: count.total };
  return printRunPlan({ command: 'audio', choice: options, specialty: options.specialty, plan: options.plan }, [item], count, io);
}
