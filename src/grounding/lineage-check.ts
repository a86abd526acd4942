/**
 * Which side of the family: a note's "paternal aunt" where the patient said "my mum's sister". People rarely say
 * "maternal" or "paternal"; they say whose sister, whose mum, or "on my dad's side". Only a relative the conversation
 * places on one side, and never on the note's, is reported — one it never places may be on either.
 */
import type { TranscriptModel } from './transcript-model.js';

type Side = 'maternal' | 'paternal';

/** Relatives a side can be given for, in the words a note and a conversation use. */
const RELATIVE_NAMES: Readonly<Record<string, string>> = {
  aunt: 'aunt', aunts: 'aunt', auntie: 'aunt', aunty: 'aunt',
  uncle: 'uncle', uncles: 'uncle',
  grandmother: 'grandmother', grandma: 'grandmother', gran: 'grandmother', granny: 'grandmother', nan: 'grandmother', nana: 'grandmother', nanna: 'grandmother',
  grandfather: 'grandfather', grandpa: 'grandfather', grandad: 'grandfather', granddad: 'grandfather',
  cousin: 'cousin', cousins: 'cousin',
};
/** A parent's relative, said as whose it is: "mum's sister" is an aunt, "dad's mum" a grandmother. */
const PARENTS_RELATIVE: Readonly<Record<string, string>> = {
  sister: 'aunt', brother: 'uncle', mum: 'grandmother', mom: 'grandmother', mother: 'grandmother', dad: 'grandfather', father: 'grandfather',
};
const MOTHER_WORDS = new Set(['mum', 'mom', 'mother', 'mam', 'mummy', 'mommy']);
const FATHER_WORDS = new Set(['dad', 'father', 'daddy', 'pop']);

function readParent(word: string): Side | undefined {
  if (MOTHER_WORDS.has(word)) return 'maternal';
  if (FATHER_WORDS.has(word)) return 'paternal';
  return undefined;
}

/** The (side, relative) pairs one line of the conversation gives. */
function readSidedRelatives(text: string): { side: Side; relative: string }[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const found: { side: Side; relative: string }[] = [];
  for (const m of lower.matchAll(/\b(maternal|paternal)\s+([a-z]+)/g)) {
    const relative = RELATIVE_NAMES[m[2] ?? ''];
    if (relative) found.push({ side: m[1] as Side, relative });
  }
  for (const m of lower.matchAll(/\b([a-z]+)'s\s+(sister|brother|mum|mom|mother|dad|father)\b/g)) {
    const side = readParent(m[1] ?? '');
    const relative = PARENTS_RELATIVE[m[2] ?? ''];
    if (side && relative) found.push({ side, relative });
  }
  // "my auntie on my dad's side", "on mum's side, my uncle had a stroke": a side said once for the relatives beside it.
  const sided = /\bon (?:my |your |his |her |their |the )?([a-z]+)'s side\b/.exec(lower);
  const side = sided ? readParent(sided[1] ?? '') : undefined;
  if (side) {
    for (const word of lower.split(/[^a-z]+/)) {
      const relative = RELATIVE_NAMES[word];
      if (relative) found.push({ side, relative });
    }
  }
  return found;
}

/** Each relative the conversation places on a side, with the sides and lines it is placed on. */
export function indexLineage(model: TranscriptModel): ReadonlyMap<string, { side: Side; line: number }[]> {
  const placed = new Map<string, { side: Side; line: number }[]>();
  for (const line of model.lines) {
    // "was that your mom or dad's father?": a question places nobody; its answer does.
    const statements = line.text.match(/[^.?!]+[.?!]?/g) ?? [];
    for (const sentence of statements.filter((t) => !t.trimEnd().endsWith('?'))) {
      for (const { side, relative } of readSidedRelatives(sentence)) placed.set(relative, [...(placed.get(relative) ?? []), { side, line: line.line }]);
    }
  }
  return placed;
}

export function checkLineage(statement: string, placed: ReadonlyMap<string, readonly { side: Side; line: number }[]>): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const m of statement.toLowerCase().matchAll(/\b(maternal|paternal)\s+([a-z]+)/g)) {
    const relative = RELATIVE_NAMES[m[2] ?? ''];
    const heard = relative ? placed.get(relative) : undefined;
    if (!relative || !heard || heard.some((h) => h.side === m[1])) continue;
    const other = m[1] === 'maternal' ? "father's" : "mother's";
    problems.push({ phrase: m[0], reason: `the note says "${m[0]}", but the transcript gives the ${relative} on the ${other} side`, lines: heard.map((h) => h.line).filter((n) => n > 0) });
  }
  return problems;
}
