/**
 * Reads the development set of varied encounters (test/eval/devset/*.txt) and scores a note against each one's key
 * facts. A key fact is a short canonical phrase (with `|`-separated alternatives) that must appear in the note's
 * section after normalisation: lower case, spelled numbers as digits, units abbreviated, a few function words
 * dropped, a trailing plural "s" removed. Its words must appear in order within one clause with at most
 * MAX_GAP other words between neighbours, and a positive fact does not count where a negation ("no", "denies")
 * stands just before it. A fact's "no" is met by "denies" ("Denies fever" states "no fever"), "N/10" reads as
 * "N out of 10" and "kilos" as "kg". A token ending in `*` matches any word it starts.
 */
import { convertSpelledNumbers } from '../../src/text/spelled-numbers.js';
import { SECTIONS, type Section } from '../../src/note/sections.js';

export interface KeyFact { section: Section; text: string; alternatives: string[][] }

export interface Encounter {
  id: string;
  title: string;
  /** `dev` to develop against; `heldout` and `fresh` only to measure (see devset/README.md). */
  split: string;
  specialty: string;
  source: string;
  facts: KeyFact[];
  transcript: string;
}

export interface FactResult { fact: KeyFact; inSection: boolean; anywhere: boolean; foundIn?: Section }

export interface EncounterScore {
  facts: FactResult[];
  /** Sections that have at least one key fact. */
  sectionsWithFacts: Section[];
  /** Of those, the ones the note left empty. */
  emptySections: Section[];
}

const HEADER_KEYS: Record<string, Section> = { s: 'subjective', o: 'objective', a: 'assessment', p: 'plan' };
const MAX_GAP = 3;
const NEGATION_WINDOW = 3;
const NEGATIONS = new Set(['no', 'not', 'denies', 'deny', 'denied', 'without', 'never', 'negative', 'none']);
const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'of', 'and', 'to', 'with', 'has', 'have',
  'had', 'her', 'his', 'their', 'he', 'she', 'they', 'it', 'its', 'at', 'on', 'in', 'for', 'by', 'patient', 'this', 'that']);
const UNITS: Record<string, string> = {
  milligrams: 'mg', milligram: 'mg', micrograms: 'mcg', microgram: 'mcg', percent: '%', pounds: 'lb', pound: 'lb',
  lbs: 'lb', centimeters: 'cm', centimeter: 'cm', millimeters: 'mm', millimeter: 'mm', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', kilo: 'kg',
  milliliters: 'ml', milliliter: 'ml', degrees: 'degree', bpm: 'bpm', mmhg: 'mmhg',
};

/** Parses one encounter file: `# key: value` header lines, a `---` line, then the transcript. */
export function parseEncounter(id: string, text: string): Encounter {
  const cut = text.indexOf('\n---\n');
  if (cut < 0) throw new Error(`${id}: no "---" line between the header and the transcript`);
  const header = text.slice(0, cut).split('\n');
  const fields: Record<string, string> = {};
  const facts: KeyFact[] = [];
  for (const line of header) {
    const m = /^#\s*([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const section = HEADER_KEYS[key];
    if (!section) {
      fields[key] = m[2]!.trim();
      continue;
    }
    for (const raw of m[2]!.split(';').map((f) => f.trim()).filter((f) => f !== '')) {
      if (/\*\w/.test(raw)) throw new Error(`${id}: "*" may only end a word, in "${raw}"`);
      const alternatives = raw.split('|').map((alt) => normaliseTokens(alt).filter((t) => t !== ',')).filter((a) => a.length > 0);
      facts.push({ section, text: raw, alternatives });
    }
  }
  const split = fields.split ?? 'dev';
  return {
    id, title: fields.title ?? id, split, specialty: fields.specialty ?? 'generic', source: fields.source ?? '', facts,
    transcript: text.slice(cut + 5),
  };
}

const NOT_PLURAL = new Set(['does', 'yes', 'less', 'always', 'perhaps', 'plus', 'sometimes', 'times']);

