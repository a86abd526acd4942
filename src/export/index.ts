export { buildFhirBundle, renderFhirJson, type FhirExportOptions } from './build-fhir-bundle.js';
export { renderNoteMarkdown } from './render-markdown.js';

export type * as fhir4 from './fhir-r4-types.js';
