/**
 * What a short answer says: yes, no, or neither, read the way people answer out loud — after hesitations and
 * restarts ("um , so i , no i don't"), in ASR spelling ("i do n't"), colloquially ("yeah no", "not really", "not that
 * i've noticed"), and only from its opening words (a long answer goes on to other things).
 */
export type Answer = 'yes' | 'no' | 'unknown';

/** Words skipped before the answer proper. */
const LEAD_FILLERS = new Set([
  'um', 'umm', 'uh', 'uhm', 'hmm', 'hm', 'mm', 'mmm', 'er', 'erm', 'ah', 'oh', 'well', 'so', 'okay', 'ok', ',', '.', '-', '...',
  "ma'am", 'sir', 'doctor', 'doc', 'honestly', 'gosh', 'and', 'but', 'like', 'hmmm', 'uhh', 'ahh', 'ohh', 'ooh', 'huh', 'wow',
]);

const NO_WORDS = new Set(['no', 'nope', 'nah', 'never', 'none', 'nothing', 'neither', 'negative', 'nay', 'nil']);
const YES_WORDS = new Set(['yes', 'yeah', 'yep', 'yup', 'ya', 'yea', 'yah', 'mhm', 'sure', 'definitely', 'absolutely', 'correct', 'exactly', 'indeed', 'sometimes', 'occasionally', 'often', 'always', 'constantly', 'mostly', 'quite', 'probably', 'some']);
/** Two-word openings. */
const NO_PAIRS = new Set(['not really', 'not those', 'not these', 'not them', 'not at', 'not that', 'not much', 'not specifically', 'not particularly', 'not recently', 'not lately', 'not anymore', 'not since', 'not in', 'not so', 'not too', 'not currently', 'not now', 'not any', 'not ever', "i don't", "i haven't", "i didn't", "i wasn't", "i'm not", "i've not", "i havent", "i dont", "i didnt", "he hasn't", "she hasn't", "he doesn't", "she doesn't", "he didn't", "she didn't", "he's not", "she's not", "we haven't", "we don't", "they haven't", "it doesn't", "it hasn't", "it's not", "it isn't", "there isn't", "there's not", "there's no"]);
const NO_TRIPLES = new Set(['not as far', 'not right now', 'i do not', 'i have not', 'i did not', 'i am not', 'i was not', 'he has not', 'she has not', 'i had no']);
const YES_PAIRS = new Set(['uh huh', 'mm hmm', 'i do', 'i have', 'i did', 'i am', "i've had", "i've been", "i've got", 'a little', 'a bit', 'kind of', 'sort of', "that's right", 'that is', 'he does', 'she does', 'he has', 'she has', 'he did', 'she did', 'it does', 'it is', "it's been", 'i get', 'i got', 'i had', 'every now', 'once in', 'once or', 'a few', 'a couple', 'a lot', 'off and', 'on and', 'from time', 'every so']);

/** "do n't" → "don't", "ca n't" → "can't": ASR splits contractions. */
export function joinContractions(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t === "n't" && last !== undefined) out[out.length - 1] = `${last}n't`;
    else out.push(t);
  }
  return out;
}

/** The answer's first words, past fillers, stutters ("i i", "i , no") and repeats. */
function openingWords(tokens: readonly string[]): string[] {
  const raw = joinContractions(tokens);
  const out: string[] = [];
  for (let i = 0; i < raw.length && out.length < 6; i += 1) {
    const t = raw[i] as string;
    if (LEAD_FILLERS.has(t) || t === out[out.length - 1]) continue;
    // "so i , no i don't": an "i" that breaks off is a restart.
    if (t === 'i' && [',', '-', '.'].includes(raw[i + 1] ?? '')) continue;
    out.push(t);
  }
  return out;
}

function readOpening(words: readonly string[]): Answer {
  const [a = '', b = '', c = ''] = words;
  // "i have none of that", "i've had nothing like that", "we have no …".
  const subject = ['i', 'we', 'he', 'she', "i've", "he's", "she's"].includes(a);
  // "i have no idea" answers nothing.
  if (['idea', 'clue', 'way', 'problem', 'problems', 'doubt'].includes(words[3] ?? '') && c === 'no') return 'unknown';
  if (subject && /^(?:have|had|get|got|feel|am|was|'ve|been)$/.test(b) && NO_WORDS.has(c)) return 'no';
  if (subject && NO_WORDS.has(b)) return 'no';
  if (NO_TRIPLES.has(`${a} ${b} ${c}`) || NO_PAIRS.has(`${a} ${b}`)) return 'no';
  if (NO_WORDS.has(a)) return 'no';
  if (a.endsWith("n't") && a !== "can't") return 'no';
  // "absolutely not", "definitely not", "probably not": the yes-word only strengthens the "not".
  if (YES_WORDS.has(a) && (b === 'not' || NO_WORDS.has(b))) return 'no';
  if (YES_PAIRS.has(`${a} ${b}`) || YES_WORDS.has(a)) {
    // "yeah , no" and "yes no" are a no.
    if (['yeah', 'yes', 'yep', 'yea', 'ya'].includes(a) && (NO_WORDS.has(b) || NO_PAIRS.has(`${b} ${c}`))) return 'no';
    return 'yes';
  }
  if (a === 'right' || a === 'true' || (a === 'i' && (b === 'believe' || (b === 'think' && c === 'so')))) return 'yes';
  return 'unknown';
}

/**
 * Answers made of sounds or set phrases, read before fillers are dropped (which would take "mm hmm" and "uh huh" for
 * hesitations, and the "so" of "i think so"): "uh uh" alone is a no, "uh , uh , i had some" a stutter.
 */
const SAID_YES_RE = /^(?:(?:um|oh|well|,)\s+)*(?:mm+ h?m+|uh huh|i think so|i believe so|i'd say so|i would say so|(?:i'm )?afraid so|now and then|on and off|off and on|all the time|every day|most days|every night)\b/;
const SAID_NO_RE = /^(?:(?:um|oh|well|,)\s+)*(?:uh uh(?: [.!,]| no\b|$)|i wouldn't say so|i would not say so|not as such|(?:i )?can't say (?:that )?i (?:have|do|did)|not to my knowledge)/;

/** Reads the opening of an answer as yes, no or neither: "on my body , no , not really" is a no. */
export function readAnswer(tokens: readonly string[]): Answer {
  const said = joinContractions(tokens).slice(0, 8).join(' ');
  if (SAID_NO_RE.test(said)) return 'no';
  if (SAID_YES_RE.test(said)) return 'yes';
  const words = openingWords(tokens);
  const first = readOpening(words);
  if (first !== 'unknown') return first;
  // A short lead-in before the answer word ("on my body no", "that side yes"), but not a statement ("i have no idea").
  const at = words.slice(1, 5).findIndex((w) => ['no', 'nope', 'yes', 'yeah', 'yep'].includes(w));
  if (at < 0 || words.slice(0, at + 1).some((w) => w === 'i' || w.endsWith("n't") || ['have', 'had', 'do', 'did', 'am', 'was', 'is', 'not'].includes(w))) return 'unknown';
  return readOpening(words.slice(at + 1));
}
