/**
 * E-mail threads pasted from Outlook or Gmail: a reply chain between a patient (or a relative) and a clinician. Each
 * message's author is the name on its From line (or its "On …, Name <address> wrote:" line); its body loses headers,
 * greetings, sign-offs, signatures, disclaimers and quoted text that repeats another message. Messages come out oldest
 * first, one utterance per line, numbered by the file line, so evidence still points into the file as given. Text
 * without an e-mail header block (a From: line with Sent:/Subject: lines beside it) is not a thread (undefined).
 */
import { pairNumberedAnswers } from './numbered-answers.js';
import { roleFromLabel } from './speaker-labels.js';
import { readCarriedTranscript } from './email-transcripts.js';

export interface EmailUtterance { label: string; text: string; line: number }

interface Message { author: string | undefined; depth: number; date: number | undefined; lines: { text: string; line: number }[]; within?: Message }

const HEADER = /^\**(from|sent|date|to|cc|bcc|subject|importance|attachments)\**\s*:\**\s*(.*)$/i;
const ATTRIBUTION = /^On\s+(.+?)\s*(?:<[^<>\s]+@[^<>\s]+>)?\s*wrote:$/i;
const SEPARATOR = /^(?:-{2,}\s*(?:original message|forwarded message|message)\s*-{2,}|_{10,}|-{10,})$/i;
// Epic's In Basket writes a portal reply chain with "----- Message from Shah, Priya, MD sent at 3/14/2026 11:20 AM -----".
const PORTAL_ATTRIBUTION = /^-{2,}\s*Message from (.+?) sent at (.+?)\s*-{2,}$/i;
// "Hi Grace," / "Dear Mr Hill," / "Hi Tom, thanks for…": the greeting word and the names after it (capitalised).
const GREETING = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Mm]orning|[Aa]fternoon)(?:\s+(?:again|there|all|both|[A-Z][\w.'’/-]*)){0,4}\s*(?:[,!]\s*|$)/;
const SIGN_OFF = /^(?:(?:kind|best|warm|many|with)\s+)?(?:regards|wishes|thanks again|thank you|thanks|cheers|best|sincerely|yours (?:sincerely|faithfully|truly)|all the best|take care|speak soon)[,.!]*\s*/i;
const MOBILE = /^(?:sent from my |sent from (?:outlook|mail|yahoo)|get outlook for )/i;
const DISCLAIMER = /\b(?:confidential|intended (?:solely |only )?for the (?:named )?(?:addressee|recipient)|received this (?:e-?mail|message) in error|disclaimer|scanned for viruses)\b/i;

/** "Reid, Tom (Riverside Pharmacy)" <tom@…> → "Tom Reid"; a role in parentheses stays, so the label lexicon reads it. */
function readName(value: string): string | undefined {
  const address = /[\w.+-]+@[\w.-]+/.exec(value)?.[0];
  let name = value.replace(/<[^>]*>|\[mailto:[^\]]*\]|[\w.+-]+@[\w.-]+|["“”]/g, '').trim();
  const paren = /\s*\(([^)]*)\)\s*$/.exec(name);
  if (paren) name = name.slice(0, paren.index).trim();
  // "Reid, Tom" is surname first; "Priya Shah, MD" and "Shah, Priya, MD" end on a credential.
  const credential = /,\s*([A-Z]{2,5})$/.exec(name);
  if (credential) name = name.slice(0, credential.index);
  if (/^[^,]+,\s*[^,]+$/.test(name)) name = name.replace(/^([^,]+),\s*(.+)$/, '$2 $1');
  if (credential) name = `${name}, ${credential[1]}`;
  // An address alone ("grace.hill@…") still names its writer.
  if (name === '' && address) name = address.split('@')[0]!.split(/[._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  if (name === '') return undefined;
  return paren && roleFromLabel(paren[1]!) === 'clinician' ? `${name} (${paren[1]!.trim()})` : name;
}

const NUMERIC_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?)?/i;

type DateOrder = 'dmy' | 'mdy';

/**
 * A numeric date ("01/12/2026") is day-first in one country and month-first in another: it is read only where a number
 * over 12 says which ("14/03/2026", a portal's "3/14/2026 9:02 AM"), in that date or in another of the same thread
 * (`order`: a portal writes all its dates one way); otherwise the file order is safer.
 */
function readDate(value: string, order?: DateOrder): number | undefined {
  const n = NUMERIC_DATE.exec(value);
  if (n) {
    const [a, b] = [Number(n[1]), Number(n[2])];
    const dayFirst = a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : a === b ? true : order === undefined ? undefined : order === 'dmy';
    if (dayFirst === undefined) return undefined;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    const h = Number(n[4] ?? 0);
    const hour = n[6] === undefined ? h : (h % 12) + (/p/i.test(n[6]) ? 12 : 0);
    return Date.UTC(Number(n[3]), month - 1, day, hour, Number(n[5] ?? 0));
  }
  if (/\d+\/\d+\/\d+/.test(value)) return undefined;
  const t = Date.parse(value.replace(/\s+at\s+/i, ' '));
  return Number.isNaN(t) ? undefined : t;
}

/** The header fields from line i on; a header block has a From line and a Sent or Subject line among two others. */
function readHeaderBlock(texts: string[], i: number): { end: number; fields: Map<string, string> } | undefined {
  const fields = new Map<string, string>();
  let end = i;
  while (end < texts.length && end - i < 8 && HEADER.test(texts[end]!)) {
    const [, key, value] = HEADER.exec(texts[end]!)!;
    if (!fields.has(key!.toLowerCase())) fields.set(key!.toLowerCase(), value!.trim());
    end++;
  }
  const ok = [...fields.keys()][0] === 'from' && fields.size >= 3 && (fields.has('sent') || fields.has('subject'));
  return ok ? { end, fields } : undefined;
}

/** The one way the thread's numeric dates are written, where one of them says it and none says otherwise. */
function dateOrder(texts: readonly string[]): DateOrder | undefined {
  const seen = new Set<DateOrder>();
  for (const t of texts) {
    for (const m of t.matchAll(new RegExp(NUMERIC_DATE.source, 'gi'))) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a > 12 && a <= 31 && b <= 12) seen.add('dmy');
      if (b > 12 && b <= 31 && a <= 12) seen.add('mdy');
    }
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

const baseName = (author: string) => author.replace(/\s*\(.*\)$/, '');
const normalize = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The utterances of an e-mail thread, oldest message first, or undefined for any other text. */
export function readEmailThread(transcript: string): EmailUtterance[] | undefined {
  const raw = transcript.replace(/\r\n?/g, '\n').split('\n');
  const depths = raw.map((l) => /^\s*((?:>\s?)*)/.exec(l)![1]!.replace(/\s/g, '').length);
  const texts = raw.map((l) => l.replace(/^\s*(?:>\s?)*/, '').trim());
  if (!texts.some((t, i) => readHeaderBlock(texts, i) || PORTAL_ATTRIBUTION.test(t))) return undefined;
  const order = dateOrder(texts);
  // A recording tool's transcript forwarded by e-mail is read by its speakers, not by the e-mail's writers.
  const carried = readCarriedTranscript(texts, depths);
  if (carried) return carried;
  const messages: Message[] = [];
  const open = new Map<number, Message>();
  const start = (author: string | undefined, depth: number, date: number | undefined) => {
    const m: Message = { author, depth, date, lines: [] };
    messages.push(m);
    for (const d of [...open.keys()]) if (d >= depth) open.delete(d);
    open.set(depth, m);
  };
  // Text above the first header is the newest reply, written by whoever that header's message went to; but where the
  // headers' dates run oldest first (a patient portal's thread, newest at the bottom), it is the page's title.
  const headers = texts.flatMap((_, i) => readHeaderBlock(texts, i) ?? []);
  const firstTo = headers[0]?.fields.get('to');
  const dates = headers.map((h) => readDate(h.fields.get('sent') ?? h.fields.get('date') ?? '', order));
  const oldestFirst = dates.length >= 2 && dates.every((d, k) => d !== undefined && (k === 0 || d >= dates[k - 1]!)) && dates.at(-1)! > dates[0]!;
  start(!oldestFirst && firstTo && !firstTo.includes(';') && (firstTo.match(/@/g) ?? []).length <= 1 ? readName(firstTo) : undefined, 0, undefined);
  for (let i = 0; i < raw.length; i++) {
    const depth = depths[i]!;
    const header = readHeaderBlock(texts, i);
    if (header) {
      start(readName(header.fields.get('from')!), depth, readDate(header.fields.get('sent') ?? header.fields.get('date') ?? '', order));
      i = header.end - 1;
      continue;
    }
    // Gmail wraps a long attribution line: "On Tue, 1 Dec 2026 at 09:15, Grace Hill <grace@…>" / "wrote:".
    const joined = /^On\s/.test(texts[i]!) && !ATTRIBUTION.test(texts[i]!) ? `${texts[i]} ${texts[i + 1] ?? ''}` : texts[i]!;
    const said = ATTRIBUTION.exec(joined);
    if (said) {
      // The writer follows the date: after its last comma or its time of day.
      const name = said[1]!.replace(/^.*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|,)\s*/i, '');
      start(readName(name), depth + 1, readDate(said[1]!.slice(0, said[1]!.length - name.length).replace(/,\s*$/, ''), order));
      if (joined !== texts[i]) i++;
      continue;
    }
    const portal = PORTAL_ATTRIBUTION.exec(texts[i]!);
    if (portal) {
      start(readName(portal[1]!), depth, readDate(portal[2]!, order));
      continue;
    }
    if (SEPARATOR.test(texts[i]!)) continue;
    // A quoted line under no attribution ("> I've been dizzy") answers inline: its writer is not said.
    if (!open.has(depth)) {
      const within = open.get(depth - 1);
      start(undefined, depth, undefined);
      open.get(depth)!.within = within;
    }
    open.get(depth)!.lines.push({ text: texts[i]!, line: i + 1 });
  }
  const roles = new Map<string, string>();
  for (const m of messages) m.lines = cleanBody(m, roles);
  // "Tom Reid (Pharmacist)" on a From line and "Tom Reid" on an attribution line are one writer, with one label.
  for (const m of messages) if (m.author && m.author !== baseName(m.author)) roles.set(baseName(m.author), m.author.slice(baseName(m.author).length + 2, -1));
  keepQuotedOnlyOnce(messages);
  const kept = messages.filter((m) => m.author !== undefined && m.lines.length > 0);
  const ordered = kept.every((m) => m.date !== undefined) ? [...kept].sort((a, b) => a.date! - b.date!) : [...kept].reverse();
  const labelOf = (author: string) => (roles.has(baseName(author)) ? `${baseName(author)} (${roles.get(baseName(author))})` : author);
  const out = ordered.flatMap((m) => m.lines.map((l) => ({ label: labelOf(m.author!), text: l.text, line: l.line })));
  return out.length > 0 ? pairNumberedAnswers(out) : undefined;
}

/** A message's own words: no greeting, sign-off, signature, phone footer or disclaimer. Sign-off roles go in `roles`. */
function cleanBody(m: Message, roles: Map<string, string>): { text: string; line: number }[] {
  const names = m.author ? [baseName(m.author), m.author.split(/\s+/)[0]!].map(normalize) : [];
  const lines = [...m.lines];
  // A paragraph that says it is confidential or virus-scanned is the organisation's footer, wherever it sits.
  const paragraphs: (typeof lines)[] = [[]];
  for (const l of lines) if (l.text === '') paragraphs.push([]); else paragraphs.at(-1)!.push(l);
  const body = paragraphs.filter((p) => !p.some((l) => DISCLAIMER.test(l.text))).flat().filter((l) => !MOBILE.test(l.text) && /[a-z0-9]/i.test(l.text));
  const first = body[0];
  if (first && GREETING.test(first.text)) {
    const rest = first.text.replace(GREETING, '').trim();
    if (rest === '') body.shift(); else body[0] = { ...first, text: rest.charAt(0).toUpperCase() + rest.slice(1) };
  }
  // "Thank you." with more to say after it is a sentence: a sign-off has only a signature (no prose) below it.
  const isProse = (t: string) => /[.?!]$/.test(t) && t.split(/\s+/).length > 8;
  const cut = body.findIndex((l, i) => (isSignOff(l.text) || names.includes(normalize(l.text.replace(/\s+x+$/i, '')))) && !body.slice(i + 1).some((b) => isProse(b.text)));
  // "Dan" under a message from Daniel Price: a last line that is only a name or two signs it off.
  if (cut < 0) return /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?(?:\s+x+)?[.,]?$/.test(body.at(-1)?.text ?? '') ? body.slice(0, -1) : body;
  for (const l of body.slice(cut)) readSignatureRole(l.text, m.author, roles);
  return body.slice(0, cut);
}

/** "Kind regards," / "Thanks, Grace" / "Best wishes Tom", but not "Thanks for ringing me back." */
function isSignOff(text: string): boolean {
  const m = SIGN_OFF.exec(text);
  return m !== null && /^(?:[A-Z][\w'’-]*\s*){0,3}[,.]?$/.test(text.slice(m[0].length));
}

/** "Tom Reid | Clinical Pharmacist", "Practice Nurse": a role under the writer's name, unless the From name has one. */
function readSignatureRole(text: string, author: string | undefined, roles: Map<string, string>): void {
  if (!author || roleFromLabel(author) !== undefined || roles.has(baseName(author))) return;
  const surname = normalize(author).split(' ').at(-1)!;
  for (const part of text.split(/\s*[,|–—]\s*|\s+-\s+/)) {
    if (part.split(/\s+/).length <= 4 && roleFromLabel(part) === 'clinician' && !normalize(part).includes(surname)) {
      roles.set(baseName(author), part.trim());
      return;
    }
  }
}

/**
 * Quoted lines another message already holds are dropped; a quoted message found nowhere else is kept if its writer is
 * known. An unattributed quote inside a known writer's message, where the thread holds the messages it could quote and
 * none of them has its words, quotes nothing: it is that writer's own text set off with ">" (readings pasted from a
 * meter), and joins their message in file order.
 */
function keepQuotedOnlyOnce(messages: Message[]): void {
  for (const m of messages) {
    if (m.depth === 0) continue;
    const elsewhere = normalize(messages.filter((o) => o.depth < m.depth && o !== m.within).flatMap((o) => o.lines.map((l) => l.text)).join(' '));
    const unseen = (l: { text: string }) => normalize(l.text) === '' || !elsewhere.includes(normalize(l.text));
    const host = m.within;
    if (m.author === undefined && host?.author !== undefined && messages.some((o) => o !== host && o !== m && o.author !== undefined && o.lines.length > 0) && m.lines.every(unseen)) {
      host.lines = [...host.lines, ...m.lines].sort((a, b) => a.line - b.line);
      m.lines = [];
      continue;
    }
    if (m.author === undefined) { m.lines = []; continue; }
    m.lines = m.lines.filter(unseen);
  }
}
