/**
 * Decides who is who when labels do not say it (names, `Speaker A`, `SPEAKER_00`): clinicians ask most of the
 * questions and use exam, ordering and prescribing language; patients talk about their own symptoms in the first
 * person; a parent, owner or caller talks about someone else ("my son", "she's been vomiting").
 */
import type { Role } from './turns.js';
import { caseless, type CaselessPattern } from './caseless-pattern.js';
import { roleFromLabel } from './speaker-labels.js';
import { findNamedStaff } from './named-staff.js';
import { findAddressedSpeaker } from './addressed-speaker.js';

// ("Okay, let's do it." is a patient's consent, and "I can't rule out melanoma" a clinician's caution, not a complaint.)
const CLINICIAN_CUES = caseless(/\b(exam|examine|let me (take a )?(look|listen|check|feel|see|measure|test)|take a deep breath|prescrib\w*|i('m| am) (going to|gonna|gon na) (order|start|prescribe|refer|send|get|give|put|place|measure|check)|i('d| would) (like|recommend) (to|you)|i recommend|order (an?|some|the)|follow[- ]?up|come back in|blood pressure is|lungs (are|sound)|heart sounds|tender(ness)?|range of motion|diagnos\w*|my (assessment|impression|plan)|what brings you|how can i help|what can i (do|help)|what's going on|on a scale|are you allergic|any allergies|mg\b|milligrams?|degrees|consistent with|looks like|we('ll| will) (see|start|do|check|give|recheck|follow)|let's (see|do(?! (?:it|that)\b)|try(?! (?:it|that)\b)|start|check|follow|meet)|rule (?:it |that |this )?out|biopsy|i('ll| will) (?:call|ring|phone) you|results (?:take|should|will)|your (blood pressure|heart rate|oxygen|temperature|x-?ray|labs?|results|a1c|weight|score|inr)|this is (a|an)\b|i('d| would) like (her|him|them) (in|to|back)|i('d| would) (suggest|advise)|i('ll| will) (book|refer|prescribe|arrange)|blood tests?|urine sample|(sounds|looks) like (a|an)\b)/, 'g');
const PATIENT_CUES = caseless(/\b(i('ve| have) been (having|feeling|getting|taking|using)|i('ve| have) had|my (pain|back|knee|chest|head|stomach|neck|leg|arm|foot|throat|doctor|husband|wife|kids?|son|daughter|ankle|wrist|shoulder|hip|heel|tooth|gums)|it hurts|i feel|i('m| am) (feeling|worried|scared|having)|thank you,? doc(tor)?|thanks,? doc(tor)?|i (can't(?! (?:rule|exclude|be sure|say for sure))|couldn't|get|got|take|took|was|started|stopped|noticed))\b/, 'g');
const THIRD_PARTY_CUES = caseless(/\b(my (husband|wife|son|daughter|mother|mom|father|dad|child|baby|kid|boy|girl|dog|cat|partner)|(he|she)('s| is| has| was| had| keeps| won't| didn't| doesn't| says| said| gets| got| can't| feels| seems| wakes| ate| threw| went| fell| took| came| [a-z]+ed)|him|his|her (ear|leg|food|arm|face|breakfast|fever|temperature))\b/, 'g');
const LAY_QUESTION = /\b(?:(?:should|can|could|will|would|do|must|shall) i|am i|is (?:it|that|this) (?:bad|serious|normal|dangerous|something|okay|ok|cancer|contagious|broken|why|because)|what does (?:that|it|this) mean|how much (?:will|would|does|is)|(?:does|will|would) (?:he|she|it|they|i) (?:need|have to)|could it be|is (?:something|anything) wrong|what (?:should|do|can) i|how long (?:will|does) (?:it|this|he|she))\b/i;
/** "Is that bad?", "Should I stop the meloxicam?": a question only a patient or a companion asks the clinician. */
export function isLayQuestion(sentence: string): boolean {
  return /\?\s*$/.test(sentence) && LAY_QUESTION.test(sentence);
}

const QUESTION_START = caseless(/^(do|did|does|have|has|are|is|was|were|can|could|how|what|when|where|which|why|any)\b/);

function count(text: string, re: CaselessPattern): number {
  return text.match(re)?.length ?? 0;
}

export function scoreClinicianLikeness(texts: string[]): number {
  let score = 0;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.?!])\s+/)) {
      // "Is that bad?", "Should I stop the meloxicam?": a patient's or an owner's question of the clinician says the
      // asker is not the clinician, however many they ask.
      if (isLayQuestion(sentence)) score -= 1;
      else if (/\?\s*$/.test(sentence) || QUESTION_START.test(sentence.trim())) score += 1;
    }
    score += 2 * count(text, CLINICIAN_CUES);
    score -= 2 * count(text, PATIENT_CUES);
  }
  return score / Math.max(1, Math.sqrt(texts.length));
}

/** True when a non-clinician mostly speaks about someone else (a parent, an owner, a relative on the phone). */
export function speaksForSomeoneElse(texts: string[]): boolean {
  const all = texts.join(' ');
  const firstPersonSymptoms = count(all, PATIENT_CUES);
  return count(all, THIRD_PARTY_CUES) > firstPersonSymptoms;
}

function wordCount(texts: string[]): number {
  return texts.join(' ').split(/\s+/).filter((w) => w !== '').length;
}

/**
 * Completes a role map: labels in `fixed` keep their role; the rest are ranked by how clinician-like they speak.
 * Without a known clinician the most clinician-like label is one; without a known patient the most talkative
 * remaining label that speaks for itself is the patient; everyone else is other.
 */
export function inferRoles(byLabel: Map<string, string[]>, fixed: ReadonlyMap<string, Role> = new Map()): Map<string, Role> {
  const roles = new Map<string, Role>(fixed);
  // "Hi Marcus, I'm Jess, the nurse": a speaker named only by name who introduces themself as a clinician is one.
  for (const label of byLabel.keys()) if (!roles.has(label) && introducesAsClinician(byLabel.get(label)!)) roles.set(label, 'clinician');
  const open = [...byLabel.keys()].filter((k) => !roles.has(k));
  if (open.length === 0) return roles;
  const ranked = open
    .map((label, order) => ({ label, order, score: scoreClinicianLikeness(byLabel.get(label)!) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const hasRole = (r: Role) => [...roles.values()].includes(r);
  if (!hasRole('clinician') || (ranked[0]!.score >= 4 && ranked.length > 1)) {
    roles.set(ranked[0]!.label, 'clinician');
    ranked.shift();
  }
  // "This is Lena, my dental nurse": staff the clinician names as such, or asks by name to take a reading (named-staff.ts).
  const clinicians = [...roles].filter(([, r]) => r === 'clinician').map(([k]) => k);
  for (const label of findNamedStaff(byLabel, clinicians, ranked.map((r) => r.label))) roles.set(label, 'clinician');
  for (const r of ranked.length >= 2 ? ranked : []) {
    if (readsObservationsAsStaff(byLabel.get(r.label)!) || ordersCare(byLabel.get(r.label)!)) roles.set(r.label, 'clinician');
  }
  // The vet a nurse brought into a video call with an owner: with a clinician known, one left who speaks far more like
  // a clinician than anyone else left is a second clinician, not the patient.
  const lead = ranked.filter((r) => !roles.has(r.label));
  if (lead.length >= 2 && lead[0]!.score >= 1.5 && lead[0]!.score >= lead[1]!.score + 1.5) roles.set(lead[0]!.label, 'clinician');
  const rest = ranked.filter((r) => !roles.has(r.label)).sort((a, b) => wordCount(byLabel.get(b.label)!) - wordCount(byLabel.get(a.label)!) || a.order - b.order);
  const others = rest.filter((r) => !roles.has(r.label));
  for (const r of others) {
    const texts = byLabel.get(r.label)!;
    // The only one left beside the clinicians who speaks of themself and never of a "he" or "she" is the patient, a
    // mention of "my dad" notwithstanding; a second parent who only adds "and she woke up wheezing" is not.
    const patient = !hasRole('patient') && !speaksOnlyOfSomeoneElse(texts)
      && (!speaksForSomeoneElse(texts) || speaksMostlyOfSelf(texts) || (others.length === 1 && leansToSelf(texts)));
    roles.set(r.label, patient ? 'patient' : 'other');
  }
  if (!hasRole('patient')) chooseSelfSpeaker(byLabel, roles, rest.map((r) => r.label));
  // With no one left as the patient by their words, the one the clinician greets and asks by first name.
  const addressed = hasRole('patient') ? undefined : findAddressedSpeaker(byLabel, [...roles].filter(([, r]) => r === 'clinician').map(([k]) => k), rest.map((r) => r.label));
  if (addressed !== undefined) roles.set(addressed, 'patient');
  return roles;
}

// "She was 31.4 kilos on the scale": a weight read off the scale in the room is an observation as much as a temperature.
const OBSERVATION_READING = caseless(/\b(?:obs|sats|saturations?|resp(?:iratory)? rate|resps|heart rate|pulse|temp(?:erature)?|bp|blood pressure|troponin|gcs|cap(?:illary)? refill|glucose|bm|weight|weighs|weighed)\b[^.?!;]{0,24}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)|\d(?:\.\d+)?\s*(?:kilos?|kgs?|pounds|lbs?)\s+on the scales?\b/, 'g');

/**
 * "Doctor, her obs. Sats ninety-two percent in air, resp rate fifty-eight…": with the clinician known and two or more
 * others left, one who reads out two or more observations and never speaks of her own symptoms is a colleague (a
 * nurse handing over), not the patient — the patient is then among the others, or is a child who does not speak.
 */
/** "Is it bad?", "Should I worry about these?", "What does that mean?" (not "Is it okay if I sit in?"). */
const READING_WORRY = /\b(?:is (?:it|that|this) (?:bad|serious|normal|dangerous|worrying|too (?:high|low))|should i (?:worry|be worried|be concerned)|what does (?:that|it|this) mean|are (?:they|those|these) (?:normal|bad|too (?:high|low)))\b[^.?!]*\?/i;

function readsObservationsAsStaff(texts: string[]): boolean {
  const all = texts.join(' ');
  // "I took his blood pressure when he came in": a reading taken of someone else is the work of staff, not a patient's
  // "I took ibuprofen".
  const readings = count(all, OBSERVATION_READING);
  // "Fasting 5.8, after breakfast 8.4 … Is it bad?": one who sends their own home readings asks what they mean; a
  // colleague handing over does not.
  const asksAsLay = READING_WORRY.test(all);
  return (readings >= 2 || (readings === 1 && POSITIONS_PATIENT.test(all))) && count(all.replace(TOOK_READING_OF, ' '), PATIENT_CUES) === 0 && !asksAsLay;
}
/**
 * "Blood pressure's 128 over 82, Doctor." … "Bite down on this for me, Tom.": one reading, then the patient placed for
 * a test the way staff do it, is a colleague's work too.
 */
const POSITIONS_PATIENT = /(?:^|[.!?]\s+)(?:(?:sure|okay|ok|right|lovely),?\s+)?(?:bite|open|lie|sit|hold|roll|turn|stand|step|keep|pop|hop|rest|tilt|lean|stay)\b[^.?!]{0,40}\bfor me\b/i;
const TOOK_READING_OF = /\bi (?:took|checked|did|got|measured|recorded|weighed) (?:his|her|their|the baby's|baby's)\b/gi;

const ORDERS_CARE = caseless(/\b(?:(?:he|she|they|the patient) needs?|let's|we(?:'ll| will| need to)|i(?:'ll| will| want| need)|start (?:him|her|them) on|give (?:him|her|them)|so (?:blood|iv)|then iv)\b[^.?!]{0,60}?\b(?:iv|antibiotics?|cultures?|bolus|fluids|oxygen|bloods|x-?ray|ct|ecg|scan|nebuli[sz]ers?|steroids?|cannula|catheter|mg|milligrams?|sepsis six)\b/, 'g');

/**
 * "okay this is sepsis from a pneumonia he needs the sepsis six now so blood cultures then iv co-amoxiclav…": with a
 * clinician known and two or more others left, one who orders treatments and tests twice and never speaks of their own
 * symptoms is a second clinician (the registrar on a ward round a nurse opened), not a relative.
 */
function ordersCare(texts: string[]): boolean {
  const all = texts.join(' ');
  // "He needs antibiotics, doctor": a relative asking for treatment speaks to the doctor.
  return count(all, ORDERS_CARE) >= 2 && count(all, PATIENT_CUES) === 0 && !/(?:,\s*|\b)(?:doctor|doc)\s*[,.?!]/i.test(all);
}

const CLINICIAN_INTRODUCTION = /\b(?:i'm|i am|my name's|my name is)\s+(?:\p{L}[\p{L}'-]*,?\s+(?:and\s+)?(?:i'm\s+|i am\s+)?)?(?:the|one of the|your)\s+(?:[a-z]+\s+)?([a-z]+)\b/giu;

/** "I'm Jess, the nurse", "my name's Sam, I'm one of the nurses", "I'm your physio": a clinician introducing themself. */
export function introducesAsClinician(texts: string[]): boolean {
  return texts.some((t) => [...t.matchAll(CLINICIAN_INTRODUCTION)].some((m) => roleFromLabel(m[1]!.replace(/s$/, '')) === 'clinician'));
}

const FIRST_PERSON = caseless(/\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b/, 'g');
const ABOUT_SOMEONE = caseless(/\b(?:he|she|he's|she's|him|his|her|they're)\b/, 'g');

/**
 * "It's my second. My son's three. He was a caesarean…": a woman at her booking visit names her child, yet speaks of
 * herself three times as often as of anyone else — she is the patient, not a parent speaking for one.
 */
export function speaksMostlyOfSelf(texts: string[]): boolean {
  const all = texts.join(' ');
  const self = count(all, FIRST_PERSON);
  return self >= 6 && self >= 3 * count(all, ABOUT_SOMEONE);
}

/** Speaks of themself more than of anyone else, with no one else spoken of at all: "my elbows… my knees… my dad has psoriasis". */
function leansToSelf(texts: string[]): boolean {
  const all = texts.join(' ');
  return count(all, FIRST_PERSON) >= 3 && count(all, ABOUT_SOMEONE) === 0;
}

/** No word of their own body or feelings, and "he" or "she" more than "I": "And she woke up wheezing twice last week." */
function speaksOnlyOfSomeoneElse(texts: string[]): boolean {
  const all = texts.join(' ');
  return count(all, PATIENT_CUES) === 0 && count(all, ABOUT_SOMEONE) > count(all, FIRST_PERSON);
}

/**
 * "I'm 36 weeks… he's been much quieter" (the baby) and her partner's "she's been really worried": with no one left as
 * the patient and two or more others, the one who speaks of herself far more than of anyone else, while every other
 * companion speaks more of someone else, is the patient (two parents of a child both speak of the child: no one is).
 */
function chooseSelfSpeaker(byLabel: Map<string, string[]>, roles: Map<string, Role>, others: string[]): void {
  if (others.length < 2) return;
  const lean = others.map((label) => {
    const all = byLabel.get(label)!.join(' ');
    return { label, self: count(all, FIRST_PERSON), about: count(all, ABOUT_SOMEONE) };
  });
  const selfish = lean.filter((l) => l.self >= 3 && l.self >= 2 * l.about);
  if (selfish.length !== 1 || lean.some((l) => l !== selfish[0] && l.self > l.about)) return;
  roles.set(selfish[0]!.label, 'patient');
}

/** Maps each diarised label to a role: the most clinician-like speaker is the clinician, the most talkative other the patient. */
export function assignDiarisedRoles(lines: { label: string; text: string }[]): Map<string, Role> {
  const byLabel = new Map<string, string[]>();
  for (const l of lines) byLabel.set(l.label, [...(byLabel.get(l.label) ?? []), l.text]);
  return inferRoles(byLabel);
}
