/**
 * A fixed-dose combination is written by its parts ("sacubitril-valsartan", "fluticasone/salmeterol",
 * "hydrocodone-acetaminophen") and said by its brand ("Entresto", "Advair", "Norco"). The drug table lists a
 * combination's brand under one part only, so the other part would read as a drug nobody named. A part written joined
 * to a partner the transcript names by a combination's brand is the same product; a partner said only by its generic
 * name vouches for nothing ("lisinopril" said does not support "lisinopril-HCTZ").
 */
import { findMedicationsInTokens, type MedicationMention, type TranscriptWords } from './medication-check.js';
import { splitTokens } from './tokenize.js';

/** How the parts of a combination are written together: "sacubitril-valsartan", "amoxicillin / clavulanate". */
const JOINED_BY = '\\s*[-/]\\s*';

function escapeName(name: string): string {
  return name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
}

/**
 * The drugs written joined to this one by a hyphen or a slash. Only those: a drug added beside another ("Advair and
 * montelukast", "Lantus, metformin") is a second drug, not a part of the first.
 */
function listPartners(mentions: readonly MedicationMention[], text: string, at: MedicationMention): MedicationMention[] {
  const joined = (a: MedicationMention, b: MedicationMention) => new RegExp(`\\b${escapeName(a.name)}${JOINED_BY}${escapeName(b.name)}\\b`, 'i').test(text);
  return mentions.filter((m) => m !== at && (joined(m, at) || joined(at, m)));
}

/**
 * Brands of fixed-dose combinations that the drug table files under one part. Only these vouch for a partner: a
 * single drug's short name ("cipro") does not make "ciprofloxacin-metoprolol interaction" one product.
 */
const COMBINATION_BRANDS = new Set([
  'entresto', 'advair', 'seretide', 'symbicort', 'norco', 'vicodin', 'percocet', 'sinemet', 'bactrim', 'septra', 'augmentin',
  'hyzaar', 'zestoretic', 'janumet', 'truvada', 'vytorin', 'combivent', 'duoneb', 'tylenol 3', 'co codamol', 'co amoxiclav',
]);

/** Whether the transcript names the drug by the brand of a combination it is part of. */
function isSaidByCombinationBrand(mention: MedicationMention, transcript: TranscriptWords): boolean {
  return mention.aliases.some((alias) => COMBINATION_BRANDS.has(alias) && transcript.joined.includes(` ${alias} `));
}

/** Whether a drug of the statement is written as part of a combination whose partner the transcript names by brand. */
export function isPartOfSaidCombination(mention: MedicationMention, statement: string, transcript: TranscriptWords): boolean {
  const tokens = splitTokens(statement).map((t) => t.replace(/'s$/, ''));
  const mentions = findMedicationsInTokens(tokens);
  const here = mentions.find((m) => m.name === mention.name);
  if (!here) return false;
  return listPartners(mentions, statement, here).some((partner) => isSaidByCombinationBrand(partner, transcript));
}
