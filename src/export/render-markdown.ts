import { describeDisclaimer, listCodeRows } from './note-input.js';
import { renderMarkdownBody } from './markdown-blocks.js';
import { ICD11_ADVISORY, type NoteLike } from '../note/index.js';
import { SECTIONS, SECTION_TITLES } from '../note/sections.js';

/** Pipes and line breaks would break a table row; backslash-escape the one, flatten the other. */
function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Every code of every system the note lists, as one table, always followed by the disclaimer. */
function renderBillingCodes(note: NoteLike): string[] {
  const { rows, advisory } = listCodeRows(note.billing_codes);
  if (rows.length === 0) return [];
  return [
    '## Billing codes',
    '',
    '| System | Code | Description |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
    '',
    `> ${escapeCell(describeDisclaimer(note))}`,
    ...(advisory ? ['>', `> ${ICD11_ADVISORY}`] : []),
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
 * The note as a Markdown (CommonMark) document: the four SOAP sections, their sub-sections as `###` headings and each
 * line a paragraph or a list item (see markdown-blocks.ts), billing codes as a table always followed by their
 * disclaimer, the patient summary when there is one, and a footer with the note's identity.
 */
export function renderNoteMarkdown(note: NoteLike): string {
  const lines = ['# SOAP note', ''];
  for (const key of SECTIONS) {
    const title = SECTION_TITLES[key];
    const body = renderMarkdownBody(note[key] ?? '');
    lines.push(`## ${title}`, '', body || '_Not documented._', '');
  }
  lines.push(...renderBillingCodes(note));
  if (note.patient_summary?.trim()) lines.push('## Patient summary', '', renderMarkdownBody(note.patient_summary), '');
  lines.push(...renderFooter(note));
  return `${lines.join('\n').trimEnd()}\n`;
}
