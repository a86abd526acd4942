/**
 * Decides which diarised speaker is the clinician. Clinicians ask most of the questions and use exam,
 * ordering and prescribing language; patients talk about their own symptoms in the first person.
 */
import type { Role } from './turns.js';

const CLINICIAN_CUES = /\b(exam|examine|let me (take a )?(look|listen|check|feel)|take a deep breath|prescrib\w*|i('m| am) (going to|gonna|gon na) (order|start|prescribe|refer|send|get)|order (an?|some|the)|follow[- ]?up|come back in|blood pressure is|lungs (are|sound)|heart sounds|tender|range of motion|diagnos\w*|my (assessment|impression|plan)|what brings you|how can i help|mg\b|milligrams?)\b/gi;
const PATIENT_CUES = /\b(i('ve| have) been (having|feeling)|my (pain|back|knee|chest|head|stomach|doctor|husband|wife|kids?)|it hurts|i feel|i('m| am) (feeling|worried|scared)|thank you,? doctor|thanks,? doc(tor)?)\b/gi;
const QUESTION_START = /^(do|did|does|have|has|are|is|was|were|can|could|how|what|when|where|which|why|any)\b/i;

function scoreClinicianLikeness(texts: string[]): number {
  let score = 0;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.?!])\s+/)) {
      if (/\?\s*$/.test(sentence) || QUESTION_START.test(sentence.trim())) score += 1;
    }
    score += 2 * (text.match(CLINICIAN_CUES)?.length ?? 0);
    score -= 2 * (text.match(PATIENT_CUES)?.length ?? 0);
  }
  return score / Math.max(1, Math.sqrt(texts.length));
}

/** Maps each diarised label to a role: the most clinician-like speaker is the clinician, the most talkative other the patient. */
export function assignDiarisedRoles(lines: { label: string; text: string }[]): Map<string, Role> {
  const byLabel = new Map<string, string[]>();
  for (const l of lines) byLabel.set(l.label, [...(byLabel.get(l.label) ?? []), l.text]);
  const labels = [...byLabel.keys()];
  const roles = new Map<string, Role>();
  if (labels.length === 0) return roles;
  const ranked = labels
    .map((label, order) => ({ label, order, score: scoreClinicianLikeness(byLabel.get(label)!) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  roles.set(ranked[0]!.label, 'clinician');
  const rest = ranked.slice(1).sort((a, b) => {
    const words = (label: string) => byLabel.get(label)!.join(' ').split(/\s+/).length;
    return words(b.label) - words(a.label) || a.order - b.order;
  });
  rest.forEach((r, i) => roles.set(r.label, i === 0 ? 'patient' : 'other'));
  return roles;
}
