/**
 * Writes one labelled conversation in the export layouts users have brought us (each seen in an opened set: Rev,
 * Teams, an IRC-style chat log, screenplay labels on their own line, Markdown and tab-separated tables, CSV, WebVTT
 * voice tags, SRT, JSON lines, `[hh:mm:ss] Name:`, a Google-Meet name line, an Otter export, initials, bold Markdown
 * labels, `T -` dash labels, Zoom's `[Name] hh:mm:ss`, a YAML list of turns, an HTML export with speaker and time
 * elements, `Name hh:mm:ss words` lines, WhatsApp and Slack copies, a time-and-name line over the words, an
 * `utterances` JSON, court-reporter pages, a script typed to the screenplay page; speech-to-text's lower-case
 * unpunctuated words; and three unlabelled ones: a text-relay call, a captioning app's saved lines, Whisper segments;
 * and those of layout-render-structured.ts and layout-render-records.ts). Used by layout-invariance.ts to measure whether the engine reads a conversation the same
 * whatever its layout.
 */

import { STRUCTURED_RENDERERS } from './layout-render-structured.js';
import { RECORD_RENDERERS } from './layout-render-records.js';
import { EXPORT_RENDERERS } from './layout-render-exports.js';

/** One utterance: who spoke (as the label will be written) and what they said. */
export interface Utterance { speaker: string; text: string }

export type LayoutName =
  | 'plain' | 'rev' | 'teams' | 'irc' | 'screenplay' | 'markdown-table' | 'tsv' | 'csv' | 'webvtt' | 'srt'
  | 'json-lines' | 'bracket-time' | 'name-line' | 'otter' | 'initials' | 'bold' | 'dash' | 'zoom' | 'asr'
  | 'yaml' | 'html' | 'name-time'
  | 'whatsapp' | 'slack' | 'time-name-line' | 'utterances-json' | 'court' | 'screenplay-page'
  | 'chat-tiers' | 'pdf-pages' | 'translation' | 'process-recording'
  | 'relay' | 'live-captions' | 'whisper'
  | keyof typeof STRUCTURED_RENDERERS | keyof typeof RECORD_RENDERERS | keyof typeof EXPORT_RENDERERS;

