/** The output formats of a note (`--format`); `json` is also `--json`. */
export const FORMATS = ['text', 'json', 'markdown', 'fhir'] as const;
export type Format = (typeof FORMATS)[number];
