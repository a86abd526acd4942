/**
 * A transcript carried in an e-mail: a recording tool's "Transcript ready" message forwarded with a note ("could you
 * write up the review below?"), its lines quoted with "> " (or ">>" where quoted twice). The writers of the e-mail are
 * not the speakers: the speakers are the labels of the quoted lines (`Dietitian:` / `Patient:`), and the sender's
 * note, the headers, the forwarding line, the signature and the tool's footer are no part of the visit. Each line of
 * the transcript comes out with its speaker (a wrapped line with the speaker above it) and its file line.
 */
import { labelKey, splitLabel } from './speaker-labels.js';

export interface CarriedUtterance { label: string; text: string; line: number }

/** Header fields read as labels ("From:", "To:") are the e-mail's, not speakers. */
const HEADER_KEYS = new Set(['from', 'to', 'cc', 'bcc', 'sent', 'date', 'subject', 'importance', 'attachments', 'reply to']);
const MIN_TURNS = 4;
/** Share of the block's lines that open on a speaker's label (the rest are wrapped lines of a turn). */
const MIN_LABELLED_SHARE = 0.4;
const SIGNATURE = /^(?:--|__+|-{3,}.*)\s*$/;

/** The speaker key a line opens with, unless it is a header field or names no one twice. */
function speakerKeys(texts: readonly string[]): (string | undefined)[] {
  const keys = texts.map((t) => {
    const label = splitLabel(t, 0).label;
    return label === undefined || HEADER_KEYS.has(labelKey(label)) ? undefined : labelKey(label);
  });
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  return keys.map((k) => (k !== undefined && counts.get(k)! >= 2 ? k : undefined));
}

/**
 * The transcript an e-mail's lines carry (`texts` without their quote marks, `depths` how deeply each was quoted), or
 * undefined where the e-mail is a conversation of its own.
 */
export function readCarriedTranscript(texts: readonly string[], depths: readonly number[]): CarriedUtterance[] | undefined {
  const keys = speakerKeys(texts);
  const at = keys.flatMap((k, i) => (k !== undefined ? [i] : []));
  if (at.length < MIN_TURNS || new Set(at.map((i) => keys[i])).size < 2) return undefined;
  const [first, last] = [at[0]!, at.at(-1)!];
  // A turn's wrapped lines after the last label run on to a blank line, a signature or a change of quoting.
  let end = last + 1;
  while (end < texts.length && texts[end]!.trim() !== '' && !SIGNATURE.test(texts[end]!) && depths[end]! > 0 === depths[last]! > 0 && keys[end] === undefined) end++;
  const block = texts.slice(first, end).filter((t) => t.trim() !== '').length;
  if (at.length < block * MIN_LABELLED_SHARE) return undefined;
  const out: CarriedUtterance[] = [];
  let label = '';
  for (let i = first; i < end; i++) {
    const read = splitLabel(texts[i]!, i + 1);
    if (keys[i] !== undefined) label = read.label!;
    const text = keys[i] !== undefined ? read.text : texts[i]!.trim();
    if (text !== '' && !SIGNATURE.test(text)) out.push({ label, text, line: i + 1 });
  }
  return out.length > 0 ? out : undefined;
}
