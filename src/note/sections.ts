/** The four SOAP sections, in the order a note presents them. */
export const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;

export type Section = (typeof SECTIONS)[number];

export type NoteSections = Record<Section, string>;

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
};

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** Keeps the canonical S-O-A-P order and drops repeats, whatever order the caller listed them in. */
export function orderSections(sections: readonly Section[]): Section[] {
  return SECTIONS.filter((s) => sections.includes(s));
}
