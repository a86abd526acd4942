/**
 * Chat histories exported one message a line as time, name and words in fields, not as `Name: words`: LINE's TXT
 * (`09:02<TAB>Kim<TAB>words`, a date line over each day), KakaoTalk's (`2024-06-11 9:02 AM, Kim : words`), Viber's
 * and other apps' comma-separated rows (`11/06/2024,09:02,Kim,+4479…,words`), copies with the fields set apart by
 * runs of spaces. A message may run over several lines (in quotes, or simply below), and the export adds lines that
 * are no one's words: a title and a "saved on" line, the day's date, "[Sticker]" / "[Photo]" placeholders and the app's
 * own notices ("Kim invited Lee to the group").
 * Each message comes out as utterances labelled with its sender; text not laid out so is undefined.
 */
import type { ChatUtterance } from './chat-exports.js';

const TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const DATE = String.raw`(?:\d{1,4}[/.-]\s?\d{1,2}[/.-]\s?\d{1,4}\.?|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?),?\s+\d{4})`;
/** The time (after an optional date), then a field separator: a tab, a comma, a run of spaces or a spaced dash. */
const STAMP = new RegExp(String.raw`^\s*[[(]?(?:(?:[A-Z][a-z]{1,8},?\s+)?${DATE}[,\s]+(?:at\s+)?)?${TIME}[\])]?(\t+|\s*,\s*|\s{2,}|\s+[-–]\s+)`);
const PHONE = String.raw`(?:\s*\+?[\d ()-]{6,}\s*,)?`;
const DATE_ALONE = new RegExp(String.raw`^[\s=*~-]*(?:[A-Z][a-z]{1,8},?\s+)?${DATE}(?:,?\s+[A-Z][a-z]{1,8})?[\s=*~-]*$`);
/** Placeholders for what is not words: a sticker, a photo, media left out, a call. */
const PLACEHOLDER = /^[[(<]?(?:stickers?|photos?|images?|videos?|files?|gifs?|emoticons?|voice (?:message|note)|audio|album|contact|location|media omitted|missed call|call(?: ended)?)[\])>]?$/i;
const NOTICE = /^(?:invited|joined|left|added|removed|changed|unsent|created|pinned|deleted|set|started|ended)\b/i;
const MIN_MESSAGES = 3;

interface Row { name: string; text: string; line: number }

/** The messages of a chat history of time, name and words fields, or undefined. */
export function readTimedChatLines(transcript: string): ChatUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  const rows: Row[] = [];
  let open: Row | undefined;
  let stamped = 0;
  lines.forEach((line, i) => {
    const row = readRow(line, i + 1);
    if (row !== undefined) {
      stamped++;
      open = row === 'stamp' ? undefined : row;
      if (open) rows.push(open);
    } else if (line.trim() === '' || DATE_ALONE.test(line)) open = undefined;
    else if (open) open.text = `${open.text}\n${line.trim()}`;
  });
  const senders = new Set(rows.map((r) => r.name.toLowerCase()));
    // Senders recur (a timetable's "09:00  Registration  Main desk" names a new thing each line).
  if (rows.length < MIN_MESSAGES || senders.size < 2 || rows.length < senders.size * 2 || rows.length < stamped * 0.6) return undefined;
  return rows.flatMap((r) => toUtterances(r));
}

/** A stamped line as its sender and words, 'stamp' for a stamped line that is no message, undefined for no stamp. */
function readRow(line: string, at: number): Row | 'stamp' | undefined {
  const stamp = STAMP.exec(line);
  if (!stamp) return undefined;
  const rest = line.slice(stamp[0].length);
  // The sender's field and the separator before the words: the stamp's separator again, or " : ".
  const tabbed = stamp[1]!.includes('\t');
  const sep = tabbed ? String.raw`\t+` : stamp[1]!.includes(',') ? String.raw`\s*,${PHONE}\s*` : String.raw`\s{2,}|\s+[-–]\s+`;
  const fields = new RegExp(String.raw`^(${tabbed ? '[^\t]' : '[^\t,:]'}{1,60}?)(?:${sep}|\s+:\s+)(.*)$`).exec(rest);
  if (!fields) return 'stamp';
  const name = fields[1]!.trim();
  if (!isName(name)) return 'stamp';
  return { name, text: fields[2]!.trim(), line: at };
}

/** A sender's field: a few words with a letter, no sentence in it ("Kim (Nurse, Ward 3)" keeps its parentheses). */
function isName(field: string): boolean {
  const bare = field.replace(/\([^()]*\)/g, '').trim();
  return /\p{L}/u.test(bare) && bare.split(/\s+/).length <= 5 && !/[.?!]$/.test(bare);
}

/** A message's words, out of their quotes, as one utterance a line; placeholders and the app's notices give none. */
function toUtterances(row: Row): ChatUtterance[] {
  let text = row.text;
  if (/^".*"$/s.test(text)) text = text.slice(1, -1).replace(/""/g, '"');
  const words = text.trim();
  if (words === '' || PLACEHOLDER.test(words) || isNotice(row.name, words)) return [];
  return words.split('\n').map((t, k) => ({ label: row.name, text: t.trim(), line: row.line + k, opensMessage: k === 0 })).filter((u) => u.text !== '');
}

/** "Kim (Nurse) invited Lee to the group": the app telling of its sender, not the sender's words. */
function isNotice(name: string, words: string): boolean {
  return words.startsWith(name) && NOTICE.test(words.slice(name.length).trim());
}
