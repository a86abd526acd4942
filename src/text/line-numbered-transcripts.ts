/**
 * Line-numbered transcripts, as supervision, court and interview transcripts are typed: a number opens every line of
 * the page, a speaker's turn (`T:` / `C:`, `Q:` / `A:`, `Q.`) runs on over the numbered lines below it, and a title
 * block, page numbers or a footer stand between unnumbered. The numbers go, each turn's wrapped lines are joined onto
 * the line its label opens (so no wrap is read as a sentence of its own), and the unnumbered furniture is blanked.
 * Line numbers of the result still point into the file as given; other texts come back undefined.
 */
import { labelKey, splitLabel } from './speaker-labels.js';

const NUMBERED = /^\s*(\d{1,4})[ \t]+(?=\S)(.*)$/;
/** A court reporter's question and answer with a stop or a gap instead of a colon ("Q.  How long…"). */
const QA_MARK = /^[QA](?:\.\s|\s{2,}|\t)/;
const MIN_LINES = 6;
/** Numbered share of the lines from the first numbered one on (page numbers and footers make up the rest). */
const MIN_SHARE = 0.75;
/** Share of numbered lines that follow the one before in sequence (a new page may start again at 1). */
const MIN_SEQUENCE = 0.7;

interface Numbered { index: number; n: number; text: string }

function readNumbered(lines: readonly string[]): Numbered[] {
  return lines.flatMap((l, index) => {
    const m = NUMBERED.exec(l);
    return m ? [{ index, n: Number(m[1]), text: m[2]!.trim() }] : [];
  });
}

/** The key of the speaker whose turn the line opens, or undefined for a wrapped line. */
function openingSpeaker(text: string): string | undefined {
  if (QA_MARK.test(text)) return text[0]!.toLowerCase();
  const label = splitLabel(text, 0).label;
  return label === undefined ? undefined : labelKey(label);
}

export function unfoldLineNumbers(lines: readonly string[]): string[] | undefined {
  const numbered = readNumbered(lines);
  if (numbered.length < MIN_LINES) return undefined;
  const after = lines.slice(numbered[0]!.index).filter((l) => l.trim() !== '').length;
  if (numbered.length < after * MIN_SHARE) return undefined;
  const inSequence = numbered.slice(1).filter((x, i) => x.n === numbered[i]!.n + 1 || x.n === 1).length;
  if (inSequence < (numbered.length - 1) * MIN_SEQUENCE) return undefined;
  // A speaker's label recurs; a wrapped line that happens to hold a colon ("…at: 3 pm") names no one twice.
  const openers = numbered.map((x) => openingSpeaker(x.text));
  const counts = new Map<string, number>();
  for (const k of openers) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  const speakers = new Set([...counts].filter(([, c]) => c >= 2).map(([k]) => k));
  if (speakers.size < 2) return undefined;
  const out = lines.map(() => '');
  let open: number | undefined;
  numbered.forEach((x, i) => {
    const opener = openers[i];
    if (open === undefined || (opener !== undefined && speakers.has(opener))) {
      open = x.index;
      out[open] = x.text;
    } else out[open] = `${out[open]} ${x.text}`;
  });
  return out;
}
