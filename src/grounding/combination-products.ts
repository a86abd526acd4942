/**
 * A fixed-dose combination is written by its parts ("sacubitril-valsartan", "fluticasone/salmeterol",
 * "hydrocodone-acetaminophen") and said by its brand ("Entresto", "Advair", "Norco"). The drug table lists a
 * combination's brand under one part only, so the other part would read as a drug nobody named. A part written joined
 * to a partner the transcript names by a brand is the same product; a partner said only by its generic name vouches
 * for nothing ("lisinopril" said does not support "lisinopril-HCTZ").
 */
import { findMedicationsInTokens, type MedicationMention, type TranscriptWords } from './medication-check.js';
import { splitTokens } from './tokenize.js';

/** Tokens that may stand between the two parts of a combination as written ("amoxicillin / clavulanate", "X + Y"). */
const JOINERS = new Set(['/', '+', '-', 'and']);

/** The drugs written right beside each other, joined by a hyphen, a slash or a plus. */
function listPartners(mentions: readonly MedicationMention[], tokens: readonly string[], at: MedicationMention): MedicationMention[] {
  const joined = (a: MedicationMention, b: MedicationMention) => {
    const gap = tokens.slice(a.index + a.length, b.index);
    return gap.length <= 1 && gap.every((t) => JOINERS.has(t));
  };
  return mentions.filter((m) => m !== at && (joined(m, at) || joined(at, m)));
}

/** Whether the transcript says a brand of the drug: one of its names other than the written one and its generic. */
function isSaidByBrand(mention: MedicationMention, transcript: TranscriptWords): boolean {
  const generic = mention.aliases[0];
  return mention.aliases.some((alias) => alias !== generic && alias !== mention.name && transcript.joined.includes(` ${alias} `));
}

/** Whether a drug of the statement is written as part of a combination whose partner the transcript names by brand. */
export function isPartOfSaidCombination(mention: MedicationMention, statement: string, transcript: TranscriptWords): boolean {
  const tokens = splitTokens(statement).map((t) => t.replace(/'s$/, ''));
  const mentions = findMedicationsInTokens(tokens);
  const here = mentions.find((m) => m.name === mention.name);
  if (!here) return false;
  return listPartners(mentions, tokens, here).some((partner) => isSaidByBrand(partner, transcript));
}
