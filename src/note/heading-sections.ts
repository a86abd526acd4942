import { SECTIONS, type NoteSections, type Section } from './sections.js';

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

export interface HeadingSplit {
  /** The sections whose heading was found. */
  sections: Partial<Record<Section, string>>;
  /** Text before the first heading (all of it when there is none), trimmed. */
  preamble: string;
}

/**
 * Splits free text at its section headings (`Subjective:`, `SUBJECTIVE`, `## Subjective`, `**Subjective**`, `S:`,
 * any case). Headings must come in S-O-A-P order and each counts once, so a later "Plan: …" line inside the plan
 * stays text; full-name headings win over `S:` letters.
 */
export function splitHeadingText(text: string): HeadingSplit {
  const lines = text.split(/\r?\n/);
  const headings = lines.map(readHeadingLine);
  const preferNames = headings.some((h) => h && !h.letter);
  const out: Partial<Record<Section, string[]>> = {};
  const preamble: string[] = [];
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
    else preamble.push(line);
  }
  const sections: Partial<Record<Section, string>> = {};
  for (const section of SECTIONS) {
    const body = out[section];
    if (body) sections[section] = tidyBody(body.join('\n'));
  }
  return { sections, preamble: preamble.join('\n').trim() };
}

/** The sections of free text whose heading was found; text before the first heading (a preamble) is dropped. */
export function splitHeadingSections(text: string): Partial<Record<Section, string>> {
  return splitHeadingText(text).sections;
}

/**
 * A whole note written as text (a content-only stream): its four sections by their headings, text before the first
 * heading kept as a preamble. Text without any heading at all is the Subjective, so nothing received is lost.
 */
export function readNoteText(text: string): { sections: NoteSections; preamble?: string } {
  const { sections, preamble } = splitHeadingText(text);
  const found = SECTIONS.some((s) => sections[s] !== undefined);
  const all = Object.fromEntries(SECTIONS.map((s) => [s, sections[s] ?? ''])) as NoteSections;
  if (!found) return { sections: { ...all, subjective: preamble } };
  return preamble ? { sections: all, preamble } : { sections: all };
}

/** Drops a closing fence or rule the model put after the last section. */
function tidyBody(body: string): string {
  return body.replace(/(?:\n[ \t]*(?:```|---+|\*\*\*+)[ \t]*)+\s*$/, '').trim();
}
