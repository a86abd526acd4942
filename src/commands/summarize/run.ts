import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { shouldUseColor } from '../../context.js';
import { resolveSettings, type CommonFlags } from '../../config/resolve-settings.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import type { GatewayFlags } from '../../providers/gateway-options.js';
import { announceDefaultProvider } from '../../providers/announce-default.js';
import type { VisitSummaryRequest } from '../../api/soapnoteapi/visit-schemas.js';
import { readVisits, type DateRule } from '../../input/visits.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import { renderVisitSummary } from '../../render/visit-summary.js';
import { createStyle, PLAIN_STYLE } from '../../ui/style.js';
import { startProgress } from '../../ui/progress.js';

export interface SummarizeFlags extends CommonFlags, Pick<GatewayFlags, 'model' | 'maxTokens'> {
  focus?: string;
  patientName?: string;
  patientAge?: string;
  date: DateRule;
  output?: string;
}

/** Applies --focus / --patient-* over what the visits file says. */
export function applySummaryFlags(request: VisitSummaryRequest, flags: SummarizeFlags): VisitSummaryRequest {
  const patient = { ...request.patient_info };
  if (flags.patientName !== undefined) patient.name = flags.patientName;
  if (flags.patientAge !== undefined) {
    if (!/^\d{1,3}$/.test(flags.patientAge) || Number(flags.patientAge) > 150) throw new UsageError(`--patient-age must be a whole number of years, not "${flags.patientAge}"`);
    patient.age = Number(flags.patientAge);
  }
  return {
    ...request,
    ...(Object.keys(patient).length ? { patient_info: patient } : {}),
    ...(flags.focus !== undefined ? { focus: flags.focus } : {}),
  };
}

/** `soap summarize`: validates the visits locally, then asks the backend (POST /v1/visit-summary for SOAPNoteAPI). */
export async function runSummarize(files: string[], flags: SummarizeFlags, io: CommandIo): Promise<number> {
  const settings = resolveSettings(flags, io.ctx.env);
  const request = applySummaryFlags(await readVisits(files, io.ctx.stdin, flags.date), flags);
  const backend = await loadNoteBackend(settings, io, { gateway: { model: flags.model, maxTokens: flags.maxTokens } });
  announceDefaultProvider(settings, io);
  const json = settings.format === 'json';
  const progress = await startProgress(io.ctx.stderr, 'Summarizing visits…', !json && !io.globals.quiet);
  let summary;
  try {
    summary = await backend.summarizeVisits(request);
  } finally {
    progress.stop();
  }
  const toFile = flags.output !== undefined;
  const color = !toFile && shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color);
  const text = json
    ? `${JSON.stringify(summary, null, 2)}\n`
    : renderVisitSummary(summary, color ? await createStyle(true) : PLAIN_STYLE, !toFile && io.ctx.stdout.isTTY === true);
  if (toFile) await writeFileAtomic(flags.output!, text);
  else io.ctx.stdout.write(text);
  return ExitCode.ok;
}
