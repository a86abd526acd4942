/**
 * The fallback for a structured document no other reader knows (an annotation tool's XML, a tier file, an app's
 * key-value export): when the text is mostly markup or fields, its human words are pulled out in document order and
 * written as transcript lines, so an unknown format still gives a note instead of being refused as data.
 * - A string is kept when its key names content (`text`, `body`, `utterance`, an element's text…) and it has words,
 *   or, under any other key that is not metadata, when it reads as a sentence.
 * - The speaker hint is a field of the same record named for a person (`speaker`, `agent`, `who`, `author`,
 *   `contact`, `tier`, `name`…), else the last one seen before it (a tier's or a section's name); an id given a name
 *   in the document's metadata (`<agent id="s1"><name>Nurse</name></agent>`) is read as that name, a bare id or
 *   number as `Speaker N`. Strings with no hint at all stay unlabelled (dictation, or a conversation read by content).
 * - When the strings carry start times (`xmin`, `start`, `begin`, a time slot's id) and are not in time order — one
 *   tier a speaker, each tier whole — they are put back in time order, so the turns alternate as they were spoken.
 * Other texts come back undefined.
 */
import { readKeyedLines, readMarkupFields, type Field } from './structured-fields.js';
import { readJsonTranscript } from './json-transcript.js';
import { readYamlTranscript } from './yaml-transcript.js';
import { readMessagingExport } from './messaging-exports.js';
import { isHtmlText, readHtmlText } from './html-text.js';
import { readFrameCueSubtitles } from './frame-cue-subtitles.js';
import { readSegmentRecords } from './segment-records.js';
import { readRunOnConversation } from './run-on-conversation.js';

const CONTENT_KEY = /^(?:text|body|content|message|msg|utterance|transcript|transcription|words?|caption|sentence|said|says|speech|annotationvalue|value|line|subtitle|dialog(?:ue)?|reply|response|answer|question|annotation)$/;
const SPEAKER_KEY = /^(?:speaker(?:name|id|label)?|spk(?:r|id)?|agent|who|participant|author|sender|from|user(?:name)?|name|contact(?:name)?|tier(?:id|name)?|role|voice|actor|character|person|party|by)$/;
const META_KEY = /^(?:title|label|id|type|class|objectclass|filetype|date|time|version|encoding|style|href|src|url|uri|path|file(?:name)?|format|lang|language|created|creator|tool|app|device|model|xmlns|desc(?:ription)?|comment|note|notes|subject|status|category|tag|tags|kind|mime|ct|linguistictyperef)$/;
const START_KEY = /^(?:xmin|tmin|start(?:time|ms|sec)?|begin(?:time)?|onset|t0|from|timeslotref1|ts1|in|offset|starttimestamp)$/;

function readTime(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) return Number(v);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(v);
  return clock ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]!.replace(',', '.')) : undefined;
}

/** A value that can be a person's name or role: a few words, no path, file, address or sentence. */
function isNameLike(value: string): boolean {
  const v = value.trim();
  return v.length > 0 && v.length <= 40 && v.split(/\s+/).length <= 4 && /[A-Za-z0-9]/.test(v) && !/[/\\@<>=]|\.\w{2,4}$|^(?:null|none|true|false|unknown)$/i.test(v);
}

function hasWords(value: string): boolean {
  if (/^(?:null|none|true|false|undefined|n\/a)$/i.test(value.trim()) || /^(?:https?:|www\.|[/\\]|\w:\\)/i.test(value.trim())) return false;
  return /[A-Za-z]{2,}|^[A-Za-z][.?!]?$/.test(value) && !/^[\w+/=-]{24,}$/.test(value.trim());
}

