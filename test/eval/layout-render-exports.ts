/**
 * Layouts first met in sealed set A30 (stop 48), each written here in a variant of our own, for layout-render.ts:
 * SubViewer-like captions (an `[INFORMATION]` header, `start,end` cue lines, `[br]` breaks, a speaker named only where
 * the voice changes), a chat history of time, name and words fields (a day line, tab-separated, a sticker line), a
 * chat JSON whose sender is a nested profile and whose words are styled pieces, and an EXMARaLDA-like XML (a speaker
 * table of codes, a common timeline, one tier a speaker).
 */
import type { Utterance } from './layout-render.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const speakersOf = (u: readonly Utterance[]) => [...new Set(u.map((x) => x.speaker))];
const clock = (cs: number) => `${String(Math.floor(cs / 360000)).padStart(2, '0')}:${String(Math.floor(cs / 6000) % 60).padStart(2, '0')}:${String(Math.floor(cs / 100) % 60).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;

/** A long line broken at a space near its middle. */
function breakInTwo(text: string, mark: string): string {
  if (text.length <= 42) return text;
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  return cut > 0 ? `${text.slice(0, cut)}${mark}${text.slice(cut + 1)}` : text;
}

function renderSubViewer(u: readonly Utterance[]): string {
  const head = ['[INFORMATION]', '[TITLE]Visit', '[AUTHOR]Clinic media', '[COMMENT]captions', '[END INFORMATION]', '[SUBTITLE]', '[COLF]&HFFFFFF,[STYLE]no,[SIZE]18,[FONT]Arial'];
  const cues = u.map((x, i) => {
    const named = i === 0 || u[i - 1]!.speaker !== x.speaker ? `${x.speaker.toUpperCase()}: ` : '';
    return `${clock(100 + i * 450)},${clock(500 + i * 450)}\n${named}${breakInTwo(x.text, '[br]')}\n`;
  });
  return [...head, ...cues].join('\n');
}

function renderTabbedChat(u: readonly Utterance[]): string {
  const time = (i: number) => `${String(9 + Math.floor(i / 60) % 12).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  const rows = u.map((x, i) => `${time(i)}\t${x.speaker}\t${/\n/.test(x.text) ? `"${x.text}"` : x.text}`);
  return ['Chat history with the clinic', 'Saved on: 1/2/2026 18:00', '', 'Mon, 1/2/2026', rows[0], `${time(0)}\t${u[0]!.speaker}\t[Sticker]`, ...rows.slice(1)].join('\n');
}

function renderProfileJson(u: readonly Utterance[]): string {
  const messages = u.map((x, i) => {
    const cut = x.text.indexOf(' ', Math.floor(x.text.length / 2));
    const content = cut > 0 && i % 2 === 0 ? [x.text.slice(0, cut + 1), { type: 'bold', text: x.text.slice(cut + 1) }] : [x.text];
    return { id: String(i + 2), type: 'Default', timestamp: `2026-01-02T10:${String(i % 60).padStart(2, '0')}:00Z`, body: content, author: { id: `u${speakersOf(u).indexOf(x.speaker)}`, nickname: x.speaker } };
  });
  const join = { id: '1', type: 'Join', timestamp: '2026-01-02T09:59:00Z', body: '', author: { id: 'u0', nickname: u[0]!.speaker } };
  return JSON.stringify({ channel: { name: 'visit' }, log: [join, ...messages] }, null, 1);
}

function renderTimeline(u: readonly Utterance[]): string {
  const speakers = speakersOf(u);
  const table = speakers.map((s, k) => `   <speaker id="SPK${k}"><abbreviation>${xml(s)}</abbreviation><sex value="u"/></speaker>`);
  const points = Array.from({ length: u.length + 1 }, (_, i) => `   <tli id="T${i}" time="${(i * 4.5).toFixed(1)}"/>`);
  const tiers = speakers.map((s, k) => [
    `  <tier id="TIE${k}" speaker="SPK${k}" category="v" type="t" display-name="${xml(s)} [v]">`,
    ...u.flatMap((x, i) => (x.speaker === s ? [`   <event start="T${i}" end="T${i + 1}">${xml(x.text)} </event>`] : [])),
    '  </tier>',
  ]);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<basic-transcription>', ' <head>', '  <speakertable>', ...table, '  </speakertable>', ' </head>', ' <basic-body>', '  <common-timeline>', ...points, '  </common-timeline>', ...tiers.flat(), ' </basic-body>', '</basic-transcription>'].join('\n');
}

export const EXPORT_RENDERERS = {
  subviewer: renderSubViewer,
  'tabbed-chat': renderTabbedChat,
  'profile-json': renderProfileJson,
  timeline: renderTimeline,
} as const;
