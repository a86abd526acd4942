/**
 * The offline pipeline: read speakers → pair questions with answers → clean sentences → place each by what it does
 * (or by the dictation's headings) → third person and measurement forms → merge duplicates → lay out by specialty.
 * Pure and deterministic; every sentence keeps its source lines.
 */
import type { EvidenceSentence, SectionName, Turn } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { readTranscript } from '../text/parse-transcript.js';
import { DIAGNOSIS_TERM, isReturnPrecaution, isStatusStatement } from './clinical-vocabulary.js';
import { chooseAddressee, draftDialogue } from './draft-dialogue.js';
import { draftDictation } from './draft-dictation.js';
import { draftFallback } from './fallback-drafts.js';
import { draftLeftOvers } from './gap-drafts.js';
import { type DraftNote, type DraftSentence, emptyBlocks } from './draft-sentence.js';
import { extractChiefComplaint } from './extract-chief-complaint.js';
import { keepEnglishTurns } from './interpreted-turns.js';
import { dropTurnDirections } from './stage-directions.js';
import { mergeDuplicates, resetTokenMemo } from './merge-duplicates.js';
import { resetAsrMemo } from './normalize-asr-text.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { detectGender } from './rewrite-person.js';
import { budgetFor, type BudgetedBlock, keepsUndertakings, selectWithinBudget } from './select-within-budget.js';
import { type BlockName, chooseFamily, isOutsideMedicine, layoutFor, refineBlock } from './specialty-layout.js';
import { resetSentenceMemo } from './split-sentences.js';
import { isUnlabelledDialogue, unfoldUnlabelledDialogue } from './unlabelled-dialogue.js';

export type { BlockName } from './specialty-layout.js';
export type { DraftNote } from './draft-sentence.js';

/**
 * Left-over statements are kept (gap-drafts.ts) only in a visit whose user named a specialty outside medicine (speech
 * and language therapy too, though laid out as a medical note), whose talk the readers, built on medical visits, know
 * least. Kept in every visit (stop 42), they cost ACI-Bench ROUGE-1
 * 0.08 on valid and 0.05 on train (ROUGE-2 +0.1) and one grounding finding; ACI-Bench and PriMock57 name no specialty.
 */
function fillsGaps(specialty: string | undefined, family: string): boolean {
  return specialty !== undefined && (family !== 'medical' || isOutsideMedicine(specialty));
}

export function draftNote(transcript: string, specialty?: string): DraftNote {
  resetAsrMemo();
  resetTokenMemo();
  resetSentenceMemo();
  const reading = readTranscript(transcript);
  const { speakers } = reading;
  // A visit pasted as prose with no labels, its questions answered in the first person, is read as the dialogue it is.
  const unfolded = !reading.labelled && isUnlabelledDialogue(reading.turns);
  const turns = reading.labelled ? keepEnglishTurns(dropTurnDirections(reading.turns)) : unfolded ? unfoldUnlabelledDialogue(reading.turns) : reading.turns;
  const gender = detectGender(transcript);
  const family = chooseFamily(specialty, speakers, transcript);
  const dialogue = reading.labelled || unfolded ? draftDialogue(turns, gender, speakers, { family }) : undefined;
  const drafted = dialogue ? dialogue.drafts : draftDictation(turns);
  // An exchange no reader placed anything of is still a visit (it passed the clinical-content gate): see fallback-drafts.ts.
  const drafts = dialogue && drafted.length === 0 ? draftFallback(dialogue.utterances, gender, chooseAddressee(speakers))
    : dialogue && fillsGaps(specialty, family) ? [...drafted, ...draftLeftOvers(dialogue.utterances, dialogue.phases, drafted, gender, chooseAddressee(speakers), skippedTurns(turns, dialogue.readBacks))] : drafted;
  const refined = drafts
    .map((d) => ({ ...d, block: refineBlock(d.block, d.text, family) }))
    .sort((a, b) => a.order - b.order);
  const merged = mergeDuplicates(refined);
  const blocks = emptyBlocks();
  for (const d of merged) blocks[d.block].push(d);
  if (dialogue && blocks.chief_complaint.length === 0) {
    const cc = extractChiefComplaint(dialogue.utterances);
    if (cc) blocks.chief_complaint.push({ block: 'chief_complaint', text: normalizeMeasurements(cc.text), lines: [cc.line], spoken: cc.text, order: -1 });
  }
  if (blocks.assessment.length === 0) blocks.assessment = borrowAssessment(blocks);
  else blocks.assessment = [...nameAssessedCondition(blocks), ...borrowExplainedReadings(blocks)].sort((a, b) => a.order - b.order);
  for (const b of ['history', 'exam', 'results', 'assessment', 'plan'] as BudgetedBlock[]) blocks[b] = selectWithinBudget(blocks[b], b, budgetFor(b, family, { specialty, dictated: dialogue === undefined }), keepsUndertakings(family));
  return { blocks, gender, family, speakers };
}

