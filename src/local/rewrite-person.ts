/**
 * Moves patient speech ("I", "my") and clinician speech addressed to the patient ("you", "your") into clinical
 * third person. Returns undefined when a clause's verb cannot be conjugated safely, so the caller keeps the words as said.
 */
import { ADVERBS, conjugateThirdPerson } from './verb-forms.js';
import { caseless } from '../text/caseless-pattern.js';

export type Gender = 'male' | 'female' | undefined;

interface Pronouns { subject: string; object: string; possessive: string; reflexive: string; independent: string }

function choosePronouns(gender: Gender): Pronouns {
  if (gender === 'male') return { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself', independent: 'his' };
  if (gender === 'female') return { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself', independent: 'hers' };
  return { subject: 'the patient', object: 'the patient', possessive: 'their', reflexive: 'themselves', independent: 'theirs' };
}

const SUBJECT_CONTEXT = new Set(['and', 'but', 'so', 'if', 'that', 'because', 'when', 'since', 'or', 'then', 'until',
  'unless', 'where', 'how', 'what', 'whether', 'as', 'while', 'once', 'before', 'after', 'cause', 'though', 'although']);

const AUXILIARIES = new Set(['do', 'did', 'does', 'have', 'has', 'are', 'were', 'can', 'could', 'would', 'will', 'should', 'is', 'was', 'may', 'might', 'shall']);

interface Token { core: string; lead: string; trail: string }

function tokenize(sentence: string): Token[] {
  return sentence.split(/\s+/).filter((w) => w !== '').map((w) => {
    const m = /^([^\w']*)([\w'’/.%°-]*?)([^\w%°]*)$/.exec(w);
    return m ? { lead: m[1]!, core: m[2]!, trail: m[3]! } : { lead: '', core: w, trail: '' };
  });
}

/** Finds the verb after a subject, skipping adverbs; returns its index or -1. */
function findVerb(tokens: Token[], from: number): number {
  for (let j = from; j < tokens.length; j++) {
    const w = tokens[j]!.core.toLowerCase();
    if (!ADVERBS.has(w)) return j;
    if (tokens[j]!.trail !== '') return -1;
  }
  return -1;
}

function isSubjectPosition(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  return prev.trail.includes(',') || SUBJECT_CONTEXT.has(prev.core.toLowerCase());
}

/** Pronouns for someone named by a noun phrase ("the owner", "mom"), used when the clinician talks to a companion. */
function nounPronouns(noun: string): Pronouns {
  return { subject: noun, object: noun, possessive: `${noun}'s`, reflexive: 'themselves', independent: `${noun}'s` };
}

/** "Please don't drive yourself": an instruction not to do something keeps its reflexive as said. */
/**
 * "From tonight, you put the insulin up…": a verb whose past is its base form is the present once the sentence starts
 * from now on, so it takes the present's "s" ("he puts"), not the past's look ("he put").
 */
const FROM_NOW = caseless(/^(?:(?:so|and|now|okay|then),?\s+)*(?:from|starting) (?:tonight|tomorrow|today|now|this (?:evening|morning|week)|next \w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/);
const PRESENT_OF_SAME_PAST: Readonly<Record<string, string>> = { put: 'puts', cut: 'cuts', set: 'sets', let: 'lets', quit: 'quits', hit: 'hits', shut: 'shuts', spread: 'spreads' };

const NEGATIVE_INSTRUCTION = caseless(/^(?:(?:so|and|now|okay|but),?\s+)?(?:please\s+)?(?:don't|do not|never|try not to)\b/);

/** Shared engine: `self` is the pronoun family being replaced (first or second person). */
function rewrite(sentence: string, gender: Gender, family: 'first' | 'second', person?: string): string | undefined {
  const p = person ? nounPronouns(person) : choosePronouns(gender);
  const tokens = tokenize(sentence);
  const subjectAt = (i: number) => (person ? person : i === 0 ? 'the patient' : p.subject);
  const possessiveAt = (i: number) => (person ? p.possessive : i === 0 && gender === undefined ? "the patient's" : p.possessive);
  const contractions: Record<string, string> = family === 'first'
    ? { "i'm": 'is', "i've": 'has', "i'll": 'will', "i'd": 'would' }
    : { "you're": 'is', "you've": 'has', "you'll": 'will', "you'd": 'would' };
  const subj = family === 'first' ? 'i' : 'you';
  const poss = family === 'first' ? 'my' : 'your';
  const refl = family === 'first' ? 'myself' : 'yourself';
  let seenSubject = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.core.toLowerCase().replace('’', "'");
    if (w === subj || w in contractions) seenSubject = true;
    if (w in contractions) {
      t.core = `${subjectAt(i)} ${contractions[w]}`;
    } else if (w === subj) {
      // An auxiliary before "you" means an inverted question ("did you have"): no safe statement form.
      if (family === 'second' && i > 0 && AUXILIARIES.has(tokens[i - 1]!.core.toLowerCase())) return undefined;
      // "I saw you walk in", "let you know", "get you checked": after a verb of seeing, letting or getting, "you" is the
      // object of the verb that follows.
      if (family === 'second' && i > 0 && /^(?:saw|watched|heard|noticed|made|let|helped|watch|see|hear|felt|get|got|getting|keep|kept)$/i.test(tokens[i - 1]!.core)) {
        t.core = p.object;
        continue;
      }
      const v = findVerb(tokens, i + 1);
      const conj = v < 0 ? undefined : (FROM_NOW.test(sentence) ? PRESENT_OF_SAME_PAST[tokens[v]!.core.toLowerCase()] : undefined) ?? conjugateThirdPerson(tokens[v]!.core);
      if (family === 'second' && conj === undefined) {
        if (isSubjectPosition(tokens, i) && v >= 0 && !/^(to|some|a|an|the|about|for|this|that|know)$/i.test(tokens[v]!.core)) return undefined;
        t.core = p.object;
        continue;
      }
      if (conj === undefined || v < 0) return undefined;
      tokens[v]!.core = conj;
      t.core = subjectAt(i);
    } else if (w === poss) t.core = possessiveAt(i);
    // "Please don't drive yourself": in an instruction with no "you" before it, the reflexive stays as said.
    else if (w === refl && !(family === 'second' && i > 0 && !seenSubject && NEGATIVE_INSTRUCTION.test(sentence))) t.core = p.reflexive;
    else if (family === 'first' && w === 'me') t.core = p.object;
    else if (family === 'first' && w === 'mine') t.core = p.independent;
    else if (family === 'second' && w === 'yours') t.core = p.independent;
  }
  return tokens.map((t) => `${t.lead}${t.core}${t.trail}`).join(' ');
}

export function rewritePatientSpeech(sentence: string, gender: Gender): string | undefined {
  return rewrite(sentence, gender, 'first');
}

/** `addressee` names whom "you" means when it is not the patient (a parent, an owner, a caller). */
export function rewriteClinicianSpeech(sentence: string, gender: Gender, addressee?: string): string | undefined {
  // "I'll see you both in three months": the patient and whoever came with them.
  // "We're treating your diabetes": the practice's "we" of ongoing care is no speaker a note can name.
  // "If both of you are carriers", "testing for both of you": "both" says the step is for the two of them, so it stays.
  const both = sentence.replace(/\bboth of you\b/gi, 'both of them').replace(/\byou both\b|\ball of you\b/gi, 'them')
    .replace(/\bwe(?:'re| are)((?: (?:currently|still|already|now))?) treating your (?=[a-z])/gi, 'you are$1 being treated for ')
    .replace(/\bwe(?:'ve| have)((?: (?:already|always))?) been treating your (?=[a-z])/gi, 'you have$1 been treated for ');
  const out = rewrite(both, gender, 'second', addressee);
  return out?.replace(/(^|\s)i(?=[\s',.]|$)/g, '$1I').replace(/(^|\s)i'(m|ll|ve|d)\b/g, "$1I'$2");
}

/** Guesses the patient's sex from explicit descriptions only ("58 year old male", "Mrs."); otherwise undefined. */
export function detectGender(transcript: string): Gender {
  const text = transcript.toLowerCase();
  // ASR writes titles with a spaced full stop ("mrs . cooper").
  // ASR writes titles with a spaced full stop ("mrs . cooper"); a dictating clinician says "so he's a 59 year old …".
  const male = (text.match(/\b(years?[- ]old (?:[\w-]+ ){0,3}?(male|man|gentleman|boy|guy)|mr\s*\.?\s+[a-z]+|\bsir\b|he(?:'s| is) an? \d+[- ]*(?:years?|months?)[- ]old)\b/g) ?? []).length;
  const female = (text.match(/\b(years?[- ]old (?:[\w-]+ ){0,3}?(female|woman|lady|girl)|mrs\s*\.?\s+[a-z]+|ms\s*\.?\s+[a-z]+|(?:hi|hey|hello|morning|afternoon|evening|thanks|thank you)\s*,?\s+miss [a-z]+|ma'am|she(?:'s| is) an? \d+[- ]*(?:years?|months?)[- ]old)\b/g) ?? []).length;
  // The patient's own anatomy, said to or by them ("you're 34 weeks pregnant", "my periods", "your prostate"): not a
  // partner's ("my wife is pregnant"), which names no one in the room.
  const femaleBody = (text.match(/\b(?:i'm|i am|you're|you are) (?:\d+ weeks |about \d+ weeks |\w+ weeks )?pregnant\b|\b(?:my|your) (?:periods?|menstrual|uterus|womb|ovaries|cervix|smear test|pap smear|(?:first |second |third |this |last )?pregnancy|last period|breast milk|bump|waters)\b|\b(?:i'm|i am|you're|you are) (?:still )?breastfeeding\b|\b(?:i'm|i am|you're|you are) (?:now )?\d+ weeks(?: pregnant)?(?! (?:post|after|since|ago|out|off))\b|\b(?:the )?(?:baby's|fetal|foetal) (?:movements|heartbeat|heart rate)\b/g) ?? []).length;
  const maleBody = (text.match(/\b(?:my|your) (?:prostate|testicles?|testes|scrotum|foreskin|erections?)\b/g) ?? []).length;
  if (male + female === 0 && femaleBody > 0 && maleBody === 0) return 'female';
  if (male + female === 0 && maleBody > 0 && femaleBody === 0) return 'male';
  if (male > female) return 'male';
  if (female > male) return 'female';
  return undefined;
}
