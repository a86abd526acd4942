/**
 * Claims outside the lexicon, read from the frame a clause states them in: a review-of-systems or exam verb
 * ("Endorses X", "X present", "there is X"), a test and its result ("Positive Hoffman's", "Strep test: negative"), or
 * in the exam an item graded by how much ("marked psychomotor agitation"), whose words the transcript must not deny.
 */
import type { TermKind } from './clinical-terms.js';
import type { Polarity } from './polarity-reading.js';
import { splitTokens } from './tokenize.js';
import { stemToken } from './word-index.js';

export interface TermClaim {
  term: string;
  kind: TermKind;
  polarity: Polarity;
  phrase: string;
  /** Where on the body the note places it. */
  sites: string[];
  /** For terms outside the lexicon: the words to look for in the transcript. */
  words?: string[];
}

/** Review-of-systems and exam frames: the clause opens with the verb, after at most a heading or a subject. */
const AFFIRM_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?(?:(?:the )?(?:patient|pt|he|she)\s+)?(?:endorses|reports|positive for|complains of|admits to|notes|has been having|has been experiencing|has had|does have|is having|is experiencing|experiences|also has|also reports|has)\s+([a-z][a-z' -]{2,40}?)\s*$/i;
const PRESENT_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?(?:there (?:is|are)\s+)?([a-z][a-z' -]{2,40}?)\s+(?:is\s+|are\s+)?(?:present|noted|appreciated)\s*$/i;
/** A result stated as there: "There is mild right-sided hydronephrosis." (read in the objective only). */
const THERE_IS_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?there (?:is|are|was|were)\s+(?:a |an |some )?([a-z][a-z' -]{2,40}?)\s*$/i;
/** A test and its result: "Positive Hoffman's", "Rapid strep test: positive", "Spurling's test is negative". */
const RESULT_BEFORE_RE = /^(?:[a-z ]{2,30}:\s*)?(positive|negative)\s+(?!for\b)([a-z][a-z' -]{2,40}?)\s*$/i;
const RESULT_AFTER_RE = /^(?:[a-z ]{2,30}:\s*)?([a-z][a-z0-9' -]{2,40}?)\s*(?:test|tests|screen|swab|sign|maneuver)?\s*(?::|is|was|were|are|came back)\s*(?:all\s+)?(positive|negative)\s*$/i;
const FRAME_GENERIC = new Set(['sided', 'small', 'large', 'minimal', 'trace', 'some', 'mild', 'moderate', 'severe', 'slight', 'any', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'with', 'his', 'her', 'their', 'pain', 'symptoms', 'episodes', 'episode', 'intermittent', 'occasional', 'left', 'right', 'bilateral', 'test', 'tests', 'sign', 'signs', 'there', 'noted', 'present', 'today', 'also', 'associated', 'evidence', 'rapid', 'specific', 'any', 'new', 'recent']);
const FRAME_REJECT_RE = /\b(?:that|to|been|being|history|feeling|doing|taking|using|allerg\w*|any|lot|some|further|issues?|problems?|questions?|concerns?|plan|follow|ordered|normal|unremarkable|intact|reviewed|tests?|results?|scans?|x-?rays?|labs?|bloods|work|appointment|referral|medications?|prescription)\b|\b(?:no|not|nil|without|non|never|denies|denied)\b/i;

/** A claim about something outside the lexicon, from one clause of a statement. */
function readFrameClaim(clause: string, objective = false): TermClaim | undefined {
  // "Hoffman's +ve", "Murphy's (-)": a result in shorthand reads as "Hoffman's: positive" (a bare "… negative" is not
  // read: "reflexes bilateral all negative" is a dictation's wording, not a test); "c/o X" is "complains of X".
  const text = clause.trim().replace(/[.]+$/, '').replace(/\bc\s?\/\s?o\b/gi, 'complains of').replace(/\s*(?:\(\s*\+\s*\)|\+ve)$/i, ': positive').replace(/\s*(?:\(\s*-\s*\)|-ve)$/i, ': negative');
  let phrase: string | undefined;
  let polarity: Polarity = 'present';
  const result = RESULT_BEFORE_RE.exec(text);
  const resultAfter = RESULT_AFTER_RE.exec(text);
  if (result) [phrase, polarity] = [result[2], result[1]?.toLowerCase() === 'negative' ? 'absent' : 'present'];
  else if (resultAfter) [phrase, polarity] = [resultAfter[1], resultAfter[2]?.toLowerCase() === 'negative' ? 'absent' : 'present'];
  else phrase = (AFFIRM_FRAME_RE.exec(text) ?? PRESENT_FRAME_RE.exec(text) ?? (objective ? THERE_IS_FRAME_RE.exec(text) : null))?.[1];
  phrase = phrase?.toLowerCase().trim();
  if (!phrase || FRAME_REJECT_RE.test(phrase)) return undefined;
  const words = splitTokens(phrase).filter((w) => w.length >= 4 && !FRAME_GENERIC.has(w) && /^[a-z]/.test(w));
  if (words.length === 0 || words.length > 3) return undefined;
  return { term: phrase, kind: 'symptom', polarity, phrase, sites: [], words: words.map(stemToken) };
}

/** In the objective section, whatever a frame states is a finding ("Peritoneal signs present", "Strep test: negative"). */
function asSectionKind(claim: TermClaim, section: string | undefined): TermClaim {
  return section === 'objective' ? { ...claim, kind: 'finding' } : claim;
}


/** An exam item graded by how much: "marked psychomotor agitation", "mild pallor" (one to three telling words). */
const GRADED_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?(?:marked|mild|moderate|severe|obvious|significant|slight|prominent|florid|gross)\s+([a-z][a-z' -]{2,40}?)\s*$/i;

function readGradedClaim(item: string): TermClaim | undefined {
  const phrase = GRADED_FRAME_RE.exec(item.trim().replace(/[.]+$/, ''))?.[1]?.toLowerCase().trim();
  if (!phrase || FRAME_REJECT_RE.test(phrase)) return undefined;
  const words = splitTokens(phrase).filter((w) => w.length >= 4 && !FRAME_GENERIC.has(w) && /^[a-z]/.test(w));
  if (words.length === 0 || words.length > 3) return undefined;
  return { term: phrase, kind: 'finding', polarity: 'present', phrase, sites: [], words: words.map(stemToken) };
}

/** The frame claims of a statement's clauses that name no lexicon term (`hasTerm` says which do). */
export function readFrameClaims(statement: string, section: string | undefined, hasTerm: (clause: string) => boolean): TermClaim[] {
  const claims: TermClaim[] = [];
  for (const clause of statement.split(/;|,?\s+(?:but|however|although|whereas)\s+|\.\s+/i)) {
    if (hasTerm(clause)) continue;
    const claim = readFrameClaim(clause, section === 'objective');
    if (claim) claims.push(asSectionKind(claim, section));
  }
  // "alert, well kempt, marked psychomotor agitation, no tics": an exam's list states each item on its own.
  if (section === 'objective') for (const item of statement.split(/[,;]|\.\s+/)) {
    const claim = hasTerm(item) ? undefined : readGradedClaim(item);
    if (claim && !claims.some((c) => c.phrase === claim.phrase)) claims.push(claim);
  }
  return claims;
}