/** Turns no left-over reading takes: a colleague's read-back, and a script's action lines (read as observations or not at all). */
function skippedTurns(turns: readonly Turn[], readBacks: ReadonlySet<number>): Set<number> {
  return new Set([...readBacks, ...turns.flatMap((t, i) => (t.scene ? [i] : []))]);
}

const INTERPRETS = caseless(/\b(?:high|low|elevated|abnormal|above|below|range|concern\w*|worr\w*|fits|consistent|likely|probably|suggest\w*|explains?|means|because of|due to|from the|emergency|serious|needs? to be (?:seen|looked at|evaluated|checked)|(?:don't|doesn't) need)\b/);
const MAX_BORROWED = 2;
/** "Gonorrhoea negative, HIV negative": results that rule conditions out name no assessment. */
function isNegativeResultOnly(text: string): boolean {
  return /\b(?:negative|not detected)\b/i.test(text) && !/\b(?:positive|detected|shows?|showed|high|low|raised|elevated|abnormal)\b/i.test(text.replace(/\bnot detected\b/gi, ''));
}

/**
 * With no sentence of its own, the Assessment repeats the clinician's interpretation made elsewhere ("your LDL came
 * back at 168, which is high given your diabetes"), so the section is not empty when the transcript has its content.
 */
function borrowAssessment(blocks: Record<BlockName, DraftSentence[]>): DraftSentence[] {
  const pool = (['results', 'scales', 'exam', 'measures', 'mental_status', 'history', 'disposition', 'plan', 'procedure'] as BlockName[]).flatMap((b) => blocks[b]);
  return pool
    .filter((d) => d.clinician && (INTERPRETS.test(d.text) || DIAGNOSIS_TERM.test(d.text)) && !/\?$/.test(d.spoken) && !isReturnPrecaution(d.spoken)
      && !/^(?:no|denies|negative for|without)\b/i.test(d.text) && !isNegativeResultOnly(d.text))
    .sort((a, b) => Number(DIAGNOSIS_TERM.test(b.text)) - Number(DIAGNOSIS_TERM.test(a.text)) || a.order - b.order)
    .slice(0, MAX_BORROWED)
    .sort((a, b) => a.order - b.order)
    .map((d) => ({ ...d, block: 'assessment' as const, lines: [...d.lines] }));
}

/**
 * "The pacemaker is working normally, but it has picked up AF, which probably explains the fluttering": a reading the
 * clinician ties to the complaint is a judgement too, so the Assessment repeats it even when it has sentences of its own.
 */
const EXPLAINS_COMPLAINT = caseless(/\b(?:which|that) (?:probably |likely |most likely |partly |also )?(?:explains|would explain|accounts for)\b/);
function borrowExplainedReadings(blocks: Record<BlockName, DraftSentence[]>): DraftSentence[] {
  const own = new Set(blocks.assessment.map((d) => d.text));
  const readings = (['results', 'exam'] as BlockName[]).flatMap((b) => blocks[b]).filter((d) => d.clinician && !own.has(d.text) && !/\?$/.test(d.spoken));
  // "With an HbA1c of 58, your type 2 diabetes is improving": the condition's course judged by the reading, likewise.
  const judged = readings.filter((d) => judgesCourse(d.text) && isStatusStatement(d.text));
  return [...readings.filter((d) => EXPLAINS_COMPLAINT.test(d.text)).slice(0, 1), ...judged.slice(0, 1)]
    .filter((d, k, all) => all.indexOf(d) === k)
    .map((d) => ({ ...d, block: 'assessment' as const, lines: [...d.lines] }));
}

