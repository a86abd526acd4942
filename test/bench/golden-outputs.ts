/**
 * Golden outputs for a speed change that must not change behaviour (issue 16): every offline note the engine writes
 * and every grounding finding the checker reports, over all corpora on this machine, one JSON line each.
 *
 *   node --import tsx test/bench/golden-outputs.ts OUT.jsonl   (then `cmp` two runs' files)
 *
 * Notes: the devset in its own specialty; ACI-Bench train/valid, PriMock57 and the written notes' encounters in six
 * specialties; MTS-Dialog as physician. Checks: the corpora's reference notes, their injected variants (the grounding
 * bench's), and each engine note against its transcript.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { checkGrounding } from '../../src/grounding/index.js';
import { generateLocalNote } from '../../src/local/index.js';
import { loadDevset } from '../eval/devset.js';
import { loadMtsSections } from '../eval/mts-sections.js';
import { buildVariants } from '../grounding/bench/build-variants.js';
import { loadEncounters } from '../grounding/bench/corpora.js';
import { loadWrittenNotes } from '../grounding/bench/written-notes.js';

const SPECIALTIES = ['physician', 'psychiatrist', 'physical_therapy', 'dentist', 'veterinary', 'slp'];

const lines: string[] = [];
let notes = 0;
let checks = 0;

function writeNote(id: string, transcript: string, specialty: string): void {
  const note = generateLocalNote(transcript, { specialty });
  notes++;
  const findings = checkGrounding(note, transcript);
  checks++;
  lines.push(JSON.stringify({ id, specialty, note, findings }));
}

for (const e of loadDevset()) writeNote(`devset/${e.id}`, e.transcript, e.specialty);
const encounters = [...loadEncounters(), ...loadWrittenNotes()];
for (const e of encounters) {
  for (const specialty of SPECIALTIES) writeNote(`${e.corpus}/${e.id}`, e.transcript, specialty);
  lines.push(JSON.stringify({ id: `${e.corpus}/${e.id}/reference`, findings: checkGrounding(e.note, e.transcript) }));
  checks++;
  for (const [k, v] of buildVariants(e).entries()) {
    lines.push(JSON.stringify({ id: `${e.corpus}/${e.id}/variant-${k}`, findings: checkGrounding(v.note, e.transcript) }));
    checks++;
  }
}
for (const m of loadMtsSections()) writeNote(`mts/${m.id}`, m.transcript, 'physician');

const text = `${lines.join('\n')}\n`;
if (process.argv[2]) writeFileSync(process.argv[2], text);
console.log(`${notes} notes, ${checks} checks; sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
