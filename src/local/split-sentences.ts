/**
 * Sentence splitting for both punctuated text and unpunctuated ASR run-ons. Run-ons are cut before discourse
 * markers and question or plan openers, because ambient transcripts often hold a whole exam in one "sentence".
 */
import { caseless } from '../text/caseless-pattern.js';

const ABBREVIATIONS = caseless(/\b(dr|mr|mrs|ms|vs|st|approx|e\.g|i\.e|etc)\.(?=\s)|\b(no)\.(?=\s*\d)/, 'g');
const DOT_PLACEHOLDER = '\u0000';
/** "H. pylori", "E. coli", "C. diff": a genus initial before a lower-case species ends no sentence. */
const GENUS_INITIAL = /\b([A-Z])\.(?=\s+[a-z]{4,}\b)/g;
/** "woke at 3 a.m. last night": a clock time's a.m. or p.m. before a lower-case word ends no sentence. */
const CLOCK_SUFFIX = /\b([aApP]\.[mM])\.(?=\s+[a-z0-9])/g;

// ("…it would help your lungs to stop smoking": an organ that something is done to is no new sentence.)
const ORGAN_OPENS = /^(your|the) (blood pressure|heart rate|vital signs|lungs|heart|abdomen|x-?ray|mri|ct|labs|ekg|echocardiogram)\b(?!\s+to\b)/i;
const OBJECT_OPENS = /^for your\b/i;

