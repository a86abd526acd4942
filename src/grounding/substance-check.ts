/**
 * Social history of drink and drugs: how much (the number of cigarettes, packs, drinks or units), how heavily ("a
 * bottle of wine a day" where the patient drinks socially), and which drugs ("uses cannabis daily" where nobody
 * spoke of cannabis). Smoking status itself is smoking-check's; who the patient lives with is living-situation-check's.
 */
import { convertSpelledNumbers } from '../text/spelled-numbers.js';
import { findWrittenTerms, isDeniedBefore, saysAnyForm, type NamedTerm } from './named-terms.js';
import { readAnswer } from './answer-reading.js';
import { checkDrinkFrequency, readDrinkRates, type DrinkRate } from './drink-frequency-check.js';
import { findReply, type TranscriptModel } from './transcript-model.js';
import type { WordIndex } from './word-index.js';

export interface HabitTalk {
  /** Numbers said in talk of smoking or drinking (the line that names the habit and the two after it, where answers are). */
  numbers: ReadonlySet<number>;
  /** Whether that talk ever tells of drinking much: "a bottle a night", "every day", "too much", "heavily". */
  heavyDrinking: boolean;
  /** The patient's own words of using a street drug now ("i also sometimes will smoke a joint"), or a yes to a question naming one. */
  drugUse?: string;
  /** How often the talk of drink says the patient drinks. */
  drinkRates: readonly DrinkRate[];
  /** The patient's clauses denying street drugs: "no cannabis , nothing else", "i don't do drugs". */
  drugDenials: readonly string[];
}

