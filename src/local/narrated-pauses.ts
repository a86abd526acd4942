/**
 * A clinician narrating an exam pauses while doing it: "Let's watch you walk to the door... he's limping, favouring
 * the left", "hop on the scales... ninety-one point four", "Now the hip... internal rotation is very limited". The pause
 * ends one act (a request, a manoeuvre) and the next words say what it showed, so it is a sentence boundary — unless
 * the words before it cannot end a clause ("it's... probably a sprain", "start you on... amoxicillin"), which is a
 * hesitation inside one sentence.
 */

const PAUSE = /\s*(?:\.{3,}|\u2026)\s*/g;
/** Words that leave a clause open: after them the pause is a hesitation, not the end of an act. */
const OPEN_ENDING = /\b(?:a|an|the|to|of|on|at|for|with|and|or|but|is|are|was|were|it's|that's|there's|i|we|you|he|she|they|my|your|his|her|their|about|like|um|uh|er|erm|be|been|so|very|quite|just|probably|maybe|because|if|when|than|from|into|under|over|by|some|any|no|not|can|could|will|would|should|i'm|i'd|i'll|we'll|we're|you're|let's|let)$/i;

/**
 * Open words that close a clause after all: a pronoun that is a preposition's object ("in front of you...", "moving it
 * for you..."), a modal that ends its condition ("Shirt off if you can...").
 */
const CLOSED_ENDING = /(?:\b(?:for|of|to|with|at|on|from|by|after|behind|towards?)\s+(?:you|me|him|her|them|us)|\bif\s+(?:you|he|she|they|we)\s+(?:can|could|will|would))$/i;

/** The clinician's turn with each narrated pause made a sentence end; other pauses become commas as before. */
export function breakAtPauses(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PAUSE)) {
    const before = text.slice(last, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length);
    out += before;
    last = m.index + m[0].length;
    const lastWord = /([A-Za-z']+)[^A-Za-z']*$/.exec(before)?.[1] ?? '';
    // A pause at the very start or end of the turn, or after an open word, stays a hesitation.
    if (before === '' || after.trim() === '' || /[.?!,;:]$/.test(before) || (OPEN_ENDING.test(lastWord) && !CLOSED_ENDING.test(before))) {
      out += before === '' || /[.?!,;:]$/.test(before) ? ' ' : ', ';
      continue;
    }
    out += '. ';
    // Capitalised, so the next piece reads as a sentence of its own ("he's limping" → "He's limping").
    if (/^[a-z]/.test(after)) {
      out += after.charAt(0).toUpperCase();
      last += 1;
    }
  }
  return (out + text.slice(last)).trim();
}
