/**
 * A clinician handing part of the care to a colleague: "I'm going to write to your primary care doctor about the
 * thyroid", "I called Dr. Haddad and here's the plan", "I'll ring the heart failure team". Like a referral, it is a
 * plan item a note must keep, whatever else the sentence says ("…, probably levothyroxine" does not make it a
 * judgement).
 */
import { caseless } from '../text/caseless-pattern.js';

const WHO = String.raw`(?:(?:your|the|his|her|their|our) (?:[a-z-]+ ){0,3}(?:gp|primary care (?:doctor|physician|provider|team)|family (?:doctor|physician)|doctor|physician|consultant|surgeon|specialist|cardiologist|endocrinologist|team|nurse|pharmacist|dentist)|dr\.? [a-z][a-z'-]+|doctor [a-z][a-z'-]+)`;

const CONTACTS = caseless(new RegExp(
  String.raw`\b(?:i|we)(?:'m| am|'re| are|'ll| will|'ve| have)?\s*(?:going to |gonna |just |already |also )?(?:write|writing|wrote|written|call|calling|called|ring|ringing|rang|phone|phoning|phoned|email|emailing|emailed|message|messaging|messaged|fax|faxing|faxed|spoke|speak|speaking|spoken|send|sending|sent)(?: (?:a|an) (?:letter|note|message|email|text|update))? (?:to |with )?${WHO}`,
));

export function contactsColleague(text: string): boolean {
  return CONTACTS.test(text) && !/\?\s*$/.test(text) && !/\b(?:did you|have you|you said|last time)\b/i.test(text);
}
