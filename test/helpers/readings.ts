import { READINGS, type Reading } from '../emulator/index.js';

export { READINGS, type Reading };

/** How each reading's note ids look: `note_…` in the seeds, UUIDs in the help center's examples. */
export const NOTE_ID: Record<Reading, RegExp> = {
  seeds: /^note_[a-z0-9]{20}$/,
  current: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

/** A note id of the reading, unanchored, for matching inside a line. */
export function noteIdPattern(reading: Reading): string {
  return NOTE_ID[reading].source.replace(/^\^|\$$/g, '');
}
