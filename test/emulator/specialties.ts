/** The 24 specialties, in the order of the API docs, with the display names the service uses. */
// The service's list, as seed 004 gives it; src/specialties.ts carries the same copy for offline use.
export { SPECIALTIES } from '../../src/specialties.js';
import { SPECIALTIES } from '../../src/specialties.js';

const NAMES_BY_ID = new Map(SPECIALTIES.map((s) => [s.id, s.name]));

export function isSpecialtyId(id: string): boolean {
  return NAMES_BY_ID.has(id);
}

export function getSpecialtyName(id: string): string {
  return NAMES_BY_ID.get(id) ?? id;
}
