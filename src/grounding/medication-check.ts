import { CLASS_NAMES, COMBINATION_PARTS, INDICATIONS, KIND_MEMBERS, MEDICATION_GROUPS, type Indication } from './medication-names.js';
import { splitTokens } from './tokenize.js';

/** Endings that mark a word as a drug name even when it is not in the built-in list. */
const DRUG_SUFFIX_RE =
  /(?:pril|olol|alol|ilol|sartan|statin|cillin|mycin|micin|azole|tidine|formin|dipine|gliptin|gliflozin|glutide|oxacin|cycline|triptan|lukast|afil|parin|xaban|gatran|semide|thiazide|olone|isone|asone|zepam|zolam|barbital|tropium|terol|navir|ciclovir|tinib|mab|profen|coxib|caine|dronate|setron|oxetine|pramine|triptyline|apine|idone|gabalin|azosin|osin)$/;

/** Everyday or clinical words that happen to end like a drug. */
const NOT_DRUGS = new Set([
  'cholesterol', 'statin', 'statins', 'antibiotic', 'cocaine', 'novocaine', 'fashion', 'cousin', 'raisin', 'basin', 'resin',
  'rosin', 'moccasin', 'assassin', 'nicotine', 'caffeine', 'routine', 'pertussin', 'tretin', 'poison', 'ovarian',
  'mycin', 'bacterol', 'oxacin', 'sterol', 'fantasine',
]);

const MIN_SUFFIX_WORD = 7;

interface NameEntry {
  words: string[];
  group: number;
}

/** First word of each name → the names starting with it, built once. */
const NAME_INDEX: ReadonlyMap<string, NameEntry[]> = (() => {
  const index = new Map<string, NameEntry[]>();
  MEDICATION_GROUPS.forEach((names, group) => {
    for (const name of names) {
      const words = splitTokens(name);
      const first = words[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ words, group });
      index.set(first, list);
    }
  });
  return index;
})();

export interface MedicationMention {
  name: string;
  /** Every spelling that counts as the same drug (generic and brands). */
  aliases: string[];
  /** Token position of the first word and how many tokens the name spans. */
  index: number;
  length: number;
}

function listAliases(group: number): string[] {
  return (MEDICATION_GROUPS[group] ?? []).map((name) => splitTokens(name).join(' '));
}

/** Drug names mentioned in a piece of text: listed names (longest match) and drug-looking words, once each. */
export function findMedications(text: string): MedicationMention[] {
  const found = new Map<string, MedicationMention>();
  for (const mention of findMedicationsInTokens(splitTokens(text))) if (!found.has(mention.name)) found.set(mention.name, mention);
  return [...found.values()];
}

/** Every drug-name mention in a token list, with its position. */
export function findMedicationsInTokens(rawTokens: readonly string[]): MedicationMention[] {
  const tokens = rawTokens.map((t) => t.replace(/'s$/, ''));
  const found: MedicationMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const entries = NAME_INDEX.get(token) ?? [];
    const match = entries
      .filter((entry) => entry.words.every((word, k) => tokens[i + k] === word))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (match) {
      found.push({ name: match.words.join(' '), aliases: listAliases(match.group), index: i, length: match.words.length });
      i += match.words.length - 1;
      continue;
    }
    if (token.length >= MIN_SUFFIX_WORD && DRUG_SUFFIX_RE.test(token) && !NOT_DRUGS.has(token)) {
      found.push({ name: token, aliases: [token], index: i, length: 1 });
    }
  }
  return found;
}

/** Levenshtein distance, giving up early once it exceeds `limit` (names are short, so this stays cheap). */
function isWithinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}

/** What the medication check needs from the transcript, computed once. */
export interface TranscriptWords {
  /** Space-joined tokens with a space on each side, for phrase look-ups. */
  joined: string;
  /** Single words and adjacent pairs glued together, for catching ASR splits like "lysine april". */
  candidates: string[];
  /** What the patient takes a drug for without naming it ("something for my blood pressure"): rows of INDICATIONS. */
  purposes: ReadonlySet<Indication>;
}

