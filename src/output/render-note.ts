import type { Format } from './formats.js';
import type { GroundingFinding } from '../grounding/index.js';
import { renderNoteText } from '../render/note-text.js';
import type { NoteLike, PatientInfo } from '../note/index.js';
import { createStyle, PLAIN_STYLE, type Style } from '../ui/style.js';

export type PatientIdentity = Pick<PatientInfo, 'name' | 'age' | 'gender'>;

export interface EmitOptions {
  format: Format;
  output?: string;
  /** The input the note was made from, as the user named it (`-` for stdin): error lines name it. */
  input?: string;
  showTranscript?: boolean;
  /** Findings of --verify: a `grounding` field in JSON, a warning block after the note for people. */
  grounding?: GroundingFinding[];
  /** From --context, for the FHIR Patient resource. */
  patient?: PatientIdentity;
}

export interface RenderTarget {
  color: boolean;
  decorate: boolean;
}

/** The findings of --verify as a warning block for people. */
export async function renderGroundingBlock(findings: GroundingFinding[], style: Style): Promise<string> {
  const { renderGroundingText } = await import('../grounding/index.js');
  const [first, ...rest] = renderGroundingText(findings).split('\n');
  return `\n${findings.length ? style.warn(`⚠ ${first}`) : style.ok(`✓ ${first}`)}\n${rest.join('\n')}`;
}

/** Renders a note in the chosen format; `json` is the object itself (plus `grounding` when verified). */
export async function renderNote(note: NoteLike, options: EmitOptions, target: RenderTarget): Promise<string> {
  const { format, grounding } = options;
  if (format === 'json') return `${JSON.stringify(grounding ? { ...note, grounding } : note, null, 2)}\n`;
  if (format === 'fhir') {
    const { renderFhirJson } = await import('../export/index.js');
    return renderFhirJson(note, { patient: options.patient });
  }
  const style = target.color ? await createStyle(true) : PLAIN_STYLE;
  let text: string;
  if (format === 'markdown') {
    const { renderNoteMarkdown } = await import('../export/render-markdown.js');
    text = renderNoteMarkdown(note);
  } else {
    text = renderNoteText(note, style, { decorate: target.decorate, showTranscript: options.showTranscript });
  }
  return grounding ? text + (await renderGroundingBlock(grounding, style)) : text;
}