/** A clock that moves on a few seconds per utterance, so every layout carries plausible times. */
function clockAt(i: number, withHours = true): string {
  const s = 4 + i * 7;
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return withHours ? `${two(h)}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const cueTime = (i: number, end = false) => `${clockAt(i + (end ? 1 : 0))}.${end ? '480' : '040'}`;
const nick = (speaker: string) => speaker.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
const initialsOf = (speaker: string) => speaker.split(/[\s.]+/).filter((w) => /^[A-Za-z0-9]/.test(w)).map((w) => w[0]!.toUpperCase()).join('');
/** Lower case without stops, commas or question marks; a number keeps its decimal point ("37.1"), as recognisers write it. */
const unpunctuate = (text: string) => text.toLowerCase().replace(/[.,:](?!\d)|(?<!\d)[.,:]|[?!;"()—–]/g, ' ').replace(/\s+/g, ' ').trim();
/** A court reporter's page: 25 numbered lines, the speaker in capitals, words wrapped at about 52 characters. */
function renderCourtPages(u: readonly Utterance[]): string {
  const lines = u.flatMap((x) => wrapWords(`${x.speaker.toUpperCase()}:  ${x.text}`, 52).map((l, i) => (i === 0 ? `     ${l}` : l)));
  const pages: string[] = [];
  for (let p = 0; p * 25 < lines.length; p++) {
    pages.push(`${' '.repeat(60)}${p + 1}`, '', ...lines.slice(p * 25, p * 25 + 25).map((l, i) => `${String(i + 1).padStart(2)}   ${l}`), '');
  }
  return pages.join('\n');
}

function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (out.length > 0 && `${out.at(-1)!} ${word}`.length <= width) out[out.length - 1] = `${out.at(-1)!} ${word}`;
    else out.push(word);
  }
  return out;
}

const clock12 = (i: number) => `10:${String(2 + Math.floor(i / 3)).padStart(2, '0')} AM`;
const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A CHAT-style tiered transcript (as speech-language tools write one): a roster of three-letter codes, `*COD:` main
 * tiers with a tab, and a coding tier under every third utterance.
 */
function renderTiers(u: readonly Utterance[]): string {
  const speakers = [...new Set(u.map((x) => x.speaker))];
  const code = (s: string) => `${s.replace(/[^A-Za-z]/g, '').slice(0, 2).toUpperCase()}${speakers.indexOf(s)}`;
  const roster = speakers.map((s) => `${code(s)} ${s.replace(/\s+/g, '_')}`).join(', ');
  const tiers = u.flatMap((x, i) => [`*${code(x.speaker)}:\t${x.text}`, ...(i % 3 === 2 ? ['%cod:\t$TOPIC'] : [])]);
  return ['@UTF8', '@Begin', `@Participants:\t${roster}`, '@Comment:\trecorded in clinic', ...tiers, '@End'].join('\n');
}

/** Pages printed to PDF and copied back: a running header with its page mark, a rule, lines wrapped at 68 characters with long words hyphenated. */
function renderPdfPages(u: readonly Utterance[]): string {
  const lines = u.flatMap((x) => wrapHyphenated(`${x.speaker}: ${x.text}`, 68));
  const pages = Math.ceil(lines.length / 18);
  const out: string[] = [];
  for (let p = 0; p < pages; p++) {
    out.push(`Meadowbank Health Centre | Consultation transcript${' '.repeat(12)}Page ${p + 1} of ${pages}`, '='.repeat(60), ...lines.slice(p * 18, p * 18 + 18), '');
  }
  return out.join('\n');
}

function wrapHyphenated(text: string, width: number): string[] {
  const out = [''];
  for (const word of text.split(' ')) {
    const line = out.at(-1)!;
    const room = width - line.length - 1;
    if (line === '' || word.length < room) out[out.length - 1] = line === '' ? word : `${line} ${word}`;
    else if (/^[a-z]{8,}$/.test(word) && room >= 5) {
      const cut = Math.ceil(word.length / 2);
      out[out.length - 1] = `${line} ${word.slice(0, cut)}-`;
      out.push(word.slice(cut));
    } else out.push(word);
  }
  return out;
}

/** A made-up foreign rendering (each word reversed, an accent added) that only the translation below it undoes. */
const foreign = (text: string) => text.split(' ').map((w) => w.split('').reverse().join('').replace(/a/, 'á').replace(/e/, 'è')).join(' ');

/** An interpreted session: every other speaker's words as spoken, then "Translation:" on an indented line. */
function renderTranslation(u: readonly Utterance[]): string {
  const speakers = [...new Set(u.map((x) => x.speaker))];
  const turns = u.flatMap((x) => (speakers.indexOf(x.speaker) % 2 === 1 ? [`${x.speaker}: ${foreign(x.text)}`, `    Translation: ${x.text}`] : [`${x.speaker}: ${x.text}`]));
  return ['Interpreted consultation — transcript', 'Transcribed by: Harbour Language Services', '', ...turns].join('\n');
}

/** A student's process recording: a header, numbered pairs of quoted turns (the reply indented), a note in braces now and then. */
function renderProcessRecording(u: readonly Utterance[]): string {
  const exchanges = u.flatMap((x, i) => [
    i % 2 === 0 ? `${i / 2 + 1}) ${x.speaker}: “${x.text}”` : `   ${x.speaker}: “${x.text}”`,
    ...(i % 4 === 3 ? ['   {Note for supervision: check my pacing here.}', ''] : []),
  ]);
  return ['Process recording — placement week 3', 'Observer notes in braces', '', ...exchanges].join('\n');
}

/**
 * A text-relay call: the first speaker (the call taker) voiced as spoken, everyone else typed in capitals, each turn
 * ending on "GA" and the last on "SK", the operator's lines in parentheses.
 */
function renderRelayCall(u: readonly Utterance[]): string {
  const voiced = u[0]?.speaker;
  const turns = u.map((x, i) => `${x.speaker === voiced ? x.text : x.text.toUpperCase()} ${i === u.length - 1 ? 'SK' : 'GA'}`);
  return ['(OPERATOR 208: TEXT CALL CONNECTED, PLEASE SAY GA AFTER EACH TURN)', ...turns, '(OPERATOR 208: CALL ENDED)'].join('\n\n');
}

/** A captioning app's saved text: a title bar, no labels, no punctuation, the time of day every few turns. */
function renderLiveCaptions(u: readonly Utterance[]): string {
  const lines = u.flatMap((x, i) => [...(i % 4 === 0 ? [...(i > 0 ? [''] : []), clock12(i)] : []), unpunctuate(x.text)]);
  return ['Transcript · Saved · Mon', '', ...lines].join('\n');
}

const segmentTime = (i: number) => {
  const ms = i * 6370;
  return `${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

const RENDERERS: Record<LayoutName, (u: readonly Utterance[]) => string> = {
  'plain': (u) => u.map((x) => `${x.speaker}: ${x.text}`).join('\n'),
  'rev': (u) => u.map((x, i) => `${x.speaker} (${clockAt(i)}): ${x.text}`).join('\n'),
  'teams': (u) => u.map((x, i) => `${cueTime(i)} --> ${cueTime(i, true)}\n${x.speaker}\n${x.text}`).join('\n'),
  'irc': (u) => [
    ...[...new Set(u.map((x) => x.speaker))].map((s, i) => `${clockAt(i)} * ${nick(s)} has joined #clinic-room`),
    ...u.map((x, i) => `${clockAt(i + 3)} <${nick(x.speaker)}> ${x.text}`),
  ].join('\n'),
  'screenplay': (u) => u.map((x) => `${x.speaker.toUpperCase()}\n${x.text}\n`).join('\n'),
  'markdown-table': (u) => ['| Time | Speaker | Text |', '|---|---|---|', ...u.map((x, i) => `| ${clockAt(i)} | ${x.speaker} | ${x.text.replace(/\|/g, '/')} |`)].join('\n'),
  'tsv': (u) => ['Time\tSpeaker\tText', ...u.map((x, i) => `${clockAt(i)}\t${x.speaker}\t${x.text}`)].join('\n'),
  'csv': (u) => ['start,speaker,text', ...u.map((x, i) => `${clockAt(i)},${csvField(x.speaker)},${csvField(x.text)}`)].join('\n'),
  'webvtt': (u) => ['WEBVTT', '', ...u.map((x, i) => `${cueTime(i)} --> ${cueTime(i, true)}\n<v ${x.speaker}>${x.text}</v>\n`)].join('\n'),
  'srt': (u) => u.map((x, i) => `${i + 1}\n${cueTime(i).replace('.', ',')} --> ${cueTime(i, true).replace('.', ',')}\n${x.speaker}: ${x.text}\n`).join('\n'),
  'json-lines': (u) => u.map((x, i) => JSON.stringify({ start: 4 + i * 7, speaker: x.speaker, text: x.text })).join('\n'),
  'bracket-time': (u) => u.map((x, i) => `[${clockAt(i)}] ${x.speaker}: ${x.text}`).join('\n'),
  'name-line': (u) => u.map((x) => `${x.speaker}\n${x.text}`).join('\n\n'),
  'otter': (u) => u.map((x, i) => `${x.speaker}  ${clockAt(i, false)}\n${x.text}\n`).join('\n'),
  'initials': (u) => u.map((x) => `${initialsOf(x.speaker)}: ${x.text}`).join('\n'),
  'bold': (u) => u.map((x) => `**${x.speaker}:** ${x.text}`).join('\n\n'),
  'dash': (u) => u.map((x) => `${initialsOf(x.speaker)} - ${x.text}`).join('\n'),
  'zoom': (u) => u.map((x, i) => `[${x.speaker}] ${clockAt(i)}\n${x.text}`).join('\n'),
  'yaml': (u) => ['session:', '  recorded: clinic room', 'turns:', ...u.flatMap((x, i) => [`  - speaker: ${JSON.stringify(x.speaker)}`, `    start: ${clockAt(i)}`, `    text: ${JSON.stringify(x.text)}`])].join('\n'),
  'html': (u) => ['<div class="transcript">', ...u.map((x, i) => `<p class="turn"><span class="speaker">${htmlText(x.speaker)}</span> <span class="time">${clockAt(i)}</span> ${htmlText(x.text)}</p>`), '</div>'].join('\n'),
  'name-time': (u) => u.map((x, i) => `${x.speaker} ${clockAt(i)} ${x.text}`).join('\n'),
  // Speech-to-text without punctuation or capitals, as some services and ambient tools return it.
  'asr': (u) => u.map((x) => `${x.speaker}: ${unpunctuate(x.text)}`).join('\n'),
  // Layouts first met in sealed set A26 (stop 45) and in the vendors' own exports.
  'whatsapp': (u) => u.map((x, i) => `14/03/2026, ${clock12(i).slice(0, 5)} - ${x.speaker}: ${x.text}`).join('\n'),
  'slack': (u) => u.map((x, i) => `${x.speaker}  ${clock12(i)}\n${x.text}`).join('\n\n'),
  'time-name-line': (u) => u.map((x, i) => `${clockAt(i)} ${x.speaker}\n${x.text}`).join('\n\n'),
  'utterances-json': (u) => JSON.stringify({ status: 'completed', utterances: u.map((x, i) => ({ speaker: x.speaker, start: i * 7000, end: i * 7000 + 6000, text: x.text })) }, null, 2),
  'court': renderCourtPages,
  // Unlabelled layouts first met in sealed set A27 (stop 46): who speaks is told by the case, or by what is said.
  'relay': renderRelayCall,
  'live-captions': renderLiveCaptions,
  // Whisper's console output: each segment's times in brackets, no speaker.
  'whisper': (u) => u.map((x, i) => `[${segmentTime(i)} --> ${segmentTime(i + 1)}]  ${x.text}`).join('\n'),
  'screenplay-page': (u) => u.map((x) => `${' '.repeat(30)}${x.speaker.toUpperCase()}\n${wrapWords(x.text, 40).map((l) => `${' '.repeat(10)}${l}`).join('\n')}\n`).join('\n'),
  // Layouts first met in sealed set A27 (stop 46), each written here in a variant of our own.
  'chat-tiers': renderTiers,
  'pdf-pages': renderPdfPages,
  'translation': renderTranslation,
  'process-recording': renderProcessRecording,
  // Layouts first met in sealed set A28 (stop 47): tier files, caption XML, SBV, an unknown XML, CA notation.
  ...STRUCTURED_RENDERERS,
  // Layouts first met in sealed set A29 (stop 48): frame- and tenth-timed subtitles, HL7-like records, a run-on paragraph.
  ...RECORD_RENDERERS,
  // Layouts first met in sealed set A30 (stop 49): SubViewer-like captions, a tabbed chat history, a chat JSON of
  // profiles and styled pieces, an EXMARaLDA-like timeline XML.
  ...EXPORT_RENDERERS,
};

export const LAYOUTS = Object.keys(RENDERERS) as LayoutName[];

/** The conversation written in one layout. */
export function renderLayout(layout: LayoutName, utterances: readonly Utterance[]): string {
  return `${RENDERERS[layout](utterances)}\n`;
}

/** The label a layout writes for a speaker (what the reader's `speakers` map is keyed by). */
export function labelInLayout(layout: LayoutName, speaker: string): string {
  if (layout === 'irc') return nick(speaker);
  if (layout === 'initials' || layout === 'dash') return initialsOf(speaker);
  if (layout === 'screenplay' || layout === 'screenplay-page' || layout === 'court' || layout === 'subviewer') return speaker.toUpperCase();
  return speaker;
}
