/**
 * Transcripts saved as JSON by a speech service. The vendors' own word- and segment-level shapes are read in
 * json-service-shapes.ts; this file reads plain lists of utterances wherever they sit: AssemblyAI
 * (`utterances[].speaker/text`), Deepgram (`results.utterances[].speaker/transcript`), WhisperX and pyannote pipelines
 * (`segments[].speaker/text`), OpenAI's verbose_json (`segments[].text`, no speakers), Azure fast transcription
 * (`phrases[]`), Rev (`monologues[].speaker/elements[].value`) or a plain array of `{speaker|role|name, text|content}`.
 * Each utterance is numbered by the line of the file its words start on, so evidence still points into the file as
 * given. Anything else is not a JSON transcript (undefined).
 */
import { makeLineFinder, type LineFinder } from './json-lines.js';
import { readServiceTranscript } from './json-service-shapes.js';
import { isDiarisedId, roleFromLabel } from './speaker-labels.js';
import { isRecord, nameSpeaker, type Json, type JsonRecord, type JsonUtterance } from './json-shape.js';
import { readPersonField, readPieceText } from './json-record-fields.js';

export type { JsonUtterance } from './json-shape.js';

const TEXT_KEYS = ['text', 'transcript', 'utterance', 'content', 'sentence', 'DisplayText', 'said', 'body', 'message', 'msg'];
const SPEAKER_KEYS = ['speaker', 'speaker_label', 'speakerLabel', 'speaker_id', 'speakerId', 'SpeakerId', 'role', 'name', 'channel'];
const LIST_KEYS = ['utterances', 'segments', 'monologues', 'turns', 'messages', 'dialogue', 'conversation', 'results', 'phrases', 'paragraphs', 'sentences'];

/** The words of an utterance as written in the file (for finding its line), or undefined. */
function rawTextOf(item: JsonRecord): string | undefined {
  for (const k of TEXT_KEYS) {
    const v = item[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  for (const k of TEXT_KEYS) {
    const pieces = readPieceText(item[k]);
    if (pieces !== undefined) return pieces;
  }
  // Rev: the words of a monologue are its elements' values.
  if (Array.isArray(item.elements)) {
    const words = item.elements.map((e) => (isRecord(e) && typeof e.value === 'string' ? e.value : '')).join('');
    return words.trim() === '' ? undefined : words.replace(/\s+/g, ' ');
  }
  return undefined;
}

function speakerOf(item: JsonRecord): string | undefined {
  for (const k of SPEAKER_KEYS) {
    const speaker = nameSpeaker(item[k]);
    if (speaker !== undefined) return k === 'role' ? speaker : withRole(speaker, item.role);
  }
  return readPersonField(item);
}

/**
 * `{"speaker_label": "spk_2", "role": "nurse"}`: a diarised id beside a role field says who the voice is only through
 * the role, which goes with it ("spk_2 (nurse)") so the label lexicon reads it; a name keeps its own wording.
 */
function withRole(speaker: string, role: Json | undefined): string {
  if (typeof role !== 'string' || !isDiarisedId(speaker) || roleFromLabel(role) === undefined) return speaker;
  return `${speaker} (${role.trim()})`;
}

/** The list of utterance objects and its key, wherever the service put it (at the root or one or two levels down). */
function findUtterances(root: Json, key = '', depth = 0): { items: JsonRecord[]; key: string } | undefined {
  if (Array.isArray(root)) {
    const items = root.filter(isRecord);
    return items.length > 0 && items.filter((i) => rawTextOf(i) !== undefined).length * 2 >= items.length ? { items, key } : undefined;
  }
  if (!isRecord(root) || depth > 2) return undefined;
  for (const k of LIST_KEYS) {
    const found = root[k] !== undefined ? findUtterances(root[k], k, depth + 1) : undefined;
    if (found) return found;
  }
  // An export's own name for the list (`entries`, `log`, `history`): any list of records most of which carry words.
  for (const k of Object.keys(root)) {
    const found = LIST_KEYS.includes(k) ? undefined : findUtterances(root[k]!, k, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function readUtteranceList(root: Json, finder: LineFinder): JsonUtterance[] | undefined {
  const found = findUtterances(root);
  if (!found) return undefined;
  if (found.key !== '') finder.skipTo(found.key);
  // Whisper's segments name no speaker: each is an unlabelled line, as if pasted a line a segment.
  const labelled = found.items.some((i) => speakerOf(i) !== undefined);
  const out: JsonUtterance[] = [];
  for (const item of found.items) {
    const raw = rawTextOf(item);
    if (raw === undefined) continue;
    const line = finder.lineOf(raw);
    out.push({ ...(labelled ? { label: speakerOf(item) ?? 'Speaker' } : {}), text: raw.trim(), line });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The parsed JSON, or for JSON Lines (a result per line, as streaming and real-time clients save them) the list of
 * its objects; undefined for anything else.
 */
function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length < 2 || !lines.every((l) => /^\s*\{.*\}\s*$/.test(l))) return undefined;
    try {
      return lines.map((l) => JSON.parse(l) as Json);
    } catch {
      return undefined;
    }
  }
}

/** The utterances of a JSON transcript, or undefined for any other text. */
const JSON_OBJECT_LINE = /^\s*\{.*\}\s*$/;
const FENCE = /^\s*```/;

/**
 * JSON lines pasted from a chat or a notebook come wrapped: a ```json fence around them, a line above saying what
 * follows ("Here's the transcript export:"). With three objects or more and no more than two such lines, the lines
 * that are not objects are blanked (so line numbers still point into the text as given).
 */
function unwrapPastedLines(transcript: string): string {
  const lines = transcript.split(/\r?\n/);
  const objects = lines.filter((l) => JSON_OBJECT_LINE.test(l)).length;
  const others = lines.filter((l) => l.trim() !== '' && !JSON_OBJECT_LINE.test(l) && !FENCE.test(l));
  if (objects < 3 || others.length > 2) return transcript;
  return lines.map((l) => (JSON_OBJECT_LINE.test(l) ? l : '')).join('\n');
}

export function readJsonTranscript(given: string): JsonUtterance[] | undefined {
  const transcript = /^\s*[[{]/.test(given) ? given : unwrapPastedLines(given);
  const trimmed = transcript.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  const root = parseJson(trimmed);
  if (root === undefined) return undefined;
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  return (isRecord(root) ? readServiceTranscript(root, lines) : undefined) ?? readUtteranceList(root, makeLineFinder(lines));
}
