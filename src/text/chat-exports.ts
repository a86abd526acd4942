/**
 * Messaging exports that put each message's sender and time on a header line of their own, the words on the lines
 * below it (up to the next header), so no line reads `Name: words`:
 * - Telegram Desktop's copied messages: `Tom Baker, [14.03.2026 09:05]`;
 * - Microsoft Teams chat copied: `[14/03/2026 10:02] Lee, Kim (Physiotherapist)` (or `[10:02 AM] Kim Lee`);
 * - Zoom's in-meeting chat file: `10:02:11 From Dr Ruiz to Everyone:` (older files: `10:02:11\t From  Dr Ruiz : words`);
 * - Slack copied from the app: `Maya Singh, LCSW  10:02 AM`, a bare `10:05` above each further message by the same
 *   person, and reactions (`:pray:` over its count) and "(edited)" marks under the words;
 * - Google Chat copied (written from knowledge of the app): `Kim Lee, 10:02 AM`;
 * - a portal's thread that heads each message "Tom Baker wrote (14/03/2026 09:02):";
 * - a date line and a sender line, in either order: imessage-exporter's TXT (`Mar 14, 2026  9:02:11 AM` then `Me`),
 *   a patient portal's conversation copied from the page (MyChart: `Priya Shah, MD` then `Mar 14, 2026 11:20 AM`).
 * Each message comes out as utterances labelled with its sender (`Surname, First` turned round, a role in parentheses
 * kept), numbered by the file line, a message's first line marked so the reader keeps two messages two turns.
 * Text that is not laid out so (at least two headers, two senders, each header with words under it) is undefined.
 */
import { pairNumberedAnswers } from './numbered-answers.js';
export interface ChatUtterance { label: string; text: string; line: number; opensMessage: boolean }

interface Header { name: string; text: string; size: number }

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const NUMERIC_DATE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`;
const MONTH_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})`;
const DATE = `(?:${NUMERIC_DATE}|${MONTH_DATE}|Today|Yesterday)`;
/** A line that is only a date and time, perhaps after "Sent", perhaps with imessage-exporter's "(Read by … after …)". */
const DATE_LINE = new RegExp(String.raw`^(?:(?:Sent|Received|Delivered)(?:\s+(?:on|at))?:?\s+)?${DATE},?\s+(?:at\s+)?${TIME}(?:\s+[A-Z]{2,4})?(?:\s+\([^()]*\))?$`);
const TELEGRAM = new RegExp(String.raw`^(\S.{0,60}?),\s+\[${NUMERIC_DATE}\s+${TIME}\]$`);
const TEAMS = new RegExp(String.raw`^\[(?:${NUMERIC_DATE},?\s+)?${TIME}\]\s+([^:\[\]]{1,60})$`);
const SLACK = new RegExp(String.raw`^(\S.{0,60}?)\s+(?:${NUMERIC_DATE}\s+)?\d{1,2}:\d{2}\s?[AaPp][Mm]$`);
/** A clock time alone on a line: Slack's mark of a further message by the one who wrote the last. */
const BARE_CLOCK = new RegExp(`^\\[?${TIME}\\]?$`);
const COMMA_TIME = new RegExp(String.raw`^(\S.{0,60}?),\s+(?:[A-Z][a-z]{2,8}\s+\d{1,2},?\s+)?\d{1,2}:\d{2}\s?[AaPp][Mm]$`);
/** "Sam Osei, Pharmacist · Mon 3 Mar 2025, 14:11": a secure-message thread that writes sender and time on one line. */
const SENDER_DOT_TIME = new RegExp(String.raw`^(\S.{0,60}?)\s+[·•|]\s+${DATE},?\s+(?:at\s+)?${TIME}$`);
const WROTE = /^(\S.{0,60}?)\s+wrote(?:\s+(?:on|at)\s+[^:]{1,40}|\s*\([^()]{1,40}\))?\s*:$/i;
/** A person's name as chat apps write it: capitalised words ("Kim Lee", "Dr Priya Shah"), not "Okay" before a time. */
const isCapitalisedName = (name: string) => isNameLine(name) && /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(name);
const ZOOM = new RegExp(String.raw`^${TIME}\s+From\s+(.+?)(?:\s+to\s+(?:Everyone|.+?))?\s*:(?:\s+(.*))?$`, 'i');

/** "Lee, Kim (Physiotherapist)" → "Kim Lee (Physiotherapist)"; "Shah, Priya, MD" → "Priya Shah, MD". */
function tidyName(raw: string): string {
  let name = raw.replace(/\s*\((?:direct message|privately|guest|external)\)\s*$/i, '').replace(/\s+/g, ' ').trim();
  const paren = /\s*(\([^()]*\))$/.exec(name);
  if (paren) name = name.slice(0, paren.index);
  const parts = name.split(/\s*,\s*/);
  if (parts.length >= 2 && parts.length <= 3 && /^\p{L}[\p{L}'’-]*$/u.test(parts[0]!) && /^\p{L}[\p{L}'’. -]*$/u.test(parts[1]!)) {
    name = `${parts[1]} ${parts[0]}${parts[2] ? `, ${parts[2]}` : ''}`;
  }
  return paren ? `${name} ${paren[1]}` : name;
}

