/**
 * How often the patient drinks: "Drinks alcohol 1-2 times per day" where the patient said "once or twice a year",
 * "drinks wine nightly" where it was "a glass at the weekend". The general frequency check compares only counts of
 * one period, and a day's count for the tablets supports a day's count for the drink; here a note's drinking is
 * compared with how often the conversation's talk of drink says, whatever the period.
 */
import { readFrequencies, readOnces, type Frequency } from './frequency-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

const DRINK_RE = /\b(?:drinks?|drinking|drinker|alcohol|etoh|beers?|wine|spirits|vodka|whisk(?:e)?y|gin|lager|cider|pints?)\b/;
/** Drinking that is not of alcohol: "drink plenty of fluids", "drinks 2 coffees a day". */
const FLUIDS_RE = /\b(?:fluids?|water|plenty|(?:de)?hydrat\w*|juice|milk|tea|coffees?|caffeine|sodas?|pop)\b/;
/** Times a year in each period. */
const PER_YEAR: Readonly<Record<string, number>> = { day: 365, week: 52, month: 12, year: 1 };
/** Said roughly ("a couple of times a week" may be written "2-4 times a week"): rates this many times apart differ. */
const SLACK = 3;
/** The lines after a question about drink where its answer is. */
const ANSWER_REACH = 2;

export interface DrinkRate {
  low: number;
  high: number;
  text: string;
  line: number;
}

function readRates(text: string, line: number): DrinkRate[] {
  const tokens = normaliseTokens(text);
  const found: Frequency[] = [...readFrequencies(tokens, line), ...readOnces(tokens, line)];
  return found.filter((f) => PER_YEAR[f.period]).map((f) => ({ low: f.low * (PER_YEAR[f.period] as number), high: f.high * (PER_YEAR[f.period] as number), text: f.text, line }));
}

/** How often the conversation says the patient drinks: the rates said in a line of drink and the answers after it. */
export function readDrinkRates(model: TranscriptModel): DrinkRate[] {
  const rates: DrinkRate[] = [];
  model.lines.forEach((line, i) => {
    const text = line.tokens.join(' ');
    if (!DRINK_RE.test(text) || FLUIDS_RE.test(text)) return;
    for (const said of model.lines.slice(i, i + 1 + ANSWER_REACH)) {
      // A later line about something else ("i take my tablets twice a day") is not the drink's answer.
      if (said !== line && said.role !== 'patient') break;
      rates.push(...readRates(said.text, said.line));
    }
  });
  return rates;
}

/** The note's drinking frequencies, each with the rates the conversation gives, when none is near it. */
export function checkDrinkFrequency(statement: string, said: readonly DrinkRate[]): { phrase: string; reason: string; lines: number[] }[] {
  if (said.length === 0) return [];
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  // Only a clause that speaks of drink: "takes iron twice daily, drinks socially" gives the iron's frequency.
  for (const clause of statement.toLowerCase().split(/[.;,]\s|\band\b|\bbut\b/)) {
    if (!DRINK_RE.test(clause) || FLUIDS_RE.test(clause) || /\b(?:no|not|never|denies|nil|none)\b/.test(clause)) continue;
    for (const claim of readRates(clause, 0)) {
      if (said.some((r) => r.low <= claim.high * SLACK && claim.low <= r.high * SLACK)) continue;
      const told = [...new Set(said.map((r) => r.text))].slice(0, 3).join(', ');
      problems.push({ phrase: claim.text, reason: `the note says the patient drinks "${claim.text}", but the transcript's talk of drink says ${told}`, lines: said.map((r) => r.line) });
    }
  }
  return problems;
}
