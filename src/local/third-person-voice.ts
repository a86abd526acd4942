/** A speaker's sentence in the note's voice: the patient in third person, a recap as what it says, a companion by name. */
import type { Role, Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { describeSpeaker } from './describe-speaker.js';
import { dropHedges } from './normalize-asr-text.js';
import { polishSentence } from './polish-sentence.js';
import { type Gender, rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';

const UNGRAMMATICAL = caseless(/\b(?:could|would|should|can|will|might|must|did|does|to)\s+(?:just\s+|not\s+|really\s+)?(?!been\b|\w*eed\b)\w+ed\b/);
/** "The patient … from under the patient": the same person as subject and object only reads as a quote. */
const SELF_AS_OBJECT = caseless(/^the patient\b.*\b(?:from|under|to|at|with|for|on|about|by|behind|into|onto|toward|against|near|over|off|around|out of|past) the patient\b(?!'s)/);
const FIRST_PERSON = caseless(/\b(i|my|me|i'm|i've|i'd|i'll|mine|myself)\b/);

interface Voice { gender: Gender; addressee: string | undefined; patientNames?: string[] }

/** "Mrs Bell", "Derek": a patient label that is a person's name, not a role. */
const ROLE_WORD = caseless(/^(?:patient|pt|client|caller|athlete|member|player|student|resident|guest|customer|participant|service user|traveller|traveler|mother|father|mum|mom|dad|parent|owner|carer|caregiver|speaker|spk|user)\b/);
export function namesOfPatient(speakers: Record<string, Role>): string[] {
  return Object.entries(speakers)
    // Teams' "Lyle, Edward" is Edward Lyle.
    .map(([label, role]) => [label.replace(/^([A-Z][a-z]+),\s+([A-Z][a-z]+)$/, '$2 $1'), role] as const)
    .filter(([label, role]) => role === 'patient' && !ROLE_WORD.test(label) && /^(?:(?:mr|mrs|ms|miss)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$/.test(label))
    .flatMap(([label]) => label.split(/\s+/).filter((w) => !/^(?:mr|mrs|ms|miss)\.?$/i.test(w)));
}

/**
 * "Michael, I'd like to offer you a carer's assessment": where a sentence turns to someone named who is not the patient,
 * the index of that name (its "you" is theirs), or -1.
 */
function turnsToSomeoneElse(text: string, patientNames: string[] | undefined): number {
  if (!patientNames || patientNames.length === 0) return -1;
  const m = /(?:^|,\s+)(?:and\s+)?((?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+),\s+(?=[\w',\s]{0,80}\byou)/.exec(text);
  if (!m || /^(?:Yes|No|Okay|Ok|Well|Now|So|Sure|Right|Alright|Great|Good|Perfect|Also|Then|First|Next|Today|And|But|Hi|Hello|Oh|Yeah|Thanks|Sorry|Look|Listen|Again|Otherwise|Honestly|Actually|Finally|Lastly|Overall|Anyway|Okay)$/.test(m[1]!)) return -1;
  return m[1]!.split(/\s+/).some((w) => patientNames.includes(w)) ? -1 : m.index;
}

/**
 * "I was jumping on my kid's trampoline and i could just slipped out from under me": the clause that reads in third
 * person is rewritten and only the one that does not is quoted, from its verb ("…and \"just slipped out from under
 * me\""), so the note keeps the patient's words without the misheard ones before them.
 */
function rewriteGrammaticalPart(plain: string, gender: Gender): string | undefined {
  const m = /^(.{12,}?),?\s+(and|but|so|then)\s+(?:i|it|that|he|she)\s+(?:could|would|should|can|will|might|must|did|does)\s+((?:just\s+|really\s+)?(?!been\b|\w*eed\b)\w+ed\b.*)$/i.exec(plain);
  if (!m) return undefined;
  const first = rewritePatientSpeech(m[1]!, gender);
  if (!first || UNGRAMMATICAL.test(first) || SELF_AS_OBJECT.test(first) || FIRST_PERSON.test(first)) return undefined;
  return `${first.replace(/[.]$/, '')} ${m[2]!.toLowerCase()} "${m[3]!.replace(/[.]$/, '')}."`;
}

export function toThirdPerson(u: Utterance, text: string, voice: Voice): string {
  if (u.role === 'patient') {
    // "So you mean you're telling me he didn't have a seizure": the patient answering the clinician's words, not a fact.
    if (/^(?:(?:so|and|but|oh|okay),?\s+)*you(?:'re| are)? (?:mean|said|say|saying|told|telling|think|thought|want|asked|asking)\b/i.test(text)) return '';
    const plain = dropHedges(text);
    const rewritten = rewritePatientSpeech(plain, voice.gender);
    // "The patient could just slipped out from under the patient" is no sentence: such rewrites are quoted instead.
    // "The patient took some ibuprofen and the patient put some ice on it": the subject is said once.
    if (rewritten && !UNGRAMMATICAL.test(rewritten) && !SELF_AS_OBJECT.test(rewritten)) return /^the patient\b/i.test(rewritten) ? rewritten.replace(/\b(and|but|so|then|and then) the patient (?!(?:'s|is)\b)(?=[a-z]+\b)/gi, '$1 ') : rewritten;
    const part = rewriteGrammaticalPart(plain, voice.gender);
    if (part) return part;
    return FIRST_PERSON.test(plain) ? `Patient states: "${polishSentence(plain, true)}"` : plain;
  }
  if (u.role === 'clinician') {
    // "You said that's been going on for months": the clinician's recap, written as what it says rather than as words
    // put in the patient's mouth ("the patient said …"), which the patient may have said otherwise.
    const recap = RECAP_FRAME.exec(text);
    const chart = CHART_REVIEW.exec(text);
    const said = chart ? chart[1]! : recap && RECAPPED_CLAUSE.test(text.slice(recap[0].length)) ? text.slice(recap[0].length) : text;
    // Its "you" is that person, not the patient: the words stay as said.
    const turn = turnsToSomeoneElse(said, voice.patientNames);
    // "Peter, can you take the stopped ones out of her blister pack?", "Dad, can you give him…": a request of a
    // companion or a colleague, written as the note writes one ("Peter asked to take…").
    const request = ASKED_OF.exec(said);
    const named = request?.[1]!.split(/\s+/).at(-1) ?? '';
    if (request && !(voice.patientNames ?? []).includes(named) && !/\byou(?:r|rs|rself)?\b/i.test(request[2]!)) {
      return `${request[1]!.charAt(0).toUpperCase()}${request[1]!.slice(1)} asked to ${request[2]!.replace(/[?.!\s]+$/, '')}.`;
    }
    if (turn === 0) return said;
    if (turn > 0) {
      const before = said.slice(0, turn);
      return `${rewriteClinicianSpeech(before, voice.gender, voice.addressee) ?? before}${said.slice(turn)}`;
    }
    return rewriteClinicianSpeech(said, voice.gender, voice.addressee) ?? said;
  }
  const who = u.label ? describeSpeaker(u.label) : undefined;
  // A companion with no name to give ("patient_guest") talking to the clinician as "you" cannot be put in third person.
  if (!who) return /\byou\b(?! know\b)/i.test(text) ? '' : text;
  // "Mum, you fell.": a companion turning to the patient by name or as family speaks of the patient as "you".
  const turned = TO_THE_PATIENT.exec(text);
  const rest = turned ? text.slice(turned[0].length) : '';
  if (turned && (FAMILY_ADDRESS.test(turned[1]!) || (voice.patientNames ?? []).includes(turned[1]!)) && /^you\b/i.test(rest) && !FIRST_PERSON.test(rest)) {
    const spoken = rewriteClinicianSpeech(rest, voice.gender, undefined);
    if (spoken && !/\byou\b/i.test(spoken)) return `Per ${who}, ${spoken}`;
  }
  // "It's my husband, his face is drooping": a companion's "my" is theirs; an "I" is quoted.
  const cleaned = text.replace(/^(?:she|he) says,? (?:that )?/i, '').replace(/\bmy\b/gi, (m) => (/\b(?:i|me|i'm|i've|i'd|i'll|mine|myself)\b/i.test(text) ? m : 'their'));
  if (FIRST_PERSON.test(cleaned)) return `${who.charAt(0).toUpperCase()}${who.slice(1)} states: "${polishSentence(cleaned, true)}"`;
  return `Per ${who}, ${/^(?:I\b|[A-Z]{2,})/.test(cleaned) ? cleaned : `${cleaned.charAt(0).toLowerCase()}${cleaned.slice(1)}`}`;
}

const TO_THE_PATIENT = /^([A-Z][a-z]+|[Mm]um|[Mm]om|[Dd]ad|[Nn]an|[Gg]ran),\s+/;
const FAMILY_ADDRESS = /^(?:mum|mom|dad|nan|gran|grandma|grandad|grandpa|granny|nana)$/i;
const ASKED_OF = /^((?:(?:Mr|Mrs|Ms|Miss|Nurse|Sister|Dr)\.? )?[A-Z][a-z]+|[Mm]um|[Mm]om|[Dd]ad|[Nn]an|[Gg]ran|[Gg]randma|[Gg]randad),\s+(?:can|could|would) you (?:please |just |also )?([a-z].{5,})$/;
const RECAP_FRAME = caseless(/^(?:(?:so|and|okay|now|but|alright),?\s+)*(?:[a-z]+,?\s+(?=i (?:see|know|understand|noticed|read)\b))?(?:you (?:said|mentioned|told me|were saying|reported|noted|described)(?: (?:earlier|before|last time|on the phone))?|i (?:see|know|understand|noticed|read)(?: (?:here|in (?:your|the) (?:chart|notes|records?)|from (?:your|the) (?:chart|notes)))?|it (?:says|looks like) (?:here )?in (?:your|the) (?:chart|notes)),?(?: that)?\s+/);
/** "…I'm looking through your chart and it looks like we're treating your diabetes": what the chart says, without the browsing. */
export const CHART_REVIEW = caseless(/\b(?:looking (?:through|at|over)|reviewing|went through|in|from) (?:your|the|his|her) (?:chart|notes|records?|file)(?: here)?,?\s+(?:and\s+)?(?:it looks like|i see(?: that)?|it says|it shows)\s+(\S+(?:\s+\S+){2,})$/);
/** What follows the frame is a clause of its own: "that's been going on for months", "your knee gives out". */
const RECAPPED_CLAUSE = caseless(/^(?:that|it|this|they|these|those|you|your \w+|the \w+|he|she|his \w+|her \w+)(?:'s|'re|'ve| \w+)? (?:is|are|was|were|has|have|had|'s|been|hurts?|started|gets?|goes|comes|keeps|gave|happens?)\b|^(?:that|it|this)'s\b|^you(?:'re|'ve| have| are| were| had| get| feel| take)\b/);
