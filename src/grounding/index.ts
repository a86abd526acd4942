export { checkGrounding } from './check-grounding.js';
export { renderGroundingText } from './render-grounding.js';
export { attachTranscriptLines, type GroundingFindingWithLines } from './transcript-lines.js';
export type { GroundingContext, GroundingFinding, GroundingKind, GroundingNoteInput, GroundingOptions, SectionName } from './types.js';
