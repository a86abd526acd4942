/**
 * Small readers for parsed JSON that may hold anything: speech services leave fields out, set them to null or add new
 * ones, so every value is checked before it is used.
 */

/** One utterance of a JSON transcript: its speaker (none where the service told none), words and file line. */
export interface JsonUtterance { label?: string; text: string; line: number }

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

export function isRecord(v: Json | undefined): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The objects of a list (anything else in it skipped), or none when the value is not a list. */
export function listRecords(v: Json | undefined): JsonRecord[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

/** The first object of a list, as services put their best alternative first. */
export function firstRecord(v: Json | undefined): JsonRecord | undefined {
  return listRecords(v)[0];
}

/** A string with words in it, trimmed; undefined for blanks, nulls and other types. */
export function readString(v: Json | undefined): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A time or offset, which services write as a number or, in Amazon's output, a string ("4.87"). */
export function readNumber(v: Json | undefined): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A speaker id as the rest of the reader's labels expect it: numbers and single letters become `Speaker 1` /
 * `Speaker A`, Speechmatics' `S1` `Speaker 1`, a channel (`ch_0`, `channel_1`) `Channel 0`; Speechmatics' `UU`
 * and Azure's `Unknown` (speaker not told) are no speaker, so the words go on with whoever spoke before.
 */
export function nameSpeaker(v: Json | undefined): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return `Speaker ${v}`;
  const s = readString(v);
  if (s === undefined || /^(?:uu|unknown)$/i.test(s)) return undefined;
  // Azure's conversation transcriber names the people it tells apart `Guest-1`, `Guest-2`: how they joined, not who
  // they are (a "guest" label reads as a companion).
  const guest = /^guest[ _-]?(\d+)$/i.exec(s);
  if (guest) return `Speaker ${guest[1]}`;
  const channel = /^(?:ch|channel)[ _-]?(\d+)$/i.exec(s);
  if (channel) return `Channel ${channel[1]}`;
  if (/^S\d{1,2}$/.test(s)) return `Speaker ${s.slice(1)}`;
  return /^[A-Z0-9]$/i.test(s) ? `Speaker ${s}` : s;
}
