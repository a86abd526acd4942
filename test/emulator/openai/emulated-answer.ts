/**
 * Stands in for the model: the answer is built from the prompt it was given (after any transcript substitution),
 * so a test can see what reached the model. Styles script how well it follows the requested format.
 */
export type AnswerStyle = 'json' | 'headings' | 'garbage';

const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

/** The sections the prompt asks for by key ("exactly these keys: …"); all four when it does not say. */
export function readRequestedSections(prompt: string): Section[] {
  const m = /exactly th(?:is|ese) keys?: ((?:"[a-z]+"(?:, )?)+)/.exec(prompt);
  const keys: string[] = m?.[1]?.match(/[a-z]+/g) ?? [];
  const picked = SECTIONS.filter((s) => keys.includes(s));
  return picked.length > 0 ? picked : [...SECTIONS];
}

/** The transcript as the model sees it: inside <transcript> tags when the prompt has them. */
function readTranscript(prompt: string): string {
  return (/<transcript>\n?([\s\S]*?)\n?<\/transcript>/.exec(prompt)?.[1] ?? prompt).trim();
}

function pickSentences(sentences: string[], pattern: RegExp, fallback: string): string {
  const hits = sentences.filter((s) => pattern.test(s)).slice(0, 3);
  return hits.length > 0 ? hits.join(' ') : fallback;
}

export function buildEmulatedNote(prompt: string, sections: readonly Section[]): Partial<Record<Section, string>> {
  const transcript = readTranscript(prompt);
  const sentences = transcript.split(/(?<=[.?!])\s+|\n+/).map((s) => s.replace(/^Speaker [A-Z]: /, '').trim()).filter(Boolean);
  const first = sentences[0] ?? 'No transcript was provided.';
  const all: Record<Section, string> = {
    subjective: pickSentences(sentences, /\b(pain|feel|felt|hurt|since|days|weeks|reports?|cough|headache)\b/i, first),
    objective: pickSentences(sentences, /\d/, 'Not documented.'),
    assessment: `Presentation consistent with the complaint discussed: ${first}`,
    plan: pickSentences(sentences, /\b(recommend|follow|prescrib|start|return|schedule|refer)\w*/i, 'Follow up as discussed.'),
  };
  return Object.fromEntries(sections.map((s) => [s, all[s]]));
}

function buildVisitSummary(prompt: string): string {
  const visits = prompt.match(/^Visit on \d{4}-\d{2}-\d{2}/gm) ?? [];
  return JSON.stringify({
    summary: `Summary of ${visits.length} visit${visits.length === 1 ? '' : 's'}.`,
    key_findings: visits.map((v) => `${v.replace('Visit on ', 'Seen on ')}.`),
    active_diagnoses: /low back pain/i.test(prompt) ? [{ code: 'M54.50', description: 'Low back pain, unspecified' }] : [],
  });
}

export function buildAnswerText(prompt: string, style: AnswerStyle): string {
  if (style === 'garbage') return "I'm sorry, but I can't help with that request.";
  if (/"key_findings"/.test(prompt)) return style === 'json' ? buildVisitSummary(prompt) : `Summary\n${readTranscript(prompt).slice(0, 200)}`;
  const sections = readRequestedSections(prompt);
  const note = buildEmulatedNote(prompt, sections);
  if (style === 'json') return JSON.stringify(note, null, 2);
  return `Here is the note.\n\n${sections.map((s) => `## ${TITLES[s]}\n${note[s]}`).join('\n\n')}\n`;
}
