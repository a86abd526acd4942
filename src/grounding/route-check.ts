/**
 * How a medicine goes in: "fentanyl 25 mcg IM" where the conversation gave it "IV", "ondansetron SL" where it was
 * "into the vein". A swapped route changes no drug name and no number, so the other checks never see it. Judged
 * only where the conversation gives the same medicine a route: a route it never says for the drug is the
 * prescriber's to write.
 */
import { findMedications, findMedicationsInTokens } from './medication-check.js';
import { splitTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface RouteProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

interface Route { name: string; written: RegExp; said: RegExp }

/** Each route as a note writes it (after its shorthand is read: "PO" is "by mouth") and as a conversation says it. */
const ROUTES: readonly Route[] = [
  { name: 'IV', written: /\b(?:iv|ivp|intravenous(?:ly)?)\b/i, said: /\b(?:iv|intravenous(?:ly)?|(?:in|into) (?:the|your|a) vein|through the drip|through (?:the|your) line)\b/i },
  { name: 'IM', written: /\b(?:im|intramuscular(?:ly)?)\b/i, said: /\b(?:im|intramuscular(?:ly)?|(?:in|into) (?:the|your) muscle)\b/i },
  { name: 'subcutaneous', written: /\b(?:sc|sq|subcut|subq|subcutaneous(?:ly)?)\b/i, said: /\b(?:subcut\w*|sub q|subq|under the skin)\b/i },
  { name: 'sublingual', written: /\b(?:sl|sublingual(?:ly)?)\b/i, said: /\b(?:sublingual\w*|under (?:the|your) tongue)\b/i },
  { name: 'intranasal', written: /\b(?:intranasal(?:ly)?|IN)\b/, said: /\b(?:intranasal\w*|up the nose|in(?:to)? (?:the|your) nose|nasal spray)\b/i },
  // A cream or an ointment goes on the skin: the note must say so in words ("applied topically"), since "cream" names
  // the form, not where it goes; a conversation tells it by the form too ("it's a cream, it goes on the skin").
  { name: 'on the skin', written: /\b(?:topical(?:ly)?|applied to the skin|to the skin)\b/i, said: /\b(?:topical\w*|creams?|ointments?|gels?|on (?:the|your|his|her) skin|rub (?:it )?in)\b/i },
  // An inhaler or a nebuliser takes the medicine in by breath: "salbutamol inhaler, 2 puffs" is not "salbutamol tablets".
  { name: 'inhaled', written: /\b(?:inhaled|inhaler|inhalers|inhalation|nebuli[sz]ed|nebuli[sz]er|nebs?|puffs?|mdi|dpi)\b/i, said: /\b(?:inhal\w*|puffs?|nebuli[sz]\w*|nebs?|spacer|pump)\b/i },
  { name: 'by mouth', written: /\b(?:by mouth|orally|oral)\b/i, said: /\b(?:by mouth|orally|oral|swallow\w*|chew\w*|tablets?|pills?|capsules?)\b/i },
];

/** What is said of one medicine: from its name to the next medicine's name or the end of the sentence. */
function readDrugSpans(text: string, aliases: readonly string[]): string[] {
  const tokens = splitTokens(text);
  const drugs = findMedicationsInTokens(tokens);
  const spans: string[] = [];
  drugs.forEach((d, k) => {
    if (!d.aliases.some((a) => aliases.includes(a.toLowerCase()))) return;
    // "IV fentanyl": the word just before the name may be its route ("… five milligrams iv and metoclopramide": the
    // "iv" two words back is the drug before's).
    const start = d.index > 0 && /^[a-z]+$/.test(tokens[d.index - 1] ?? '') ? d.index - 1 : d.index;
    const next = drugs[k + 1]?.index ?? tokens.length;
    const stop = tokens.slice(d.index, next).findIndex((t) => ['.', '?', '!', ';'].includes(t));
    spans.push(tokens.slice(start, stop < 0 ? next : d.index + stop).join(' '));
  });
  return spans;
}

/** "it goes on the skin, not a tablet": a route the conversation says it is not is no route it gives. */
function dropDenied(span: string): string {
  return span.replace(/\b(?:not|never|rather than|instead of)\s+(?:(?:a|an|the|by|as|in|into|under|through)\s+)?(?:\w+\s+)?\w+/g, ' ');
}

export function checkRoutes(statement: string, model: TranscriptModel): RouteProblem[] {
  const problems: RouteProblem[] = [];
  for (const mention of findMedications(statement)) {
    const aliases = mention.aliases.map((a) => a.toLowerCase());
    const written = readDrugSpans(statement, aliases).flatMap((span) => ROUTES.filter((r) => r.written.test(span)));
    if (written.length !== 1) continue;
    const route = written[0] as Route;
    const said = model.lines.filter((l) => l.line > 0).flatMap((l) => readDrugSpans(l.text, aliases).map((span) => ({ line: l.line, routes: ROUTES.filter((r) => r.said.test(dropDenied(span))) })));
    const routed = said.filter((s) => s.routes.length > 0);
    if (routed.length === 0 || routed.some((s) => s.routes.includes(route))) continue;
    const others = [...new Set(routed.flatMap((s) => s.routes.map((r) => r.name)))];
    problems.push({ phrase: `${mention.name} ${route.name}`, reason: `the note gives ${mention.name} ${route.name}, but the conversation gives it ${others.join(' or ')}`, lines: routed.map((s) => s.line) });
  }
  return problems;
}
