import type { Style } from '../ui/style.js';
import { SECTIONS, readTranscriptText, type NoteLike } from '../note/index.js';
import { renderBillingCodes } from './billing-codes.js';

export interface TextOptions {
  /** Terminal output: tables with borders. Piped output stays plain. */
  decorate: boolean;
  showTranscript?: boolean;
}

function block(title: string, body: string, style: Style): string {
  return `${style.heading(title.toUpperCase())}\n${body.trim() || style.dim('(empty)')}\n`;
}

/** The note for people: the four sections under headings, codes with their disclaimer, summary, then a footer. */
export function renderNoteText(note: NoteLike, style: Style, options: TextOptions): string {
  return [...SECTIONS.map((s) => block(s, note[s] ?? '', style)), ...renderNoteExtras(note, style, options)].join('\n');
}

/** What follows the sections, each a block: codes with their disclaimer, the summary, the transcript, the footer. */
export function renderNoteExtras(note: NoteLike, style: Style, options: TextOptions): string[] {
  const parts: string[] = [];
  if (note.billing_codes) {
    parts.push(block('billing codes', renderBillingCodes(note.billing_codes, note.billing_codes_disclaimer, style, options.decorate), style));
  }
  if (note.patient_summary) parts.push(block('patient summary', note.patient_summary, style));
  const transcript = options.showTranscript ? readTranscriptText(note.transcript) : '';
  if (transcript) parts.push(block('transcript', transcript, style));
  const footer = [
    note.noteId && `note ${note.noteId}`,
    note.provider && `via ${note.provider}`,
    note.expires_at && `expires ${note.expires_at}`,
  ].filter(Boolean);
  if (footer.length) parts.push(style.dim(footer.join(' · ')) + '\n');
  return parts;
}