/** Word offsets where a long unpunctuated run can be cut; the regexes match at the start of a remaining tail. */
const RUN_ON_BOUNDARIES: RegExp[] = [
  /^(okay|alright|all right|hey dragon)\b/i,
  /^(so|now)\s+(i|we|you|it|the|your|my|that|this|let's|let|looking|on|for|in|what|if|he|she|left|right|both)\b/i,
  /^so\s+how\s+(you|your|are|is|have|has|do|did|was|were)\b/i,
  // "…you're managing that pretty well but i do want to get a recheck on your a1c": a judgement, then what is done.
  /^but (i|we)( do| really| also)? (want|need|would like|'d like) to\b/i,
  // "let me have a look so there's thick callus under…": the request ends where the finding starts.
  /^so\s+there(?:'s| is| are)\b/i,
  /^(do|did|have|are|were|can|could|is|does|has)\s+you\b/i,
  /^(is|are|was|were)\s+there\s+(any|a|an)\b/i,
  /^(how|what|when|where)\s+(about|is|are|was|were|do|did|have|long|often|much|many)\b/i,
  /^(i want you to|i('m| am) going to|we('re| are) going to|i would like|i'd like|let's|we('ll| will)|i('ll| will))\b/i,
  /^(on|in) (your|the) (exam|physical exam|heart exam|lung exam|neck exam|abdominal exam|skin exam|musculoskeletal exam|examination)\b/i,
  ORGAN_OPENS,
  OBJECT_OPENS,
  /^(looking at|(so )?let me|so when|so if)\b/i,
  // "you sent your food diary thank you i can see a lot of onion…": what the clinician sees starts a sentence.
  /^i can (see|hear|feel|tell)\b/i,
  // "…it doesn't mean forever so here's the plan first you need to tell the dvla…second to get your licence back…":
  // a plan said in one breath is cut where it announces itself and where it numbers its steps.
  /^(?:so\s+)?here's (?:the|my|what)\b/i,
  /^(?:first|second|third|secondly|thirdly|finally|lastly)\s+(?:you|i|we|to|the|your|is|thing|of all)\b/i,
  /^(?:and\s+)?(?:in the meantime|for now|until then)\b/i,
  /^so (?:at the moment|right now|for the moment)\b/i,
  /^then (?:ask|call|ring|take|book|come|go|see|try|stop|start|use)\b/i,
];
/** Boundaries that open a sentence in punctuated text only after a comma: an organ or reading, "for your…". */
const WEAK_BOUNDARIES: ReadonlySet<RegExp> = new Set([ORGAN_OPENS, OBJECT_OPENS]);
const CLAUSE_VERB = /\b(?:is|are|was|were|looks?|looked|sounds?|sounded|seems?|feels?|felt|reads?|came|comes?|has|have|had|shows?|showed|'s|'re)\b|'s\b/i;
const FRONTED = /^(?:(?:and|so|then|but),?\s+)?(?:in|once|if|when|after|before|until|within|by|over|as soon as|at)\b/i;
const NO_CUT_AFTER = caseless(/\b(if|that|when|as|and|or|the|a|to|of|which|because|what|how|i|we|they|he|she|you|it|let)$/);
const TAKES_ON = caseless(/\b(?:on|taking|using|takes?|given|prescribed)\s+\S+$/);
/** "I will review him with | the MRI results…": a preposition's object is no new sentence, though it opens like one. */
const PREPOSITION = caseless(/^(?:with|from|into|onto|about|after|before|against|by|for|over|under|without)$/);
/** "…moderate given | how much of you it covers": words no sentence ends on, unlike a stranded "what's it for". */
const NEVER_LAST = caseless(/^(?:given|into|onto|against|regarding|including|despite|towards|than|whether)$/);
/** "…and a blood test | for your thyroid": what a test, medicine or paper is for is part of it, not a new topic. */
const WHAT_IS_FOR = caseless(/^(?:tests?|bloods?|scans?|x-?rays?|swabs?|referral|prescription|appointment|cream|ointment|tablets?|medicine|medication|inhaler|drops|spray|letter|note|form|leaflet|something)[,.]?$/);
/** "what this is telling me", "what the ecg shows": a clause naming what a finding says, before what it says. */
const WHAT_IT_SAYS = caseless(/\bwhat (?:this|that|it|all this|the [a-z0-9-]+(?: [a-z0-9-]+)?)(?: is| are)? (?:telling (?:me|us)|tells (?:me|us)|means|shows|is showing|suggests|says)$/);
const MIN_PIECE_WORDS = 5;
const MIN_TAIL_WORDS = 4;
const LONG_RUN_WORDS = 22;

function cutRunOn(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  if (words.length <= LONG_RUN_WORDS) return [sentence];
  const pieces: string[] = [];
  // A sentence a person or a punctuating recogniser already cut with commas is not an ASR run-on: a noun phrase in it
  // ("a point for the blood pressure and a point | for your age") is an object, not a new sentence.
  const punctuated = /[,;:—–]/.test(sentence);
  let start = 0;
  for (let i = MIN_PIECE_WORDS; i < words.length - 2; i++) {
    if (i - start < MIN_PIECE_WORDS) continue;
    const prev = words[i - 1]!;
    // "…thank you i can see…": a thanks ends what came before, though it ends on "you".
    if (NO_CUT_AFTER.test(prev) && !(/^you$/i.test(prev) && /^thank$/i.test(words[i - 2] ?? ''))) continue;
    const tail = words.slice(i, i + 6).join(' ');
    // "…you're on insulin for your type 2 diabetes…": what a medicine is for is no new sentence.
    if (/^for your\b/i.test(tail) && TAKES_ON.test(words.slice(Math.max(start, i - 3), i).join(' '))) continue;
    if (/^for (?:your|his|her)\b/i.test(tail) && WHAT_IS_FOR.test(prev)) continue;
    // "…what this is telling me | is you're having…": the what-clause is the subject of the verb that follows it.
    if (/^(?:is|are|was)\s/i.test(tail) && WHAT_IT_SAYS.test(words.slice(start, i).join(' '))) continue;
    if (NEVER_LAST.test(prev) || (PREPOSITION.test(prev) && /^(?:the|your|his|her|my)\b/i.test(tail))) continue;
    // "…the main things | I can see are the sugary drinks…": a seeing clause straight before its verb qualifies the
    // noun before it (the things I can see are…), and starts no sentence.
    if (/^i can (?:see|hear|feel|tell) (?:is|are|was|were)\b/i.test(tail)) continue;
    // "…nothing whole with thin water in the meantime.": a marker that ends the sentence is no sentence of its own.
    if (words.length - i < MIN_TAIL_WORDS) continue;
    // "And in about four weeks, once it's settled, | I'd like a blood test…": a fronted time or condition is the
    // sentence's own, not a sentence.
    if (punctuated && prev.endsWith(',') && FRONTED.test(words.slice(start, i).join(' '))) continue;
    // In punctuated text an organ or "for your…" opens a clause only after a comma ("…weekends, but your blood pressure
    // looks good"), and only as a clause with its own verb: "the heart rate, | the blood pressure on the new tablet, and…"
    // is a list.
    const opensClause = (): boolean => !punctuated || ((prev.endsWith(',') || (/^(?:but|and|so)$/i.test(prev) && (words[i - 2] ?? '').endsWith(',')))
      && CLAUSE_VERB.test(words.slice(i).join(' ').split(/[,;.]/)[0]!));
    if (RUN_ON_BOUNDARIES.some((re) => re.test(tail) && (!WEAK_BOUNDARIES.has(re) || opensClause()))) {
      pieces.push(words.slice(start, i).join(' ').replace(/,$/, ''));
      start = i;
    }
  }
  pieces.push(words.slice(start).join(' '));
  return pieces;
}

const ASIDE_QUESTION = /([\u2014\u2013]\s*[^.?!\u2014\u2013]{1,40})\?(\s*[\u2014\u2013]\s*\S)/g;

const MEMO = new Map<string, string[]>();

/** Called once per note (with the ASR memo), so the memo never outlives the transcript it serves. */
export function resetSentenceMemo(): void {
  MEMO.clear();
}

export function splitSentences(text: string): string[] {
  const known = MEMO.get(text);
  if (known) return [...known];
  const out = splitUncached(text);
  if (MEMO.size < 4000) MEMO.set(text, out);
  return [...out];
}

function splitUncached(text: string): string[] {
  const protectedText = text
    .replace(ABBREVIATIONS, (m) => m.replace('.', DOT_PLACEHOLDER))
    .replace(GENUS_INITIAL, `$1${DOT_PLACEHOLDER}`)
    .replace(CLOCK_SUFFIX, `$1${DOT_PLACEHOLDER}`)
    .replace(/(\d)\.(\d)/g, `$1${DOT_PLACEHOLDER}$2`)
    // "It would be worthwhile., this seems like bursitis": where an annotation tag was stripped from a transcript, a
    // comma is left after the full stop; the sentence still ended there.
    .replace(/([.?!])\s*,\s+/g, '$1 ')
    // "There's a right facial droop, and — cough for me? — that's a weak cough": a request set off by dashes is an aside
    // within the sentence, whose question mark ends nothing.
    .replace(ASIDE_QUESTION, '$1$2')
    // "(Ana was tearful at first, then settled; engaged and calm after that.)": a note in brackets among the turns is
    // one observation, its semicolon no sentence's end (the half after it has no subject of its own).
    .replace(/\(([^()]{10,300}[.?!])\)/g, (_, inner: string) => `(${inner.replace(/;\s+/g, ', ')})`);
  return protectedText
    .split(/(?<=[.?!;]|[.?!]\))\s+|\s+(?=hey,? dragon\b)/i)
    .map((s) => s.replaceAll(DOT_PLACEHOLDER, '.').trim())
    .filter((s) => s !== '')
    .flatMap(cutRunOn)
    .filter((s) => /[a-z0-9]/i.test(s));
}
