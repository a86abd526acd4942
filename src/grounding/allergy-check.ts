/**
 * Allergies: every allergen the note records (drug, food, latex, environmental) must be one the conversation (or the
 * clinical context) gives as an allergy — said in the turn of an allergy word or the one answering it — and any
 * reaction the note records must be said there too. "No known allergies" is contradicted by a stated allergy.
 */
import { splitTokens } from './tokenize.js';
import { findReply, type TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';
import { isAboutRelative, isAllergyDenied, isAllergyTalk, readStatedAllergens } from './allergy-statements.js';

const ALLERGY_STATEMENT_RE = /\ballerg|\bnkda\b|\bnka\b|\banaphyla|\bintoleran|\b(?:previous|prior|past|adverse|drug|medication|medicine) (?:drug )?reactions?\s*[:-]/i;
/**
 * "Previous reaction: vomiting with co-trimoxazole", "Drug reactions - swelling to ibuprofen": a heading of reactions
 * whose value names the reaction first and the drug after it.
 */
const REACTION_HEADING_RE = /\b(?:previous|prior|past|adverse|drug|medication|medicine) (?:drug )?reactions?\s*[:-]\s*([a-z][a-z ]{2,30}?)\s+(?:with|to|on|from|after)\s+([^.;,(]+)/gi;
const NO_ALLERGY_RE = /\b(?:nkda|nka|no known (?:drug )?allerg\w*|no (?:drug )?allergies|denies (?:any )?(?:drug |medication )?allergies|allergies\s*[:-]\s*(?:none|nil|nkda|no)\b|nil allergies|no allergy(?! test| clinic| referral| screen| work))/i;

/** Allergen names and the words that say the same thing in conversation. */
const ALLERGEN_WORDS: Readonly<Record<string, readonly string[]>> = {
  sulfa: ['sulfa', 'sulpha', 'sulfon', 'bactrim', 'septra', 'sulfamethoxazole'],
  nsaid: ['nsaid', 'ibuprofen', 'advil', 'motrin', 'naproxen', 'aleve', 'anti-inflammator', 'antiinflammator'],
  cephalosporin: ['cephalosporin', 'keflex', 'cephalexin', 'cefdinir', 'ceftriaxone'],
  penicillin: ['penicillin', 'amoxicillin', 'amoxycillin', 'augmentin', 'pcn'],
  shellfish: ['shellfish', 'shrimp', 'crab', 'lobster', 'seafood', 'prawn', 'oyster', 'clam', 'mussel'],
  nut: ['nut', 'nuts', 'peanut', 'almond', 'walnut', 'cashew', 'pecan', 'hazelnut'],
  contrast: ['contrast', 'dye', 'iodine'],
  sting: ['bee', 'bees', 'wasp', 'wasps', 'sting', 'stings', 'hornet', 'insect'],
  dust: ['dust', 'mite', 'mites'],
  dander: ['cat', 'cats', 'dog', 'dogs', 'dander', 'pet', 'pets', 'animal'],
  tape: ['tape', 'adhesive', 'plaster', 'bandage', 'sticky'],
  pollen: ['pollen', 'hay', 'grass', 'tree', 'trees', 'ragweed', 'seasonal'],
  egg: ['egg', 'eggs'],
  milk: ['milk', 'dairy', 'lactose'],
  statin: ['statin', 'statins', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'lipitor', 'crestor', 'zocor'],
};

const GENERIC = new Set(['drug', 'drugs', 'medication', 'medications', 'medicine', 'medicines', 'allergy', 'allergies', 'known', 'the', 'a', 'an', 'to', 'and', 'or', 'of', 'some', 'any', 'other', 'severe', 'mild', 'seasonal', 'also', 'reports', 'has', 'with', 'his', 'her', 'is', 'are', 'was', 'food', 'foods', 'certain', 'stings', 'sting']);

const REACTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  hives: ['hive', 'welt', 'bump', 'urticaria', 'rash'],
  rash: ['rash', 'spot', 'red', 'hive', 'break', 'broke', 'itch'],
  anaphylaxis: ['anaphyla', 'throat', 'breath', 'epipen', 'epi', 'hospital', 'swell', 'closing'],
  swelling: ['swell', 'swoll', 'puff'],
  'throat swelling': ['throat', 'swell', 'swoll', 'closing'],
  'lip swelling': ['lip', 'swell', 'swoll'],
  angioedema: ['angio', 'swell', 'swoll'],
  itching: ['itch', 'scratch'],
  nausea: ['nause', 'sick', 'queas'],
  vomiting: ['vomit', 'throw', 'sick'],
  'shortness of breath': ['breath', 'breathe'],
  wheezing: ['wheez', 'breath'],
};

export interface AllergyClaim {
  allergen: string;
  words: string[];
  reaction?: string;
}

/** "Allergies: not discussed", "Allergies - unknown": a history not taken names no allergen. */
const UNTAKEN_RE = /^(?:not (?:discussed|documented|recorded|asked|reviewed|obtained|assessed|elicited|stated|known)|unknown|unable to (?:obtain|assess)|n\/a)\b/i;

/** The allergens (and reactions) an allergy statement records; an empty list for "no known allergies". */
export function findAllergyClaims(statement: string): { none: boolean; claims: AllergyClaim[] } {
  if (!ALLERGY_STATEMENT_RE.test(statement)) return { none: false, claims: [] };
  // "Drug intolerance: sulfasalazine (rash). No allergies.": the intolerance is recorded all the same.
  if (NO_ALLERGY_RE.test(statement) && !/\ballergic to\b|\bintoleran(?:ce|cies)\s*[:-]/i.test(statement)) return { none: true, claims: [] };
  const claims: AllergyClaim[] = [];
  const add = (raw: string, reaction?: string) => {
    if (UNTAKEN_RE.test(raw.trim())) return;
    for (const piece of raw.split(/,|;|\/|\band\b|\bor\b/i)) {
      const allergen = piece.replace(/\(.*?\)/g, '').trim().toLowerCase();
      const words = splitTokens(allergen).filter((w) => /^[a-z]{3,}$/.test(w) && !GENERIC.has(w));
      if (words.length > 0 && words.length <= 4) claims.push({ allergen, words, ...(reaction ? { reaction } : {}) });
    }
  };
  const readReaction = (rest: string) => {
    const m = /\(([^)]+)\)|\b(?:(?:which |that )?(?:causes|caused|causing|triggers|triggered|gave)|with|results in|resulting in|reaction of|leading to|gives (?:him|her|them) )\s+([a-z ]{3,30})/i.exec(rest);
    return (m?.[1] ?? m?.[2])?.trim().toLowerCase();
  };
  for (const m of statement.matchAll(/\b(?:allergic to|allergy to|allergies to|allergies include|allergies\s*[:-]|allergy\s*[:-]|anaphylaxis to|allergic reaction to|intolerant (?:of|to)|intoleran(?:ce|cies)\s*[:-])\s+([^.;(]*?)(?=\s*(?:\(|\bwhich\b|\bcausing\b|\bcauses\b|\bwith\b|\bthat\b|\bresult|[.;]|$))/gi)) {
    // "Not allergic to penicillin", "denies being allergic to latex": an allergy ruled out is no allergy recorded.
    if (/\b(?:not|n't|never|no longer|denies(?: being)?|denied(?: being)?|without)\s+(?:(?:any|known|an|a)\s+)?$/i.test(statement.slice(0, m.index ?? 0))) continue;
    const rest = statement.slice((m.index ?? 0) + m[0].length);
    add(m[1] ?? '', readReaction(rest));
    for (const item of readLaterItems(rest)) add(item.allergen, item.reaction);
  }
  for (const m of statement.matchAll(REACTION_HEADING_RE)) add(m[2] ?? '', m[1]?.trim().toLowerCase());
  // "penicillin allergy", "iodine allergy with wheezing"
  for (const m of statement.matchAll(/\b([a-z][a-z-]+(?: [a-z][a-z-]+)?)\s+allerg(?:y|ies)\b/gi)) {
    if (/^(?:no|known|drug|any|food|seasonal|of|the|an?|and|reports|has|with|denies|to|due|for|from|by|his|her|their|my|your|environmental|multiple|several)$/i.test((m[1] ?? '').split(' ').pop() ?? '')) continue;
    // "no peanut allergy", "not a latex allergy": an allergy ruled out.
    if (/^(?:no|not|nil|without|denies|never)$/i.test((m[1] ?? '').split(' ')[0] ?? '') || /\b(?:no|not|nil|without|denies|never)\s+$/i.test(statement.slice(0, m.index ?? 0))) continue;
    add((m[1] ?? '').split(' ').filter((w) => !GENERIC.has(w.toLowerCase())).join(' '), readReaction(statement.slice((m.index ?? 0) + m[0].length)));
  }
  return { none: false, claims };
}

/**
 * "Allergies: latex (rash), eggs (vomiting)": after the first item's reaction the list goes on, each item with a
 * reaction of its own in brackets, to the end of the sentence.
 */
function readLaterItems(rest: string): { allergen: string; reaction?: string }[] {
  const list = /^\s*\([^)]*\)\s*,\s*([^.;]*)/.exec(rest)?.[1];
  if (!list) return [];
  return [...list.matchAll(/([^,()]+?)\s*(?:\(([^)]*)\))?\s*(?:,|$)/g)].flatMap((m) => {
    const allergen = (m[1] ?? '').replace(/^\s*(?:and|or)\s+/i, '').trim();
    const reaction = m[2]?.trim().toLowerCase();
    return allergen ? [{ allergen, ...(reaction ? { reaction } : {}) }] : [];
  });
}

/** The lines (and turns) of the transcript that talk about allergies, with the turns around them. */
export interface AllergyTurns {
  /** Stemmed words said in allergy turns and the replies to them. */
  nearWords: ReadonlySet<string>;
  anyWords: ReadonlySet<string>;
  lines: number[];
  /** Allergens the conversation states outright ("i'm allergic to penicillin"). */
  stated: string[];
  /** The lines that state them. */
  statedLines: number[];
  /** For each stemmed word, the lines it is said on. */
  wordLines: ReadonlyMap<string, number[]>;
  /** The patient's allergies are denied outright somewhere ("Zara hasn't got any allergies"). */
  denied: boolean;
  /** The lines that name a relative: an allergen said only there may be the relative's. */
  relativeLines: ReadonlySet<number>;
  /** The stemmed words of each turn, and each line's turn: a reaction is told beside its allergen. */
  turnWords: ReadonlyMap<number, ReadonlySet<string>>;
  lineTurns: ReadonlyMap<number, number>;
  /** The lines of a clinician's question about allergies that the answer denies ("Any allergies, latex?" — "No."). */
  deniedAsks: ReadonlySet<number>;
}

export function indexAllergyTurns(model: TranscriptModel): AllergyTurns {
  const cueTurns = new Set(model.lines.filter((l) => isAllergyTalk(l.text)).map((l) => l.turn));
  const near = new Set<string>();
  const any = new Set<string>();
  const lines: number[] = [];
  const stated: string[] = [];
  const statedLines: number[] = [];
  const wordLines = new Map<string, number[]>();
  const turnWords = new Map<number, Set<string>>();
  const lineTurns = new Map<number, number>();
  for (const line of model.lines) {
    const stems = line.tokens.map(stemToken);
    turnWords.set(line.turn, new Set([...(turnWords.get(line.turn) ?? []), ...stems]));
    lineTurns.set(line.line, line.turn);
    for (const s of stems) {
      any.add(s);
      if (line.line > 0) wordLines.set(s, [...(wordLines.get(s) ?? []), line.line]);
    }
    if (![...cueTurns].some((t) => Math.abs(t - line.turn) <= 1)) continue;
    for (const s of stems) near.add(s);
    if (line.line > 0) lines.push(line.line);
    const allergens = readStatedAllergens(line.text);
    stated.push(...allergens);
    if (allergens.length > 0 && line.line > 0) statedLines.push(line.line);
  }
  const denied = model.lines.some((l) => isAllergyDenied(l.text));
  const relativeLines = new Set(model.lines.filter((l) => isAboutRelative(l.text)).map((l) => l.line));
  return { nearWords: near, anyWords: any, lines, stated, statedLines, denied, relativeLines, wordLines, turnWords, lineTurns, deniedAsks: readDeniedAsks(model) };
}

/** A reply that opens on a denial: "No, nothing I know of.", "None.", "Nope, not that I know". */
const DENYING_REPLY = new Set(['no', 'nope', 'none', 'nothing', 'never', 'nah', 'not']);

/** The lines of clinicians' allergy questions whose reply opens on a denial. */
function readDeniedAsks(model: TranscriptModel): Set<number> {
  const asks = new Set<number>();
  for (const clause of model.clauses) {
    if (clause.role !== 'clinician' || !clause.explicitQuestion || !clause.tokens.some((t) => t.startsWith('allerg'))) continue;
    const reply = findReply(model, clause);
    if (reply && DENYING_REPLY.has(reply.tokens[0] ?? '')) asks.add(clause.line);
  }
  return asks;
}

function variantsOf(word: string): readonly string[] {
  const stem = stemToken(word);
  for (const words of Object.values(ALLERGEN_WORDS)) if (words.some((w) => stem.startsWith(w.slice(0, 5)) || w.startsWith(stem.slice(0, 5)))) return words;
  return [word];
}

/** The lines that say any of the candidate words. */
function linesSaying(turns: AllergyTurns, candidates: readonly string[]): number[] {
  const starts = candidates.map((c) => stemToken(c).slice(0, Math.min(5, stemToken(c).length)));
  return [...turns.wordLines].filter(([w]) => starts.some((s) => w.startsWith(s) && (s.length >= 4 || w === s))).flatMap(([, lines]) => lines).slice(0, 12);
}

function says(words: ReadonlySet<string>, candidates: readonly string[]): boolean {
  const starts = candidates.map((c) => stemToken(c).slice(0, Math.min(5, stemToken(c).length)));
  for (const w of words) if (starts.some((s) => w.startsWith(s) && (s.length >= 4 || w === s))) return true;
  return false;
}

/**
 * The words of the turns that name the allergen and the turns either side: "penicillin — I came out in a rash as a
 * kid" tells its reaction there, while the ankle swelling talked of later is no reaction to it.
 */
function readWordsAround(turns: AllergyTurns, candidates: readonly string[]): ReadonlySet<string> {
  const around = new Set<string>();
  for (const line of linesSaying(turns, candidates)) {
    const turn = turns.lineTurns.get(line);
    if (turn === undefined) continue;
    // (and the answer after the next question: "Penicillin." — "What happens?" — "I get hives all over.")
    for (let t = turn - 1; t <= turn + 2; t += 1) for (const w of turns.turnWords.get(t) ?? []) around.add(w);
  }
  return around.size > 0 ? around : turns.nearWords;
}

/**
 * Anaphylaxis is told by its name, its treatment, or a sign only it has ("my throat closed up", "an ambulance"):
 * breathlessness or swelling beside the allergen may be the next screening question ("any shortness of breath?",
 * "any swelling in one calf?") asked of a patient whose reaction was a rash.
 */
const ANAPHYLAXIS_TOLD = ['anaphyla', 'epipen', 'adrenal', 'throat', 'closing', 'tongue', 'collaps', 'hospital', 'ambulan', 'emergen', 'resus'];

function saysReaction(words: ReadonlySet<string>, reaction: string, reactionWords: readonly string[]): boolean {
  return says(words, reaction.includes('anaphyla') ? ANAPHYLAXIS_TOLD : reactionWords);
}

export function checkAllergies(statement: string, turns: AllergyTurns): { phrase: string; reason: string; lines: number[] }[] {
  const { none, claims } = findAllergyClaims(statement);
  if (none) {
    // "NKDA" says nothing about foods or stings; only a plain "no known allergies" is contradicted by any allergy.
    if (/\bdrug\b|\bnkda\b/i.test(statement)) return [];
    return turns.stated.slice(0, 1).map((a) => ({ phrase: 'no known allergies', reason: `the note records no known allergies, but the transcript says "allergic to ${a}"`, lines: turns.statedLines }));
  }
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const claim of claims) {
    const candidates = claim.words.flatMap(variantsOf);
    if (!says(turns.anyWords, candidates)) {
      problems.push({ phrase: claim.allergen, reason: `the note records an allergy to "${claim.allergen}", which the transcript never mentions`, lines: [] });
      continue;
    }
    if (!says(turns.nearWords, candidates)) {
      problems.push({ phrase: claim.allergen, reason: `the note records an allergy to "${claim.allergen}", but the transcript never gives it as an allergy`, lines: linesSaying(turns, candidates) });
      continue;
    }
    // "that's her brother, he's allergic to amoxicillin … Zara hasn't got any allergies": a relative's allergy.
    const saying = linesSaying(turns, candidates);
    // "Any allergies, to medicines, latex?" — "No, nothing I know of.": named only in the question the patient said no to.
    if (saying.length > 0 && saying.every((l) => turns.deniedAsks.has(l))) {
      problems.push({ phrase: claim.allergen, reason: `the note records an allergy to "${claim.allergen}", but the transcript names it only in a question about allergies that was answered no`, lines: saying });
      continue;
    }
    if (turns.denied && !isAboutRelative(statement) && saying.length > 0 && saying.every((l) => turns.relativeLines.has(l))) {
      problems.push({ phrase: claim.allergen, reason: `the note records an allergy to "${claim.allergen}", but the transcript gives it as a relative's and denies the patient any allergy`, lines: saying });
      continue;
    }
    const reaction = claim.reaction;
    if (reaction) {
      // "nausea/vomiting": a reaction named in two words is said by either ("it makes me throw up").
      const named = Object.entries(REACTION_WORDS).filter(([name]) => reaction.includes(name)).flatMap(([, words]) => words);
      const reactionWords = named.length > 0 ? named : splitTokens(reaction).filter((w) => w.length >= 4);
      if (reactionWords.length > 0 && !saysReaction(readWordsAround(turns, candidates), reaction, reactionWords)) {
        problems.push({ phrase: reaction, reason: `the note records "${reaction}" as the reaction to ${claim.allergen}, which the transcript does not say`, lines: [...turns.statedLines, ...linesSaying(turns, candidates)] });
      }
    }
  }
  return problems;
}