export function indexTranscriptWords(transcript: string): TranscriptWords {
  const tokens = splitTokens(transcript).map((t) => t.replace(/'s$/, ''));
  const words = new Set<string>();
  tokens.forEach((token, i) => {
    if (/^[a-z]/.test(token)) words.add(token);
    const next = tokens[i + 1];
    if (next && /^[a-z]+$/.test(token) && /^[a-z]+$/.test(next)) words.add(token + next);
  });
  return { joined: ` ${tokens.join(' ')} `, candidates: [...words].filter((w) => w.length >= 5), purposes: readPurposes(transcript, tokens) };
}

/**
 * What the drugs the conversation names are taken for: "I take a Rennie if I need to" speaks of heartburn, "my
 * amlodipine" of blood pressure. A drug named as an allergy says nothing of what the patient has.
 */
export function readTreatedPurposes(transcript: string): Set<Indication> {
  const treated = new Set<Indication>();
  for (const line of transcript.split('\n')) {
    if (/allerg|react/i.test(line)) continue;
    const names = findMedicationsInTokens(splitTokens(line).map((t) => t.replace(/'s$/, ''))).flatMap((m) => m.aliases);
    for (const row of INDICATIONS) if (names.some((name) => isTakenFor(name, row))) treated.add(row);
  }
  return treated;
}

function isTakenFor(name: string, indication: Indication): boolean {
  return indication.drugs.includes(name) || (indication.endings?.test(name) ?? false);
}

const MEDICINE_WORD = "(?:something|tablets?|pills?|medications?|medicines?|meds|sprays?|inhalers?|creams?|drugs?|injections?|capsules?|one)";
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "a tablet for my blood pressure", and the purpose said first: "my blood pressure tablets", "a cholesterol pill".
const PURPOSE_RES: readonly RegExp[] = INDICATIONS.map((row) => {
  const purpose = `(?:${row.for.map(escapeRe).join('|')})`;
  return new RegExp(`\\b${MEDICINE_WORD}(?: (?!which|that|been|used|is|was)[a-z']+){0,2} for (?:[a-z']+ ){0,2}${purpose} | (?:my|the|a|some|your|his|her) ${purpose} ${MEDICINE_WORD} `);
});

/**
 * The purposes the conversation gives a drug it takes and does not name (not a drug described: "a medication which has
 * been used for diabetes" is a study drug, not the patient's): "I take something for the IBS, it begins with an M"
 * supports the mebeverine a note lists. Read only from sentences that name no drug, and only when the conversation
 * names none of the drugs taken for that purpose anywhere ("a tablet for my blood pressure — amlodipine" supports
 * amlodipine alone, so a note's ramipril stays unsupported).
 */
function readPurposes(transcript: string, tokens: readonly string[]): Set<Indication> {
  const named = findMedicationsInTokens(tokens).flatMap((m) => m.aliases);
  const said = new Set<Indication>();
  for (const sentence of transcript.split(/[.!?\n]+/)) {
    const words = splitTokens(sentence).map((t) => t.replace(/'s$/, ''));
    if (words.length === 0 || findMedicationsInTokens(words).length > 0) continue;
    const joined = ` ${words.join(' ')} `;
    INDICATIONS.forEach((row, i) => {
      if ((row.phrases ?? []).some((p) => joined.includes(` ${p} `)) || PURPOSE_RES[i]?.test(joined)) said.add(row);
    });
  }
  for (const row of said) if (named.some((name) => isTakenFor(name, row))) said.delete(row);
  return said;
}

/** Each drug name → the class phrases that support it, tokenised like the transcript. */
const CLASSES_OF: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [classes, names] of CLASS_NAMES) for (const name of names) {
    const key = splitTokens(name).join(' ');
    map.set(key, [...(map.get(key) ?? []), ...classes.map((c) => splitTokens(c).join(' '))]);
  }
  return map;
})();

/** The transcript names the drug's class in the words people use for it ("a steroid cream" for Betnovate). */
function isClassSaid(mention: MedicationMention, transcript: TranscriptWords): boolean {
  return mention.aliases.some((alias) => (CLASSES_OF.get(alias) ?? []).some((c) => transcript.joined.includes(` ${c} `)));
}

/** True when the transcript names the drug, a brand/generic partner, its everyday class, or something one or two letters off. */
export function isMedicationSupported(mention: MedicationMention, transcript: TranscriptWords): boolean {
  if (mention.aliases.some((alias) => transcript.joined.includes(` ${alias} `))) return true;
  if (isClassSaid(mention, transcript)) return true;
  if ((KIND_MEMBERS[mention.name] ?? []).some((member) => transcript.joined.includes(` ${member} `))) return true;
  const parts = mention.aliases.map((alias) => COMBINATION_PARTS[alias]).find((p) => p !== undefined);
  if (parts?.every((names) => names.some((name) => transcript.joined.includes(` ${name} `)))) return true;
  if (mention.aliases.some((alias) => [...transcript.purposes].some((row) => isTakenFor(alias, row)))) return true;
  return mention.aliases.some((alias) => {
    if (alias.includes(' ') || alias.length < 6) return false;
    const limit = alias.length >= 9 ? 2 : 1;
    return transcript.candidates.some((word) => word[0] === alias[0] && isWithinEditDistance(alias, word, limit));
  });
}
