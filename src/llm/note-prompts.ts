import type { NoteContext } from '../note/index.js';
import { UsageError } from '../errors.js';
import { SPECIALTIES } from '../specialties.js';
import type { ChatMessage } from './chat-message.js';
import { formatUtterances, type Utterance } from './format-utterances.js';
import { describeContext } from './describe-context.js';
import { SECTIONS, orderSections, type Section } from '../note/index.js';
import { defuseTranscriptTag } from './transcript-tag.js';

/**
 * What a note is asked for from. The transcript is always written into the prompt (its speaker turns when there are
 * any, else its text): AssemblyAI's `{{ transcript }}` tag is filled only by a gateway that knows `transcript_id`, and
 * carries no speakers, so a prompt that relied on it could reach the model with the bare tag in place of the visit.
 */
export interface NotePromptInput {
  transcript?: string;
  utterances?: readonly Utterance[];
  specialty: string;
  template?: string;
  context?: NoteContext;
  /** Default: all four (one request for the whole note). One section for `--method sections`. */
  sections?: readonly Section[];
}

// Adapted from the section guidance of AssemblyAI's SOAP note guide (seed 000).
const GUIDANCE: Record<Section, string> = {
  subjective: "the patient's own account: symptoms, concerns, history of the present illness, as reported (brief quotes welcome)",
  objective: 'measurable and observed findings: vital signs, examination findings, test results, measurements',
  assessment: "the clinician's interpretation: diagnoses or differentials, and progress since earlier visits",
  plan: 'next steps: treatment, medication changes, tests ordered, referrals, patient education, follow-up',
};

function describeSpecialty(id: string): string {
  return SPECIALTIES.find((s) => s.id === id)?.name ?? id;
}

function describeTranscriptBlock(input: NotePromptInput): string {
  const turns = input.utterances && input.utterances.length > 0 ? formatUtterances(input.utterances) : '';
  if (turns) return defuseTranscriptTag(turns);
  if (input.transcript === undefined || input.transcript.trim() === '') {
    throw new UsageError('there is no transcript text to write a note from');
  }
  return defuseTranscriptTag(input.transcript.trim());
}

function describeAnswerFormat(sections: readonly Section[]): string {
  const keys = sections.map((s) => `"${s}"`).join(', ');
  const example = `{${sections.map((s) => `"${s}": "…"`).join(', ')}}`;
  return (
    `Answer with one JSON object and nothing else, with exactly ${sections.length === 1 ? 'this key' : 'these keys'}: ${keys}. ` +
    `Each value is a string (use \\n for line breaks; "- " bullets are fine inside it). Example: ${example}`
  );
}

/**
 * The messages that ask for a SOAP note (or some of its sections). The same prompt serves AssemblyAI's gateway and
 * any OpenAI-compatible server, so both providers' answers parse the same way.
 */
export function buildNoteMessages(input: NotePromptInput): ChatMessage[] {
  const sections = orderSections(input.sections ?? SECTIONS);
  const whole = sections.length === SECTIONS.length;
  const parts = [
    `You are a clinical documentation assistant. Write ${whole ? 'a SOAP note' : `the ${sections.join(', ')} section${sections.length > 1 ? 's' : ''} of a SOAP note`} ` +
      `for a ${describeSpecialty(input.specialty)} encounter, from the transcript of the visit below.`,
    [
      'Rules:',
      '- Use only what the transcript and the context say. Never invent findings, vital signs, doses or diagnoses; write "Not documented." for a section with nothing to go on.',
      '- Personal information may have been redacted (for example ####); keep redactions as they are.',
      '- Write in the concise, professional style of a clinical record.',
    ].join('\n'),
    ['Sections:', ...sections.map((s) => `- ${s}: ${GUIDANCE[s]}`)].join('\n'),
  ];
  if (input.template && input.template !== 'standard') {
    parts.push(`Follow this template or style for the content of each section:\n${defuseTranscriptTag(input.template.trim())}`);
  }
  const context = describeContext(input.context);
  if (context) parts.push(`Context supplied by the clinician:\n${defuseTranscriptTag(context)}`);
  parts.push(describeAnswerFormat(sections));
  parts.push(`Transcript:\n<transcript>\n${describeTranscriptBlock(input)}\n</transcript>`);
  return [{ role: 'user', content: parts.join('\n\n') }];
}
