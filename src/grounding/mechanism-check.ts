/**
 * How a joint was hurt, in pairs of opposite movements: "rolled out (eversion)" where the patient said the foot
 * "rolled in" and the clinician "inversion". A note's movement is flagged only where the conversation never says it
 * (nor its everyday words) and does say its opposite, so an injury told without a direction is left alone.
 */
import type { TranscriptModel } from './transcript-model.js';

interface Movement {
  name: string;
  written: RegExp;
  said: RegExp;
}

const PAIRS: readonly [Movement, Movement][] = [
  [
    // "Rolled out of bed" is no movement of the ankle; "turned out" is too often "it turned out to be".
    { name: 'inversion', written: /\b(?:inversion|inverted|rolled in(?:wards?)?)\b/i, said: /\b(?:inversion|invert\w*|roll\w* (?:it )?in(?:wards?)?\b(?! the)|went over on the outside)/i },
    { name: 'eversion', written: /\b(?:eversion|everted|rolled out(?:wards?)?)\b(?! of)/i, said: /\b(?:eversion|evert\w*|roll\w* (?:it )?out(?:wards?)?\b(?! of)|went over on the inside)/i },
  ],
  [
    { name: 'hyperextension', written: /\bhyperextens\w*|\bhyperextended\b/i, said: /\bhyperextend\w*|\bhyperextens\w*|\bbent (?:it )?backwards?\b/i },
    { name: 'hyperflexion', written: /\bhyperflex\w*/i, said: /\bhyperflex\w*|\bbent (?:it )?forwards?\b/i },
  ],
];

/** "rolled in, so the outside got stretched": a movement asked about and denied ("no, not in") is left out. */
function says(text: string, re: RegExp): boolean {
  const global = new RegExp(re.source, 'gi');
  return [...text.matchAll(global)].some((m) => !/\b(?:not|never|didn't|no)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)));
}

export function checkMechanisms(statement: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  const said = model.lines.map((l) => l.text).join('\n');
  const problems: { phrase: string; reason: string }[] = [];
  for (const pair of PAIRS) {
    for (const [k, movement] of pair.entries()) {
      const m = movement.written.exec(statement);
      if (!m) continue;
      const opposite = pair[1 - k]!;
      if (opposite.written.test(statement) || says(said, movement.said) || !says(said, opposite.said)) continue;
      problems.push({ phrase: m[0], reason: `the note gives the injury as ${movement.name} ("${m[0]}"), but the transcript describes ${opposite.name}` });
    }
  }
  return problems;
}
