/** Who and where the patient is, checked as a remote visit opens: never clinical, never the note's. */
import type { Turn } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';

/**
 * The checks a remote visit opens with: "Can I confirm your full name and date of birth?", "the first line of your
 * address for me?", "Are you in a private place?" — asked as questions. Neither they nor the answers are clinical, and
 * a name or an address has no place in the note.
 */
export const IDENTITY_CHECK = caseless(/\b(?:your|their|his|her|the patient's) (?:full )?(?:name|date of birth|dob|address|postcode|post code|zip code|nhs number|(?:tele)?phone number|mobile number)\b|\bfirst line of (?:your|their|the|his|her) address\b|\b(?:private|quiet|safe|secure|confidential) (?:place|space|room|location|area|conversation)\b/);

/** The turns that answer a check of who and where the patient is (see IDENTITY_CHECK): the first reply only. */
export function findIdentityAnswers(turns: Turn[]): Set<number> {
  const found = new Set<number>();
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const asked = splitSentences(normalizeAsrText(q.text)).at(-1) ?? '';
    if (q.role === 'clinician' && turns[i]!.role !== 'clinician' && /\?\s*$/.test(asked) && IDENTITY_CHECK.test(asked)) found.add(i);
  }
  return found;
}
