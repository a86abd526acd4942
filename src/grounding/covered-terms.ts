/**
 * Complaints one broader complaint covers (knee pain is joint pain, breathlessness on exertion is breathlessness),
 * and what a mention of one says of the other: a narrower complaint had contradicts the broader one denied, and the
 * broader one denied outright contradicts a narrower one the conversation never names.
 */
import type { TermClaim } from './note-claims.js';
import type { Mention } from './polarity-reading.js';
import { isSameSite } from './sites.js';

/** Pains a broader term covers: knee pain is joint pain, so "joint pain? — no" does not deny a sore knee. */
export const COVERED_BY: Readonly<Record<string, readonly string[]>> = {
  // "between the bleeds" of a patient with nosebleeds; "bleed from your gums? — no" does not deny those.
  bleeding: ['epistaxis'],
  'shortness of breath': ['exertional dyspnea', 'orthopnea'],
  paresthesia: ['numbness', 'tingling'],
  'joint pain': ['knee pain', 'hip pain', 'shoulder pain', 'elbow pain', 'wrist pain', 'ankle pain', 'finger pain', 'toe pain', 'thumb pain', 'joint swelling'],
};

/**
 * A denial the transcript never speaks to in its own words, contradicted by a narrower complaint the patient
 * affirmed: "Denies shortness of breath" where the patient gets short of breath on the stairs. Not when the note
 * denies only the rest ("denies other joint pain").
 */
export function findNarrowerComplaint(claim: TermClaim, statement: string, mentions: ReadonlyMap<string, Mention[]>): Mention | undefined {
  if (claim.polarity !== 'absent' || claim.kind !== 'symptom' || /\b(?:other|else|additional|elsewhere|further|otherwise)\b/i.test(statement)) return undefined;
  const said = (COVERED_BY[claim.term] ?? []).flatMap((t) => mentions.get(t) ?? []);
  return said.find((m) => m.polarity === 'present' && m.role === 'patient' && !m.exam && !m.imaging && isSameSite(claim.sites, m.sites));
}

/**
 * "Reports SOB on exertion" where the patient said "no shortness of breath" and nothing of exertion: the broader
 * complaint denied every time it came up, the patient among those denying it, denies the narrower one the conversation never names.
 * (A narrower one the conversation does name is judged by its own mentions.)
 */
export function findBroaderDenial(claim: TermClaim, mentions: ReadonlyMap<string, Mention[]>): Mention | undefined {
  if (claim.polarity !== 'present' || claim.kind !== 'symptom' || claim.words) return undefined;
  for (const [broader, narrower] of Object.entries(COVERED_BY)) {
    if (!narrower.includes(claim.term)) continue;
    const said = (mentions.get(broader) ?? []).filter((m) => m.polarity !== 'unknown' && !m.exam && !m.imaging && isSameSite(claim.sites, m.sites));
    if (said.every((m) => m.polarity === 'absent')) return said.find((m) => m.role === 'patient');
  }
  return undefined;
}
