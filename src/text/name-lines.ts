/**
 * A person's name alone on its line with their words below it, as Google Meet's transcript file, a copied meeting
 * pane or a hand-typed record writes a conversation (`Oksana Reyes` / `Hi, come in.` / `Rafael Castellano` / …),
 * with or without blank lines between the entries. Each name line is rewritten as `Name:` so the label reader sees
 * the usual shape and the words below continue that speaker; line numbers still point into the file as given.
 *
 * A name here is one to four capitalised words (an honorific, an initial, a role in parentheses allowed), with no
 * closing mark. The layout is taken only when at least two such names each head two or more entries, every entry
 * they head has words below it, and the entries make up a good share of the text: a dictation's headings
 * ("History", "Right Knee") recur too seldom and head no alternating speakers, and a one-word answer ("Okay") that
 * happens to recur is never a name.
 */
import { letters } from './letter-pattern.js';
import { isDiarisedId, labelKey, roleFromLabel, splitLabel } from './speaker-labels.js';

const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}\.?|Mc\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+)`;
const NAME_LINE = letters(String.raw`^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,3}(?:\s*\([\p{L} .'’-]{1,30}\))?$`);

/** Words a short line of speech may be that are never anyone's name. */
const NOT_NAMES = new Set([
  'yes', 'yeah', 'yep', 'no', 'nope', 'okay', 'ok', 'right', 'sure', 'thanks', 'thank you', 'hello', 'hi', 'bye',
  'great', 'good', 'fine', 'alright', 'sorry', 'mhm', 'hmm', 'true', 'exactly', 'perfect', 'lovely', 'cool', 'wow',
  'maybe', 'never', 'sometimes', 'always', 'both', 'neither', 'none', 'nothing', 'everything', 'really', 'definitely',
  'absolutely', 'correct', 'same', 'better', 'worse', 'left', 'right side', 'morning', 'afternoon', 'evening', 'today',
]);

function isNameLine(line: string): boolean {
  const t = line.trim();
  // A role ("Patient", "IBCLC", "Vet nurse") or a diarised id ("Speaker 2") heads an entry as a name does.
  if (t.length <= 40 && t.split(/\s+/).length <= 3 && !/[,;:?!]|\.\s|\.$/.test(t) && (roleFromLabel(t) !== undefined || isDiarisedId(t))) return true;
  if (!NAME_LINE.test(t) || NOT_NAMES.has(t.toLowerCase())) return false;
  // The label reader's own judgement of a label ("History", "Plan" and other headings are not speakers).
  return splitLabel(`${t}: x`, 0).label !== undefined;
}

/** The index of the next line with words, or -1. */
function nextFilled(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') return i;
  return -1;
}

export function unfoldNameLines(lines: readonly string[]): string[] | undefined {
  const heads = lines.flatMap((l, i) => (isNameLine(l) ? [i] : []));
  if (heads.length < 4) return undefined;
  const count = new Map<string, number>();
  for (const i of heads) count.set(labelKey(lines[i]!), (count.get(labelKey(lines[i]!)) ?? 0) + 1);
  const recurring = new Set([...count].filter(([, n]) => n >= 2).map(([k]) => k));
  if (recurring.size < 2) return undefined;
  // Every entry a recurring name heads has words below it that are not another name.
  const headsEntry = (i: number) => {
    const below = nextFilled(lines, i);
    return below >= 0 && !isNameLine(lines[below]!) && splitLabel(lines[below]!, 0).standalone !== true;
  };
  const entries = heads.filter((i) => recurring.has(labelKey(lines[i]!)));
  if (!entries.every(headsEntry)) return undefined;
  const filled = lines.filter((l) => l.trim() !== '').length;
  if (entries.length < filled * 0.25) return undefined;
  // A name said once (a daughter's single remark) heads an entry too, between other entries.
  const marks = new Set(heads.filter((i) => recurring.has(labelKey(lines[i]!)) || headsEntry(i)));
  return lines.map((l, i) => (marks.has(i) ? `${l.trim()}:` : l));
}
