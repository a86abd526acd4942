import { describeDisclaimer, hasBillingCodes } from './note-input.js';
import type { Code, NoteLike } from '../note/index.js';
import { SECTIONS, SECTION_TITLES } from '../note/sections.js';

/** Pipes and line breaks would break a table row; backslash-escape the one, flatten the other. */
function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}

function renderCodeRows(system: string, codes: readonly Code[] | undefined): string[] {
  return (codes ?? []).map((c) => `| ${system} | ${escapeCell(c.code)} | ${escapeCell(c.description)} |`);
}

function renderBillingCodes(note: NoteLike): string[] {
  if (!hasBillingCodes(note)) return [];
  return [
    '## Billing codes',
    '',
    '| System | Code | Description |',
    '| --- | --- | --- |',
    ...renderCodeRows('ICD-10', note.billing_codes?.icd10),
    ...renderCodeRows('CPT', note.billing_codes?.cpt),
    '',
    `> ${escapeCell(describeDisclaimer(note))}`,
    '',
  ];
}

function renderFooter(note: NoteLike): string[] {
  const parts = [
    note.noteId ? `Note ID: ${note.noteId}` : '',
    note.provider ? `Provider: ${note.provider}` : '',
    note.expires_at ? `Expires: ${note.expires_at}` : '',
  ].filter(Boolean);
  return parts.length ? ['---', '', `_${parts.join(' · ')}_`, ''] : [];
}

/**
 * The note as a Markdown document: the four SOAP sections, billing codes as a table always followed by their
 * disclaimer, the patient summary when there is one, and a footer with the note's identity.
 */
export function renderNoteMarkdown(note: NoteLike): string {
  const lines = ['# SOAP note', ''];
  for (const key of SECTIONS) {
    const title = SECTION_TITLES[key];
    const body = note[key]?.trim();
    lines.push(`## ${title}`, '', body || '_Not documented._', '');
  }
  lines.push(...renderBillingCodes(note));
  if (note.patient_summary?.trim()) lines.push('## Patient summary', '', note.patient_summary.trim(), '');
  lines.push(...renderFooter(note));
  return `${lines.join('\n').trimEnd()}\n`;
}
