/**
 * Facts a note states twice, once each way: "NKDA" in the history and "allergic to penicillin" in the plan, "non-smoker"
 * and "smokes 10/day", "afebrile" beside "T 38.5", "stopped metformin" and "continue metformin". The transcript may
 * support either statement; the note cannot say both. A statement with a time course ("quit 2015", "restarted",
 * "yesterday", "at home") is about another time, so it contradicts nothing.
 */
import { findMedications } from './medication-check.js';

export interface WrittenStatement {
  section: string;
  text: string;
}

export interface NoteContradiction {
  statement: WrittenStatement;
  phrase: string;
  reason: string;
}

/** A pair of readings: the statement that says one way, and the one that says the other. */
interface Opposites {
  denies: (s: WrittenStatement) => string | null;
  affirms: (s: WrittenStatement, denial: WrittenStatement) => string | null;
  topic: string;
  /** Statements about another time than the visit, which this pair leaves alone. */
  otherTime?: RegExp;
}

/** Words that put a statement at another time than the visit, where a state may have been different. */
const OTHER_TIME_RE = /\b(?:previously|formerly|former|ex-?|used to|quit|gave up|until|restarted|re-?started|resumed|back on|yesterday|last (?:night|week|month|year)|at home|overnight|earlier|ago|since|in (?:19|20)\d\d|history of|hx of)\b/i;

const NO_ALLERGY_RE = /\b(?:NKDA|NKA|no known (?:drug )?allerg(?:y|ies)|no (?:drug )?allergies|denies (?:any )?(?:drug )?allergies|allergies: none)\b/i;
const ALLERGY_RE = /\ballerg(?:y|ies|ic)\b/gi;
/** A denial, a doubt or a label taken off ("penicillin allergy de-labelled", "?allergy"), or a relative's allergy. */
const NOT_ALLERGIC_RE = /(?:\b(?:not allergic|no allergy|no known|NKDA|NKA|no (?:drug )?allergies|denies|de-?labell?ed|ruled out|tolerated|tolerates|intoleran\w*|possible|query|unsure|mother|father|mum|dad|sister|brother|son|daughter|partner|wife|husband|family)\b|\?\s*allerg)/i;
/** Allergy words about a plan or a warning, not a fact of the patient: "allergy advice", "signs of an allergic reaction". */
const ALLERGY_ADVICE_RE = /\b(?:advice|advised|signs|reaction|monitor|watch|check(?:ed)?|counsel(?:l?ed)?|if)\b/i;
/** How close (characters) the drug and the allergy word are: "penicillin allergy", "allergic to co-amoxiclav". */
const ALLERGY_REACH = 30;

/**
 * Whether the drug at k is what the allergy word at i is to: "allergic to penicillin", "penicillin allergy", "avoid
 * penicillin given allergy"; not a treatment for allergies ("seasonal allergies, takes cetirizine", "cetirizine for
 * allergies").
 */
function isAllergen(text: string, k: number, i: number): boolean {
  if (Math.abs(i - k) > ALLERGY_REACH) return false;
  const between = text.slice(Math.min(i, k), Math.max(i, k));
  return i < k ? / to /.test(between) : !/\b(?:for|treat|treats|treating|helps|with|takes|on)\b/.test(between);
}

/** A drug allergy stated: "allergic to penicillin", "avoid penicillin given allergy"; not a denial, not hay fever. */
function readDrugAllergy(s: WrittenStatement): string | null {
  if (NOT_ALLERGIC_RE.test(s.text) || ALLERGY_ADVICE_RE.test(s.text)) return null;
  const text = s.text.toLowerCase();
  const at = [...text.matchAll(ALLERGY_RE)].map((m) => m.index);
  if (at.length === 0) return null;
  const drug = findMedications(s.text).find((d) => d.aliases.some((a) => {
    const k = text.indexOf(a.toLowerCase());
    return k >= 0 && at.some((i) => isAllergen(text, k, i));
  }));
  return drug ? `allergy to ${drug.name}` : null;
}

