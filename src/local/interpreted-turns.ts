/**
 * Interpreter-mediated visits: the note is written in English from what was said in English. A line in another
 * language (the patient's own words, the interpreter's rendering of the clinician's question) is left out, and the
 * interpreter's English rendering of the patient ("She says her stomach hurts after she eats") is the patient's
 * account, so it is read as the patient's turn.
 */
import type { Turn } from './types.js';
import { splitSentences } from './split-sentences.js';
import { caseless } from '../text/caseless-pattern.js';

const ENGLISH = new Set(`the and is are was were i you it to of in that have has had my your with for on not what how do does did be
this he she we they can will any been so just about like yes okay there when where why who it's i'm don't can't
since after before since feel hurts pain today`.split(/\s+/));
/** Frequent words of the languages interpreters most often work in, none of them an English word. */
const FOREIGN = new Set(`el la los las del que y en es por con para una un muy mi tiene tengo estoy está están usted le lo pero
como más cuando sí señor señora bien nada solo sólo aquí también desde hace días semanas dolor duele años ella él
de eso esto esta este unas unos dos tres cuatro cinco peor mejor comida veces mucho poco ayer hoy noche mañana tiene
je et est pas une des du vous avec pour mais très oui non elle il suis j'ai c'est
ich und ist nicht mit ein eine bin habe sie er es auch
não você com uma muito está estou eu ela ele sim obrigado obrigada
của và là không tôi có
eto ya ne da net`.split(/\s+/));
/** Letters English words do not carry (café aside): a word with one counts once towards another language. */
const ACCENTED = /[áéíóúñãõçàâèêëîïôûùüßœ]/i;

