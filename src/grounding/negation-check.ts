/**
 * Exam and symptom polarity: a symptom or finding the note affirms must not be denied by every clear mention in the
 * transcript, and one it denies must not be affirmed by every clear mention. Mentions are compared where they are
 * comparable: at the same place on the body, and for an exam finding, in the examiner's own statements when there
 * are any (a patient's "my knee swells up" is history, the examiner's "no effusion" is the exam). An affirmed finding
 * the transcript never brings up is reported only when the examiner dictated the exam of that part aloud, which
 * gave the finding every occasion to be said.
 */
import { listMentionHints, listTermPhrases } from './clinical-terms.js';
import { checkQualities } from './exam-qualities.js';
import { COVERED_BY, findBroaderDenial, findNarrowerComplaint } from './covered-terms.js';
import { findTermClaims, type TermClaim } from './note-claims.js';
import { IMAGING_RE, readPhraseMentions, type Mention } from './polarity-reading.js';
import { isScopedElsewhere, readStatementWords } from './qualifier-scope.js';
import { countSharedSites, isSameSite, isSiteWord } from './sites.js';
import type { TermKind } from './clinical-terms.js';
import type { TranscriptModel } from './transcript-model.js';
import { splitTokens } from './tokenize.js';
import { findAllTerms } from './site-pains.js';
import { findAllergyClaims } from './allergy-check.js';
import { saysWordStart, saysWordsTogether, stemPhrase, stemToken, type WordIndex } from './word-index.js';

export { findTermClaims, type TermClaim } from './note-claims.js';

export interface PolarityProblem {
  kind: TermKind;
  phrase: string;
  reason: string;
  lines: number[];
}

/** Compound findings read through their general term when the transcript never uses the compound. */
const GENERAL_TERMS: Readonly<Record<string, readonly string[]>> = { edema: ['swelling', 'leg swelling'], ecchymosis: ['bruising'], bruising: ['ecchymosis'], 'cva tenderness': ['tenderness'], 'joint swelling': ['swelling', 'effusion'], 'leg swelling': ['swelling', 'edema'] };
/** Sites a compound finding implies: CVA tenderness is over the kidney. */
const IMPLIED_SITES: Readonly<Record<string, string[]>> = { 'cva tenderness': ['costo', 'cva', 'kidne', 'flank', 'back'], 'leg swelling': ['leg', 'legs', 'ankle', 'calf', 'extre', 'feet', 'foot'] };

/** Whether the transcript brings the term up in any words at all: its phrases, its words near each other, its hints. */
function isMentionedSomehow(claim: TermClaim, words: WordIndex): boolean {
  if (listMentionHints(claim.term).some((h) => (h.includes(' ') ? saysWordsTogether(words, h.split(' ')) : saysWordStart(words, h, h.length)))) return true;
  const phrases = claim.words ? [claim.phrase] : [claim.phrase, ...listTermPhrases(claim.term)];
  return phrases.some((p) => saysWordsTogether(words, stemPhrase(p)));
}

/** Words that say nothing of which complaint is meant. */
const UNTELLING = new Set([
  'and', 'for', 'you', 'any', 'not', 'all', 'get', 'got', 'had', 'has', 'was', 'out', 'off', 'one', 'can', 'his',
  'her', 'are', 'too', 'way', 'lot', 'put', 'bad', 'new', 'end', 'day', 'hot', 'pain', 'pains', 'ache', 'aches',
  'hurt', 'hurts', 'with', 'when', 'your', 'the', 'feel', 'feeling', 'sick', 'loss', 'change', 'changes', 'problem',
  'problems', 'trouble', 'difficulty', 'episode', 'episodes', 'symptoms', 'going', 'more', 'less', 'than', 'from',
  'into', 'have', 'being', 'getting', 'time', 'night', 'about', 'blood', 'swelling', 'increased', 'decreased',
  'easy', 'sensitive', 'sensitivity', 'light', 'hard', 'high', 'low', 'back', 'weight', 'lower', 'upper', 'left',
  'right', 'both', 'side', 'sided', 'sore',
  // Kinds of condition, said of any condition: "depressive disorder" does not bring up a panic disorder.
  'disorder', 'disorders', 'disease', 'syndrome', 'attack', 'attacks',
]);

