import { z } from 'zod';
import { ModelAnswerError } from './errors.js';
import { splitHeadingSections } from '../note/index.js';
import { extractJsonValue } from './json-answer.js';
import { SECTIONS, SECTION_TITLES, type Section } from '../note/index.js';

function buildSectionsSchema<S extends Section>(expected: readonly S[]) {
  const shape = Object.fromEntries(expected.map((s) => [s, z.string()])) as Record<S, z.ZodString>;
  return z.strictObject(shape);
}

/** The JSON the prompt asked for: exactly the expected keys, each a string. */
export function parseJsonSections<S extends Section>(text: string, expected: readonly S[]): Record<S, string> | undefined {
  const value = extractJsonValue(text);
  if (value === undefined) return undefined;
  const result = buildSectionsSchema(expected).safeParse(value);
  if (!result.success) return undefined;
  const sections = result.data as Record<S, string>;
  for (const s of expected) sections[s] = sections[s].trim();
  return sections;
}

/** Free text with a heading per section; every expected section must be there and non-empty. */
export function parseHeadingAnswer<S extends Section>(text: string, expected: readonly S[]): Record<S, string> | undefined {
  const found = splitHeadingSections(text);
  const out = {} as Record<S, string>;
  for (const s of expected) {
    const body = found[s];
    if (!body) return undefined;
    out[s] = body;
  }
  return out;
}

/**
 * Turns a model's answer into the named sections: JSON first, section headings second. When neither works the
 * error carries the raw answer, which was paid for and may still be useful to the user.
 */
export function parseNoteAnswer<S extends Section = Section>(text: string, expected: readonly S[] = SECTIONS as readonly Section[] as readonly S[]): Record<S, string> {
  const sections = parseJsonSections(text, expected) ?? parseHeadingAnswer(text, expected);
  if (sections) return sections;
  const names = expected.map((s) => SECTION_TITLES[s]).join(', ');
  const what = text.trim() === '' ? 'an empty answer' : `an answer without the sections ${names}`;
  throw new ModelAnswerError(`the model sent ${what}`, text);
}