const HABIT_WORD_RE = /\b(?:smok\w*|cig\w*|tobacco|packs?|fags?|roll-?ups?|vap\w*|drink\w*|alcohol|beers?|wine|vodka|whisk(?:e)?y|gin|spirits|pints?|glass(?:es)?|units?|etoh|booze|bottles?|cans?|lager|cider|shots?|joints?)\b/;
const DRINK_WORD_RE = /\b(?:drink\w*|alcohol|beers?|wine|vodka|whisk(?:e)?y|gin|spirits|pints?|units?|etoh|booze|bottles?|lager|cider|shots?)\b/;
/** Said of drinking much; "a day" alone is not, since "drinking plenty of fluids a day" and "ten a day" of smoking say it too. */
const HEAVY_SAID_RE = /\b(?:heav(?:y|ily)|a lot|every ?day|daily|every (?:night|evening)|each (?:day|night)|per day|bottles?|too much|binge\w*|alcoholic|dependen\w*|more than (?:i should|\d+))\b/;
/** Drinking that is not of alcohol: "drink plenty of fluids", "drinking enough water". */
const FLUIDS_RE = /\b(?:fluids?|water|plenty|(?:de)?hydrat\w*|juice|milk|tea|coffee)\b/;
/** Heavy drinking told of the past or denied: "i used to drink a lot more when i was younger", "i can't really drink too much". */
const NOT_NOW_RE = /\b(?:used to|when i was younger|back then|in the past|not|never|can't|cannot|don't|didn't|no)\b|n't\b/;
const ANSWER_REACH = 2;
const SMOKE_WORD_RE = /\b(?:smok\w*|cig\w*|tobacco|packs?|fags?|roll-?ups?|vap\w*)\b/;
/** Counts said vaguely, which a note writes as a number: "a couple of beers" is 2. */
const VAGUE_COUNTS: ReadonlyMap<string, readonly number[]> = new Map([['couple', [2]], ['few', [2, 3, 4]], ['several', [3, 4, 5]]]);

export function readHabitTalk(model: TranscriptModel): HabitTalk {
  // "a beer or two", "a pack a day": one is said as "a".
  const numbers = new Set<number>([1]);
  let heavyDrinking = false;
  model.lines.forEach((line, i) => {
    const text = line.tokens.join(' ');
    if (!HABIT_WORD_RE.test(text)) return;
    const window = model.lines.slice(i, i + 1 + ANSWER_REACH);
    for (const said of window) {
      for (const t of convertSpelledNumbers(said.tokens)) if (/^\d+(?:\.\d+)?$/.test(t)) numbers.add(Number(t));
      for (const t of said.tokens) for (const n of VAGUE_COUNTS.get(t) ?? []) numbers.add(n);
    }
    // "five cigarettes a day , and a beer or two": a clause about smoking tells nothing of the drinking; in the line
    // that names the drink, only a clause that names it too ("i take my medicine daily . … burger and wine" is not).
    const clauses = window.flatMap((l, k) => l.tokens.join(' ').split(/ [,.;!?] | and | but /).filter((c) => k > 0 || DRINK_WORD_RE.test(c)));
    if (DRINK_WORD_RE.test(text) && !FLUIDS_RE.test(text) && clauses.some((c) => HEAVY_SAID_RE.test(c) && !SMOKE_WORD_RE.test(c) && !FLUIDS_RE.test(c) && !NOT_NOW_RE.test(c))) heavyDrinking = true;
  });
  return { numbers, heavyDrinking, drugUse: readDrugUse(model), drinkRates: readDrinkRates(model), drugDenials: readDrugDenials(model) };
}

/** A street drug in speech, after a verb of using: "smoke a joint", "tried some weed". "joint" and "pot" need smoking. */
const DRUG_NAMES = String.raw`(?:cannabis|marijuana|marihuana|weed|cocaine|ecstasy|mdma|heroin|meth|methamphetamines?|amphetamines?|edibles)`;
const USE_SAID_RE = new RegExp(String.raw`\b(?:smok\w*(?: [a-z']+){0,3}? (?:joints?|pot|${DRUG_NAMES})|(?:use|uses|using|take|takes|taking|do|does|doing|tried|try|have|had)(?: [a-z']+){0,3}? ${DRUG_NAMES})\b`);
/** Use told of the past or denied: "i used to smoke weed in college", "i don't do any drugs". */
const NOT_USING_RE = /\b(?:used to|in the past|years ago|when i was (?:younger|a teen\w*|at|in)|college|university|school|back then|quit|stopped|gave up|not|never|no|nor|without|n't)\b|n't\b/;
/** A question that names street drugs: "any recreational drugs?", "do you smoke marijuana?". */
const DRUG_QUESTION_RE = /\b(?:(?:recreational|street|illicit|illegal) (?:drugs?|substances?)|drug use|cannabis|marijuana|weed|cocaine)\b/;
/** A question that names drink or tobacco too: its yes may be to those. */
const OTHER_HABIT_RE = /\b(?:alcohol|drink\w*|smok\w*|tobacco|cigarettes?|vap\w*)\b/;

const DRUG_DENIAL_SAID_RE = new RegExp(String.raw`\b(?:no|not|never|nor|don't|do not|n't)\b(?: [a-z']+){0,4}? (?:${DRUG_NAMES}|drugs)\b`);

/** The patient's own denials of street drugs (not of the past: "i used to smoke weed" denies nothing now). */
function readDrugDenials(model: TranscriptModel): string[] {
  return model.lines.filter((l) => l.role === 'patient').flatMap((l) => l.tokens.join(' ').split(/ [.;!?] | but /)).filter((c) => DRUG_DENIAL_SAID_RE.test(c) && !/\bused to\b/.test(c));
}

/** The first place the patient tells of using a street drug now, in their words or by a yes to a question naming one. */
function readDrugUse(model: TranscriptModel): string | undefined {
  for (const line of model.lines) {
    if (line.role !== 'patient') continue;
    const text = line.tokens.join(' ');
    for (const clause of text.split(/ [,.;!?] | but /)) {
      const m = USE_SAID_RE.exec(clause);
      if (m && !NOT_USING_RE.test(clause)) return clause.trim();
    }
  }
  for (const clause of model.clauses) {
    if (clause.role !== 'clinician' || !clause.question || !DRUG_QUESTION_RE.test(clause.tokens.join(' ')) || OTHER_HABIT_RE.test(clause.tokens.join(' '))) continue;
    const reply = findReply(model, clause);
    if (!reply || reply.role !== 'patient') continue;
    const said = reply.tokens.join(' ');
    if (readAnswer(reply.tokens) === 'yes' && !NOT_USING_RE.test(said.replace(/^\W*(?:yes|yeah|yep)\b/, ''))) return said;
  }
  return undefined;
}

/** A note's denial of street drugs: "no recreational drugs", "denies illicit drug use", "Non-smoker, no RDU". */
const NOTE_DRUG_DENIAL_RE = /\b(?:no|denies|denied|nil|never|negative for|not using|does not use|doesn't use|does not take|doesn't take)\b(?:[^.;:]*?\b(?:recreational|illicit|street|illegal)\s+(?:drugs?|substances?)|[^.;:]*?\b(?:drug use|cannabis|marijuana|IVDU|RDU)\b)/i;

/** Units are left out: clinicians work them out from the drinks told ("9 pints a week" is ">14 units/week"). */
const AMOUNT_RE = /\b(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(?:cigarettes?|cigs?|packs?|pack[- ]years?|ppd|beers?|drinks?|glasses|pints?|bottles?|cans?|joints?|shots?)\b/gi;
const NOTE_HEAVY_RE = /\b(?:heavy (?:drink\w*|alcohol|etoh|use|user|drinker)|drinks? (?:heavily|daily|every (?:day|night)|a lot)|bottles? of (?:wine|vodka|whisk(?:e)?y|spirits|\w+) (?:a|per|each|every) (?:day|night)|alcohol (?:abuse|dependence|use disorder|excess)|alcoholi(?:c|sm)|binge drink\w*|excessive (?:alcohol|drinking|etoh))\b/i;

const DRUGS: readonly NamedTerm[] = [
  { name: 'cannabis', written: /\b(?:cannabis|marijuana|marihuana|weed|THC)\b/i, said: ['cannabis', 'marijuana', 'marihuana', 'weed', 'pot', 'joint*', 'thc', 'cbd', 'edible*', 'smoke up', 'grass', 'skunk'] },
  { name: 'cocaine', written: /\b(?:cocaine|crack)\b/i, said: ['cocaine', 'crack', 'coke'] },
  { name: 'heroin', written: /\bheroin\b/i, said: ['heroin', 'smack'] },
  { name: 'methamphetamine', written: /\b(?:methamphetamine|meth|crystal meth)\b/i, said: ['meth*', 'crystal', 'speed', 'amphetamine*'] },
  { name: 'ecstasy', written: /\b(?:ecstasy|MDMA)\b/i, said: ['ecstasy', 'mdma', 'molly', 'pills'] },
  { name: 'injected drugs', written: /\b(?:IVDU|IV drug|intravenous drug|injecting drug|injection drug)\b/i, said: ['iv drug', 'intravenous', 'inject*', 'needle*', 'shoot up', 'shooting up'] },
  { name: 'recreational drugs', written: /\b(?:recreational|illicit|street) (?:drugs?|substances?)(?: use)?\b/i, said: ['drug*', 'recreational', 'substance*', 'cannabis', 'marijuana', 'weed', 'cocaine'] },
];

/** A note's use of the past: "ex-cannabis user", "used cannabis at university", "stopped cocaine". */
const PAST_USE_RE = /\b(?:ex|former(?:ly)?|previous(?:ly)?|past|used to|quit|stopped|gave up|at (?:uni|university|college|school)|in (?:his|her|their) (?:teens|twenties|youth))\b|\bused\b/i;

/** A statement that denies anything ("Illicit drug use: Never.") is not read as telling of use. */
const STATEMENT_DENIES_RE = /\b(?:no|not|never|none|nil|denies|denied|negative)\b|n't\b/i;

export interface SubstanceProblem {
  phrase: string;
  reason: string;
}

export function checkSubstances(statement: string, section: string, index: WordIndex, talk: HabitTalk): SubstanceProblem[] {
  if (section !== 'subjective') return [];
  const problems: SubstanceProblem[] = [];
  for (const m of statement.matchAll(AMOUNT_RE)) {
    const values = [m[1], m[2]].filter((v): v is string => v !== undefined).map(Number);
    const unsaid = values.filter((v) => !talk.numbers.has(v));
    if (unsaid.length > 0) problems.push({ phrase: m[0], reason: `"${m[0]}" is not said in the transcript's talk of smoking or drinking` });
  }
  for (const p of checkDrinkFrequency(statement, talk.drinkRates)) problems.push({ phrase: p.phrase, reason: p.reason });
  const heavy = NOTE_HEAVY_RE.exec(statement);
  // "drinks a lot of apple juice", "a lot of coffee": heavily, but not alcohol.
  if (heavy && !talk.heavyDrinking && !isDeniedBefore(statement, heavy.index) && !new RegExp(FLUIDS_RE.source, 'i').test(statement)) {
    problems.push({ phrase: heavy[0], reason: `the note says the patient drinks heavily ("${heavy[0]}"), which the transcript never says` });
  }
  const denied = NOTE_DRUG_DENIAL_RE.exec(statement);
  if (denied && talk.drugUse) {
    problems.push({ phrase: denied[0], reason: `the note denies drug use ("${denied[0]}") but the patient tells of it ("${talk.drugUse.slice(0, 80)}")` });
    return problems;
  }
  for (const { term, phrase, at } of findWrittenTerms(statement, DRUGS)) {
    if (isDeniedBefore(statement, at)) continue;
    // "uses cannabis most evenings" where the patient said "no cannabis, nothing else" and never told of using any.
    const denial = talk.drugUse || PAST_USE_RE.test(statement) || STATEMENT_DENIES_RE.test(statement) ? undefined : talk.drugDenials.find((c) => term.said.some((w) => c.includes(w.replace('*', ''))) || /\bdrugs\b/.test(c));
    if (denial && saysAnyForm(index, term.said)) {
      problems.push({ phrase, reason: `the note says the patient uses ${term.name} ("${phrase}"), but the patient denies it ("${denial.slice(0, 80)}")` });
      continue;
    }
    if (saysAnyForm(index, term.said)) continue;
    problems.push({ phrase, reason: `the note says the patient uses ${term.name} ("${phrase}"), which the transcript never mentions` });
  }
  return problems;
}
