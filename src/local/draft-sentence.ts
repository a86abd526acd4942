/** A sentence of the draft note, placed in a block of the specialty's layout, and the draft itself. */
import type { EvidenceSentence, Role } from './types.js';
import type { Gender } from './rewrite-person.js';
import type { BlockName, Family } from './specialty-layout.js';

export interface DraftSentence extends EvidenceSentence {
  block: BlockName; spoken: string; order: number; clinician?: boolean;
  /** Kept by no reader, only because it carries a clinical word (gap-drafts.ts): ranked after every other sentence. */
  leftOver?: boolean;
}

export interface DraftNote { blocks: Record<BlockName, DraftSentence[]>; gender: Gender; family: Family; speakers: Record<string, Role> }

const BLOCKS: BlockName[] = ['chief_complaint', 'history', 'function', 'background', 'review', 'risk', 'exam', 'measures',
  'mental_status', 'scales', 'results', 'assessment', 'procedure', 'plan', 'home_program', 'disposition'];
export function emptyBlocks(): Record<BlockName, DraftSentence[]> {
  return Object.fromEntries(BLOCKS.map((b) => [b, []])) as unknown as Record<BlockName, DraftSentence[]>;
}
