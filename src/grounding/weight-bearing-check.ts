/**
 * Weight bearing: "Non-weight bearing" where the clinician said "you can put as much weight on it as it lets you",
 * "WBAT" where the patient was told to keep all weight off. The status decides crutches, a boot and how the injury
 * heals, and a flipped one keeps every other word of the plan in place. Judged on what the clinician said of weight
 * on the limb; a conversation that gives no status leaves the note's alone.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface WeightBearingProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

type Status = 'none' | 'partial' | 'full';

const STATUS_WORDS: Readonly<Record<Status, string>> = { none: 'no weight bearing', partial: 'partial weight bearing', full: 'weight bearing as tolerated' };

/** How notes write each status, in words and shorthand. */
const WRITTEN: readonly [Status, RegExp][] = [
  ['none', /\b(?:non[- ]?weight[- ]?bearing|NWB|no weight[- ]?bearing|strict(?:ly)? non[- ]?weight|keep (?:all )?weight off)\b/i],
  ['partial', /\b(?:partial(?:ly)?[- ]weight[- ]?bearing|PWB|TTWB|toe[- ]touch(?:ing)?(?: weight[- ]?bearing)?|touch[- ]down weight[- ]?bearing)\b/i],
  ['full', /\b(?:(?<!non[- ]?|no |partial(?:ly)?[- ])weight[- ]?bearing as tolerated|WBAT|FWB|full(?:y)? weight[- ]?bearing|bear(?:ing)? weight as tolerated)\b/i],
];

/** How clinicians say each status aloud. */
const SAID: readonly [Status, RegExp][] = [
  ['none', /\b(?:non[- ]?weight[- ]?bearing|no weight (?:at all )?on (?:it|that|the|your)|(?:don'?t|do not|not to|shouldn'?t) (?:put|bear) (?:any )?weight|keep (?:all )?(?:the )?weight off)\b/i],
  ['partial', /\b(?:partial(?:ly)? weight|toe[- ]touch|touch (?:the )?toe|a little weight|some weight (?:on it|through))\b/i],
  ['full', /\b(?:(?<!non[- ]?|no |partial(?:ly)? )weight[- ]?bearing as tolerated|full weight|(?:can|may|okay to|fine to) (?:put|bear) (?:as much |full |your )?weight|(?:can|may|okay to|fine to) walk on (?:it|that)|as much weight as)\b/i],
];

function readWritten(statement: string): { status: Status; phrase: string } | undefined {
  const found = WRITTEN.flatMap(([status, re]) => {
    const m = re.exec(statement);
    return m ? [{ status, phrase: m[0] }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Only the plan's status is an instruction: a history's "non-weight bearing since the fall" tells what the patient did. */
export function checkWeightBearing(statement: string, section: string, model: TranscriptModel): WeightBearingProblem[] {
  const claim = section === 'plan' ? readWritten(statement) : undefined;
  if (!claim) return [];
  const said = model.lines.filter((l) => l.role !== 'patient' && l.role !== 'other').flatMap((l) => SAID.filter(([, re]) => re.test(l.text)).map(([status]) => ({ status, line: l })));
  if (said.length === 0 || said.some((s) => s.status === claim.status)) return [];
  const other = said[0]!;
  return [{
    phrase: claim.phrase,
    reason: `the note says "${claim.phrase}", but the transcript gives ${STATUS_WORDS[other.status]} ("${other.line.text.trim().slice(0, 80)}")`,
    lines: said.map((s) => s.line.line).filter((n) => n > 0),
  }];
}
