import { SECTIONS, type NoteSections, type Section } from '../note/index.js';

/**
 * `--section plan --from note.json`: writes the named sections again and keeps every other one (and every other
 * field) as it was. Sections are generated one after another, in S-O-A-P order.
 */
export async function regenerateSections<N extends NoteSections>(
  previous: N,
  sections: readonly Section[],
  generateOne: (section: Section) => Promise<string>,
): Promise<N> {
  const next = { ...previous };
  for (const section of SECTIONS.filter((s) => sections.includes(s))) {
    next[section] = await generateOne(section);
  }
  return next;
}
