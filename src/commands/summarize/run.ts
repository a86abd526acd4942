import type { CommandIo } from '../command-io.js';
import { shouldUseColor } from '../../context.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { ExitCode } from '../../exit-codes.js';
import { readVisits } from '../../input/visits.js';
import type { VisitSummaryRequest } from '../../note/index.js';
import { prepareSingleOutput } from '../../output/prepare-outputs.js';
import { renderVisitSummary } from '../../render/visit-summary.js';
import { isDecoratedTerminal } from '../../ui/progress.js';
import { createStyle, PLAIN_STYLE } from '../../ui/style.js';
import { startCommandProgress } from '../shared/progress.js';
import { announceDefaultProvider, namedInputs, saveOrHandOver } from '../shared/emit-note.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { SummarizeOptions } from './options.js';

/** Applies --focus / --patient-* over what the visits file says. */
export function applySummaryOverrides(request: VisitSummaryRequest, overrides: SummarizeOptions['overrides']): VisitSummaryRequest {
  const patient = { ...request.patient_info };
  if (overrides.patientName !== undefined) patient.name = overrides.patientName;
  if (overrides.patientAge !== undefined) patient.age = overrides.patientAge;
  return {
    ...request,
    ...(Object.keys(patient).length ? { patient_info: patient } : {}),
    ...(overrides.focus !== undefined ? { focus: overrides.focus } : {}),
  };
}

/** `soap summarize`: validates the visits locally, then asks the backend (POST /v1/visit-summary for SOAPNoteAPI). */
export async function runSummarize(options: SummarizeOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  const request = applySummaryOverrides(await readVisits(options.files, io.ctx, options.date, io.warn), options.overrides);
  await prepareSingleOutput(options.output, namedInputs(options.files.map((file) => ['the visits file', file])), io.ctx.cwd);
  const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  announceDefaultProvider(settings, io);
  const json = settings.format === 'json';
  const progress = await startCommandProgress(io, 'Summarizing visits…', !json && !io.globals.quiet);
  let summary;
  try {
    summary = await backend.summarizeVisits(request);
  } finally {
    progress.stop();
  }
  const toFile = options.output !== undefined;
  const color = !toFile && shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color);
  const text = json
    ? `${JSON.stringify(summary, null, 2)}\n`
    : renderVisitSummary(summary, color ? await createStyle(true) : PLAIN_STYLE, !toFile && isDecoratedTerminal(io.ctx.stdout));
  if (toFile) await saveOrHandOver(options.output!, text, io, { noun: 'summary' });
  else io.ctx.stdout.write(text);
  return ExitCode.ok;
}
