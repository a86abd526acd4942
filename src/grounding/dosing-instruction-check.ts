/**
 * How a medicine is to be taken: "with food" where the conversation said "an hour before food", "at night" where it
 * said "every morning", "paracetamol up to BD" where it said "up to four times a day". A swapped instruction changes what the patient does, and no number or drug name changes, so
 * the other checks never see it (a frequency is supported anywhere in the visit by a different thing said as often). Judged on the turns that name the same medicine (and the reply to them); a note
 * statement naming no medicine is left alone, so "worse at night" and "stiff in the morning" are not instructions.
 */
import { readFrequencies } from './frequency-check.js';
import { findMedications } from './medication-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface InstructionProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

interface Pole { name: string; written: RegExp; said: RegExp }

/** Pairs of instructions that exclude each other; each pole as a note writes it and as a conversation says it. */
const OPPOSITES: readonly (readonly [Pole, Pole])[] = [
  [
    { name: 'with food', written: /\b(?:with|after|c) (?:food|meals?)\b|\bpc\b/i, said: /\b(?:with|after) (?:food|meals?|breakfast|dinner|something to eat)\b|\bon a full stomach\b/i },
    { name: 'on an empty stomach', written: /\bempty stomach\b|\bbefore (?:food|meals?)\b|\bac\b/i, said: /\bempty stomach\b|\bbefore (?:food|meals?|you eat|eating|breakfast)\b/i },
  ],
  [
    { name: 'in the morning', written: /\b(?:in the morning|every morning|mane|q\.?am|each morning)\b/i, said: /\b(?:in the morning|every morning|each morning|with breakfast)\b/i },
    { name: 'at night', written: /\b(?:at night|at bedtime|nocte|q\.?hs|every night|each night|in the evening)\b/i, said: /\b(?:at night|at bedtime|before bed|every night|each night|in the evening)\b/i },
  ],
];

/**
 * The transcript lines that name any of the medicines, each cut to the sentence about it ("Laxido sachets, one a day,
 * and codeine … four times a day" gives Laxido its own part), with the next line (the reply to a question about it).
 */
function listTurnsNaming(names: readonly string[], model: TranscriptModel): { line: number; text: string }[] {
  const turns: { line: number; text: string }[] = [];
  model.lines.forEach((l, i) => {
    const text = l.text.toLowerCase();
    const starts = names.map((n) => text.indexOf(n)).filter((k) => k >= 0);
    if (starts.length === 0) return;
    for (const at of new Set(starts)) {
      const rest = l.text.slice(at);
      const end = rest.search(/[.;?!](?:\s|$)|, and /);
      turns.push({ line: l.line, text: end < 0 ? rest : rest.slice(0, end) });
    }
    const next = model.lines[i + 1];
    if (next && next.role !== l.role) turns.push({ line: next.line, text: next.text });
  });
  return turns;
}

export function checkDosingInstructions(statement: string, model: TranscriptModel): InstructionProblem[] {
  const mentions = findMedications(statement);
  if (mentions.length === 0) return [];
  const names = [...new Set(mentions.flatMap((m) => m.aliases.map((a) => a.toLowerCase())))];
  const turns = listTurnsNaming(names, model);
  if (turns.length === 0) return [];
  const problems: InstructionProblem[] = [];
  for (const pair of OPPOSITES) {
    for (const [pole, other] of [pair, [pair[1], pair[0]] as const]) {
      const m = pole.written.exec(statement);
      if (!m || other.written.test(statement)) continue;
      const saysPole = turns.some((t) => pole.said.test(t.text));
      const saying = turns.filter((t) => other.said.test(t.text));
      if (saysPole || saying.length === 0) continue;
      problems.push({ phrase: m[0], reason: `the note says "${m[0]}" (${pole.name}), but the transcript says ${mentions[0]!.name} is taken ${other.name}`, lines: saying.map((t) => t.line) });
    }
  }
  problems.push(...compareDailyCounts(statement, turns, mentions.map((m) => m.name).join(' or ')));
  return problems;
}

/** Times a day the statement gives, against those the turns about the medicine give, when they give any. */
function compareDailyCounts(statement: string, turns: readonly { line: number; text: string }[], name: string): InstructionProblem[] {
  // "one a day", "daily" said without a count are once a day.
  const perDay = (text: string, line: number) => readFrequencies(normaliseTokens(text), line).filter((f) => f.period === 'day');
  const written = perDay(statement, 0).filter((f) => !f.uncounted);
  const said = turns.flatMap((t) => perDay(t.text, t.line));
  if (written.length === 0 || said.length === 0) return [];
  const overlaps = (w: { low: number; high: number }) => said.some((s) => w.low <= s.high && s.low <= w.high);
  return written.filter((w) => !overlaps(w)).map((w) => ({
    phrase: w.text,
    reason: `the note gives ${name} "${w.text}", but the transcript gives it ${said.map((s) => `"${s.text}"`).join(', ')}`,
    lines: said.map((s) => s.line),
  }));
}
