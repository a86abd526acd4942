import { HttpFailure } from '../http-emulator.js';
import type { Reading } from '../openai/reading.js';
import type { TranscriptRequestIn } from './transcript-store.js';

const POLICIES = new Set(['person_name', 'organization', 'occupation', 'medical_condition', 'drug', 'phone_number', 'email_address', 'date_of_birth', 'location', 'healthcare_number']);

/**
 * Medical Mode (`domain: "medical-v1"`): `supported`; `refused`, as a server whose schema has no `domain` (the
 * 2026-03-23 openapi.yml) answers, a 400 naming the field; `unsupported-language`, accepted but skipped with the
 * documented warning.
 */
export type MedicalMode = 'supported' | 'refused' | 'unsupported-language';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** The speaker fields: `speakers_expected` (seeds era) or `speaker_options` (later), not both. */
function validateSpeakers(json: Record<string, unknown>): Pick<TranscriptRequestIn, 'speakers_expected' | 'speaker_options'> {
  const { speakers_expected, speaker_options } = json;
  if (speakers_expected !== undefined && speakers_expected !== null && !isCount(speakers_expected)) throw new HttpFailure(400, 'speakers_expected must be a positive integer');
  if (speaker_options === undefined || speaker_options === null) return typeof speakers_expected === 'number' ? { speakers_expected } : {};
  const o = speaker_options as Record<string, unknown>;
  const ok = typeof o === 'object' && [o.min_speakers_expected, o.max_speakers_expected].every((v) => v === undefined || isCount(v));
  if (!ok) throw new HttpFailure(400, 'speaker_options must have integer min_speakers_expected / max_speakers_expected');
  if (typeof speakers_expected === 'number') throw new HttpFailure(400, 'speakers_expected and speaker_options cannot be used together');
  return { speaker_options: { ...(o.min_speakers_expected !== undefined ? { min_speakers_expected: o.min_speakers_expected as number } : {}), ...(o.max_speakers_expected !== undefined ? { max_speakers_expected: o.max_speakers_expected as number } : {}) } };
}

/**
 * The subset of POST /v2/transcript the emulator honours, validated the way the service refuses bad input (400).
 * In the current reading `speech_models` is required ("There is no default model. If you omit speech_models, the
 * request will fail", 2026-03-23) and the deprecated singular `speech_model` is refused.
 */
export function validateTranscriptRequest(json: Record<string, unknown>, reading: Reading, medical: MedicalMode): TranscriptRequestIn {
  const { audio_url, speech_models, redact_pii, redact_pii_policies, redact_pii_sub, speaker_labels, domain } = json;
  if (typeof audio_url !== 'string' || !/^https?:\/\//.test(audio_url)) throw new HttpFailure(400, 'audio_url must be an http(s) URL');
  if (speech_models !== undefined && (!isStringArray(speech_models) || speech_models.length === 0)) throw new HttpFailure(400, 'speech_models must be a non-empty list of strings');
  if (reading === 'current' && speech_models === undefined) throw new HttpFailure(400, 'speech_models is required: there is no default model');
  if (reading === 'current' && json.speech_model !== undefined) throw new HttpFailure(400, 'speech_model is deprecated: use speech_models');
  if (redact_pii !== undefined && typeof redact_pii !== 'boolean') throw new HttpFailure(400, 'redact_pii must be a boolean');
  if (redact_pii_policies !== undefined && !isStringArray(redact_pii_policies)) throw new HttpFailure(400, 'redact_pii_policies must be a list of strings');
  if (redact_pii && !redact_pii_policies?.length) throw new HttpFailure(400, 'redact_pii_policies must be provided when redact_pii is true');
  const unknown = redact_pii_policies?.find((p) => !POLICIES.has(p));
  if (unknown) throw new HttpFailure(400, `Unknown PII policy: ${unknown}`);
  if (redact_pii_sub !== undefined && redact_pii_sub !== null && redact_pii_sub !== 'hash' && redact_pii_sub !== 'entity_name') {
    throw new HttpFailure(400, 'redact_pii_sub must be "hash" or "entity_name"');
  }
  if (speaker_labels !== undefined && typeof speaker_labels !== 'boolean') throw new HttpFailure(400, 'speaker_labels must be a boolean');
  if (domain !== undefined && medical === 'refused') throw new HttpFailure(400, 'Invalid request: unknown parameter "domain"');
  if (domain !== undefined && domain !== 'medical-v1') throw new HttpFailure(400, 'domain must be "medical-v1"');
  return {
    audio_url,
    ...(speech_models ? { speech_models } : {}),
    ...(redact_pii !== undefined ? { redact_pii } : {}),
    ...(redact_pii_policies ? { redact_pii_policies } : {}),
    ...(redact_pii_sub ? { redact_pii_sub } : {}),
    ...(speaker_labels !== undefined ? { speaker_labels } : {}),
    ...validateSpeakers(json),
    ...(domain === 'medical-v1' ? { domain } : {}),
  };
}
