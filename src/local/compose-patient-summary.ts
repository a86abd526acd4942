/**
 * A plain-language paragraph for the patient, built from the clinician's own words to them (before the
 * third-person rewrite), so it reads "you" and invents nothing.
 */
import type { DraftNote } from './build-local-note.js';

const MAX_FINDINGS = 3;
const MAX_STEPS = 5;

export function composePatientSummary(draft: DraftNote): string {
  const findings = [...draft.blocks.assessment].slice(0, MAX_FINDINGS).map((s) => s.spoken);
  const steps = draft.blocks.plan.slice(0, MAX_STEPS).map((s) => s.spoken);
  const parts = ['Here is a summary of your visit today.'];
  if (draft.blocks.chief_complaint[0]) parts.push(`You came in for: ${draft.blocks.chief_complaint[0].spoken.replace(/\.$/, '').toLowerCase()}.`);
  if (findings.length > 0) parts.push(`What we found: ${findings.join(' ')}`);
  if (steps.length > 0) parts.push(`What happens next: ${steps.join(' ')}`);
  if (findings.length === 0 && steps.length === 0) parts.push('Please ask your care team about the next steps discussed during the visit.');
  parts.push('If anything gets worse or you have questions, contact your care team.');
  return parts.join(' ');
}
