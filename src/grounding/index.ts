export { checkGrounding } from './check-grounding.js';
export { renderGroundingText } from './render-grounding.js';
export type { GroundingFinding, GroundingKind, GroundingNoteInput, SectionName } from './types.js';
