/**
 * Chat-room logs in the IRC manner, as IRC clients (irssi, HexChat, WeeChat's plain export, ZNC) and Matrix or
 * Slack bridges write them: one message a line, `<nick> words`, after a time with or without seconds, bracketed or
 * not, perhaps after a date (`[2026-03-14 09:02]`); the nick may carry a channel mode (`<@nick>`, `<+nick>`), a room's
 * padding (`< nick>`), underscores, dots and digits (`<Priya_Dietitian>`, `<sam.rn2>`).
 * The room's own lines carry no words of anyone's: joins, parts, quits and modes (`* Nick has joined #room`,
 * `-!- Nick [~u@host] has quit`, `--> Nick joined`), and a nick change, after which the new nick is the same speaker.
 * A `/me` action (`* Nick checks the meter`) is that nick's message. A line with no stamp under a message goes on with it.
 * The nick is written as a label the role lexicon can read ("Priya_Dietitian" → "Priya Dietitian"): a role in a nick
 * (`_Dietitian`, `-RN`, `(OT)`) is the speaker's role as it is in any label. Other texts are undefined.
 */
import type { ChatUtterance } from './chat-exports.js';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})`;
const STAMP = new RegExp(String.raw`^(?:[\[(]?(?:${DATE}[ T,]+)?${TIME}[\])]?\s+)?`);
/** `<nick> words`: a nick is one to forty characters without angle brackets, after an optional channel mode. */
const MESSAGE = /^<\s*[@+%~&!]?\s*([^<>\s][^<>]{0,39}?)\s*>\s*(.*)$/;
/** A line the room writes: `*`, `***`, `-!-`, `-->`, `<--`, `--`, `=!=` before a nick and what happened. */
const NOTICE = /^(?:\*{1,3}|-!-|-->|<--|--|=!=)\s+(\S+)\s*(.*)$/;
const ROOM_EVENT = /^(?:\[[^\]]*\]\s*)?(?:\([^)]*\)\s*)?(?:has\s+)?(?:joined|left|quit|parted|part|disconnected|connected|was kicked|kicked|sets mode|set mode|changes? topic|changed the topic|set the topic|is away|is back|is now known as|now talking in|topic is|topic for|mode)\b|^is\s+now\s+known\s+as\b/i;
const NICK_CHANGE = /^is now known as\s+(\S+)/i;
/** Log chrome: "--- Log opened Sat Mar 14 2026", "--- Day changed …", "Session Start: …". */
const CHROME = /^(?:-{2,3}\s*(?:log|day|session)\b|session (?:start|close|ident)\b|\*\*\*\*\s*(?:beginning|ending) logging)/i;

/**
 * "Priya_Dietitian" → "Priya Dietitian", "NurseKim" → "Nurse Kim", "sam.rn2" → "sam rn2": a nick as words (a Matrix
 * id's server, "@priya:example.org", and an away mark, "Priya|away", are no part of the name).
 */
export function nickAsLabel(nick: string): string {
  const words = nick.replace(/\|.*$/, '').replace(/^@/, '').replace(/:[\w.-]+$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? nick : words;
}

/** A nick that is no one's: an HTML tag ("p", "br") or a WebVTT voice ("v Dr Lee"), or one with markup in it. */
function isMarkup(nick: string): boolean {
  return /^(?:[a-z]|br|hr|div|span|font|td|tr|li|ul|ol|h\d|v\s.*|c\..*|\/.*)$/i.test(nick) || /[=/"]/.test(nick);
}

interface Reading { out: ChatUtterance[]; read: number; filled: number }

/** The messages of an IRC-style log, or undefined for any other text. */
export function readIrcLog(transcript: string): ChatUtterance[] | undefined {
  if (/<\/[a-z][a-z0-9]*>/i.test(transcript) || !/^\s*(?:\S+\s+){0,2}<[^<>\n]{1,42}>/m.test(transcript)) return undefined;
  const { out, read, filled } = readLines(transcript.replace(/\r\n?/g, '\n').split('\n'));
  const senders = new Set(out.map((u) => u.label.toLowerCase()));
  const messages = out.filter((u) => u.opensMessage).length;
  // Most lines are the log's own (a quoted `<nick> words` in a letter or a note is no log).
  return messages >= 2 && senders.size >= 2 && read >= filled * 0.6 ? out : undefined;
}

/** Every nick that speaks or joins in the log, in lower case. */
function collectNicks(lines: readonly string[]): Set<string> {
  const nicks = new Set<string>();
  for (const line of lines) {
    const rest = line.trim().replace(STAMP, '');
    const nick = MESSAGE.exec(rest)?.[1] ?? NOTICE.exec(rest)?.[1];
    if (nick) nicks.add(nick.toLowerCase());
  }
  return nicks;
}

/**
 * "Aisha_M: how are the mornings?": a room's way to speak to someone is their nick before the words; it is written as
 * a name spoken to ("Aisha, how are the mornings?"), so the words read as said and the address is still heard.
 */
function writeNickAddress(text: string, nicks: ReadonlySet<string>, own: string): string {
  const m = /^@?([^\s:,]{2,40})[:,]\s+(\S.*)$/.exec(text);
  if (!m || !nicks.has(m[1]!.toLowerCase()) || m[1]!.toLowerCase() === own.toLowerCase()) return text;
  return `${nickAsLabel(m[1]!).split(' ')[0]!}, ${m[2]!}`;
}

function readLines(lines: readonly string[]): Reading {
  const out: ChatUtterance[] = [];
  const nicks = collectNicks(lines);
  // A nick as it is later known → the label of the nick it first had.
  const alias = new Map<string, string>();
  const labelOf = (nick: string) => alias.get(nick.toLowerCase()) ?? nickAsLabel(nick);
  let read = 0;
  let filled = 0;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    filled++;
    const rest = line.replace(STAMP, '');
    const stamped = rest.length < line.length;
    const message = MESSAGE.exec(rest);
    if (message && !isMarkup(message[1]!)) {
      read++;
      open = message[2]!.trim() !== '';
      if (open) out.push({ label: labelOf(message[1]!), text: writeNickAddress(message[2]!.trim(), nicks, message[1]!), line: i + 1, opensMessage: true });
      continue;
    }
    const notice = NOTICE.exec(rest);
    if (notice && (stamped || ROOM_EVENT.test(notice[2]!))) {
      read++;
      open = false;
      const [nick, what] = [notice[1]!, notice[2]!.trim()];
      const renamed = NICK_CHANGE.exec(what);
      if (renamed) alias.set(renamed[1]!.toLowerCase(), labelOf(nick));
      // "* Aisha_M checks her meter": a /me action is the nick's message; a room event is nobody's.
      else if (/^\*\s/.test(rest) && what !== '' && !ROOM_EVENT.test(what)) {
        out.push({ label: labelOf(nick), text: what, line: i + 1, opensMessage: true });
      }
      continue;
    }
    if (CHROME.test(rest)) { read++; continue; }
    // Words with no stamp of their own under a message are its next line (a wrapped or pasted paragraph).
    const last = out.at(-1);
    if (open && last && !stamped) {
      read++;
      out.push({ label: last.label, text: line, line: i + 1, opensMessage: false });
    } else open = false;
  }
  return { out, read, filled };
}
