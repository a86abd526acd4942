/**
 * Text messages backed up from a phone, which write who sent each message as a direction rather than a name:
 * - Android's "SMS Backup & Restore" XML: `<sms type="1" body="…" contact_name="…" address="…"/>` (type 1 received,
 *   2 sent) and `<mms msg_box="1|2">` with its text in `<part ct="text/plain" text="…"/>`;
 * - a CSV from an iPhone backup tool (iMazing, iExplorer, and others alike): a `Type` or `Direction` column
 *   (Incoming / Outgoing, Received / Sent), a sender-name column, and a `Text` or `Message` column.
 * The phone's owner is "Me" (the patient texting their nurse, or a clinician's work phone: what they say decides);
 * the other side is the contact's name, or their number when the phone has no name for it.
 */
import type { ChatUtterance } from './chat-exports.js';
import { splitRow } from './transcript-layouts.js';

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITY[name!.toLowerCase()] ?? all;
  });
}

function readAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** "null" and "(Unknown)" are what the backup writes for a contact the phone has no name for. */
function readContactName(attrs: Map<string, string>): string {
  const contact = attrs.get('contact_name') ?? '';
  return contact !== '' && !/^(?:null|\(unknown\))$/i.test(contact) ? contact : (attrs.get('address') ?? 'Sender');
}

/** One utterance a line of the message's words (a body may hold line breaks), all on the element's line. */
function toUtterances(label: string, body: string, line: number): ChatUtterance[] {
  return body.split(/\n+/).map((t) => t.trim()).filter((t) => t !== '' && t !== 'null').map((text, k) => ({ label, text, line, opensMessage: k === 0 }));
}

/** The messages of an SMS Backup & Restore file, or undefined. */
export function readSmsBackupXml(transcript: string): ChatUtterance[] | undefined {
  if (!/<(?:smses|allsms)\b/i.test(transcript)) return undefined;
  const out: ChatUtterance[] = [];
  for (const m of transcript.matchAll(/<(sms|mms)\b([^>]*?)(\/?)>/gi)) {
    const line = transcript.slice(0, m.index).split('\n').length;
    const attrs = readAttributes(m[2]!);
    const sent = m[1]!.toLowerCase() === 'sms' ? attrs.get('type') === '2' : attrs.get('msg_box') === '2';
    let body = attrs.get('body') ?? '';
    if (m[1]!.toLowerCase() === 'mms' && m[3] !== '/') {
      const end = transcript.indexOf('</mms>', m.index);
      const inner = transcript.slice(m.index, end < 0 ? undefined : end);
      body = [...inner.matchAll(/<part\b([^>]*)>/gi)].map((p) => readAttributes(p[1]!)).filter((a) => a.get('ct') === 'text/plain').map((a) => a.get('text') ?? '').join('\n');
    }
    out.push(...toUtterances(sent ? 'Me' : readContactName(attrs), body, line));
  }
  return out.length > 0 ? out : undefined;
}

const DIRECTION_COLUMN = /^(?:type|direction|message type|sent\s*\/\s*received)$/i;
const NAME_COLUMN = /^(?:sender name|sender|from|contact|contact name|name|author)$/i;
const ID_COLUMN = /^(?:sender id|address|phone|phone number|number|handle)$/i;
const TEXT_COLUMN = /^(?:text|message|body|content|message text)$/i;

/** The messages of a CSV whose rows say Incoming / Outgoing, or undefined. */
export function readDirectionCsv(transcript: string): ChatUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return undefined;
  const header = splitRow(lines[first]!, ',');
  const dir = header.findIndex((h) => DIRECTION_COLUMN.test(h));
  const text = header.findIndex((h) => TEXT_COLUMN.test(h));
  if (dir < 0 || text < 0) return undefined;
  const name = header.findIndex((h) => NAME_COLUMN.test(h));
  const id = header.findIndex((h) => ID_COLUMN.test(h));
  const out: ChatUtterance[] = [];
  let directions = 0;
  for (let i = first + 1; i < lines.length; i++) {
    const cells = splitRow(lines[i]!, ',');
    const way = cells[dir] ?? '';
    if (!/^(?:incoming|outgoing|received|sent|inbound|outbound|in|out)$/i.test(way)) continue;
    directions++;
    const sent = /^(?:outgoing|sent|outbound|out)$/i.test(way);
    const label = sent ? 'Me' : [cells[name] ?? '', cells[id] ?? ''].find((c) => c !== '') ?? 'Sender';
    out.push(...toUtterances(label, cells[text] ?? '', i + 1));
  }
  return directions >= 2 ? out : undefined;
}
