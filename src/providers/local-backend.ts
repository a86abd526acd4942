import { generateLocalNote, summarizeVisitsLocally } from '../local/index.js';
import { SECTIONS, type NoteRequest } from '../note/index.js';
import type { Backend } from './types.js';

/** The offline engine as a backend: no socket is ever opened, and the same input always gives the same note. */
export function createLocalBackend(): Backend {
  const createNote = async (request: NoteRequest) => {
    const note = generateLocalNote(request.transcript, { specialty: request.specialty, patientSummary: request.include_patient_summary });
    return { provider: 'local', ...note };
  };
  return {
    createNote,
    // Streamed one line at a time, so `soap stream` behaves the same whichever backend is chosen.
    async *streamNote(request) {
      const note = await createNote(request);
      for (const section of SECTIONS) {
        const lines = note[section].split('\n');
        for (const [i, line] of lines.entries()) yield { section, content: i < lines.length - 1 ? `${line}\n` : line };
      }
    },
    async summarizeVisits(request) {
      return summarizeVisitsLocally(request);
    },
  };
}
