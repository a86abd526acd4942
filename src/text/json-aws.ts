/**
 * Amazon's transcripts: Amazon Transcribe batch output (`results.audio_segments[]`, or word by word in
 * `results.items[]` or, with channel identification, `results.channel_labels.channels[].items[]`), Call Analytics
 * (`Transcript[]` with `ParticipantRole` AGENT / CUSTOMER) and AWS HealthScribe (`Conversation.TranscriptSegments[]`
 * with `ParticipantDetails.ParticipantRole` CLINICIAN_0 / PATIENT_0). Keys are read as Amazon writes them.
 */
import type { LineFinder } from './json-lines.js';
import { groupWords, sortByStart, type Word } from './json-word-level.js';
import { firstRecord, isRecord, listRecords, nameSpeaker, readNumber, readString, type Json, type JsonRecord, type JsonUtterance } from './json-shape.js';

export function readAmazonTranscribe(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const results = root.results;
  if (!isRecord(results)) return undefined;
  const segments = listRecords(results.audio_segments).filter((s) => readString(s.transcript) !== undefined);
  if (segments.length > 0) {
    finder.skipTo('audio_segments');
    return segments.map((s) => {
      const label = nameSpeaker(s.speaker_label) ?? nameSpeaker(s.channel_label);
      return { ...(label !== undefined ? { label } : {}), text: readString(s.transcript)!, line: finder.lineOf(s.transcript as string) };
    });
  }
  const channels = listRecords(isRecord(results.channel_labels) ? results.channel_labels.channels : undefined);
  if (channels.some((c) => listRecords(c.items).some(isAmazonItem))) {
    finder.skipTo('channel_labels');
    // Each channel's words are written apart, so they are read channel by channel and put back in time order.
    return groupWords(sortByStart(channels.flatMap((c) => readItems(listRecords(c.items), finder, () => nameSpeaker(c.channel_label)))));
  }
  const items = listRecords(results.items);
  if (!items.some(isAmazonItem)) return undefined;
  const bySpeakerStart = mapSegmentSpeakers(results.speaker_labels);
  finder.skipTo('items');
  return groupWords(readItems(items, finder, (item) => nameSpeaker(item.speaker_label) ?? nameSpeaker(item.channel_label)
    ?? bySpeakerStart.get(readString(item.start_time) ?? '')));
}

function isAmazonItem(item: JsonRecord): boolean {
  return (item.type === 'pronunciation' || item.type === 'punctuation') && readString(firstRecord(item.alternatives)?.content) !== undefined;
}

/** Older output names the speaker only in `speaker_labels.segments[].items[]`, matched to a word by its start time. */
function mapSegmentSpeakers(labels: Json | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const segment of listRecords(isRecord(labels) ? labels.segments : undefined)) {
    for (const item of listRecords(segment.items)) {
      const speaker = nameSpeaker(item.speaker_label) ?? nameSpeaker(segment.speaker_label);
      const start = readString(item.start_time);
      if (start !== undefined && speaker !== undefined) map.set(start, speaker);
    }
  }
  return map;
}

/** Words in file order; a punctuation mark is written against the word before it. */
function readItems(items: JsonRecord[], finder: LineFinder, speakerOf: (item: JsonRecord) => string | undefined): Word[] {
  const words: Word[] = [];
  for (const item of items) {
    const content = readString(firstRecord(item.alternatives)?.content);
    if (content === undefined) continue;
    if (item.type === 'punctuation') {
      const last = words.at(-1);
      if (last) last.text += content;
      continue;
    }
    if (item.type !== 'pronunciation') continue;
    const speaker = speakerOf(item);
    const start = readNumber(item.start_time);
    words.push({ text: content, line: finder.lineOf(content), ...(speaker !== undefined ? { speaker } : {}), ...(start !== undefined ? { start } : {}) });
  }
  return words;
}

/** Call Analytics: `Transcript[]` turns with `Content` and `ParticipantRole`. */
export function readCallAnalytics(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  return readRoleTurns(listRecords(root.Transcript), finder, 'Transcript', (t) => t.ParticipantRole);
}

/** HealthScribe's transcript file: `Conversation.TranscriptSegments[]`. */
export function readHealthScribe(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const conversation = root.Conversation;
  if (!isRecord(conversation)) return undefined;
  return readRoleTurns(listRecords(conversation.TranscriptSegments), finder, 'TranscriptSegments',
    (s) => (isRecord(s.ParticipantDetails) ? s.ParticipantDetails.ParticipantRole : undefined));
}

function readRoleTurns(turns: JsonRecord[], finder: LineFinder, key: string, roleOf: (t: JsonRecord) => Json | undefined): JsonUtterance[] | undefined {
  const spoken = turns.filter((t) => readString(t.Content) !== undefined);
  if (spoken.length === 0) return undefined;
  finder.skipTo(key);
  return spoken.map((t) => {
    const label = nameRole(roleOf(t));
    return { ...(label !== undefined ? { label } : {}), text: readString(t.Content)!, line: finder.lineOf(t.Content as string) };
  });
}

/**
 * `CLINICIAN_0` → `Clinician`, `PATIENT_1` → `Patient 2`, `AGENT` → `Agent`: role words the speaker-label lexicon
 * knows, numbered only where a second person shares the role.
 */
function nameRole(v: Json | undefined): string | undefined {
  const m = /^([A-Za-z]+)(?:_(\d+))?$/.exec(readString(v) ?? '');
  if (!m) return nameSpeaker(v);
  const word = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
  const n = Number(m[2] ?? 0);
  return n > 0 ? `${word} ${n + 1}` : word;
}