/**
 * Whether the transcript says any telling word of the complaint, in any of its ways of saying it: a complaint the
 * note affirms and the conversation never comes near ("Reports hematuria" where nobody spoke of urine or blood in
 * it) is invented, while one described in other words ("winded on the stairs" for dyspnea on exertion) is not.
 */
function isTouchedAtAll(claim: TermClaim, words: WordIndex): boolean {
  const hints = listMentionHints(claim.term);
  if (hints.some((h) => h.includes(' ') && saysWordsTogether(words, h.split(' ')))) return true;
  const phrases = [claim.phrase, ...listTermPhrases(claim.term), ...hints.filter((h) => !h.includes(' ')), ...claim.sites];
  const telling = new Set(phrases.flatMap((p) => p.split(/[^a-z]+/)).filter((w) => w.length >= 3 && !UNTELLING.has(w)).map(stemToken));
  return [...telling].some((w) => w.length >= 3 && !UNTELLING.has(w) && saysWordStart(words, w, Math.min(5, w.length)));
}

/** Compound findings that speak for their general term: "some lower extremity edema on the right" is edema. */
const SPECIFIC_TERMS: Readonly<Record<string, readonly string[]>> = { edema: ['leg swelling'], swelling: ['leg swelling', 'joint swelling'], tenderness: ['cva tenderness'], paresthesia: ['numbness', 'tingling'] };

function hearClaim(claim: TermClaim, mentions: ReadonlyMap<string, Mention[]>, model: TranscriptModel): { heard: Mention[]; sites: string[] } {
  if (claim.words) return { heard: readPhraseMentions(model, claim.words), sites: claim.sites };
  const own = mentions.get(claim.term) ?? [];
  const specific = (SPECIFIC_TERMS[claim.term] ?? []).flatMap((t) => (mentions.get(t) ?? []).map((m) => ({ ...m, sites: [...m.sites, ...(IMPLIED_SITES[t] ?? [])] })));
  // A denial of the broader complaint is contradicted by any narrower one said (findNarrowerComplaint), not
  // supported by one narrower denial: "denies paraesthesia" where the feet go numb though they never tingle.
  if (own.length === 0 && specific.length > 0 && !(claim.polarity === 'absent' && COVERED_BY[claim.term])) return { heard: specific, sites: claim.sites };
  const general = GENERAL_TERMS[claim.term];
  if (own.length > 0 || !general) return { heard: own, sites: claim.sites };
  const implied = IMPLIED_SITES[claim.term] ?? [];
  // The general term counts only where it is said of the compound's place ("swelling in your legs" for leg swelling).
  const heard = general.flatMap((t) => mentions.get(t) ?? []).filter((m) => implied.length === 0 || m.sites.some((s) => implied.includes(s)));
  return { heard, sites: [...claim.sites, ...implied] };
}

/**
 * "quite tender in the left lower side … that's tender , isn't it": an exam finding said without a place, where the
 * exam placed the same finding somewhere other than the note's place, is that finding — not one at the note's place
 * ("Right side non-tender"). Only a mention that would contradict the note is set aside this way.
 */
function isPlacedElsewhere(claim: TermClaim, m: Mention, heard: readonly Mention[], sites: readonly string[]): boolean {
  if (claim.kind !== 'finding' || sites.length === 0 || m.sites.length > 0 || m.polarity === claim.polarity) return false;
  // Only the other side counts as elsewhere: "no crackles" and the lungs' crackles may be the chest's at the bases.
  const other = sites.includes('right') ? 'left' : sites.includes('left') ? 'right' : undefined;
  return other !== undefined && !sites.includes(other) && heard.some((o) => o.polarity === m.polarity && o.sites.includes(other) && !isSameSite(sites, o.sites));
}

/**
 * The mentions that can speak to the claim: clear, at the same place, about the exam for an exam finding (and about
 * an image for an imaging result), and about what the patient reports for a symptom — an examiner's "no edema" does
 * not contradict a patient who reports swelling.
 */
