import type { GroundingNoteInput, SectionName } from '../../src/grounding/index.js';

/** Where each upper-case ACI-Bench header belongs; unknown headers keep the section they follow. */
const HEADER_SECTIONS: readonly [RegExp, SectionName][] = [
  [/^(CHIEF COMPLAINT|HISTORY OF PRESENT ILLNESS|HPI|REVIEW OF SYSTEMS|PAST|SOCIAL|FAMILY|SURGICAL|MEDICAL HISTORY|CURRENT MEDICATIONS|MEDICATIONS|ALLERGIES|IMMUNIZATIONS)/, 'subjective'],
  [/^(PHYSICAL EXAM|EXAM|VITALS|VITAL SIGNS|RESULTS|LABS|IMAGING|PROCEDURE)/, 'objective'],
  [/^(ASSESSMENT AND PLAN|ASSESSMENT|IMPRESSION)/, 'assessment'],
  [/^(PLAN|INSTRUCTIONS|PATIENT INSTRUCTIONS|FOLLOW)/, 'plan'],
];

function findHeaderSection(line: string): SectionName | null {
  const trimmed = line.trim();
  if (!/^[A-Z][A-Z &/-]{2,}:?$/.test(trimmed)) return null;
  return HEADER_SECTIONS.find(([re]) => re.test(trimmed))?.[1] ?? null;
}

/** Splits a clinician-written ACI-Bench note into the four SOAP sections by its headers. */
export function splitAciNote(note: string): Required<Pick<GroundingNoteInput, SectionName>> {
  const sections: Record<SectionName, string[]> = { subjective: [], objective: [], assessment: [], plan: [] };
  let current: SectionName = 'subjective';
  for (const line of note.split(/\r?\n/)) {
    const header = findHeaderSection(line);
    if (header) current = header;
    else if (/^[A-Z][A-Z &/-]{2,}:?$/.test(line.trim())) continue;
    else sections[current].push(line);
  }
  return {
    subjective: sections.subjective.join('\n'),
    objective: sections.objective.join('\n'),
    assessment: sections.assessment.join('\n'),
    plan: sections.plan.join('\n'),
  };
}
