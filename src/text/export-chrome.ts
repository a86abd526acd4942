/**
 * What a transcription or meeting product writes around the conversation in its text export, which nobody said:
 * - its own lines: "Transcript delivered by Tactiq.io", Teams' "Rosa Diaz started transcription", "Meeting notes by tl;dv", Sonix's "Sonix has transcribed this
 *   file…" header and advertising footer, Fathom's "VIEW RECORDING - 12 mins (No highlights): https://…", a lone link,
 *   a Markdown rule ("---");
 * - the title block above the first speaker: the meeting or file name ("Knee review - Physio.mp3", "# Google Meet -
 *   Diabetes review"), the date and time of the recording.
 * Read as speech, a title lands in the note ("November 12, 2026." under the examination). Blanked line for line, so
 * line numbers still point into the file as given. Only where the text is labelled: in dictation the first lines are
 * the clinician's own.
 */
import { letters } from './letter-pattern.js';
import { labelKey, splitLabel } from './speaker-labels.js';
import { isThreadNotice, isThreadTitleField } from './thread-chrome.js';

const PRODUCTS = String.raw`(?:tactiq(?:\.io)?|tl;dv|tldv(?:\.io)?|fireflies(?:\.ai)?|fathom(?:\.video)?|notta(?:\.ai)?|trint|sonix(?:\.ai)?|happy ?scribe|temi(?:\.com)?|read\.ai|otter\.ai|descript|rev\.com|krisp|avoma|grain)`;
const PRODUCT_LINE = new RegExp(
  String.raw`^\s*(?:(?:transcript|notes?|meeting notes|recording|recorded|transcribed|summary)\s+(?:delivered\s+|generated\s+|powered\s+)?(?:by|with|from|via)\s+${PRODUCTS}\b.*|${PRODUCTS} has transcribed this file\b.*|.*\bwith sonix\b.*|.*\bsonix is the\b.*|view recording\s*[-–]\s*\d+\s*mins?\b.*)$`,
  'i',
);
/** A meeting's events, written among the turns (Teams' "Rosa Diaz started transcription"). */
const MEETING_EVENT = letters(String.raw`^\s*\p{L}[\p{L} .'’,()-]{0,60} (?:started|stopped|paused|resumed) (?:the )?(?:transcription|recording)\.?\s*$|^\s*\p{L}[\p{L} .'’,()-]{0,60} (?:joined|left) the (?:meeting|call)\.?\s*$`);
const LINK_ONLY = /^\s*<?https?:\/\/\S+>?\s*$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/;
/** "Prepared by: …, certified translator", "Transcribed by J. Smith": who made the document, not a speaker. */
const PROVENANCE = /^\s*(?:prepared|transcribed|translated|typed|checked|certified|produced|proofread)\s+by\b/i;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** "November 12, 2026", "12 Nov 2026 10:02", "2026-11-12 14:02:11", "Wed, 12/11/2026": a recording's date. */
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s*[-–|·]\s*.{0,40})?\s*$`,
  'i',
);

/** A line of a title block: a date, a heading ("# …"), a file name, or a short line that is no sentence. */
function isTitleLine(line: string): boolean {
  const t = line.trim();
  // A subtitle file's cue numbers and timings are its scaffolding, which subtitle-format.ts reads.
  if (/^\d+$|-->|^WEBVTT/.test(t)) return false;
  if (isThreadTitleField(t)) return true;
  if (DATE_LINE.test(t) || /^#{1,6}\s/.test(t) || /\.(?:mp3|m4a|wav|mp4|mov|webm|ogg|aac|flac)\b/i.test(t)) return true;
  return t.split(/\s+/).length <= 8 && !/[.?!,;:"]$/.test(t) && !/\b(?:i|i'm|i've|my|you|your|we)\b/i.test(t);
}

/** The lines with the product's own lines and the title block blanked; others unchanged. */
export function blankExportChrome(lines: readonly string[]): string[] {
  const read = lines.map((l) => (l.trim() === '' ? undefined : splitLabel(l, 0)));
  const labels = read.map((r) => (r?.label === undefined ? undefined : labelKey(r.label)));
  const counts = new Map<string, number>();
  for (const k of labels) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  // The first speaker is a label said again or one the layout marks; a title's "Knee review - Physio.mp3" is neither.
  const first = read.findIndex((r, i) => r?.label !== undefined && (counts.get(labels[i]!)! >= 2 || r.standalone === true));
  if (first < 0 || labels.filter((k) => k !== undefined).length < 3) return [...lines];
  const out = lines.map((l, i) => ((labels[i] === undefined && (PRODUCT_LINE.test(l) || MEETING_EVENT.test(l) || LINK_ONLY.test(l) || RULE.test(l) || isThreadNotice(l))) || (i < first && PROVENANCE.test(l)) ? '' : l));
  const block = out.slice(0, first).filter((l) => l.trim() !== '');
  // Only a block that is all title lines goes: a dictated preamble before the dialogue says something.
  if (block.length > 0 && block.length <= 6 && block.every(isTitleLine)) for (let i = 0; i < first; i++) out[i] = '';
  return out;
}