function countEnglishWords(sentence: string): number {
  return sentence.toLowerCase().replace(/[^\p{L}' ]+/gu, ' ').split(/\s+/).filter((w) => ENGLISH.has(w)).length;
}

/**
 * The labels of speakers who talk in another language: over all they say, words of another language (at least three)
 * outnumber the common English ones twice over. (A clinician's shorthand, "BP 120/80. Chest clear.", has few of either;
 * an interpreter speaks both.)
 */
function readForeignSpeakers(turns: readonly Turn[]): Set<string> {
  const said = new Map<string, { english: number; foreign: number }>();
  for (const turn of turns) {
    if (turn.label === undefined || turn.role === 'clinician' || isInterpreterLabel(turn.label)) continue;
    const tally = said.get(turn.label) ?? { english: 0, foreign: 0 };
    const words = turn.text.toLowerCase().replace(/[^\p{L}' ]+/gu, ' ').split(/\s+/).filter((w) => w !== '');
    said.set(turn.label, { english: tally.english + words.filter((w) => ENGLISH.has(w)).length, foreign: tally.foreign + words.filter((w) => FOREIGN.has(w) || ACCENTED.test(w)).length });
  }
  return new Set([...said].filter(([, t]) => t.foreign >= 3 && t.foreign > 2 * t.english).map(([label]) => label));
}

/** True when a sentence is in another language than English. */
export function isForeignSentence(sentence: string): boolean {
  if (/[¿¡]/.test(sentence)) return true;
  const words = sentence.toLowerCase().replace(/[^\p{L}' ]+/gu, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const foreign = words.filter((w) => FOREIGN.has(w) || ACCENTED.test(w)).length;
  return foreign >= 2 && foreign > english;
}

const INTERPRETER = caseless(/\b(?:interpreter|interpreting|translator|translating)\b/);
/** "She says…", "he's saying that…": the interpreter's frame around the patient's words. */
const RELAY_FRAME = caseless(/^(?:(?:okay|so|and),?\s+)?(?:she|he|the patient|patient|mom|dad|mother|father)(?:'s| is)? (?:says|said|saying|states|reports|tells me|is telling me)(?: that)?,?\s+/);

/** "Please explain that I think…", "tell her she should…": a clinician's words to the interpreter frame what is meant. */
const TO_INTERPRETER = caseless(/^(?:(?:okay|so|and),?\s+)?(?:please |can you |could you )?(?:explain(?: to (?:her|him|them))?|tell (?:her|him|them)|let (?:her|him|them) know)(?: that)?,?\s+(?=\w)/);
/** "He understands. He says thank you.": each sentence of a relay carries its own frame. */
function dropRelayFrames(text: string): string {
  return splitSentences(text).map((s) => s.replace(RELAY_FRAME, '')).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`).join(' ');
}

export function isInterpreterLabel(label: string | undefined): boolean {
  return label !== undefined && INTERPRETER.test(label);
}

/** The turns with foreign-language sentences left out and an interpreter's renderings given to the patient. */
export function keepEnglishTurns(turns: Turn[]): Turn[] {
  const patientTurns = turns.filter((t) => t.role === 'patient');
  // The interpreter speaks for the patient when the patient's own words are mostly in another language.
  const relays = turns.some((t) => isInterpreterLabel(t.label)) && patientTurns.filter(isForeignTurn).length * 2 >= patientTurns.length;
  const out: Turn[] = [];
  const foreignSpeakers = readForeignSpeakers(turns);
  for (const turn of turns) {
    const sentences = splitSentences(turn.text);
    // The interpreter's asides ("I'll ask him that again") are no one's account. A speaker who talks in another
    // language keeps only what is plainly English ("Buenas tardes, doctor.", "Eso no." are too short to tell by words).
    const foreignSpeaker = turn.label !== undefined && foreignSpeakers.has(turn.label);
    const english = sentences.filter((s) => !isForeignSentence(s) && !(foreignSpeaker && countEnglishWords(s) < 2)
      && !(isInterpreterLabel(turn.label) && (ASIDE.test(s) || RENDERS_CLINICIAN.test(s) || COURTESY.test(s))));
    if (english.length === 0) continue;
    const text = english.length === sentences.length ? turn.text : english.join(' ');
    // Interpreters speak in the first person as the patient ("I can't sleep, I wake at 2"): those words are the patient's.
    const firstPerson = isInterpreterLabel(turn.label) && /\b(?:i|i'm|i've|my|me)\b/i.test(text) && !OWN_VOICE.test(text);
    if ((relays || firstPerson) && isInterpreterLabel(turn.label)) {
      out.push({ ...turn, role: 'patient', text: dropRelayFrames(text) });
    } else if (relays && turn.role === 'clinician' && TO_INTERPRETER.test(text)) {
      const direct = text.replace(TO_INTERPRETER, '');
      out.push({ ...turn, text: `${direct.charAt(0).toUpperCase()}${direct.slice(1)}` });
    } else {
      out.push(english.length === sentences.length ? turn : { ...turn, text });
    }
  }
  return out;
}

/** "[speaks Dari]", "(responds in Arabic)", "[foreign language]": a transcriber's note that the words were not English. */
const NOT_ENGLISH_NOTE = caseless(/^\s*[[(][^\])]{0,40}\b(?:speaks?|speaking|responds?|responding|answers?|answering|replies|in|foreign|language|interpreted|non-english)\b[^\])]{0,40}[\])]\s*$/);

function isForeignTurn(turn: Turn): boolean {
  return NOT_ENGLISH_NOTE.test(turn.text) || splitSentences(turn.text).every((s) => isForeignSentence(s));
}

/** "The doctor asks what has been happening": the interpreter saying the clinician's words, which the note has already. */
const RENDERS_CLINICIAN = caseless(/^(?:(?:okay|so|and),?\s+)?(?:the )?(?:doctor|dr|nurse|physician|clinician|gp|midwife|vet|pharmacist|therapist)(?: [a-z]+)? (?:asks|is asking|wants to know|says|is saying|explains|would like)\b/);
/** "She understands and says thank you": courtesy rendered, no account of anything. */
const COURTESY = caseless(/^(?:(?:okay|so|and),?\s+)?(?:she|he|they|the patient|mum|mom|dad)(?:'s| is)? (?:understands|says thank you|thanks you|is grateful|agrees)(?: and (?:says )?(?:thank you|thanks|understands|agrees))?[.!]?$/);

/** "I'll ask her", "let me explain that to him": the interpreter speaking as themselves, not rendering the patient. */
const ASIDE = caseless(/\b(?:i(?:'ll| will)? (?:ask|explain|interpret|translate|repeat|tell (?:him|her|them))|i(?:'ve| have)? (?:told|asked|explained (?:it |that |this )?to) (?:him|her|them)\b|let me (?:ask|explain|check|repeat)|i (?:didn't|did not) (?:catch|understand|hear))\b/);
const OWN_VOICE = caseless(String.raw`${ASIDE.source}|\b(?:he|she|they|the patient)\b`);
