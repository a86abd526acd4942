/**
 * Merges sentences that say the same thing (a clinician recap of what the patient said, a repeated answer):
 * the fuller wording survives and inherits every evidence line.
 */
export interface Candidate { text: string; lines: number[] }

const STOP = new Set('the a an and or but of to in on at for with is are was were be been it this that he she they his her their patient has have had i you my your so just'.split(' '));

const TOKENS = new Map<string, Set<string>>();

/** Called once per note, like resetAsrMemo. */
export function resetTokenMemo(): void {
  TOKENS.clear();
}

function contentTokens(text: string): Set<string> {
  let tokens = TOKENS.get(text);
  if (!tokens) {
    if (TOKENS.size > 4000) TOKENS.clear();
    tokens = new Set(text.toLowerCase().split(/[^a-z0-9/%.]+/).filter((t) => t !== '' && !STOP.has(t)));
    TOKENS.set(text, tokens);
  }
  return tokens;
}

export function isNearDuplicate(a: string, b: string): boolean {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  if (ta.size === 0 || tb.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const smaller = Math.min(ta.size, tb.size);
  return shared / (ta.size + tb.size - shared) >= 0.75 || (smaller >= 3 && shared / smaller >= 0.9);
}

/** Keeps first-seen order; a later near-duplicate is folded into the earlier entry. */
export function mergeDuplicates<T extends Candidate>(items: T[], seen: Candidate[] = []): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const match = [...seen, ...kept].find((k) => isNearDuplicate(k.text, item.text));
    if (!match) {
      kept.push({ ...item, lines: [...item.lines] });
      continue;
    }
    if (item.text.length > match.text.length) match.text = item.text;
    match.lines = [...new Set([...match.lines, ...item.lines])].sort((x, y) => x - y);
  }
  return kept;
}