function selectEvidence(claim: TermClaim, heard: readonly Mention[], sites: readonly string[], section: string, imaging: boolean): Mention[] {
  const placed = heard.filter((m) => m.polarity !== 'unknown' && isSameSite(sites, m.sites) && !isPlacedElsewhere(claim, m, heard, sites));
  // The mentions that name the most of the claim's place speak for it: "tenderness over the anterolateral soft tissue"
  // is judged by what was said of that tissue, not by "no tenderness over the foot".
  const best = Math.max(0, ...placed.map((m) => countSharedSites(sites, m.sites)));
  const clear = best > 0 ? placed.filter((m) => countSharedSites(sites, m.sites) === best) : placed;
  if (claim.kind === 'finding' && section === 'objective') {
    // What the examiner said, about the exam if anything; failing that, what the patient answered when asked (a
    // patient's own "it's still swollen" is history, not the exam).
    const seen = clear.filter((m) => m.imaging === imaging && (m.role === 'clinician' || m.exam) && m.source === 'statement' && !m.recap);
    const exam = seen.filter((m) => m.exam);
    if (exam.length > 0 || seen.length > 0) return exam.length > 0 ? exam : seen;
    const answered = clear.filter((m) => m.imaging === imaging && m.source === 'answer');
    if (answered.length > 0 || imaging) return answered;
    // A note's results line that does not name its image ("No fracture or dislocation." under the x-ray) is judged
    // by what the image showed when nothing but an image speaks of it anywhere at that place.
    if (placed.some((m) => !m.imaging)) return [];
    return clear.filter((m) => m.imaging && m.role === 'clinician' && m.source === 'statement' && !m.recap);
  }
  // What the patient said (or answered) outweighs the clinician's own words about a symptom, which may be a recap
  // or a question the transcript lost the "?" of.
  const reported = clear.filter((m) => !m.exam && !m.imaging);
  const patients = reported.filter((m) => m.role !== 'clinician' || m.source === 'answer');
  const said = patients.length > 0 ? patients : reported;
  // An answer that names only another item ("or just the slight bleeding ? — just a little discharge") leaves this one
  // denied by implication, which the patient's own words of having it ("some bleeding? — yes, i did") outweigh.
  const explicit = said.filter((m) => m.source !== 'implied');
  return explicit.some((m) => m.polarity === 'present') ? explicit : said;
}

/**
 * "Elevate the leg in the evening for the swelling" where the calf was said not to swell and the knee was seen
 * swollen: a claim that names no place is not denied by denials that each name a place, while the conversation has
 * the finding somewhere.
 */
function isDeniedOnlyElsewhere(claim: TermClaim, sites: readonly string[], evidence: readonly Mention[], heard: readonly Mention[]): boolean {
  if (claim.polarity !== 'present' || sites.length > 0) return false;
  return evidence.every((m) => m.sites.length > 0) && heard.some((m) => m.polarity === 'present');
}

/** The examiner dictated findings at this place (or, for a claim with no place, a whole exam of several findings). */
function wasExamNarrated(mentions: ReadonlyMap<string, Mention[]>, sites: readonly string[]): boolean {
  const exam = [...mentions.values()].flat().filter((m) => m.exam && m.polarity !== 'unknown');
  if (sites.length > 0) return exam.some((m) => m.sites.some((s) => sites.includes(s)));
  return new Set(exam.map((m) => m.term)).size >= 3;
}

/** The part a note's imaging statement says was imaged: "X-rays of the right knee", "MRI of her left shoulder". */
const IMAGED_PART_RE = /\b(?:x-?rays?|xr|radiographs?|films?|mri|ct|ultrasound|imaging)\s+(?:scan\s+)?(?:of|on)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:left|right|bilateral|lt|rt)\s+)?([a-z]+)\b/i;

function readImagedPart(statement: string): string | undefined {
  const word = IMAGED_PART_RE.exec(statement)?.[1]?.toLowerCase();
  return word !== undefined && isSiteWord(word) ? stemToken(word).slice(0, 5) : undefined;
}

const NUMBED_FOR_PROCEDURE = /\b(?:while|once|when|until|after|before) (?:you|he|she|they|it|the (?:patient|toe|tooth|area|finger|site|skin))(?:'re|'s| were| was| are| is)? (?:still |fully |properly )?numb\b/i;

