/**
 * Clinician-style notes written for encounters of the engine's development set (written-notes/*.json, see the README
 * there): fresh material the checker was never tuned on, so every finding on one is a false alarm. The transcript is
 * read from the devset file at run time, never copied into the note file.
 *
 * Split fixed before any note was checked: sorted by id, even positions are "notes-tune" (may be read and fixed),
 * odd positions are "notes-measure" (only its summary figures are ever printed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEncounter } from '../../eval/devset-score.js';
import type { Encounter } from './corpora.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const NOTES_DIR = join(HERE, 'written-notes');
const DEVSET_DIR = join(HERE, '..', '..', 'eval', 'devset');

interface WrittenNote {
  source: string;
  style: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

/** Every written note as an encounter of the "written" corpus, tune and measure halves alternating by sorted id. */
export function loadWrittenNotes(): Encounter[] {
  const files = readdirSync(NOTES_DIR).filter((f) => f.endsWith('.json')).sort();
  return files.map((file, i) => {
    const note = JSON.parse(readFileSync(join(NOTES_DIR, file), 'utf8')) as WrittenNote;
    const transcript = parseEncounter(note.source, readFileSync(join(DEVSET_DIR, `${note.source}.txt`), 'utf8')).transcript;
    return {
      id: `written-${note.source}`,
      corpus: 'written',
      split: i % 2 === 0 ? 'notes-tune' : 'notes-measure',
      transcript,
      note: { subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan },
    };
  });
}
