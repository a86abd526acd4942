/**
 * Who wrote a record and what it says, in the many spellings chat and speech exports use beyond the speech services'
 * own: a sender under any person-like key (`author`, `sender`, `from`, `user`, `participant`, `channelTag`…), given as a
 * string, a number or a nested profile object (`"author": {"name": "ben_k", "nickname": "Ben"}`); words given as a
 * list of strings and styled pieces (`[ "Take ", {"type": "bold", "text": "two"}, " a day" ]`).
 */
import { isRecord, nameSpeaker, type Json, type JsonRecord } from './json-shape.js';

/** Person-like keys, after the speech services' own (json-transcript.ts tries those first). */
const PERSON_KEYS = ['speaker_name', 'speakerName', 'author', 'sender', 'sender_name', 'senderName', 'from', 'user', 'user_name', 'username', 'participant', 'participant_name', 'who', 'channelTag', 'channel_tag'];
/** A nested profile's fields that name the person, the name shown first. */
const PROFILE_KEYS = ['nickname', 'display_name', 'displayName', 'global_name', 'real_name', 'name', 'username', 'user_name', 'id'];

/** The sender a record names under a person-like key, or undefined. */
export function readPersonField(item: JsonRecord): string | undefined {
  for (const k of PERSON_KEYS) {
    const v = item[k];
    const named = isRecord(v) ? readProfileName(v) : nameSpeaker(v);
    if (named !== undefined) return /^channel_?tag$/i.test(k) && /^Speaker \d+$/.test(named) ? named.replace('Speaker', 'Channel') : named;
  }
  return undefined;
}

function readProfileName(profile: JsonRecord): string | undefined {
  for (const k of PROFILE_KEYS) {
    const named = nameSpeaker(profile[k]);
    if (named !== undefined) return named;
  }
  return undefined;
}

/** Words given as a list of strings and `{text}` pieces, joined; undefined for any other value or no words. */
export function readPieceText(v: Json | undefined): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const words = v.map((p) => (typeof p === 'string' ? p : isRecord(p) && typeof p.text === 'string' ? p.text : '')).join('');
  return /\p{L}/u.test(words) ? words : undefined;
}