const NON_SMOKER_RE = /\b(?:non-?smoker|never smoked|never smoker|does not smoke|doesn't smoke|denies smoking|denies tobacco)\b/i;
/**
 * The patient smoking now, told with its amount: "smokes 10/day", "current smoker, 20 cig/day", "a pack a day". A bare
 * "smokes from time to time" beside "denies smoking" is how a "no" and a later "well, now and then" are both copied.
 */
const SMOKES_RE = /\b(?:(?:current smoker|smokes)[^.;]{0,20}?\d+(?:-\d+)?\s*(?:cig(?:arette)?s?|rollies|\/\s*d(?:ay)?|a day|per day|daily)|\d+(?:-\d+)? (?:cig(?:arette)?s?|rollies)(?: ?\/ ?| a | per )(?:day|d)|(?:\d+|a) packs? (?:a|per) day)\b/i;

/**
 * Smoking told of someone else or of another substance, either way: "partner smokes 20/day", "smokes cannabis at
 * weekends", "denies smoking cannabis".
 */
const OTHER_SMOKER_RE = /\b(?:partner|wife|husband|mother|mum|father|dad|parents?|son|daughter|household|friend|flatmate|who smokes|cannabis|weed|marijuana|shisha|vapes?)\b/i;

function readSmoking(s: WrittenStatement): string | null {
  // "Not a current smoker", "no current smoking": a denial worded around the words of smoking.
  return OTHER_SMOKER_RE.test(s.text) || /\b(?:not|no|never|nil|denies|doesn't|does not|don't)\b/i.test(s.text) ? null : (SMOKES_RE.exec(s.text)?.[0] ?? null);
}

const AFEBRILE_RE = /\b(?:afebrile|apyrexial|no fever)\b/i;
/** A temperature taken at the visit that is a fever: 38 °C or more (100.4 °F or more). */
const TEMPERATURE_RE = /\b(?:T|temp|temperature)\s*:?\s*(\d{2,3}(?:\.\d)?)/i;

function readFever(s: WrittenStatement): string | null {
  const m = TEMPERATURE_RE.exec(s.text);
  if (!m) return null;
  const value = Number(m[1]);
  return (value >= 38 && value < 43) || (value >= 100.4 && value < 110) ? m[0] : null;
}

/** A stop is told with its time ("last month"); only a restart puts it behind the drug being taken again. */
const RESTARTED_RE = /\b(?:restarted|re-?started|resumed|back on|again|reintroduced|switched|changed|instead|now|prn|as needed|when needed|regular|regularly|reduced)\b/i;
/** A plan that continues keeping a drug off: "continue to hold metformin", "continue off ramipril". */
const KEPT_OFF_RE = /\b(?:hold|holding|withhold|withholding|off|avoid|avoiding|without|not|stopped|stop)\b/i;
const STOPPED_RE = /\b(?:stopped|discontinued|no longer (?:taking|on)|came off|has come off|ceased)\b/i;
const CONTINUE_RE = /\b(?:continue|cont\.?|carry on with|remain on|stay on)\b/i;

/** The drugs a statement says were stopped, when it names one drug only (a list may stop one and keep another). */
function readStoppedDrug(s: WrittenStatement): string | null {
  const drugs = findMedications(s.text);
  return STOPPED_RE.test(s.text) && drugs.length === 1 ? (drugs[0]?.name ?? null) : null;
}

const OPPOSITES: readonly Opposites[] = [
  { topic: 'allergies', denies: (s) => NO_ALLERGY_RE.exec(s.text)?.[0] ?? null, affirms: (s) => readDrugAllergy(s) },
  { topic: 'smoking', otherTime: new RegExp(`${OTHER_TIME_RE.source}|\\b(?:stopped|smoked|pack.?years?|occasional(?:ly)?|socially|social smoker|odd)\\b`, 'i'), denies: (s) => (OTHER_SMOKER_RE.test(s.text) ? null : (NON_SMOKER_RE.exec(s.text)?.[0] ?? null)), affirms: (s) => readSmoking(s) },
  { topic: 'fever', denies: (s) => (s.section === 'objective' ? (AFEBRILE_RE.exec(s.text)?.[0] ?? null) : null), affirms: (s) => (s.section === 'objective' ? readFever(s) : null) },
  {
    topic: 'a stopped drug',
    otherTime: RESTARTED_RE,
    denies: (s) => (readStoppedDrug(s) ? `stopped ${readStoppedDrug(s) ?? ''}` : null),
    affirms: (s, denial) => {
      const stopped = readStoppedDrug(denial);
      const drugs = findMedications(s.text);
      return s.section === 'plan' && CONTINUE_RE.test(s.text) && !KEPT_OFF_RE.test(s.text) && stopped !== null && drugs.some((d) => d.name === stopped) ? `continue ${stopped}` : null;
    },
  },
];

/**
 * The contradictions inside the note; `heardBothWays` names the topics the conversation itself tells both ways ("I
 * don't smoke … well, the odd one at the weekend"), where a note that copies each is following it.
 */
export function findNoteContradictions(statements: readonly WrittenStatement[], heardBothWays: ReadonlySet<string> = new Set()): NoteContradiction[] {
  const found: NoteContradiction[] = [];
  for (const pair of OPPOSITES.filter((p) => !heardBothWays.has(p.topic))) {
    const current = statements.filter((s) => !(pair.otherTime ?? OTHER_TIME_RE).test(s.text));
    for (const denial of current) {
      const denied = pair.denies(denial);
      if (!denied) continue;
      const other = current.find((s) => s !== denial && pair.affirms(s, denial) !== null && pair.denies(s) === null);
      if (!other) continue;
      found.push({ statement: other, phrase: pair.affirms(other, denial) ?? '', reason: `the note says "${pair.affirms(other, denial) ?? ''}" here but "${denied}" elsewhere ("${denial.text.slice(0, 80)}")` });
      break;
    }
  }
  return found;
}
