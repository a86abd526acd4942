import { UsageError } from '../../errors.js';
import { isLoopbackHost } from '../../http/base-url.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import { formatElapsed } from '../../jobs/resume-command.js';
import { resolveGatewayOptions } from '../../providers/gateway-options.js';
import { createGatewayBackend, type GatewayBackend } from '../../providers/gateway-backend.js';
import type { ProviderNote } from '../../providers/types.js';
import type { AudioRun } from './write-audio-note.js';

const GB = 1024 * 1024 * 1024;
const ASSEMBLYAI_MAX_BYTES = 2.2 * GB;
const WHISPER_API_MAX_BYTES = 25 * 1024 * 1024;

function parsePolicies(raw: string | undefined): string[] | undefined {
  return raw?.split(',').map((p) => p.trim()).filter(Boolean);
}

/**
 * The note step for a finished AssemblyAI transcript. The gateway's `{{ transcript }}` tag carries plain text only,
 * so when speaker turns exist they are written into the prompt instead; otherwise the tag and the id are used.
 */
export function writeNoteFromTranscript(
  backend: GatewayBackend,
  base: { specialty: string; template?: string },
  transcript: { id: string; text: string; utterances?: { speaker: string; text: string }[] | null },
): Promise<ProviderNote> {
  const utterances = transcript.utterances?.length ? transcript.utterances : undefined;
  return backend.writeNote(
    { ...base, useTranscriptTag: !utterances, utterances },
    { transcript_id: transcript.id, transcript: transcript.text },
    transcript.id,
  );
}

/** AssemblyAI (upload → transcript with speaker labels → LLM gateway) or an OpenAI-compatible server (Whisper → chat). */
export async function writeGatewayAudioNote(source: string, run: AudioRun): Promise<ProviderNote> {
  const { settings, flags, io, progress, rateGate } = run;
  const gatewayOptions = resolveGatewayOptions(flags, settings.provider);
  const isUrl = /^https?:\/\//i.test(source);
  const base = { specialty: settings.specialty, template: settings.template };
  if (settings.provider === 'assemblyai') {
    if (flags.redactPiiSub !== undefined && flags.redactPiiSub !== 'hash' && flags.redactPiiSub !== 'entity_name') {
      throw new UsageError(`--redact-pii-sub must be "hash" or "entity_name", not "${flags.redactPiiSub}"`);
    }
    if (!isUrl) await inspectAudioFile(source, ASSEMBLYAI_MAX_BYTES, 'AssemblyAI');
    const { createAssemblyAiClients, transcribeAudio } = await import('../../api/assemblyai/index.js');
    const clients = createAssemblyAiClients(settings, io, rateGate);
    const backend = await createGatewayBackend(settings, io, gatewayOptions, rateGate);
    progress.update(isUrl ? 'Submitting the recording…' : `Uploading ${source}…`);
    const transcript = await transcribeAudio(clients, isUrl ? { url: source } : { path: source }, {
      speechModel: flags.speechModel,
      redactPii: flags.redactPii === true,
      redactPiiPolicies: parsePolicies(flags.redactPiiPolicies),
      redactPiiSub: flags.redactPiiSub as 'hash' | 'entity_name' | undefined,
      signal: io.ctx.signal,
      waitTimeoutMs: flags.waitTimeoutMs,
      resume: { specialty: settings.specialty, baseUrl: flags.baseUrl },
      onProgress: (label, ms) => progress.update(`Transcribing (${label})… ${formatElapsed(ms)}`),
    });
    progress.update('Writing the note…');
    return writeNoteFromTranscript(backend, base, transcript);
  }
  if (isUrl) throw new UsageError('a URL works only with --provider assemblyai; download the recording first');
  const local = isLoopbackHost(settings.openai.baseUrl.hostname);
  await inspectAudioFile(source, local ? ASSEMBLYAI_MAX_BYTES : WHISPER_API_MAX_BYTES, local ? 'the model server' : 'OpenAI');
  const { createOpenAiClient } = await import('../../api/openai/index.js');
  const client = createOpenAiClient(settings, io, rateGate);
  const backend = await createGatewayBackend(settings, io, gatewayOptions, rateGate);
  progress.update(`Transcribing ${source}…`);
  const { text } = (await client.transcribeAudio(source, { model: flags.speechModel })).data;
  progress.update('Writing the note…');
  return backend.writeNote({ ...base, useTranscriptTag: false, transcript: text }, { transcript: text });
}
