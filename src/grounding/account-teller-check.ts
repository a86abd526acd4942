/**
 * Who told it, read from the telling itself: "Wife reports he sleeps more" where the line that holds the account is
 * the daughter's (her speaker label), is quoted from someone else ("my sister says I've been snappy"), or is spoken
 * by someone who calls the named person "her dad" and so is not him. The note's informant must be the teller of the
 * account's line, when that line says who its teller is.
 */
import { contentStems } from './attribution-check.js';
import type { SourceLine, TranscriptModel } from './transcript-model.js';

/** Tellers a note may name, each with the words a speaker uses for them. */
const TELLERS: Readonly<Record<string, readonly string[]>> = {
  wife: ['wife', 'missus'],
  husband: ['husband', 'hubby'],
  partner: ['partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'spouse'],
  mother: ['mother', 'mum', 'mom', 'mam', 'mummy', 'mommy'],
  father: ['father', 'dad', 'daddy', 'papa'],
  daughter: ['daughter'],
  son: ['son'],
  sister: ['sister'],
  brother: ['brother'],
  grandmother: ['grandmother', 'grandma', 'nan', 'nana', 'granny'],
  grandfather: ['grandfather', 'grandpa', 'granddad', 'grandad'],
  friend: ['friend', 'mate'],
  teacher: ['teacher', 'teachers'],
  therapist: ['therapist', 'counsellor', 'counselor', 'psychologist'],
  nurse: ['nurse'],
  carer: ['carer', 'caregiver'],
  colleague: ['colleague', 'colleagues', 'coworker', 'coworkers', 'boss', 'manager'],
};
const TELLER_WORDS = Object.values(TELLERS).flat().join('|');

const NOTE_TELLS_RE = new RegExp(
  `^\\s*(?:(?:the |his |her |their |pt'?s |patient'?s )?(${TELLER_WORDS})\\s+(?:reports|reported|states|stated|says|said|notes|noted|has noticed|noticed|describes|described|feels|thinks|adds|added|mentions|mentioned)|(?:per|according to)\\s+(?:the |his |her |their )?(${TELLER_WORDS})\\b[,:]?)\\s+(?:that\\s+)?(.+)$`,
  'i',
);
/** "my wife says", "her teacher said", "your mum thinks": a line that quotes its teller. */
const QUOTED_RE = new RegExp(`\\b(?:my|his|her|your|our|their)\\s+(${TELLER_WORDS})\\s+(?:says|said|thinks|thought|tells|told|noticed|notices|reckons|mentioned|keeps saying)\\b`, 'i');

/** An account long enough to find its line, held that well by it. */
const MIN_STEMS = 2;
const MIN_COVER = 0.6;

function readTeller(word: string): string | null {
  const w = word.toLowerCase();
  return Object.entries(TELLERS).find(([, said]) => said.includes(w))?.[0] ?? null;
}

function readLabelTeller(label: string | undefined): string | null {
  const words = (label ?? '').toLowerCase().split(/[^a-z]+/);
  return Object.entries(TELLERS).find(([, said]) => said.some((w) => words.includes(w)))?.[0] ?? null;
}

/** "Her dad smokes", "my husband": the speaker speaks of the named person, so is not them. */
function speaksOf(lines: readonly SourceLine[], label: string | undefined, teller: string): boolean {
  const forms = (TELLERS[teller] ?? []).join('|');
  const re = new RegExp(`\\b(?:my|his|her|their|our)\\s+(?:${forms})\\b`, 'i');
  return lines.some((l) => l.label === label && re.test(l.text));
}

/**
 * Who tells a line: the one it quotes, else the companion its label names; for a speaker labelled by name, anyone
 * but the named teller when that speaker speaks of the named teller; null when the line does not say.
 */
function readLineTeller(line: SourceLine, named: string, model: TranscriptModel): string | null {
  const quoted = QUOTED_RE.exec(line.text);
  // ("Nan:" "his mum said it lasts him months": the grandmother relays the mother's words, and a note may give either.)
  if (quoted) return line.role === 'other' && readLabelTeller(line.label) === named ? named : readTeller(quoted[1] ?? '');
  if (line.role !== 'other') return null;
  const labelled = readLabelTeller(line.label);
  if (labelled) return labelled;
  return speaksOf(model.lines, line.label, named) ? 'another companion' : null;
}

export function checkAccountTeller(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const m = NOTE_TELLS_RE.exec(statement);
  if (!m) return [];
  const named = readTeller(m[1] ?? m[2] ?? '');
  const stems = contentStems(m[3] ?? '');
  if (!named || stems.length < MIN_STEMS) return [];
  // A clinician's line tells nothing of its own unless it quotes someone ("has he seemed more sleepy?" only asks).
  const holding = model.lines.filter((l) => {
    if (l.role === 'clinician' && !QUOTED_RE.test(l.text)) return false;
    const own = new Set(contentStems(l.text));
    const held = stems.filter((s) => own.has(s)).length;
    return held >= MIN_STEMS && held / stems.length >= MIN_COVER;
  });
  if (holding.length === 0) return [];
  const tellers = holding.map((l) => readLineTeller(l, named, model));
  // Every line that holds the account says its teller, and none is the one the note names.
  if (tellers.some((t) => t === null || t === named)) return [];
  const first = holding[0] as SourceLine;
  return [{ phrase: m[0].slice(0, 40), reason: `the note gives the ${named} as the one who reports this, but the transcript has it from ${tellers[0] === 'another companion' ? 'another companion' : `the ${tellers[0]}`} (line ${first.line})`, lines: holding.map((l) => l.line) }];
}
