/**
 * "Tanvi, mirror and probe please." — Speaker C: "Here you go." … "Tanvi, can we get an X-ray of that tooth?" —
 * Speaker C: "Sure. Bite down on this for me.": a voice that answers, at least twice, right after a clinician asks
 * someone by the same first name for something is the colleague asked (a dental nurse, an assistant, a student), when
 * it speaks of no one as "he" or "she" and nothing of its own body. A diarised recording names no one, so without
 * this the assistant is read as a relative and what they say to the patient lands in the history.
 */
import type { Role } from './turns.js';
import { labelKey } from './speaker-labels.js';

interface SpokenTurn { key: string; text: string }

/** The labelled lines as turns in order, a speaker's run of lines one turn. */
function readTurns(lines: readonly { label?: string; text: string }[]): SpokenTurn[] {
  const turns: SpokenTurn[] = [];
  for (const l of lines) {
    if (!l.label) continue;
    const key = labelKey(l.label);
    const last = turns.at(-1);
    if (last && last.key === key) last.text = `${last.text} ${l.text}`;
    else turns.push({ key, text: l.text });
  }
  return turns;
}

const REQUEST = /\b(?:please|can you|could you|can we|could we|would you|will you|pass me|grab|get me|hand me)\b/i;
const NAMED_FIRST = /^(?:(?:okay|ok|right|and|so|now),?\s+)?(\p{Lu}\p{Ll}{2,}),\s+\S/u;
const NAMED_LAST = /,\s+(\p{Lu}\p{Ll}{2,})[?.!]*$/u;
/** Words of someone who speaks for another or of their own body: a relative or the patient, not staff. */
const NOT_STAFF = /\b(?:he|she|he's|she's|him|his|my|i've been|it hurts|i feel|i'm (?:worried|scared|in pain))\b/i;
const MIN_ANSWERS = 2;

/** The first name a clinician's turn asks for something, in its last two sentences ("Tanvi, suction please."). */
function readAskedName(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.?!])\s+/).slice(-2).reverse()) {
    const name = NAMED_FIRST.exec(sentence)?.[1] ?? NAMED_LAST.exec(sentence)?.[1];
    if (name !== undefined && REQUEST.test(sentence)) return name;
  }
  return undefined;
}

/** Labels (keys) read as 'other' that answer a clinician's named requests as staff do. */
export function findAnsweringStaff(lines: readonly { label?: string; text: string }[], roles: ReadonlyMap<string, Role>): string[] {
  const turns = readTurns(lines);
  // A name that is some speaker's own label is that speaker's, whoever answers.
  const labelled = new Set([...roles.keys()].map((k) => k.split(' ')[0]!));
  const answers = new Map<string, Map<string, number>>();
  for (let i = 0; i + 1 < turns.length; i++) {
    const [ask, reply] = [turns[i]!, turns[i + 1]!];
    if (roles.get(ask.key) !== 'clinician' || roles.get(reply.key) !== 'other') continue;
    const name = readAskedName(ask.text);
    if (name === undefined || labelled.has(labelKey(name))) continue;
    const byName = answers.get(reply.key) ?? new Map<string, number>();
    byName.set(name, (byName.get(name) ?? 0) + 1);
    answers.set(reply.key, byName);
  }
  return [...answers].filter(([key, byName]) => Math.max(...byName.values()) >= MIN_ANSWERS
    && !turns.some((t) => t.key === key && NOT_STAFF.test(t.text))).map(([key]) => key);
}
