/**
 * Chat apps' own JSON downloads, which a speech-service reader would take for unlabelled text:
 * - Facebook Messenger / Instagram ("Download your information"): `messages[]` of `sender_name`, `content`,
 *   `timestamp_ms`, newest first, its text written as UTF-8 bytes read as Latin-1 ("Iâ\u0080\u0099m" for "I’m");
 * - Telegram Desktop's `result.json`: `messages[]` of `from` and `text` (a string, or a list of strings and styled
 *   pieces), with `type: "service"` entries (calls, pins) that nobody wrote;
 * - a Slack channel export: a list of `{ type: "message", user_profile.real_name | user_name, text }`, system
 *   subtypes ("channel_join") left out;
 * - Amazon Connect Contact Lens output: `Transcript[]` of `ParticipantId` (AGENT, CUSTOMER) and `Content`, the role
 *   each participant has given in `Participants[]`;
 * - Twilio Conversational Intelligence's transcript sentences: `sentences[]` of `media_channel` and `transcript` (a
 *   channel a party of the call, whose role what they say decides).
 * Messages come out oldest first, numbered by the file line their words are on. Other JSON is undefined.
 */
import type { ChatUtterance } from './chat-exports.js';
import { makeLineFinder } from './json-lines.js';
import { isRecord, listRecords, readNumber, readString, type Json, type JsonRecord } from './json-shape.js';

/** `written` is the text as the file has it, for finding its line. */
interface RawMessage { sender: string; text: string; written: string; time: number | undefined }

/** Messenger's "Iâ\u0080\u0099m": UTF-8 bytes each written as a character; read back as UTF-8 when they decode cleanly. */
function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || [...text].some((c) => c.charCodeAt(0) > 0xff)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  } catch {
    return text;
  }
}

/** Telegram's text: a string, or a list of strings and `{ type, text }` pieces (links, bold, mentions). */
function readTelegramText(v: Json | undefined): string | undefined {
  if (Array.isArray(v)) return readString(v.map((p) => (typeof p === 'string' ? p : isRecord(p) ? (readString(p.text) ?? '') : '')).join(''));
  return readString(v);
}

function readMessenger(root: JsonRecord): RawMessage[] | undefined {
  const messages = listRecords(root.messages);
  if (!messages.some((m) => readString(m.sender_name) !== undefined && m.timestamp_ms !== undefined)) return undefined;
  return messages.flatMap((m) => {
    const sender = readString(m.sender_name);
    const text = readString(m.content);
    return sender && text ? [{ sender: repairMojibake(sender), text: repairMojibake(text), written: text, time: readNumber(m.timestamp_ms) }] : [];
  });
}

function readTelegram(root: JsonRecord): RawMessage[] | undefined {
  const messages = listRecords(root.messages);
  if (!messages.some((m) => m.from !== undefined && m.type === 'message')) return undefined;
  return messages.flatMap((m) => {
    const sender = readString(m.from);
    const text = m.type === 'message' ? readTelegramText(m.text) : undefined;
    return sender && text ? [{ sender, text, written: Array.isArray(m.text) ? (readString(m.text.find((p) => typeof p === 'string')) ?? text) : text, time: readNumber(m.date_unixtime) }] : [];
  });
}

function readSlack(root: Json): RawMessage[] | undefined {
  const messages = listRecords(root);
  if (!messages.some((m) => m.type === 'message' && typeof m.ts === 'string')) return undefined;
  return messages.flatMap((m) => {
    const profile = isRecord(m.user_profile) ? m.user_profile : {};
    const sender = readString(profile.real_name) ?? readString(profile.display_name) ?? readString(m.user_name) ?? readString(m.user);
    const text = m.type === 'message' && m.subtype === undefined ? readString(m.text) : undefined;
    return sender && text ? [{ sender, text, written: text, time: readNumber(m.ts) }] : [];
  });
}

function readContactLens(root: JsonRecord): RawMessage[] | undefined {
  const turns = listRecords(root.Transcript);
  if (!turns.some((t) => readString(t.ParticipantId) !== undefined && readString(t.Content) !== undefined)) return undefined;
  const roles = new Map(listRecords(root.Participants).map((p) => [readString(p.ParticipantId), readString(p.ParticipantRole)]));
  return turns.flatMap((t) => {
    const id = readString(t.ParticipantId);
    const text = readString(t.Content);
    return id && text ? [{ sender: roles.get(id) ?? id, text, written: text, time: readNumber(t.BeginOffsetMillis) }] : [];
  });
}

function readTwilioSentences(root: JsonRecord): RawMessage[] | undefined {
  const sentences = listRecords(root.sentences);
  if (!sentences.some((t) => typeof t.media_channel === 'number' && readString(t.transcript) !== undefined)) return undefined;
  return sentences.flatMap((t) => {
    const text = readString(t.transcript);
    return typeof t.media_channel === 'number' && text ? [{ sender: `Channel ${t.media_channel}`, text, written: text, time: readNumber(t.start_time) }] : [];
  });
}

/** The messages of a chat app's JSON download, oldest first, or undefined. */
export function readChatJson(transcript: string): ChatUtterance[] | undefined {
  const trimmed = transcript.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  let root: Json;
  try {
    root = JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
  const raw = (isRecord(root) ? (readMessenger(root) ?? readTelegram(root) ?? readContactLens(root) ?? readTwilioSentences(root)) : readSlack(root)) ?? [];
  if (new Set(raw.map((m) => m.sender)).size < 2) return undefined;
  // Lines are found in file order; Messenger writes the newest message first, so the order is set by time after.
  const finder = makeLineFinder(transcript.replace(/\r\n?/g, '\n').split('\n'));
  const placed = raw.map((m) => ({ ...m, line: finder.lineOf(m.written) }));
  const ordered = placed.every((m) => m.time !== undefined) ? [...placed].sort((a, b) => a.time! - b.time!) : placed;
  return ordered.flatMap((m) => m.text.split(/\n+/).filter((t) => t.trim() !== '').map((text, k) => ({ label: m.sender, text: text.trim(), line: m.line, opensMessage: k === 0 })));
}
