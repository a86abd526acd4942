import type { GroundingFinding, GroundingKind } from './types.js';

const KIND_LABELS: Readonly<Record<GroundingKind, string>> = {
  number: 'number',
  medication: 'medication',
  laterality: 'side',
  negation: 'negation',
  exam: 'exam finding',
  diagnosis: 'diagnosis',
  allergy: 'allergy',
  code: 'code',
  contradiction: 'contradiction',
  attribution: 'who said it',
  plan: 'plan item',
  history: 'family or social history',
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A plain-text warning block for the terminal. It lists every finding so a clinician can check each one
 * against the recording; wording stays neutral because the checker is a heuristic, not a judgement.
 */
export function renderGroundingText(findings: readonly GroundingFinding[]): string {
  if (findings.length === 0) return 'Grounding check: every checked statement is supported by the transcript.\n';
  const plural = findings.length === 1 ? 'statement is' : 'statements are';
  const lines = [`Grounding check: ${findings.length} ${plural} not supported by the transcript. Review before use.`, ''];
  findings.forEach((finding, i) => {
    lines.push(`${i + 1}. [${capitalise(finding.section)} · ${KIND_LABELS[finding.kind]}] ${finding.claim}`);
    lines.push(`   why: ${finding.reason}`);
  });
  return `${lines.join('\n')}\n`;
}