export function checkPolarity(statement: string, section: string, mentions: ReadonlyMap<string, Mention[]>, model: TranscriptModel, words: WordIndex): PolarityProblem[] {
  const problems: PolarityProblem[] = [];
  const imaged = readImagedPart(statement);
  // "Allergy: codeine (vomiting)" records what the drug does, not a symptom of the visit.
  const reactionOnly = findAllergyClaims(statement).claims.length > 0;
  for (const found of findTermClaims(statement, section)) {
    if (reactionOnly && found.kind === 'symptom') continue;
    // "X-rays of the right knee show a fracture of the medial tibial plateau": the image is of the knee, so what the
    // image of the knee was said to show speaks for every place in it.
    const claim = imaged && found.kind === 'finding' && !found.sites.includes(imaged) ? { ...found, sites: [...found.sites, imaged] } : found;
    // "I've reduced the callus while he was numb": numb from the anaesthetic given for a procedure is no symptom.
    if (/^numb/.test(claim.term) && NUMBED_FOR_PROCEDURE.test(statement)) continue;
    // An examiner's "not SOB at rest" describes the visit, not what the patient reports.
    if (section === 'objective' && claim.kind === 'symptom' && claim.polarity === 'absent') continue;
    // A narrower complaint said ("my knees were killing me") supports the broader one ("joint pain").
    if (claim.polarity === 'present' && (COVERED_BY[claim.term] ?? []).some((t) => (mentions.get(t) ?? []).some((m) => m.polarity === 'present'))) continue;
    const statementWords = readStatementWords(statement);
    // "with nectar thick liquids there's no cough" says nothing of the cough on thin liquids the note reports.
    const { heard: all, sites } = hearClaim(claim, mentions, model);
    const heard = all.filter((m) => !isScopedElsewhere(statementWords, m.qualifiers));
    // Every mention said under another condition: the transcript speaks of this one neither way.
    if (all.length > 0 && heard.length === 0) continue;
    const evidence = heard.length === 0 ? [] : selectEvidence(claim, heard, sites, section, IMAGING_RE.test(statement.toLowerCase()));
    const narrower = evidence.length === 0 ? findNarrowerComplaint(claim, statement, mentions) : undefined;
    if (narrower) {
      problems.push({ kind: claim.kind, phrase: claim.phrase, reason: `the note denies "${claim.phrase}" but the transcript affirms it ("${narrower.excerpt}")`, lines: narrower.lines });
      continue;
    }
    const broader = heard.length === 0 && section === 'subjective' ? findBroaderDenial(claim, mentions) : undefined;
    if (broader) {
      problems.push({ kind: claim.kind, phrase: claim.phrase, reason: `the note affirms "${claim.phrase}" but the transcript denies it ("${broader.excerpt}")`, lines: broader.lines });
      continue;
    }
    if (heard.length === 0) {
      const isExamClaim = section === 'objective' && claim.kind === 'finding' && claim.polarity === 'present' && !claim.words;
      const isComplaint = section === 'subjective' && claim.kind === 'symptom' && claim.polarity === 'present' && !claim.words;
      if (isComplaint && !isTouchedAtAll(claim, words)) {
        problems.push({ kind: claim.kind, phrase: claim.phrase, reason: `the note affirms the symptom "${claim.phrase}", which the transcript never mentions`, lines: [] });
        continue;
      }
      if (!isExamClaim || isMentionedSomehow(claim, words) || !wasExamNarrated(mentions, sites)) continue;
      const also = listTermPhrases(claim.term).filter((p) => p !== claim.phrase).slice(0, 3);
      problems.push({ kind: claim.kind, phrase: claim.phrase, reason: `the note affirms the finding "${claim.phrase}", which the examination in the transcript never mentions${also.length ? ` (nor ${also.join(', ')})` : ''}`, lines: [] });
      continue;
    }
    if (evidence.length === 0 || evidence.some((m) => m.polarity === claim.polarity)) continue;
    if (isDeniedOnlyElsewhere(claim, sites, evidence, heard)) continue;
    const example = evidence[0]?.excerpt ?? '';
    problems.push({
      kind: claim.kind,
      phrase: claim.phrase,
      reason: claim.polarity === 'absent' ? `the note denies "${claim.phrase}" but the transcript affirms it ("${example}")` : `the note affirms "${claim.phrase}" but the transcript denies it ("${example}")`,
      lines: evidence.flatMap((m) => m.lines),
    });
  }
  if (section === 'subjective') {
    const past = checkPastSymptom(statement, words);
    if (past) problems.push(past);
  }
  if (section === 'objective') for (const p of checkQualities(statement, model)) problems.push({ kind: 'finding', ...p });
  const intended = checkWeightIntent(statement, model);
  if (intended) problems.push(intended);
  return problems;
}