/** A line that can only be a sender's name: short, no sentence mark, a letter or a phone number first. */
function isNameLine(line: string): boolean {
  return /^(?:\p{L}|\+?\d[\d ()-]{6,})/u.test(line) && line.length <= 60 && line.split(/\s+/).length <= 6
    && !/[.?!;]$|[:@<>]/.test(line) && !DATE_LINE.test(line) && !/\b(?:is|are|was|the|and|I|you|it)\b/.test(line);
}

/** The header starting at line i under one layout, or undefined. */
type HeaderReader = (lines: readonly string[], i: number) => Header | undefined;

const ONE_LINE: HeaderReader[] = [
  (l, i) => { const m = TELEGRAM.exec(l[i]!); return m ? { name: m[1]!, text: '', size: 1 } : undefined; },
  (l, i) => { const m = TEAMS.exec(l[i]!); return m ? { name: m[1]!, text: '', size: 1 } : undefined; },
  (l, i) => { const m = ZOOM.exec(l[i]!); return m ? { name: m[1]!, text: m[2] ?? '', size: 1 } : undefined; },
  (l, i) => { const m = COMMA_TIME.exec(l[i]!) ?? WROTE.exec(l[i]!); return m && isCapitalisedName(m[1]!) ? { name: m[1]!, text: '', size: 1 } : undefined; },
  (l, i) => { const m = SENDER_DOT_TIME.exec(l[i]!); return m && isNameLine(m[1]!) ? { name: m[1]!, text: '', size: 1 } : undefined; },
];
const SLACK_HEADER: HeaderReader = (l, i) => { const m = SLACK.exec(l[i]!); return m && isNameLine(m[1]!) ? { name: m[1]!, text: '', size: 1 } : undefined; };
/** Teams' copied meeting transcript writes "Name   9:02 AM" too (read in speaker-labels.ts); Slack adds these marks. */
const isSlackMark = (line: string) => BARE_CLOCK.test(line) || /^:[a-z0-9_+-]+:/.test(line) || /\(edited\)$/.test(line);
const DATE_THEN_NAME: HeaderReader = (l, i) => (DATE_LINE.test(l[i]!) && isNameLine(l[i + 1] ?? '') ? { name: l[i + 1]!, text: '', size: 2 } : undefined);
const NAME_THEN_DATE: HeaderReader = (l, i) => (isNameLine(l[i]!) && DATE_LINE.test(l[i + 1] ?? '') ? { name: l[i]!, text: '', size: 2 } : undefined);

/** A reaction or edit mark a chat writes under a message: Teams' "like 1", Slack's ":pray: 1", "(edited)". */
const REACTION = /^(?:(?:like|heart|laugh|surprised|sad|angry|\p{Extended_Pictographic}|:[a-z0-9_+-]+:)\s*)+\d*$|^\d{1,3}$|^\(?edited\)?$/iu;

/** The messages of the text under the one header layout that fits it, or undefined. */
export function readChatExport(transcript: string): ChatUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const slack = lines.some(isSlackMark) ? [SLACK_HEADER] : [];
  for (const reader of [...ONE_LINE, ...slack, DATE_THEN_NAME, NAME_THEN_DATE]) {
    const read = readMessages(lines, reader);
    if (read) return pairNumberedAnswers(read);
  }
  return undefined;
}

function readMessages(lines: readonly string[], reader: HeaderReader): ChatUtterance[] | undefined {
  const out: ChatUtterance[] = [];
  const senders = new Set<string>();
  let headers = 0;
  let label: string | undefined;
  let opens = false;
  for (let i = 0; i < lines.length; i++) {
    const header = reader(lines, i);
    if (header) {
      label = tidyName(header.name);
      senders.add(label.toLowerCase());
      headers++;
      opens = true;
      i += header.size - 1;
      if (header.text === '') continue;
    }
    if (!header && label !== undefined && BARE_CLOCK.test(lines[i]!)) {
      opens = true;
      continue;
    }
    const text = header ? header.text : lines[i]!;
    // Text above the first header is the export's title ("Conversation with Priya Shah, MD", a subject).
    if (label === undefined || text === '' || REACTION.test(text)) continue;
    out.push({ label, text: text.replace(/\s*\(edited\)$/i, ''), line: i + 1, opensMessage: opens });
    opens = false;
  }
  // Each header has words under it (a dictation's dated entries under one author are no chat).
  const messages = out.filter((u) => u.opensMessage).length;
  return headers >= 2 && senders.size >= 2 && messages >= headers * 0.8 ? out : undefined;
}
