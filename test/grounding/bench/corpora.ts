/**
 * The encounters the injection benchmark is built on: ACI-Bench train and valid (CC BY 4.0, Yim et al. 2023) and
 * PriMock57 (CC BY 4.0, Papadopoulos Korfiatis et al. 2022; the joined transcripts are derived files, see the eval
 * README). Never the ACI-Bench test sets.
 *
 * Split: "dev" (ACI-Bench train and PriMock57 days 1–3) is what the checker may be tuned on; "held-out" (ACI-Bench
 * valid and PriMock57 days 4–5) is only measured, so its figures predict notes we have not seen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GroundingNoteInput, SectionName } from '../../../src/grounding/index.js';
import { readCsvRecords } from '../../eval/parse-csv.js';
import { splitAciNote } from '../aci-note-sections.js';

/**
 * "notes-tune"/"notes-measure" and "notes2-tune"/"notes2-measure" are the halves of the two sets of notes written for
 * devset encounters (written-notes.ts); "notes3-tune"/"notes3-measure" those of the third, with written errors (written-notes-3.ts).
 */
export type Split = 'dev' | 'held-out' | 'notes-tune' | 'notes-measure' | 'notes2-tune' | 'notes2-measure' | 'notes3-tune' | 'notes3-measure';

/** Splits whose single findings and misses may be printed and read; the others are only ever summed. */
export const READABLE_SPLITS: readonly Split[] = ['dev', 'notes-tune', 'notes2-tune', 'notes3-tune'];

export interface Encounter {
  id: string;
  corpus: 'aci-train' | 'aci-valid' | 'primock57' | 'written' | 'written-2' | 'written-3';
  split: Split;
  transcript: string;
  note: Required<Pick<GroundingNoteInput, SectionName>>;
}

export function locateEvalDir(): string {
  if (process.env.SOAP_EVAL_DIR) return resolve(process.env.SOAP_EVAL_DIR);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'eval');
}

/** PriMock57 notes are free text with GP shorthand headings ("Imp:", "Plan:", "Ex:", "O/E"). */
const PRIMOCK_HEADINGS: readonly [RegExp, SectionName][] = [
  [/^\s*(?:imp|impression|diagnosis|ddx|assessment|a)\s*[:\-–]/i, 'assessment'],
  [/^\s*(?:plan|plans|pln|mx|management|p)\s*[:\-–)]/i, 'plan'],
  [/^\s*(?:ex|exam|examination|o\/e|oe|obs|video assessment)\s*[:\-–]/i, 'objective'],
  [/^\s*(?:pc|hpc|hx|history|pmh\w*|dh\w*|sh\w*|fh\w*|fmh\w*|psh|ice|medications?|allergies)\s*[:\-–]/i, 'subjective'],
];

export function splitPrimockNote(note: string): Encounter['note'] {
  const sections: Record<SectionName, string[]> = { subjective: [], objective: [], assessment: [], plan: [] };
  let current: SectionName = 'subjective';
  for (const line of note.split(/\r?\n/)) {
    const heading = PRIMOCK_HEADINGS.find(([re]) => re.test(line));
    // Once the plan starts, the rest of the note is plan (safety-netting lines have headings of their own).
    if (heading && !(current === 'plan' && heading[1] === 'subjective')) current = heading[1];
    sections[current].push(line);
  }
  return {
    subjective: sections.subjective.join('\n'),
    objective: sections.objective.join('\n'),
    assessment: sections.assessment.join('\n'),
    plan: sections.plan.join('\n'),
  };
}

function loadAci(evalDir: string, split: 'train' | 'valid'): Encounter[] {
  const path = join(evalDir, 'aci-bench', `${split}.csv`);
  if (!existsSync(path)) return [];
  return readCsvRecords(readFileSync(path, 'utf8')).map((row) => ({
    id: `${split}-${row.encounter_id ?? '?'}`,
    corpus: split === 'train' ? 'aci-train' : 'aci-valid',
    split: split === 'train' ? 'dev' : 'held-out',
    transcript: row.dialogue ?? '',
    note: splitAciNote(row.note ?? ''),
  }));
}

interface PrimockPair {
  id: string;
  day: number | string;
  transcript: string;
  note: string;
}

function loadPrimock(evalDir: string): Encounter[] {
  const path = join(evalDir, 'primock57', 'primock57_transcript_note_pairs.json');
  if (!existsSync(path)) return [];
  const pairs = JSON.parse(readFileSync(path, 'utf8')) as PrimockPair[];
  return pairs.map((p) => ({
    id: p.id,
    corpus: 'primock57',
    split: Number(String(p.day).replace(/\D/g, '')) <= 3 ? 'dev' : 'held-out',
    transcript: p.transcript,
    note: splitPrimockNote(p.note),
  }));
}

/** Every encounter of both corpora, in a fixed order. */
export function loadEncounters(evalDir = locateEvalDir()): Encounter[] {
  return [...loadAci(evalDir, 'train'), ...loadAci(evalDir, 'valid'), ...loadPrimock(evalDir)];
}