/** A note's past of a complaint: "Recurrent similar headaches in the past", "previous episodes of chest pain". */
// "before" only where it ends its clause ("had this before."): "before the headache comes on" says when, not that it was had.
const NOTE_PAST_RE = /\b(?:in the past|previous(?:ly)?|recurrent|before(?=\s*(?:[.,;!?]|$))|prior|history of|hx of|episodes? of)\b/i;
const NOTE_PAST_DENIAL_RE = /\b(?:no|not|never|denies|denied|nil|without|first)\b|n't\b/i;
const PAST_ASKED = new Set(['ever', 'before', 'past', 'previous', 'previously', 'history', 'prior'].map(stemToken));

/**
 * A complaint the note says the patient had before ("Recurrent similar headaches in the past") where the clinician
 * asked about the past ("in the past, have you had any headache before?") and the answer was no.
 */
function checkPastSymptom(statement: string, words: WordIndex): PolarityProblem | undefined {
  if (!NOTE_PAST_RE.test(statement) || NOTE_PAST_DENIAL_RE.test(statement)) return undefined;
  const tokens = splitTokens(statement);
  const lines = words.joined.split('|').map((l) => l.trim().split(' '));
  for (const hit of findAllTerms(tokens)) {
    if (hit.kind !== 'symptom') continue;
    const phrases = listTermPhrases(hit.term).map(stemPhrase).filter((p) => p.length > 0);
    const says = (line: readonly string[]) => phrases.some((p) => line.some((_, k) => p.every((w, j) => line[k + j] === w)));
    const asked = lines.flatMap((line, ordinal) => (says(line) && words.deniedLines.has(ordinal) && line.some((w) => PAST_ASKED.has(w)) ? [ordinal] : []));
    if (asked.length === 0) continue;
    const phrase = tokens.slice(hit.index, hit.index + hit.length).join(' ');
    return { kind: 'symptom', phrase, reason: `the note says the patient had "${phrase}" before, but asked about the past the patient said no`, lines: [] };
  }
  return undefined;
}

/** A note that calls weight loss unintended ("unintentional weight loss of 10 lb"), not denied. */
const UNINTENDED_LOSS_RE = /\b(?:unintentional|unintended|unexplained|involuntary|unplanned)\s+(?:\w+\s+)?weight\s+loss\b/i;
const DENIED_LOSS_RE = /\b(?:no|denies|denied|without|nil|negative for)\b[^.;]*\b(?:unintentional|unintended|unexplained|involuntary|unplanned)\s+(?:\w+\s+)?weight\s+loss\b/i;
/** The patient means to lose weight: "I'm trying to lose weight", "I've been dieting", "on a diet", "Weight Watchers". */
const INTENDED_LOSS_RE = /\b(?:(?:trying|tried|try|want(?:ed|ing)?|meant|managed|decided|aiming) to (?:lose|drop|shed|get) (?:some |a bit of |the )?(?:weight|pounds|kilos|lbs|kg)|(?:been |am |i'm |was |started |i've been )dieting|on a diet|weight watchers|slimming world|intentional(?:ly)?|on purpose)\b/i;
const NOT_INTENDED_RE = /\b(?:not|n't|never|without|no)\s+(?:\w+\s+){0,2}(?:trying|tried|try|want(?:ed|ing)?|meant|dieting|on a diet|intentional(?:ly)?|on purpose)\b/i;

/**
 * "Unintentional weight loss" where the patient says the weight is coming off because they are trying to lose it
 * ("I've been dieting", "I'm trying to lose weight"): the loss is had, but the note turns a plan into a warning sign.
 */
function checkWeightIntent(statement: string, model: TranscriptModel): PolarityProblem | undefined {
  if (!UNINTENDED_LOSS_RE.test(statement) || DENIED_LOSS_RE.test(statement)) return undefined;
  const said = model.lines.filter((l) => INTENDED_LOSS_RE.test(l.text) && !NOT_INTENDED_RE.test(l.text));
  if (said.length === 0) return undefined;
  const excerpt = said[0]?.text.trim().slice(0, 80) ?? '';
  return { kind: 'symptom', phrase: 'unintentional weight loss', reason: `the note calls the weight loss unintentional but the transcript says it was intended ("${excerpt}")`, lines: said.map((l) => l.line).filter((n) => n > 0) };
}