function stem(token: string): string {
  if (token.endsWith('*') || token.length <= 3 || /\d/.test(token) || NOT_PLURAL.has(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  // "headaches", "aches": the singular ends in -che, so only the "s" goes.
  if (/aches$/.test(token)) return token.slice(0, -1);
  if (/(?:sh|ch|x|z|ss)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us') && !token.endsWith('is')) return token.slice(0, -1);
  return token;
}

/** Lower case, digits for spelled numbers, short units, no function words, singular nouns. */
export function normaliseTokens(text: string): string[] {
  const spaced = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/'s\b/g, '')
    .replace(/n't\b/g, " n't")
    .replace(/(\d)\s*%/g, '$1 %')
    // "Pain 9/10" states what "9 out of 10" does.
    .replace(/(\d)\s*\/\s*10\b/g, '$1 out of 10')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9/.%*', ]+/g, ' ')
    .replace(/(^|\s)'|'(?=\s|$)/g, ' ');
  const raw = spaced.split(/\s+/).filter((t) => t !== '');
  return convertSpelledNumbers(raw, { maxGluedHead: 9 })
    .map((t) => (t === "n't" ? 'not' : UNITS[t] ?? t))
    .filter((t) => !STOP.has(t))
    .map(stem);
}

/** Facts are written without commas; a note's commas only separate, and stop a negation's reach. */
function tokenMatches(want: string, got: string): boolean {
  // "Denies fever" states the fact "no fever".
  if (want === 'no') return got === 'no' || DENIALS.has(got);
  return want.endsWith('*') ? got.startsWith(want.slice(0, -1)) : want === got;
}
const DENIALS = new Set(['denies', 'deny', 'denied', 'denying']);

/** True when `want` appears in order in `clause` with small gaps, and not right after a negation unless it has one. */
export function matchesPhrase(clause: readonly string[], want: readonly string[]): boolean {
  if (want.length === 0) return false;
  const negatedFact = want.some((t) => NEGATIONS.has(t));
  for (let start = 0; start < clause.length; start++) {
    if (!tokenMatches(want[0]!, clause[start]!)) continue;
    let at = start;
    let ok = true;
    for (const w of want.slice(1)) {
      let next = -1;
      for (let j = at + 1; j <= Math.min(clause.length - 1, at + 1 + MAX_GAP); j++) {
        if (tokenMatches(w, clause[j]!)) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        ok = false;
        break;
      }
      at = next;
    }
    if (!ok) continue;
    // A negation just before a symptom denies it; before a number ("not better in 3 to 4 days") it does not.
    const lead = clause.slice(0, start);
    const before = lead.slice(lead.lastIndexOf(',') + 1).slice(-NEGATION_WINDOW);
    // "not" negates a verb, so it counts only right before the fact ("does not have fever"), unlike "no"/"denies".
    const negated = before.some((t, k) => NEGATIONS.has(t) && (t !== 'not' || before.length - k <= 2));
    if (!negatedFact && !/^\d/.test(want[0]!) && negated) continue;
    return true;
  }
  return false;
}

/** Clauses of a section: lines, sentences and semicolon parts (a decimal point does not end a sentence). */
export function splitClauses(text: string): string[][] {
  // "Dr." and "Mr." do not end a clause.
  const guarded = text.replace(/\b(dr|mr|mrs|ms|st|vs)\./gi, '$1');
  return guarded.split(/\n|;|(?<!\d)\.|\.(?!\d)|[?!]/).map(normaliseTokens).filter((c) => c.length > 0);
}

export function factInText(fact: KeyFact, text: string): boolean {
  // (commas stay in the note's clauses as separators; a fact's own commas are dropped)
  const clauses = splitClauses(text);
  return fact.alternatives.some((alt) => clauses.some((c) => matchesPhrase(c, alt)));
}

export function scoreEncounter(note: Record<Section, string>, encounter: Encounter): EncounterScore {
  const facts = encounter.facts.map((fact): FactResult => {
    const inSection = factInText(fact, note[fact.section]);
    const foundIn = inSection ? fact.section : SECTIONS.find((s) => factInText(fact, note[s]));
    return { fact, inSection, anywhere: foundIn !== undefined, ...(foundIn ? { foundIn } : {}) };
  });
  const sectionsWithFacts = SECTIONS.filter((s) => encounter.facts.some((f) => f.section === s));
  return { facts, sectionsWithFacts, emptySections: sectionsWithFacts.filter((s) => note[s].trim() === '') };
}
