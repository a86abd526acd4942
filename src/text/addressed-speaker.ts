/**
 * "You must be Dana. And you brought someone?" … "How old are you now, Dana?": when the words have named no patient
 * (a woman at a genetics clinic speaks of her mother's and her aunt's cancers as much as of herself, her sister beside
 * her does the same), the one the clinician greets or asks by first name is the patient, as the clinician treats them.
 * A parent or an owner the clinician calls by name speaks more of the child or the animal than of themself, so only
 * someone who speaks of themself at least as often as of anyone else is taken.
 */
import { roleFromLabel } from './speaker-labels.js';

/** Words before a name that speak to its bearer: "Hi Dana", "Thanks, Dana", "You must be Dana". */
const GREETING_BEFORE = /(?:\b(?:hi|hello|hey|morning|afternoon|evening|thanks|thank you|welcome|bye|goodbye|you must be|are you|meet you|see you|sorry)\s*,?\s*|(?:^|[.?!:]\s+|,\s*))$/i;
/** What follows a name that is spoken to: a comma, a question mark, the sentence's end. */
const VOCATIVE_AFTER = /^\s*(?:[,?!.;]|$)/;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b/gi;
const ABOUT_SOMEONE = /\b(?:he|she|he's|she's|him|his|her|they're)\b/gi;

/** The first name a label gives ("dana pruitt" → "Dana"), or undefined for a role, an id or an initial. */
function firstNameOf(key: string): string | undefined {
  const first = key.split(' ')[0] ?? '';
  if (!/^[a-z][a-z'-]{1,20}$/.test(first) || roleFromLabel(first) !== undefined || /^(?:speaker|spk|person|voice|guest|unknown|participant)$/.test(first)) return undefined;
  return first[0]!.toUpperCase() + first.slice(1);
}

/** How many times the texts speak to the name (greet it, ask it, thank it), not of it. */
function countAddresses(texts: readonly string[], name: string): number {
  const at = new RegExp(`\\b${name}\\b`, 'g');
  let n = 0;
  for (const text of texts) {
    for (const m of text.matchAll(at)) {
      const before = text.slice(0, m.index);
      if (GREETING_BEFORE.test(before) && VOCATIVE_AFTER.test(text.slice(m.index + name.length))) n++;
    }
  }
  return n;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * The one among `candidates` (label keys) the clinicians speak to by first name more often than to anyone else, who
 * speaks of themself at least as often as of others; undefined when no one is so addressed.
 */
export function findAddressedSpeaker(byLabel: ReadonlyMap<string, string[]>, clinicians: readonly string[], candidates: readonly string[]): string | undefined {
  const clinicianNames = new Set(clinicians.map(firstNameOf));
  const said = clinicians.flatMap((k) => byLabel.get(k) ?? []);
  const named = candidates.flatMap((key) => {
    const name = firstNameOf(key);
    return name && !clinicianNames.has(name) ? [{ key, name, count: countAddresses(said, name) }] : [];
  });
  // Two companions of one first name leave it open.
  if (new Set(named.map((c) => c.name)).size < named.length) return undefined;
  const ranked = named.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const top = ranked[0];
  if (!top || (ranked[1] && ranked[1].count === top.count)) return undefined;
  const all = (byLabel.get(top.key) ?? []).join(' ');
  const self = countMatches(all, FIRST_PERSON);
  return self >= 3 && self >= countMatches(all, ABOUT_SOMEONE) ? top.key : undefined;
}
