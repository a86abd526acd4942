/**
 * False alarms on GP shorthand notes written for dev PriMock57 transcripts (gp-notes-written.ts): every finding is
 * printed, since the notes are dev material written to be read. Findings on facts the notes knowingly state without
 * support (KNOWN_UNSUPPORTED) are counted apart.
 *
 *   node --import tsx test/grounding/bench/gp-notes-alarms.ts
 */
import { checkGrounding } from '../../../src/grounding/index.js';
import { loadEncounters, splitPrimockNote } from './corpora.js';
import { MORE_GP_NOTES } from './gp-notes-written-more.js';
import { KNOWN_UNSUPPORTED, WRITTEN_GP_NOTES } from './gp-notes-written.js';

function main(): void {
  const encounters = new Map(loadEncounters().filter((e) => e.split === 'dev' && e.corpus === 'primock57').map((e) => [e.id, e]));
  let notes = 0;
  let alarms = 0;
  let known = 0;
  for (const [id, text] of Object.entries({ ...WRITTEN_GP_NOTES, ...MORE_GP_NOTES })) {
    const encounter = encounters.get(id);
    // Only dev transcripts are read; a missing one means the corpus is not installed.
    if (!encounter) continue;
    notes += 1;
    for (const finding of checkGrounding(splitPrimockNote(text), encounter.transcript)) {
      if (KNOWN_UNSUPPORTED.some((fact) => finding.reason.includes(fact))) {
        known += 1;
        continue;
      }
      alarms += 1;
      console.log(`${id} [${finding.kind}] ${finding.claim}\n      ${finding.reason}`);
    }
  }
  console.log(`written GP notes: ${(alarms / Math.max(1, notes)).toFixed(2)} false alarms per note (${alarms} on ${notes}; ${known} on facts known unsupported)`);
}

main();
