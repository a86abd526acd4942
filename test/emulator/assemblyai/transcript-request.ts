import { HttpFailure } from '../http-emulator.js';
import type { TranscriptRequestIn } from './transcript-store.js';

const POLICIES = new Set(['person_name', 'organization', 'occupation', 'medical_condition', 'drug', 'phone_number', 'email_address', 'date_of_birth', 'location']);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The subset of POST /v2/transcript the emulator honours, validated the way the service refuses bad input (400). */
export function validateTranscriptRequest(json: Record<string, unknown>): TranscriptRequestIn {
  const { audio_url, speech_models, redact_pii, redact_pii_policies, redact_pii_sub, speaker_labels } = json;
  if (typeof audio_url !== 'string' || !/^https?:\/\//.test(audio_url)) throw new HttpFailure(400, 'audio_url must be an http(s) URL');
  if (speech_models !== undefined && !isStringArray(speech_models)) throw new HttpFailure(400, 'speech_models must be a list of strings');
  if (redact_pii !== undefined && typeof redact_pii !== 'boolean') throw new HttpFailure(400, 'redact_pii must be a boolean');
  if (redact_pii_policies !== undefined && !isStringArray(redact_pii_policies)) throw new HttpFailure(400, 'redact_pii_policies must be a list of strings');
  if (redact_pii && !redact_pii_policies?.length) throw new HttpFailure(400, 'redact_pii_policies must be provided when redact_pii is true');
  const unknown = redact_pii_policies?.find((p) => !POLICIES.has(p));
  if (unknown) throw new HttpFailure(400, `Unknown PII policy: ${unknown}`);
  if (redact_pii_sub !== undefined && redact_pii_sub !== null && redact_pii_sub !== 'hash' && redact_pii_sub !== 'entity_name') {
    throw new HttpFailure(400, 'redact_pii_sub must be "hash" or "entity_name"');
  }
  if (speaker_labels !== undefined && typeof speaker_labels !== 'boolean') throw new HttpFailure(400, 'speaker_labels must be a boolean');
  return {
    audio_url,
    ...(speech_models ? { speech_models } : {}),
    ...(redact_pii !== undefined ? { redact_pii } : {}),
    ...(redact_pii_policies ? { redact_pii_policies } : {}),
    ...(redact_pii_sub ? { redact_pii_sub } : {}),
    ...(speaker_labels !== undefined ? { speaker_labels } : {}),
  };
}
