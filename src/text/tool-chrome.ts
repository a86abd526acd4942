/**
 * What a chat or meeting tool writes around the conversation, which nobody said: WhatsApp's system lines ("Messages
 * and calls are end-to-end encrypted…", "Leah joined using this group's invite link") and its placeholders for media
 * and deleted messages, Google Meet's and Zoom's document headings ("Transcript", "Attendees" and the list under it,
 * "Meeting ended after 00:09:41"), a transcription service's footer ("Transcribed by https://otter.ai") and an app's
 * title bar over the first line.
 * Blanked line for line, so line numbers still point into the file as given.
 */
import { blankCallRecordFields } from './call-centre-exports.js';

// "12/11/2026, 08:02 - " (WhatsApp on Android), "[12/11/2026, 08:02:15] " (on iPhone).
const CHAT_STAMP = String.raw`^\s*\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:-\s*)?`;
const CHAT_SYSTEM_LINE = new RegExp(
  `${CHAT_STAMP}(?:messages and calls are end-to-end encrypted|[^:]{1,60}? (?:joined using|joined|left|added|removed|created (?:the )?group|changed (?:the )?(?:subject|group|this group|their phone number|the group description)|was added|security code)\\b[^:]*$|you (?:joined|left|were added|created))`,
  'i',
);
/** Placeholders a chat export writes where a photo, voice note or deleted message was. */
const CHAT_PLACEHOLDER = /\s*(?:<media omitted>|<attached: [^>]{1,120}>|\u200e?(?:image|video|audio|sticker|gif|document) omitted|this message was deleted|you deleted this message|<this message was edited>|null)\s*$/i;

const MEETING_LINE = /^\s*(?:transcript|attendees:?|(?:meeting|transcription|recording) (?:ended|started) (?:after|at) [\d:]+.*|.{1,80}\s[-–]\s(?:transcript|notes by gemini)|this editable transcript was computer generated.*|meeting recording:?.*|recording started\.?|recording stopped\.?|transcribed by (?:https?:\/\/)?(?:otter\.ai|otter|rev\.com|descript|trint|sonix\.ai)\S*|(?:this )?transcript (?:was )?(?:generated|created|produced) (?:automatically )?by .{1,40})\s*$/i;

/**
 * Teams' transcript document: its title ("Diabetes review-20261124_101503-Meeting Recording"), date and length
 * ("November 24, 2026, 10:15AM", "18m 42s") and "Rosa Martinez started transcription".
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "-Meeting Transcript" as well as "-Meeting Recording"; the date month first or day first ("15 June 2026, 03:35am").
const TEAMS_LINE = new RegExp(String.raw`^\s*(?:.{1,120}-\d{8}_\d{6}(?:-meeting (?:recording|transcript))?|(?:${MONTH} \d{1,2}|\d{1,2} ${MONTH}),? \d{4},? \d{1,2}:\d{2}\s?(?:[ap]m)?|(?:\d+h ?)?\d+m \d+s|.{1,60} (?:started|stopped) transcription)\s*$`, 'i');
/**
 * The notes document Gemini writes for a Google Meet call, copied with its transcript tab: its headings and the lines
 * of invitees and attachments, known only where the document's own "📖 Transcript" heading is there.
 */
const GEMINI_DOCUMENT = /^\s*(?:📖\s*transcript|.{1,120}\bnotes by gemini)\s*$/imu;
const GEMINI_LINE = /^\s*(?:📖\s*transcript|📝\s*notes|meeting records\b[^.?!]{0,80}|invited\s[^.?!]{1,300}|attachments\s[^.?!]{1,200})\s*$/iu;

/**
 * "Live Captions · Saved transcript · Fri", "Recorder | Ward 4 | 09:12": an app's title bar over the first words, three
 * or more short fields between middle dots, bullets or bars, none of them a sentence. A field labelled "Client: Ossian
 * Dahl" makes it a cast line instead, which cast-lines.ts reads for the speakers' roles.
 */
function isTitleBar(line: string): boolean {
  const fields = line.split(/\s+[·•|]\s+/);
  return fields.length >= 3 && fields.every((f) => f.trim() !== '' && f.trim().split(/\s+/).length <= 4 && !/[.?!:]$/.test(f.trim()) && !/:\s/.test(f));
}

/** The lines with tool chrome blanked (and a chat's placeholders removed from their message); others unchanged. */
export function blankToolChrome(lines: readonly string[]): string[] {
  const out = blankCallRecordFields(lines);
  const top = out.findIndex((l) => l.trim() !== '');
  if (top >= 0 && isTitleBar(out[top]!)) out[top] = '';
  const gemini = lines.some((l) => GEMINI_DOCUMENT.test(l));
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (CHAT_SYSTEM_LINE.test(line) || MEETING_LINE.test(line) || TEAMS_LINE.test(line) || (gemini && GEMINI_LINE.test(line))) {
      // The attendees' names come on the line under "Attendees".
      if (/^\s*attendees:?\s*$/i.test(line)) {
        const next = out.findIndex((l, k) => k > i && l.trim() !== '');
        if (next > i && next - i <= 2 && !/[.?!:]\s*$/.test(out[next]!) && out[next]!.length <= 300) out[next] = '';
      }
      out[i] = '';
    } else if (CHAT_PLACEHOLDER.test(line)) {
      const kept = line.replace(CHAT_PLACEHOLDER, '');
      // A message that was only the placeholder ("…08:08 - Leah: <Media omitted>") says nothing.
      out[i] = /:\s*$/.test(kept) ? '' : kept;
    }
  }
  return out;
}
