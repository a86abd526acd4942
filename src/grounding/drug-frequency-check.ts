/**
 * A medicine's frequency is the one said with that medicine: "methotrexate 15 mg once daily" where the conversation
 * says "15 milligrams once a week, on Mondays". The general frequency check judges a count only where the
 * conversation counts that period somewhere; a drug taken weekly and written daily has no daily count to meet it.
 */
import { readFrequencies, readOnces, readTranscriptFrequencies, type Frequency, type FrequencyProblem } from './frequency-check.js';
import { findMedicationsInTokens } from './medication-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

function readAll(tokens: readonly string[], line: number): Frequency[] {
  return [...readFrequencies(tokens, line), ...readOnces(tokens, line)];
}

/** The frequencies a text gives each drug: those said after its name and before the next drug's. */
function readDrugFrequencies(tokens: readonly string[], line: number): { aliases: readonly string[]; said: Frequency }[] {
  const drugs = findMedicationsInTokens(tokens);
  return drugs.flatMap((drug, k) => readAll(tokens.slice(drug.index + drug.length, drugs[k + 1]?.index ?? tokens.length), line).map((said) => ({ aliases: drug.aliases, said })));
}

/** The times of day a dose is taken at, each its own slot ("at night" and "at bedtime" are one). */
const DAY_SLOTS: readonly [string, RegExp][] = [
  ['morning', /\b(?:morning|mornings|breakfast)\b/], ['midday', /\b(?:midday|noon|lunchtime|lunch)\b/], ['afternoon', /\bafternoons?\b/],
  ['evening', /\b(?:evening|evenings|teatime|dinnertime)\b/], ['night', /\b(?:night|nights|nighttime|bedtime)\b/],
];

/**
 * "Two tablets in the morning and two at night": doses at two times of day are twice a day. Read in the
 * conversation only, as support: each time alone still reads as once.
 */
function readTimesOfDay(tokens: readonly string[], line: number): Frequency[] {
  const text = tokens.join(' ');
  const slots = DAY_SLOTS.filter(([, re]) => re.test(text)).length;
  return slots >= 2 ? [{ low: slots, high: slots, period: 'day', text: `${slots} times of day`, line, uncounted: true }] : [];
}

/**
 * What the conversation says of the drug's frequency: after its name in the lines that name it ("cut down the codeine
 * … Laxido sachets, one a day" gives Laxido's), and in the replies to those lines.
 */
function readHeardForDrug(aliases: readonly string[], model: TranscriptModel): Frequency[] {
  const names = new Set(aliases.map((a) => a.toLowerCase()));
  const isOurs = (d: { aliases: readonly string[] }) => d.aliases.some((a) => names.has(a.toLowerCase()));
  const heard: Frequency[] = [];
  model.lines.forEach((line, i) => {
    const tokens = normaliseTokens(line.text);
    if (!findMedicationsInTokens(tokens).some(isOurs)) return;
    heard.push(...readDrugFrequencies(tokens, line.line).filter(isOurs).map((d) => d.said), ...readTimesOfDay(tokens, line.line));
    const reply = model.lines[i + 1];
    if (reply && reply.turn === line.turn + 1) heard.push(...readAll(normaliseTokens(reply.text), reply.line));
  });
  return heard;
}

/**
 * Whether every count the conversation gives that meets the claim belongs to other drugs: "furosemide once a day …
 * apixaban twice a day" does not support "apixaban once daily". A count belongs to another drug when its line names
 * only other drugs and follows one of them, or when it is the reply to such a line and names none itself.
 */
function isMetOnlyByOtherDrugs(claim: Frequency, aliases: readonly string[], model: TranscriptModel): boolean {
  const names = new Set(aliases.map((a) => a.toLowerCase()));
  const isOurs = (d: { aliases: readonly string[] }) => d.aliases.some((a) => names.has(a.toLowerCase()));
  // Only counts said with a number weigh ("every morning" may be the weighing, not a drug).
  const meets = (h: Frequency) => !h.uncounted && h.period === claim.period && h.low <= claim.high && claim.low <= h.high;
  return model.lines.every((line, i) => {
    const tokens = normaliseTokens(line.text);
    if (!readAll(tokens, line.line).some(meets)) return true;
    const drugs = findMedicationsInTokens(tokens);
    // Each count in a line of drugs belongs to the drug before it; one before any drug to none.
    if (drugs.length > 0) return !readAll(tokens.slice(0, drugs[0]!.index), line.line).some(meets) && !readDrugFrequencies(tokens, line.line).some((d) => isOurs(d) && meets(d.said));
    const asked = model.lines[i - 1];
    if (!asked || asked.turn !== line.turn - 1) return false;
    const askedDrugs = findMedicationsInTokens(normaliseTokens(asked.text));
    return askedDrugs.length > 0 && !askedDrugs.some(isOurs);
  });
}

export function checkDrugFrequencies(statement: string, model: TranscriptModel): FrequencyProblem[] {
  const claims = readDrugFrequencies(normaliseTokens(statement), 0);
  if (claims.length === 0) return [];
  const anywhere = readTranscriptFrequencies(model);
  const problems: FrequencyProblem[] = [];
  for (const { aliases, said: claim } of claims) {
    // Where the conversation counts the claim's period, the general check judges it (and a count said of the drug's
    // misses in a reply that never names it, "3-4 nights a week", meets it).
    const heard = readHeardForDrug(aliases, model);
    if (heard.length === 0 || heard.some((h) => h.period === claim.period && h.low <= claim.high && claim.low <= h.high)) continue;
    // Unless the drug's own count for the period is another one and the claim's is said only of other drugs.
    const ownCount = heard.some((h) => h.period === claim.period && !h.uncounted);
    if (anywhere.some((h) => h.period === claim.period && !h.uncounted) && !(ownCount && isMetOnlyByOtherDrugs(claim, aliases, model))) continue;
    const told = [...new Set(heard.map((h) => h.text))].slice(0, 3).join(', ');
    problems.push({ phrase: claim.text, reason: `"${claim.text}" is not how often the transcript says ${aliases[0]} is taken (it says ${told})`, lines: heard.map((h) => h.line).filter((n) => n > 0) });
  }
  return problems;
}
