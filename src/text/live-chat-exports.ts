/**
 * Chat logs that stamp each message with a time the speaker-label reader does not take:
 * - live-chat transcripts as website chat products e-mail or download them (Zendesk Chat, LiveChat, Olark and the
 *   like): a time in parentheses, `(09:02:15 AM) Nurse Amy: words`, with the product's own lines between the messages
 *   (`(09:02:05 AM) *** Tom Baker joined the chat ***`, "Chat started: …", the page the visitor came from);
 * - logs stamped with an ISO date and time, bracketed or not: signal-export's Markdown (`[2026-03-14 09:02] Name:
 *   words`, attachments as Markdown images), and the chat logs portals and SMS gateways download
 *   (`2026-03-14 09:02:11 Name: words`).
 * A line with no stamp goes on with the message above it. Other texts are undefined.
 */
import type { ChatUtterance } from './chat-exports.js';
import { splitLabel } from './speaker-labels.js';

const ISO_STAMP = String.raw`\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?`;
const STAMP = new RegExp(String.raw`^(?:\(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\)|\[${ISO_STAMP}\]|${ISO_STAMP})\s+(.*)$`);
// A notice has no speaker before its verb: "Tom Baker joined the chat", never "Tom Baker: I left my inhaler…".
const SYSTEM = /^\*{2,3}.*\*{2,3}$|^[^:]{1,60}\s(?:has\s+)?(?:joined|left|ended|closed|rated|transferred)\b[^:]{0,40}$/i;
/** An attachment as signal-export writes it: a Markdown image or link alone. */
const ATTACHMENT = /^!?\[[^\]]*\]\([^)]*\)$/;
const FOOTER = /^(?:chat (?:started|ended|transcript|rating)|rating|comment|url|referrer|visitor id|ip|country|browser|platform|department)\b.*$/i;

/** The messages of a live-chat transcript, or undefined. */
export function readLiveChat(transcript: string): ChatUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const out: ChatUtterance[] = [];
  let stamps = 0;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const stamped = STAMP.exec(lines[i]!);
    if (!stamped) {
      // Words under a message with no time of their own are that message's next paragraph.
      const last = out.at(-1);
      if (open && last && lines[i] !== '' && !FOOTER.test(lines[i]!)) out.push({ label: last.label, text: lines[i]!, line: i + 1, opensMessage: false });
      else if (lines[i] !== '') open = false;
      continue;
    }
    stamps++;
    open = false;
    if (SYSTEM.test(stamped[1]!)) continue;
    const said = splitLabel(stamped[1]!, i + 1);
    if (said.label === undefined || said.text === '' || ATTACHMENT.test(said.text)) continue;
    out.push({ label: said.label, text: said.text, line: i + 1, opensMessage: true });
    open = true;
  }
  const senders = new Set(out.map((u) => u.label.toLowerCase()));
  return stamps >= 2 && senders.size >= 2 && out.length * 2 >= stamps ? out : undefined;
}
