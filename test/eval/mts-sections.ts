/**
 * MTS-Dialog (CC BY 4.0, Ben Abacha et al. 2023; the two MEDIQA 2023 test sets) as placement material: each row is a
 * short doctor–patient exchange and the clinician's text of one note section (family history, exam, assessment,
 * plan…), so a fact of that text belongs in the SOAP section the header names. Many exchanges are a few lines long and
 * in no house style, which the development set and the other corpora do not cover.
 *
 * Split as the checker's MTS-Dialog figures split it, fixed before it was first read: even IDs "tune" (misses may be
 * read), odd IDs "measure" (figures only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteSections } from '../../src/note/sections.js';
import { locateEvalDir } from '../grounding/bench/corpora.js';
import { readCsvRecords } from './parse-csv.js';

const FILES = ['MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv', 'MTS-Dialog-TestSet-2-MEDIQA-Sum-2023.csv'];

export interface MtsSection {
  id: string;
  half: 'tune' | 'measure';
  header: string;
  transcript: string;
  note: NoteSections;
}

/** The SOAP section a note section of this header belongs to; an ED course is history of the visit. */
export function placeMtsHeader(header: string): keyof NoteSections {
  if (/^(?:EXAM|LABS|IMAGING)$/.test(header)) return 'objective';
  if (/^(?:ASSESSMENT|DIAGNOSIS)$/.test(header)) return 'assessment';
  if (/^(?:PLAN|DISPOSITION|PROCEDURES)$/.test(header)) return 'plan';
  return 'subjective';
}

/** Every row of both test sets, or none when the corpus is not on this machine. */
export function loadMtsSections(): MtsSection[] {
  const dir = join(locateEvalDir(), 'mts-dialog');
  return FILES.flatMap((file, f) => {
    const path = join(dir, file);
    if (!existsSync(path)) return [];
    return readCsvRecords(readFileSync(path, 'utf8')).map((row) => {
      const header = row.section_header ?? '';
      const note: NoteSections = { subjective: '', objective: '', assessment: '', plan: '' };
      note[placeMtsHeader(header)] = row.section_text ?? '';
      return { id: `set${f + 1}-${row.ID}`, half: Number(row.ID) % 2 === 0 ? 'tune' : 'measure', header, transcript: row.dialogue ?? '', note };
    });
  });
}
