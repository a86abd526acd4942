/**
 * Transcripts saved as JSON by a speech service: AssemblyAI (`utterances[].speaker/text`), Deepgram
 * (`results.utterances[].speaker/transcript`), WhisperX and pyannote pipelines (`segments[].speaker/text`), Rev
 * (`monologues[].speaker/elements[].value`) or a plain array of `{speaker|role|name, text|content}`. Each utterance
 * becomes a `Label: words` line, numbered by the line of the file its words start on, so evidence still points into
 * the file as given. Anything else is not a JSON transcript (undefined).
 */

export interface JsonUtterance { label: string; text: string; line: number }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TEXT_KEYS = ['text', 'transcript', 'utterance', 'content', 'sentence'];
const SPEAKER_KEYS = ['speaker', 'speaker_label', 'speakerLabel', 'speaker_id', 'speakerId', 'role', 'name', 'channel'];
const LIST_KEYS = ['utterances', 'segments', 'monologues', 'turns', 'messages', 'dialogue', 'conversation', 'results'];

function isRecord(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textOf(item: { [key: string]: Json }): string | undefined {
  for (const k of TEXT_KEYS) if (typeof item[k] === 'string' && item[k].trim() !== '') return item[k].trim();
  // Rev: the words of a monologue are its elements' values.
  if (Array.isArray(item.elements)) {
    const words = item.elements.map((e) => (isRecord(e) && typeof e.value === 'string' ? e.value : '')).join('');
    return words.trim() === '' ? undefined : words.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

function speakerOf(item: { [key: string]: Json }): string | undefined {
  for (const k of SPEAKER_KEYS) {
    const v = item[k];
    if (typeof v === 'number') return `Speaker ${v}`;
    if (typeof v === 'string' && v.trim() !== '') return /^[A-Z0-9]$/i.test(v.trim()) ? `Speaker ${v.trim()}` : v.trim();
  }
  return undefined;
}

/** The list of utterance objects, wherever the service put it (at the root or one or two levels down). */
function findUtterances(root: Json, depth = 0): { [key: string]: Json }[] | undefined {
  if (Array.isArray(root)) {
    const items = root.filter(isRecord);
    return items.length > 0 && items.filter((i) => textOf(i) !== undefined).length * 2 >= items.length ? items : undefined;
  }
  if (!isRecord(root) || depth > 2) return undefined;
  for (const k of LIST_KEYS) {
    const found = root[k] !== undefined ? findUtterances(root[k], depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The utterances of a JSON transcript, or undefined for any other text. */
export function readJsonTranscript(transcript: string): JsonUtterance[] | undefined {
  const trimmed = transcript.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  let root: Json;
  try {
    root = JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
  const items = findUtterances(root);
  if (!items) return undefined;
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  let from = 0;
  const out: JsonUtterance[] = [];
  for (const item of items) {
    const text = textOf(item);
    if (text === undefined) continue;
    // The line its words start on, searched forward from the last one found.
    const probe = JSON.stringify(text).slice(1, 25);
    const at = lines.findIndex((l, i) => i >= from && l.includes(probe));
    if (at >= 0) from = at;
    out.push({ label: speakerOf(item) ?? 'Speaker', text, line: (at >= 0 ? at : from) + 1 });
  }
  return out.length > 0 ? out : undefined;
}
