/**
 * Which companion told it: "Wife reports he stops breathing at night" where the daughter, speaking under her own label,
 * said it and no wife speaks. A note names its informant to say whose account it is; when the conversation gives each
 * companion a label, the one named must be the one whose lines hold the account, not another companion's.
 */
import { contentStems } from './attribution-check.js';
import type { TranscriptModel } from './transcript-model.js';

/** Companions a note names as informants, and the words a speaker label uses for each. */
const COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  wife: ['wife'],
  husband: ['husband'],
  partner: ['partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'spouse'],
  mother: ['mother', 'mum', 'mom', 'mam', 'mummy', 'mommy'],
  father: ['father', 'dad', 'daddy'],
  daughter: ['daughter'],
  son: ['son'],
  sister: ['sister'],
  brother: ['brother'],
  nurse: ['nurse', 'rn', 'hca'],
  carer: ['carer', 'caregiver', 'care worker', 'support worker'],
};

const INFORMANT_RE = /^\s*(?:(?:the |his |her |their |pt'?s |patient'?s )?(wife|husband|partner|mother|mum|mom|father|dad|daughter|son|sister|brother|nurse|carer)\s+(?:reports|reported|states|stated|says|said|notes|noted|has noticed|noticed|describes|described|confirms|confirmed|feels|thinks|adds|added)|(?:per|according to|collateral from)\s+(?:the |his |her |their )?(wife|husband|partner|mother|mum|mom|father|dad|daughter|son|sister|brother|nurse|carer)\b[,:]?)\s+(?:that\s+)?(.+)$/i;

/** Judged on accounts long enough to tell, held nearly word for word by one other companion and barely by the one named. */
const MIN_WORDS = 4;
const OTHER_COVER = 0.7;
const NAMED_COVER = 0.3;

/** The companion a speaker label names, if any ("Wife", "Mrs Patel (daughter)", "Mum"). */
function readCompanion(label: string | undefined): string | null {
  const words = (label ?? '').toLowerCase().split(/[^a-z]+/);
  return Object.entries(COMPANIONS).find(([, said]) => said.some((w) => words.includes(w)))?.[0] ?? null;
}

function readNamed(word: string): string {
  return Object.entries(COMPANIONS).find(([name, said]) => name === word || said.includes(word))?.[0] ?? word;
}

/** How much of the account the lines of one companion hold, and the line that holds most. */
function readCover(model: TranscriptModel, companion: string, stems: readonly string[]): { score: number; line: number } {
  let best = { score: 0, line: 0 };
  for (const l of model.lines) {
    if (readCompanion(l.label) !== companion) continue;
    const own = new Set(contentStems(l.text));
    const score = stems.filter((s) => own.has(s)).length / stems.length;
    if (score > best.score) best = { score, line: l.line };
  }
  return best;
}

export function checkCompanionAttribution(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const m = INFORMANT_RE.exec(statement);
  if (!m) return [];
  const named = readNamed((m[1] ?? m[2] ?? '').toLowerCase());
  const stems = contentStems(m[3] ?? '');
  if (stems.length < MIN_WORDS) return [];
  const companions = new Set(model.lines.map((l) => readCompanion(l.label)).filter((c): c is string => c !== null));
  if (companions.size === 0 || (companions.has(named) && readCover(model, named, stems).score >= NAMED_COVER)) return [];
  for (const other of companions) {
    if (other === named) continue;
    const cover = readCover(model, other, stems);
    if (cover.score < OTHER_COVER) continue;
    return [{ phrase: m[0].slice(0, 40), reason: `the note gives the ${named} as the one who reports this, but the ${other} says it (line ${cover.line})`, lines: [cover.line] }];
  }
  return [];
}
