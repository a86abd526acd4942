import { SECTIONS, type Section } from './sections.js';

interface HeadingLine {
  section: Section;
  /** True for `S:`-style headings, which lose to full names when both appear. */
  letter: boolean;
  /** Text after the heading on the same line (`Subjective: Patient reports…`). */
  rest: string;
}

const NAMES: Record<string, Section> = {
  subjective: 'subjective',
  objective: 'objective',
  assessment: 'assessment',
  plan: 'plan',
  s: 'subjective',
  o: 'objective',
  a: 'assessment',
  p: 'plan',
};

// Markdown hashes, list numbering, bold/underline, an optional "(S)" and a colon inside or outside the bold.
const HEADING = /^[ \t]*(#{1,6}[ \t]*)?(?:\d{1,2}[.)][ \t]*)?(\*\*|__)?[ \t]*([A-Za-z]+)[ \t]*(?:\([A-Za-z]\)[ \t]*)?(:)?[ \t]*(\*\*|__)?[ \t]*(:)?[ \t]*(.*)$/;

/** Reads one line as a section heading, or undefined when it is ordinary text such as "Plan to return in a week". */
export function readHeadingLine(line: string): HeadingLine | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  const [, hashes, boldOpen, word = '', colonIn, boldClose, colonOut, rest = ''] = m;
  const section = NAMES[word.toLowerCase()];
  if (!section) return undefined;
  if ((boldOpen ?? '') !== (boldClose ?? '')) return undefined;
  const colon = Boolean(colonIn || colonOut);
  const letter = word.length === 1;
  // A lone "P" could be a pulse reading or a speaker; only an upper-case letter with a colon counts.
  if (letter && (word !== word.toUpperCase() || !colon)) return undefined;
  if (!letter && !colon && !hashes && !boldOpen && rest.trim() !== '') return undefined;
  return { section, letter, rest: rest.trim() };
}

/**
 * Splits free text at its section headings. Headings must come in S-O-A-P order and each counts once, so a later
 * "Plan: …" line inside the plan stays text; full-name headings win over `S:` letters. Text before the first
 * heading (a preamble) is dropped.
 */
export function splitHeadingSections(text: string): Partial<Record<Section, string>> {
  const lines = text.split(/\r?\n/);
  const headings = lines.map(readHeadingLine);
  const preferNames = headings.some((h) => h && !h.letter);
  const out: Partial<Record<Section, string[]>> = {};
  let current: Section | undefined;
  let lastIndex = -1;
  for (const [i, line] of lines.entries()) {
    const h = headings[i];
    const index = h ? SECTIONS.indexOf(h.section) : -1;
    if (h && !(preferNames && h.letter) && index > lastIndex) {
      current = h.section;
      lastIndex = index;
      out[current] = h.rest ? [h.rest] : [];
      continue;
    }
    if (current) out[current]!.push(line);
  }
  const result: Partial<Record<Section, string>> = {};
  for (const section of SECTIONS) {
    const body = out[section];
    if (body) result[section] = tidyBody(body.join('\n'));
  }
  return result;
}

/** Drops a closing fence or rule the model put after the last section. */
function tidyBody(body: string): string {
  return body.replace(/(?:\n[ \t]*(?:```|---+|\*\*\*+)[ \t]*)+\s*$/, '').trim();
}
