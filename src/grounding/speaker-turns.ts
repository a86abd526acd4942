/**
 * The transcript's turns with their speakers, as the engine reads them: the parser's reading (which knows the label
 * layouts, a name on its own line over the words among them), and a visit pasted a turn a line with no labels cut into
 * the clinician's and patient's turns the way the engine reads it (src/local/unlabelled-dialogue.ts), so "who said it"
 * and the answers to questions are the same for both. Read as dictation, every one of those lines is the clinician's,
 * and a patient's "no" answers nothing.
 */
import { readTranscript } from '../text/parse-transcript.js';
import type { Turn } from '../text/turns.js';
import { isUnlabelledDialogue, unfoldUnlabelledDialogue } from '../local/unlabelled-dialogue.js';

/** The transcript's turns with the speakers of these layouts read; any other transcript as the parser reads it. */
export function readSpeakerTurns(transcript: string): Turn[] {
  const reading = readTranscript(transcript);
  if (reading.labelled) return reading.turns;
  return isUnlabelledDialogue(reading.turns) ? unfoldUnlabelledDialogue(reading.turns) : reading.turns;
}
