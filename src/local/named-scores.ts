/**
 * A questionnaire named in one sentence and its score given in the next: "You did the questionnaire in the waiting
 * room, the PHQ-9. Your score today is 16." The score alone says nothing of what was scored, so it is written with
 * the scale named just before: "Your PHQ-9 score today is 16." Only a scale named by the same speaker within the last
 * two sentences, and only "your/the score", so nothing new is claimed.
 */
import type { Utterance } from './types.js';

/** Named scales and questionnaires, as said (letters and number). */
const SCALE = /\b(PHQ-?\s?9|PHQ-?\s?2|GAD-?\s?7|GAD-?\s?2|AUDIT(?:-C)?|EPDS|Edinburgh|MMSE|MoCA|ACE-?III|K-?10|Kessler|CORE-10|DASS(?:-21)?|PCL-5|Oswestry|ODI|DASH|QuickDASH|NDI|KOOS|WOMAC|CAT|ACT|ACQ|IPSS|IIEF|Epworth|STOP-BANG|Barthel|Berg|CAGE|ASRS|Y-?BOCS|HAM-?D|HAM-?A|MADRS|BDI(?:-II)?|BAI|EQ-5D)\b/;
const SCORE_LEAD = /^((?:(?:and|so|okay|ok|now|right|well),?\s+)*)(your|his|her|their|the) ((?:total )?score)\b(?=\s+(?:today |this time |now |here )?(?:is|was|comes? (?:out|back)|came (?:out|back)|of\b|=|:))/i;
const MAX_BACK = 2;

/** The rewritten text of each score sentence whose scale was named just before, by utterance index. */
export function resolveNamedScores(utterances: readonly Utterance[]): Map<number, string> {
  const out = new Map<number, string>();
  utterances.forEach((u, i) => {
    if (u.question) return;
    const m = SCORE_LEAD.exec(u.text);
    if (!m || SCALE.test(u.text)) return;
    for (let k = i - 1; k >= Math.max(0, i - MAX_BACK); k--) {
      const before = utterances[k]!;
      if (before.role !== u.role || before.turn !== u.turn) break;
      const scale = SCALE.exec(before.text);
      if (!scale) continue;
      out.set(i, `${m[1]}${m[2]} ${scale[1]} ${m[3]}${u.text.slice(m[0].length)}`);
      break;
    }
  });
  return out;
}
