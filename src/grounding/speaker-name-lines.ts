/**
 * Layouts the transcript parser reads as unlabelled text, read for their speakers before the checks run:
 * - a meeting tool's captions copied with each speaker's name on a line of its own and their words on the next
 *   ("Dana Whitfield" / "Any cough?" / "Tom Price" / "No."), which is rewritten with the names as labels;
 * - a visit pasted a turn a line with no labels, cut into the clinician's and patient's turns the way the engine reads
 *   it (src/local/unlabelled-dialogue.ts), so "who said it" and the answers to questions are the same for both.
 * Read as dictation, every one of these lines is the clinician's, and a patient's "no" answers nothing.
 */
import { readTranscript } from '../text/parse-transcript.js';
import type { Turn } from '../text/turns.js';
import { isUnlabelledDialogue, unfoldUnlabelledDialogue } from '../local/unlabelled-dialogue.js';

/** A name alone on a line: one to three capitalised words, an optional title, no sentence mark or digit. */
const NAME_LINE = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2}\s*$/;
/** One-word replies a caption may hold on a line of their own; never a speaker's name. */
const REPLY_WORDS = /^(?:yes|yeah|yep|no|nope|okay|ok|right|sure|fine|thanks|mhm|hmm|great|good|alright|sorry|hello|hi|bye)$/i;
/** Each name repeats at least this often, and the name lines make up at least this share of the text's lines. */
const MIN_REPEATS = 3;
const MIN_SHARE = 0.35;

function isNameLine(line: string): boolean {
  return NAME_LINE.test(line) && !REPLY_WORDS.test(line.trim());
}

/**
 * The transcript with each speaker's own name line written as a label ("Dana Whitfield:"), when two or more names
 * each head several turns and every one is followed by words; otherwise undefined.
 */
export function labelNameLines(transcript: string): string | undefined {
  const lines = transcript.split(/\r?\n/);
  const filled = lines.map((l, k) => ({ text: l.trim(), k })).filter((l) => l.text !== '');
  const counts = new Map<string, number>();
  for (const l of filled) if (isNameLine(l.text)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const names = new Set([...counts].filter(([, n]) => n >= MIN_REPEATS).map(([name]) => name));
  if (names.size < 2) return undefined;
  const heads = filled.filter((l) => names.has(l.text));
  if (heads.length < filled.length * MIN_SHARE) return undefined;
  // A name followed by another name or by nothing is no speaker's heading.
  const followed = heads.every((h) => {
    const next = filled[filled.indexOf(h) + 1];
    return next !== undefined && !names.has(next.text);
  });
  if (!followed) return undefined;
  return lines.map((l) => (names.has(l.trim()) ? `${l.trim()}:` : l)).join('\n');
}

/** The transcript's turns with the speakers of these layouts read; any other transcript as the parser reads it. */
export function readSpeakerTurns(transcript: string): Turn[] {
  const reading = readTranscript(transcript);
  if (reading.labelled) return reading.turns;
  const named = labelNameLines(transcript);
  if (named !== undefined) return readTranscript(named).turns;
  return isUnlabelledDialogue(reading.turns) ? unfoldUnlabelledDialogue(reading.turns) : reading.turns;
}
