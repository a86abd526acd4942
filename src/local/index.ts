/**
 * Offline note engine (`--provider local`): deterministic, no I/O, no network.
 * Sentences come from the transcript itself; each carries the transcript lines it was built from.
 */
import type { EvidenceSentence, Role, SectionName } from './types.js';
import { draftNote, renderSection } from './build-local-note.js';
import { SECTIONS, type NoteSections } from '../note/sections.js';
import { composePatientSummary } from './compose-patient-summary.js';
import { hasClinicalContent } from './clinical-content.js';
import { restoreUnitSpellings } from './unit-spellings.js';
import { readDocumentText } from '../text/structured-documents.js';

export type { EvidenceSentence } from './types.js';

/** The engine's note: the four sections (NoteSections of the note model) and what only the engine adds. */
export type LocalNote = NoteSections & {
  evidence: Record<SectionName, EvidenceSentence[]>;
  /** Each speaker label as written → clinician / patient / other; empty for unlabelled dictation. */
  speakers: Record<string, Role>;
  patient_summary?: string;
};

export interface LocalNoteOptions { specialty?: string; patientSummary?: boolean }

/** Four empty sections: what a text without a clinical encounter in it (code, a recipe, a meeting) gives. */
function emptyNote(options: LocalNoteOptions): LocalNote {
  const note: LocalNote = {
    subjective: '', objective: '', assessment: '', plan: '',
    evidence: { subjective: [], objective: [], assessment: [], plan: [] },
    speakers: {},
  };
  if (options.patientSummary) note.patient_summary = '';
  return note;
}

export function generateLocalNote(given: string, options: LocalNoteOptions = {}): LocalNote {
  // An HTML page, or markup or fields in a format no reader knows, is read for its words (structured-documents.ts).
  const transcript = readDocumentText(given);
  // Writing a note from a package.json or a budget meeting would be making one up: an empty note says so.
  if (!hasClinicalContent(transcript)) return emptyNote(options);
  const draft = draftNote(transcript, options.specialty);
  const spell = restoreUnitSpellings(transcript);
  const rendered = Object.fromEntries(SECTIONS.map((s) => {
    const r = renderSection(draft, s);
    return [s, { text: spell(r.text), evidence: r.evidence.map((e) => ({ ...e, text: spell(e.text) })) }];
  })) as Record<SectionName, ReturnType<typeof renderSection>>;
  const note: LocalNote = {
    subjective: rendered.subjective.text,
    objective: rendered.objective.text,
    assessment: rendered.assessment.text,
    plan: rendered.plan.text,
    evidence: {
      subjective: rendered.subjective.evidence,
      objective: rendered.objective.evidence,
      assessment: rendered.assessment.evidence,
      plan: rendered.plan.evidence,
    },
    speakers: draft.speakers,
  };
  if (options.patientSummary) note.patient_summary = composePatientSummary(draft);
  return note;
}
