/**
 * Layouts first met in sealed set A28 (stop 47), each written here in a variant of our own, for layout-render.ts:
 * a Praat-like tier file (one tier a speaker, empty intervals between), an ELAN-like XML with a table of time slots,
 * TTML captions whose agents are named in the metadata, an XML of a schema nobody has seen (the fallback for unknown
 * formats), SBV captions (no names, wrapped over two lines), and a conversation-analysis transcript (numbered lines,
 * codes with a key, pauses, breaths and latching).
 */
import type { Utterance } from './layout-render.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const speakersOf = (u: readonly Utterance[]) => [...new Set(u.map((x) => x.speaker))];
const seconds = (i: number) => Number((1.5 + i * 6.25).toFixed(2));

function renderTierGrid(u: readonly Utterance[]): string {
  const end = seconds(u.length);
  const tiers = speakersOf(u).map((s, t) => {
    const own = u.flatMap((x, i) => (x.speaker === s ? [i] : []));
    const intervals = own.flatMap((i) => [[seconds(i) - 0.5, seconds(i), ''], [seconds(i), seconds(i) + 5.5, u[i]!.text]] as const);
    return [
      `    item [${t + 1}]:`, '        class = "IntervalTier" ', `        name = "${s}" `, '        xmin = 0 ', `        xmax = ${end} `,
      `        intervals: size = ${intervals.length} `,
      ...intervals.flatMap(([a, b, text], k) => [`        intervals [${k + 1}]:`, `            xmin = ${a} `, `            xmax = ${b} `, `            text = "${text.replace(/"/g, '""')}" `]),
    ];
  });
  return ['File type = "ooTextFile"', 'Object class = "TextGrid"', '', 'xmin = 0 ', `xmax = ${end} `, 'tiers? <exists> ', `size = ${tiers.length} `, 'item []: ', ...tiers.flat()].join('\n');
}

function renderElan(u: readonly Utterance[]): string {
  const slots = u.flatMap((_, i) => [`    <TIME_SLOT TIME_SLOT_ID="ts${2 * i + 1}" TIME_VALUE="${Math.round(seconds(i) * 1000)}"/>`, `    <TIME_SLOT TIME_SLOT_ID="ts${2 * i + 2}" TIME_VALUE="${Math.round(seconds(i) * 1000) + 5000}"/>`]);
  const tiers = speakersOf(u).map((s) => [
    `  <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="${xml(s)}" TIER_ID="${xml(s)}">`,
    ...u.flatMap((x, i) => (x.speaker === s ? [`    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a${i + 1}" TIME_SLOT_REF1="ts${2 * i + 1}" TIME_SLOT_REF2="ts${2 * i + 2}"><ANNOTATION_VALUE>${xml(x.text)}</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>`] : [])),
    '  </TIER>',
  ]);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<ANNOTATION_DOCUMENT AUTHOR="" DATE="2026-01-01T00:00:00" FORMAT="3.0" VERSION="3.0">', '  <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>', '  <TIME_ORDER>', ...slots, '  </TIME_ORDER>', ...tiers.flat(), '</ANNOTATION_DOCUMENT>'].join('\n');
}

function renderTtml(u: readonly Utterance[]): string {
  const speakers = speakersOf(u);
  const clock = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en">',
    '  <head>', '    <metadata>', '      <ttm:title>Clinic recording</ttm:title>',
    ...speakers.map((s, k) => `      <ttm:agent xml:id="a${k + 1}" type="person"><ttm:name type="full">${xml(s)}</ttm:name></ttm:agent>`),
    '    </metadata>', '  </head>', '  <body>', '    <div>',
    ...u.map((x, i) => `      <p begin="${clock(seconds(i))}" end="${clock(seconds(i) + 5)}" ttm:agent="a${speakers.indexOf(x.speaker) + 1}">${xml(x.text)}</p>`),
    '    </div>', '  </body>', '</tt>',
  ].join('\n');
}

/** An XML of a schema of our own making: what the fallback for unknown formats must still read. */
function renderRecordXml(u: readonly Utterance[]): string {
  return ['<?xml version="1.0"?>', '<visitLog device="tablet-3" build="7.2.1">', ...u.map((x, i) => `  <item seq="${i + 1}" by="${xml(x.speaker)}" at="${seconds(i)}">${xml(x.text)}</item>`), '</visitLog>'].join('\n');
}

function wrapInTwo(text: string): string {
  if (text.length <= 42) return text;
  const cut = text.lastIndexOf(' ', Math.ceil(text.length / 2));
  return cut > 0 ? `${text.slice(0, cut)}\n${text.slice(cut + 1)}` : text;
}

function renderSbv(u: readonly Utterance[]): string {
  const clock = (s: number) => `0:${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
  return u.map((x, i) => `${clock(seconds(i))},${clock(seconds(i) + 5)}\n${wrapInTwo(x.text)}\n`).join('\n');
}

/** Codes of three capitals, a key giving each code's speaker, numbered lines wrapped at 60 characters. */
function renderConversationAnalysis(u: readonly Utterance[]): string {
  const speakers = speakersOf(u);
  const code = (s: string) => `${s.replace(/[^A-Za-z]/g, '').slice(0, 2).toUpperCase()}${String.fromCharCode(65 + speakers.indexOf(s))}`;
  let n = 0;
  const number = () => String(++n).padStart(3, '0');
  const lines = u.flatMap((x, i) => {
    const marked = `${i % 4 === 1 ? '.hhh ' : ''}${x.text.replace(/, /, ' (0.4) ')}${i % 5 === 2 ? '=' : ''}`;
    const words = marked.split(' ');
    const rows: string[] = [''];
    for (const w of words) {
      if (rows.at(-1)!.length + w.length > 60) rows.push(w);
      else rows[rows.length - 1] = `${rows.at(-1)} ${w}`.trim();
    }
    return rows.map((r, k) => `${number()} ${k === 0 ? `${code(x.speaker)}:`.padEnd(6) : ' '.repeat(6)}${r}`);
  });
  return ['Transcription conventions: Jefferson (simplified)', ...speakers.map((s) => `${code(s)} = ${s}`), '', ...lines].join('\n');
}

export const STRUCTURED_RENDERERS = {
  'tier-grid': renderTierGrid,
  'elan-xml': renderElan,
  'ttml': renderTtml,
  'record-xml': renderRecordXml,
  'sbv': renderSbv,
  'ca-notation': renderConversationAnalysis,
} as const;
