import type { Style } from '../ui/style.js';
import { SECTIONS } from '../note/sections.js';
import { renderBillingCodes, type BillingCodes } from './billing-codes.js';

/** What the text renderer needs of a note, from any provider. */
export interface RenderableNote {
  noteId?: string;
  provider?: string;
  subjective?: string;
  objective?: string;
  assessment?: string;
  plan?: string;
  transcript?: string;
  billing_codes?: BillingCodes;
  billing_codes_disclaimer?: string;
  patient_summary?: string;
  expires_at?: string;
}


export interface TextOptions {
  /** Terminal output: tables with borders. Piped output stays plain. */
  decorate: boolean;
  showTranscript?: boolean;
}

function block(title: string, body: string, style: Style): string {
  return `${style.heading(title.toUpperCase())}\n${body.trim() || style.dim('(empty)')}\n`;
}

/** The note for people: the four sections under headings, codes with their disclaimer, summary, then a footer. */
export function renderNoteText(note: RenderableNote, style: Style, options: TextOptions): string {
  const parts = SECTIONS.map((s) => block(s, note[s] ?? '', style));
  if (note.billing_codes) {
    parts.push(block('billing codes', renderBillingCodes(note.billing_codes, note.billing_codes_disclaimer, style, options.decorate), style));
  }
  if (note.patient_summary) parts.push(block('patient summary', note.patient_summary, style));
  if (options.showTranscript && note.transcript) parts.push(block('transcript', note.transcript, style));
  const footer = [
    note.noteId && `note ${note.noteId}`,
    note.provider && `via ${note.provider}`,
    note.expires_at && `expires ${note.expires_at}`,
  ].filter(Boolean);
  if (footer.length) parts.push(style.dim(footer.join(' · ')) + '\n');
  return parts.join('\n');
}
