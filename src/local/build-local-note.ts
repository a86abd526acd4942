/**
 * The offline pipeline: parse → clean sentences → place in sections → third person and measurement forms →
 * merge duplicates → render with sub-headings. Pure and deterministic; every sentence keeps its source lines.
 */
import type { EvidenceSentence, SectionName, Utterance } from './types.js';
import { parseTranscript } from '../text/parse-transcript.js';
import { extractUtterances } from './extract-utterances.js';
import { classifyUtterance, trackPhases, type Slot } from './classify-utterance.js';
import { detectGender, rewriteClinicianSpeech, rewritePatientSpeech, type Gender } from './rewrite-person.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { mergeDuplicates } from './merge-duplicates.js';
import { composeSymptomReview } from './compose-symptom-review.js';
import { extractChiefComplaint } from './extract-chief-complaint.js';
import { polishSentence } from './polish-sentence.js';
import { dropHedges } from './normalize-asr-text.js';
import { selectWithinBudget } from './select-within-budget.js';

export type BlockName = 'chief_complaint' | 'history' | 'review' | 'exam' | 'results' | 'assessment' | 'plan';

export interface DraftSentence extends EvidenceSentence { block: BlockName; spoken: string }

export interface DraftNote { blocks: Record<BlockName, DraftSentence[]>; gender: Gender }

function toThirdPerson(u: Utterance, text: string, gender: Gender): string {
  if (u.role === 'patient') {
    const plain = dropHedges(text);
    // When the rewrite is unsure, the patient's words are quoted rather than paraphrased.
    return rewritePatientSpeech(plain, gender) ?? (/\b(i|my|me|i'm|i've)\b/i.test(plain) ? `Patient states: "${polishSentence(plain)}"` : plain);
  }
  if (u.role === 'clinician') return rewriteClinicianSpeech(text, gender) ?? text;
  return text;
}

export function draftNote(transcript: string): DraftNote {
  const turns = parseTranscript(transcript);
  const gender = detectGender(transcript);
  const utterances = extractUtterances(turns);
  const phases = trackPhases(utterances);
  const drafts: DraftSentence[] = [];
  utterances.forEach((u, i) => {
    const slot: Slot | undefined = classifyUtterance(u, phases[i]!);
    if (!slot) return;
    const measured = normalizeMeasurements(u.text);
    const text = polishSentence(toThirdPerson(u, measured, gender));
    if (text !== '') drafts.push({ block: slot, text, lines: [u.line], spoken: polishSentence(measured) });
  });
  const merged = mergeDuplicates(drafts);
  const review = mergeDuplicates(
    composeSymptomReview(turns, gender).map((r) => ({ block: 'review' as const, text: normalizeMeasurements(r.text), lines: r.lines, spoken: r.text })),
    merged,
  );
  const cc = extractChiefComplaint(utterances);
  const blocks: Record<BlockName, DraftSentence[]> = {
    chief_complaint: cc ? [{ block: 'chief_complaint', text: normalizeMeasurements(cc.text), lines: [cc.line], spoken: cc.text }] : [],
    history: [], review, exam: [], results: [], assessment: [], plan: [],
  };
  for (const d of merged) blocks[d.block].push(d);
  for (const b of ['history', 'exam', 'results', 'assessment', 'plan'] as const) blocks[b] = selectWithinBudget(blocks[b], b);
  return { blocks, gender };
}

const SECTION_LAYOUT: Record<SectionName, [BlockName, string | undefined][]> = {
  subjective: [['chief_complaint', 'CHIEF COMPLAINT'], ['history', 'HISTORY OF PRESENT ILLNESS'], ['review', 'REVIEW OF SYSTEMS']],
  objective: [['exam', 'PHYSICAL EXAM'], ['results', 'RESULTS']],
  assessment: [['assessment', undefined]],
  plan: [['plan', undefined]],
};

/** Section text with sub-headings, plus the flat evidence list in the same order. */
export function renderSection(draft: DraftNote, section: SectionName): { text: string; evidence: EvidenceSentence[] } {
  const parts: string[] = [];
  const evidence: EvidenceSentence[] = [];
  for (const [block, heading] of SECTION_LAYOUT[section]) {
    const sentences = draft.blocks[block];
    if (sentences.length === 0) continue;
    const useHeading = heading !== undefined && SECTION_LAYOUT[section].length > 1;
    parts.push([...(useHeading ? [heading] : []), ...sentences.map((s) => s.text)].join('\n'));
    for (const s of sentences) evidence.push({ text: s.text, lines: s.lines });
  }
  return { text: parts.join('\n\n'), evidence };
}
