import { generateLocalNote } from '../local/index.js';
import type { NoteRequest } from '../note/request.js';
import { SECTIONS } from '../note/sections.js';
import type { Backend } from './types.js';

/** The offline engine as a backend: no socket is ever opened, and the same input always gives the same note. */
export function createLocalBackend(): Backend {
  const writeNote = (request: NoteRequest) => ({
    provider: 'local',
    ...generateLocalNote(request.transcript, { specialty: request.specialty, patientSummary: request.include_patient_summary }),
  });
  return {
    createNote: (request) => Promise.resolve(writeNote(request)),
    // Streamed one line at a time, so `soap stream` behaves the same whichever backend is chosen.
    // eslint-disable-next-line @typescript-eslint/require-await -- an async generator, as every backend's stream is
    async *streamNote(request) {
      const note = writeNote(request);
      for (const section of SECTIONS) {
        const lines = note[section].split('\n');
        for (const [i, line] of lines.entries()) yield { section, content: i < lines.length - 1 ? `${line}\n` : line };
      }
    },
    // Loaded when asked for: it brings the grounding checker's condition lexicon, which a note never reads.
    summarizeVisits: async (request) => (await import('../local/summarize-visits.js')).summarizeVisitsLocally(request),
  };
}
