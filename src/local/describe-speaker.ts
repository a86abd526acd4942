/** How a note names a companion who speaks: "mom", "the owner", "the caller", or the name they were labelled with. */
import { roleFromLabel } from '../text/speaker-labels.js';

const FAMILY_WORDS = /^(?:mom|mum|dad|mommy|daddy|mama|papa)$/;

export function describeSpeaker(label: string): string | undefined {
  // "Ken (owner)", "Leila (interpreter)": the role in parentheses, unless the name already says who ("Mum (phone)").
  // An interview's letter ("A (daughter)" beside "A:" for the patient's answers) names no one: its parenthesis does.
  const parts = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(label.trim());
  if (parts) {
    const [, name = '', role = ''] = parts;
    const named = describeSpeaker(name);
    if ((roleFromLabel(name) !== undefined && name.trim().length > 1) || FAMILY_WORDS.test(name.toLowerCase()) || roleFromLabel(role) === undefined) return named;
    return `the ${role.toLowerCase()}`;
  }
  // "Guest_family" (MTS-Dialog's label for a relative) is a relative, where "SPEAKER_01" names no one.
  if (/^guest[_ ]?family$/i.test(label.trim())) return 'the family member';
  if (label.includes('_')) return undefined;
  const key = label.toLowerCase().replace(/[^a-z ]/g, '').trim();
  if (key === 'int' || key === 'interp') return 'the interpreter';
  // An ambient scribe's "OTHER:" is whoever else is in the room.
  if (/^(?:other|others|unknown|visitor|attendee)$/.test(key)) return 'another person present';
  if (FAMILY_WORDS.test(key)) return key;
  if (roleFromLabel(label) === 'other') return `the ${key}`;
  // A nurse or an aide reporting to the clinician: "the aide", "the RN"; a named one ("Nurse Kim") as labelled.
  if (roleFromLabel(label) === 'clinician' && !/\s/.test(key)) return `the ${/^[A-Z]{2,}$/.test(label.trim()) ? label.trim() : key}`;
  return /^[A-Z]/.test(label) ? asWritten(label) : displayedAddress(label);
}

/** Teams' directory form "Bramwell, Hollie" as a note writes a name: "Hollie Bramwell". */
function asWritten(label: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)?)$/u.exec(label.trim());
  return m ? `${m[2]} ${m[1]}` : label;
}

/** An attendee shown by e-mail address, "edward.lyle@gmail.com", by the name it spells ("Edward Lyle"), if it spells one. */
function displayedAddress(label: string): string | undefined {
  const m = /^([a-z]+)[._]([a-z]+)@[\w.-]+$/i.exec(label.trim());
  return m ? [m[1]!, m[2]!].map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`).join(' ') : undefined;
}
