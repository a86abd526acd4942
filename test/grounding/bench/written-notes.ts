/**
 * Clinician-style notes written for encounters of the engine's development set (written-notes/*.json, see the README
 * there): fresh material the checker was never tuned on, so every finding on one is a false alarm. The transcript is
 * read from the devset file at run time, never copied into the note file.
 *
 * Split fixed before any note was checked: sorted by id, even positions are "notes-tune" (may be read and fixed),
 * odd positions are "notes-measure" (only its summary figures are ever printed). The second set (written-notes-2/,
 * new styles, see its README) is split the same way into "notes2-tune" and "notes2-measure".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEncounter } from '../../eval/devset-score.js';
import type { Encounter, Split } from './corpora.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEVSET_DIR = join(HERE, '..', '..', 'eval', 'devset');

interface WrittenNote {
  source: string;
  style: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

/** Every written note of the first set as an encounter of the "written" corpus, tune and measure halves alternating by sorted id. */
export function loadWrittenNotes(): Encounter[] {
  return readNoteDir('written-notes', 'written', ['notes-tune', 'notes-measure']);
}

/** The second set, in styles the first lacks (written-notes-2/README.md), split the same way. */
export function loadWrittenNotes2(): Encounter[] {
  return readNoteDir('written-notes-2', 'written-2', ['notes2-tune', 'notes2-measure']);
}

function readNoteDir(folder: string, corpus: 'written' | 'written-2', [tune, measure]: readonly [Split, Split]): Encounter[] {
  const dir = join(HERE, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file, i) => {
    const note = JSON.parse(readFileSync(join(dir, file), 'utf8')) as WrittenNote;
    const transcript = parseEncounter(note.source, readFileSync(join(DEVSET_DIR, `${note.source}.txt`), 'utf8')).transcript;
    return {
      id: `${corpus}-${note.source}`,
      corpus,
      split: i % 2 === 0 ? tune : measure,
      transcript,
      note: { subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan },
    };
  });
}
