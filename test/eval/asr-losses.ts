/**
 * Which key facts a visit keeps as written but loses when the same words come as lower-case unpunctuated
 * speech-to-text (layout `asr` of layout-render.ts), visit by visit: the cases behind layout invariance's gap.
 *   node --import tsx test/eval/asr-losses.ts [--sample N [--offset K]]
 */
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';
import { loadDevset } from './devset.js';
import { scoreEncounter } from './devset-score.js';
import { renderLayout } from './layout-render.js';
import { readPlainConversation } from './layout-invariance.js';

const flag = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const [sample, offset] = [flag('--sample') ?? 1, flag('--offset') ?? 0];
let [lost, gained] = [0, 0];
for (const e of loadDevset().filter((x) => !x.sealed).filter((_, i) => i % sample === offset)) {
  const utterances = readPlainConversation(e.transcript);
  if (!utterances || !readTranscript(e.transcript).labelled) continue;
  const written = scoreEncounter(generateLocalNote(e.transcript, { specialty: e.specialty }), e);
  const spoken = scoreEncounter(generateLocalNote(renderLayout('asr', utterances), { specialty: e.specialty }), e);
  const misses = written.facts.flatMap((f, i) => (f.inSection && !spoken.facts[i]!.inSection ? [`${f.fact.section.padEnd(10)} ${f.fact.text}${spoken.facts[i]!.foundIn ? `  (in ${spoken.facts[i]!.foundIn})` : ''}`] : []));
  gained += written.facts.filter((f, i) => !f.inSection && spoken.facts[i]!.inSection).length;
  lost += misses.length;
  if (misses.length > 0) console.log(`${e.id}\n${misses.map((m) => `   ${m}`).join('\n')}`);
}
console.log(`lost ${lost}, gained ${gained}`);
