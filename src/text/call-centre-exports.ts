/**
 * Telephony exports:
 * - a voicemail's transcription as a phone service sends it (Google Voice's e-mail: "New voicemail from (555) 201-3344
 *   at 9:02 AM", "Transcript: …", "Play message" and the account footer; an Android visual voicemail shared as
 *   "Voicemail from Margaret Hill: …"). Only the caller speaks, so the words are the caller's, not a clinician's
 *   dictation; the header, links and footer are the product's.
 * - a contact centre's transcript (Genesys Cloud, Five9, Amazon Connect, NICE and the like) copied with its record
 *   fields above the talk ("Conversation ID: …", "Queue: Nurse Advice Line", "Direction: Inbound"): read as speakers,
 *   a "Queue:" line would be a clinician saying the queue's name. Those fields are blanked line for line, as is a call
 *   recorder's heading over a labelled transcript ("Call with Riverside Pharmacy", "March 14, 2026, 9:02 AM · 4 min";
 *   RingCentral-, Dialpad- and Aircall-style, written from knowledge of their pages), and a call log's bracketed
 *   events among the turns ("[09:49:03] [Caller placed on hold]", "[Call resumed]").
 */
import type { ChatUtterance } from './chat-exports.js';
import { splitLabel } from './speaker-labels.js';

const VOICEMAIL_HEADER = /^(?:you have (?:a )?)?(?:new )?(?:voice ?mail|voice message)(?: message)? from\s+(.+?)(?:\s+at\s+\d{1,2}:\d{2}.*)?(?::\s*(.*))?$/i;
const TRANSCRIPT_MARK = /^(?:voice ?mail\s+)?transcri(?:pt|ption)(?:\s*\(beta\))?\s*:\s*(.*)$/i;
/** What the service writes around the words: links, buttons, durations, its feedback line and account footer. */
const VOICEMAIL_CHROME = /^(?:play message|listen|reply|call back|call|download|mark as (?:read|unread)|delete|duration:?\s*\d.*|\d{1,2}:\d{2}|your account|help cent(?:er|re)|help forum|.*\bwas this transcription (?:useful|helpful)\b.*|.*\btranscription provided by\b.*|this (?:e-?mail|message) was sent .*|to (?:stop|change|manage) .*notifications.*|google llc.*|(?:your account|help center|help forum|\s)+)$/i;

/** A voicemail's words labelled "Caller", or undefined when the text is no voicemail. */
export function readVoicemail(transcript: string): ChatUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  const header = first < 0 ? null : VOICEMAIL_HEADER.exec(lines[first]!);
  // A dictation may open "Voicemail from his daughter: …"; a service's header says "new", gives a number, or is
  // followed by its "Transcript:" line.
  if (!header || !(/^(?:you have|new)\b/i.test(lines[first]!) || /^\+?[\d ()-]{7,}$/.test(header[1]!) || lines.some((l) => TRANSCRIPT_MARK.test(l)))) return undefined;
  const out: ChatUtterance[] = [];
  const add = (text: string, line: number) => {
    if (text !== '' && !VOICEMAIL_CHROME.test(text)) out.push({ label: 'Caller', text, line, opensMessage: out.length === 0 });
  };
  add(header[2] ?? '', first + 1);
  for (let i = first + 1; i < lines.length; i++) {
    const mark = TRANSCRIPT_MARK.exec(lines[i]!);
    // The footer opens with the first line of the service's own; nothing after it is the caller's.
    if (!mark && VOICEMAIL_CHROME.test(lines[i]!) && out.length > 0) break;
    add(mark ? mark[1]! : lines[i]!, i + 1);
  }
  return out.length > 0 ? out : undefined;
}

// "Call log — Inbound — Linden Road Pharmacy": a title may name the line or the queue after a dash.
const TITLE = /^(?:(?:interaction|call|chat|conversation|contact|voice|web ?chat)\s+(?:transcript|transcription|details|summary|log|record)(?:\s+[—–|-]\s+[^.?!]{1,100})?|transcript)\s*$/i;
/**
 * "[09:49:03] [Caller placed on hold — hold music — 01:12]", "[Call resumed]", "[10:02] [Call ended by caller]": the
 * call's events, which the log writes in brackets on lines of their own among the turns. Read as speech, "Call resumed"
 * was a speaker and the hold a caller's words.
 */
const CALL_EVENT = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?\[[^\]]{0,100}\b(?:call|calls|hold|connected|disconnected|resumed|ended|transferred|transfer|recording|music|noise|ringing|voicemail|muted|unmuted|joined|left the|dialled|dialed|queued|ivr)\b[^\]]{0,100}\]\s*$/i;
// Record fields, not speakers: none of these keys names someone who talks ("Agent:" and "Customer:" do, and stay).
const RECORD_FIELD = /^(?:(?:conversation|interaction|contact|call|session|ticket|case|chat|recording|agent|customer|caller|queue|campaign|skill)\s*(?:id|number|name|type|reference|ref)|queue|skill|campaign|direction|duration|start(?:ed)?(?: time)?|end(?:ed)?(?: time)?|date|time|ani|dnis|wrap[- ]?up(?: code)?|disposition|language|channel|media type|initiation method|called number|dialled number|dialed number|from number|to number|division|flow|ivr)\s*:\s*\S/i;

const CALL_HEADING = /^(?:(?:call|conversation|chat|meeting|session|consultation|appointment) with [^.?!]{1,60}|[^.?!]{0,50}\d{1,2}:\d{2}[^.?!]{0,12}[·•|–-]\s*\d+\s*(?:min|mins|minutes|sec|secs|seconds|h|hr|hrs)\.?)$/i;

/** The lines with a contact centre's title and record fields above the talk blanked; other texts come back unchanged. */
export function blankCallRecordFields(lines: readonly string[]): string[] {
  const out = [...lines];
  const block: number[] = [];
  let fields = 0;
  let headings = 0;
  let next = '';
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!.trim();
    if (line === '' || CALL_EVENT.test(line)) continue;
    if (!TITLE.test(line) && !RECORD_FIELD.test(line) && !CALL_HEADING.test(line)) {
      next = line;
      break;
    }
    block.push(i);
    // A call's title counts as one of its record's lines.
    if (RECORD_FIELD.test(line) || TITLE.test(line)) fields++;
    else if (CALL_HEADING.test(line)) headings++;
  }
  const labelled = splitLabel(next, 0).label !== undefined;
  // Events are blanked only among speakers' turns, where nobody says a bracketed line.
  if (labelled) out.forEach((l, i) => { if (CALL_EVENT.test(l)) out[i] = ''; });
  // One "Date:" line heads many a dictation: it takes two fields to make a record, or a call's heading right above
  // the first speaker.
  if (fields < 2 && (headings === 0 || !labelled)) return out;
  for (const i of block) out[i] = '';
  return out;
}