/** A value under a key not known for content, read as words only when it reads as a sentence. */
function isSentence(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return hasWords(value) && words.length >= 4 && words.filter((w) => /^[A-Za-z][a-z'’-]*[,.?!]?$/.test(w)).length >= 3;
}

function isContent(f: Field): boolean {
  if (SPEAKER_KEY.test(f.key) || META_KEY.test(f.key) || START_KEY.test(f.key)) return false;
  return CONTENT_KEY.test(f.key) || f.text ? hasWords(f.value) : isSentence(f.value);
}

/** The label a speaker hint is written as: a name given to the id, or `Speaker N` for a bare id or number. */
function labelOf(hint: string, names: ReadonlyMap<string, string>): string {
  const named = names.get(hint) ?? hint;
  const id = /^(?:[a-z]{1,8}[_-]?)?(\d{1,2})$/i.exec(named);
  return id ? `Speaker ${id[1]}` : named.replace(/[:]/g, ' ').trim();
}

interface Said { label?: string; text: string; line: number; start?: number }

function readSaid(fields: readonly Field[]): Said[] {
  // Metadata naming an id (`<agent id="spk1"><name>Dietitian</name>`), and time slots (`id="ts3" value="1.2"`).
  const names = new Map<string, string>();
  const slots = new Map<string, number>();
  const byRecord = new Map<number, Field[]>();
  for (const f of fields) byRecord.set(f.record, [...(byRecord.get(f.record) ?? []), f]);
  for (const f of fields) if (f.text && f.ownerId !== undefined && /^(?:name|fullname|label)$/.test(f.key) && isNameLike(f.value)) names.set(f.ownerId, f.value);
  // A speaker table's entry for an id the tiers name (`<speaker id="SPK0"><abbreviation>DOC</abbreviation>`): its
  // short text names that speaker and is nobody's words.
  const spoken = new Set(fields.filter((f) => !f.text && SPEAKER_KEY.test(f.key)).map((f) => f.value));
  const naming = new Set(fields.filter((f) => f.text && f.ownerId !== undefined && spoken.has(f.ownerId) && isNameLike(f.value)));
  for (const f of naming) if (!names.has(f.ownerId!)) names.set(f.ownerId!, f.value);
  for (const own of byRecord.values()) {
    const id = own.find((f) => /id$/.test(f.key) && !SPEAKER_KEY.test(f.key))?.value;
    // A participant list giving each id its name in attributes (`<Speaker id="spk1" name="Therapist"/>`).
    const name = own.find((f) => !f.text && /^(?:name|fullname)$/.test(f.key) && isNameLike(f.value))?.value;
    if (id !== undefined && name !== undefined && !own.some((f) => isContent(f)) && !names.has(id)) names.set(id, name);
    const time = own.find((f) => /time|value/.test(f.key) && readTime(f.value) !== undefined)?.value;
    if (id !== undefined && time !== undefined) slots.set(id, readTime(time)!);
  }
  const speakerOf = (own: readonly Field[]) => own.find((f) => SPEAKER_KEY.test(f.key) && !(f.text && f.ownerId !== undefined && names.get(f.ownerId) === f.value) && isNameLike(f.value) && !(f.key === 'from' && readTime(f.value) !== undefined))?.value;
  const startOf = (own: readonly Field[]) => {
    for (const f of own) if (START_KEY.test(f.key)) { const t = readTime(f.value) ?? slots.get(f.value); if (t !== undefined) return t; }
    return undefined;
  };
  const said: Said[] = [];
  let hint: string | undefined;
  let start: number | undefined;
  let seen = -1;
  for (const f of fields) {
    if (f.record !== seen) {
      seen = f.record;
      const own = byRecord.get(f.record)!;
      hint = speakerOf(own) ?? hint;
      start = startOf(own) ?? start;
    }
    if (!isContent(f) || naming.has(f)) continue;
    said.push({ ...(hint !== undefined ? { label: labelOf(hint, names) } : {}), text: f.value, line: f.line, ...(start !== undefined ? { start } : {}) });
  }
  return said;
}

/** One tier a speaker, each whole before the next: put back in the order of their start times. */
function orderByTime(said: Said[]): { said: Said[]; reordered: boolean } {
  const timed = said.filter((s) => s.start !== undefined);
  // Strings above the first timed one are the header's (a project name, a speaker table's codes), not the body's.
  const body = said.length - Math.max(0, said.findIndex((s) => s.start !== undefined));
  if (timed.length < body * 0.8 || timed.every((s, i) => i === 0 || s.start! >= timed[i - 1]!.start!)) return { said, reordered: false };
  let last = 0;
  const keyed = said.map((s, i) => ({ s, i, t: (last = s.start ?? last) }));
  return { said: keyed.sort((a, b) => a.t - b.t || a.i - b.i).map((k) => k.s), reordered: true };
}

const MIN_STRINGS = 3;
const MIN_WORDS = 15;

function isMarkup(text: string): boolean {
  const filled = text.split('\n').filter((l) => l.trim() !== '');
  const tagged = filled.filter((l) => /^\s*<[/!?A-Za-z]/.test(l)).length;
  return (text.match(/<\/?[A-Za-z_][\w:.-]*(?:\s[^<>]*)?>/g) ?? []).length >= 6 && tagged >= filled.length * 0.5;
}

/**
 * The human words of a structured document as `Label: words` lines, or undefined when the text is not one or a
 * reader of its own format knows it (a speech service's JSON, YAML, a chat or SMS export, an HTML page).
 */
export function readStructuredDocument(text: string): string | undefined {
  let fields: Field[];
  if (isMarkup(text)) fields = readMarkupFields(text);
  else {
    const keyed = readKeyedLines(text);
    if (keyed.structural < 8 || keyed.structural < keyed.filled * 0.6) return undefined;
    fields = keyed.fields;
  }
  if ((isHtmlText(text) && !/^\s*<\?xml/.test(text)) || readMessagingExport(text) || readJsonTranscript(text) || readYamlTranscript(text)) return undefined;
  const { said, reordered } = orderByTime(readSaid(fields));
  const words = said.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  if (said.length < MIN_STRINGS || words < MIN_WORDS) return undefined;
  const write = (s: Said) => (s.label !== undefined ? `${s.label}: ${s.text}` : s.text);
  const lines = new Set(said.map((s) => s.line));
  // Each string stays on its own line of the file when it can, so evidence still points into the file as given.
  if (reordered || lines.size < said.length) return said.map(write).join('\n');
  const out = text.split('\n').map(() => '');
  for (const s of said) out[s.line - 1] = write(s);
  return out.join('\n');
}

/**
 * A document as the engine reads it: a subtitle file timed by frame numbers as SRT, a segment-record message (HL7 v2)
 * by its utterances, an unknown structured format by its words, an HTML page as text, a conversation run on in one
 * unlabelled paragraph as turns told apart by what is said, else as given.
 */
export function readDocumentText(given: string): string {
  return readFrameCueSubtitles(given) ?? readSegmentRecords(given) ?? readStructuredDocument(given) ?? readRunOnConversation(readHtmlText(given)) ?? readHtmlText(given);
}
