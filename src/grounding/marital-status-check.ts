/**
 * Marital status: "Divorced" where the patient spoke of his wife, "Married" where she said she and her husband split
 * up. A status the note gives is looked for in its own words ("married", "my wife", "divorced", "my ex"); the note is
 * reported only when the conversation never says it and does say another, so a status nobody talked about is left
 * alone (clinicians take it from the chart).
 */
import { saysAnyForm } from './named-terms.js';
import type { WordIndex } from './word-index.js';

type Status = 'married' | 'divorced' | 'widowed' | 'separated';

/** How each status is written in a history: "Married", "is divorced", "widower". */
const WRITTEN: readonly [Status, RegExp][] = [
  ['married', /\b(?:(?:re)?married|has a (?:wife|husband)|lives with (?:his|her) (?:wife|husband))\b/i],
  ['divorced', /\bdivorced?\b/i],
  ['widowed', /\bwidow(?:ed|er)?\b/i],
  ['separated', /\bseparated\b(?! (?:from (?:the|its)|shoulder|joint))/i],
];

/** How each is said: "me and my husband", "since my divorce", "my ex-wife", "we split up". */
const SAID: Readonly<Record<Status, readonly string[]>> = {
  married: ['married', 'marri*', 'my wife', 'my husband', 'my spouse', 'your wife', 'your husband'],
  divorced: ['divorc*', 'my ex', 'ex wife', 'ex husband', 'exwife', 'exhusband'],
  widowed: ['widow*', 'wife passed', 'husband passed', 'wife died', 'husband died', 'lost my wife', 'lost my husband'],
  separated: ['separat*', 'split up', 'broke up', 'left me', 'we split'],
};

export function checkMaritalStatus(statement: string, section: string, index: WordIndex): { phrase: string; reason: string }[] {
  if (section !== 'subjective') return [];
  const written = WRITTEN.map(([status, re]) => ({ status, m: re.exec(statement) })).filter((w) => w.m !== null);
  // "Divorced, now remarried": a history that gives two statuses tells a story, not one status.
  if (written.length !== 1) return [];
  const { status, m } = written[0] as { status: Status; m: RegExpExecArray };
  // "Not married", "never married": a denied status is another claim.
  if (/\b(?:not|never|un)\s*$/i.test(statement.slice(0, m.index))) return [];
  if (saysAnyForm(index, SAID[status])) return [];
  const other = (Object.keys(SAID) as Status[]).find((s) => s !== status && saysAnyForm(index, SAID[s]));
  if (!other) return [];
  return [{ phrase: m[0], reason: `the note gives the patient as ${status}, but the transcript speaks of the patient as ${other}` }];
}