/** "…your type 2 diabetes is improving", "the eczema is now well controlled": the named condition's course itself. */
const COURSE_AFTER_NAME = /^\s+(?:is|are|has been|have been|remains?|seems?|looks?)\s+(?:still\s+|now\s+|really\s+|definitely\s+|much\s+)?(?:well\s+|better\s+|poorly\s+|not\s+)?(?:improving|improved|worsening|getting (?:better|worse)|controlled|under control|stable|resolving|resolved|settling|at (?:goal|target)|in remission)\b/i;
function judgesCourse(text: string): boolean {
  const named = DIAGNOSIS_TERM.exec(text);
  return named !== null && COURSE_AFTER_NAME.test(text.slice(named.index + named[0].length));
}

/** "This is healing well", "it's settling nicely": an appraisal whose subject is the problem, not named in it. */
const APPRAISES_IT = caseless(/^(?:(?:so|and|okay|overall|now),?\s+)*(?:this|it|that)(?:'s| is| has been| looks| seems)\s+(?:(?:all|really|very|still|now|definitely)\s+)?(?:healing|healed|settling|settled|improving|improved|resolving|resolved|stable|progressing|recovering|getting better|coming along|doing)\b/);
const NAMED_BEFORE = caseless(/(?:^|\b(?:the|a|an|your|his|her|their|of|with|shows?|showed)\s+)((?:(?!the\b|a\b|an\b|your\b|is\b|are\b|shows?\b|showed\b)[a-z][\w-]*\s+){0,3})$/);

/**
 * "The x-ray shows the distal radius fracture is in a good position." … "This is healing well.": when the assessment
 * names no condition but a result or finding the clinician read does, the appraisal is written under that condition.
 */
function nameAssessedCondition(blocks: Record<BlockName, DraftSentence[]>): DraftSentence[] {
  const assessed = blocks.assessment;
  if (assessed.some((d) => DIAGNOSIS_TERM.test(d.text))) return assessed;
  const at = assessed.findIndex((d) => APPRAISES_IT.test(d.text));
  if (at < 0) return assessed;
  const source = (['results', 'exam'] as BlockName[]).flatMap((b) => blocks[b]).find((d) => d.clinician && DIAGNOSIS_TERM.test(d.text) && !/^(?:no|denies|negative|without)\b/i.test(d.text));
  const term = source ? DIAGNOSIS_TERM.exec(source.text) : null;
  if (!source || !term) return assessed;
  const before = NAMED_BEFORE.exec(source.text.slice(0, term.index))?.[1] ?? '';
  const condition = `${before}${term[0]}`.trim();
  const named = `${condition.charAt(0).toUpperCase()}${condition.slice(1)}: ${assessed[at]!.text}`;
  return assessed.map((d, k) => (k === at ? { ...d, text: named, lines: [...new Set([...source.lines, ...d.lines])].sort((a, b) => a - b) } : d));
}

/** The section each block belongs to, so a block a family's layout does not name is still written, not lost. */
const BLOCK_SECTION: Record<BlockName, SectionName> = {
  chief_complaint: 'subjective', history: 'subjective', function: 'subjective', background: 'subjective', review: 'subjective',
  risk: 'subjective', exam: 'objective', measures: 'objective', mental_status: 'objective', scales: 'objective',
  results: 'objective', assessment: 'assessment', procedure: 'plan', plan: 'plan', home_program: 'plan', disposition: 'plan',
};
const FALLBACK_HEADINGS: Partial<Record<BlockName, string>> = { risk: 'RISK ASSESSMENT', scales: 'SCALES', disposition: 'DISPOSITION' };

/** Section text with sub-headings, plus the flat evidence list in the same order. */
export function renderSection(draft: DraftNote, section: SectionName): { text: string; evidence: EvidenceSentence[] } {
  const named = layoutFor(draft.family)[section];
  const unnamed = (Object.keys(BLOCK_SECTION) as BlockName[])
    .filter((b) => BLOCK_SECTION[b] === section && !named.some(([n]) => n === b))
    .map((b): [BlockName, string] => [b, FALLBACK_HEADINGS[b] ?? '']);
  const layout = [...named, ...unnamed.filter(([b]) => draft.blocks[b].length > 0)];
  const parts: string[] = [];
  const evidence: EvidenceSentence[] = [];
  for (const [block, heading] of layout) {
    const sentences = draft.blocks[block];
    if (sentences.length === 0) continue;
    const useHeading = heading !== '' && layout.length > 1;
    parts.push([...(useHeading ? [heading] : []), ...sentences.map((s) => s.text)].join('\n'));
    for (const s of sentences) evidence.push({ text: s.text, lines: s.lines });
  }
  return { text: parts.join('\n\n'), evidence };
}
