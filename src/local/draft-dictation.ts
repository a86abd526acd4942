/** A dictated note drafted by its headings, and what comes before any heading by content. */
import type { Turn, Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { classifyByPurpose } from './classify-by-purpose.js';
import { classifyUtterance } from './classify-utterance.js';
import type { Phase } from './track-phases.js';
import type { DraftSentence } from './draft-sentence.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { polishSentence } from './polish-sentence.js';
import { readDictation, spokenHeading } from './read-dictation.js';
import { assessmentOrPlan, leaveHeadedBlock } from './read-headed-block.js';
import type { BlockName } from './specialty-layout.js';
import { splitSentences } from './split-sentences.js';
import { isRunOnNarrative, readRunOnNarrative } from './run-on-narrative.js';
import { DIAGNOSIS_TERM, hasMeasuredValue } from './clinical-vocabulary.js';
import { type ParagraphPart, readParagraphParts } from './paragraph-parts.js';

/** What a dictating clinician did: "We gave aspirin 324 mg", "an IV was established", "placed in a sugar tong splint". */
const INTERVENTION = caseless(/^(?:we |i |he |she |patient )?(?:gave|given|administered|established|placed|started|activated|performed|applied|splinted|immobilized|transported|was given|were given|was placed|was started|was transported|was splinted)\b|\b(?:was|were) (?:given|administered|activated|placed|started|transported)\b/);

const PROBLEM_NUMBER = caseless(/^(?:#\s*)?\d{1,2}[.)]\s*|^(?:problem|issue) (?:number )?(?:\d{1,2}|one|two|three|four|five|six)[:,.]?\s*/);
/** "This is Dr Lewis dictating a clinic letter for…": who dictates, not what was found. */
const SCRIBE_WORDS = caseless(/\b(?:use (?:my|the) (?:\w+ ){0,3}template|end (?:of )?dictation|scratch that)\b|^(?:(?:okay|ok|right|so),? )?this is (?:dr\.? |doctor )?[a-z]+(?: [a-z]+){0,2},?(?: [^,.]{1,30},)? dictating\b/);
/**
 * "…microbial keratitis, left eye, new paragraph, no wait, keep it in one.", "…tap water, comma, he rinses…": the
 * dictation software's spoken commands, left in the text, are taken out of the sentence, which stays.
 */
const SPOKEN_COMMANDS = caseless(/,?\s*\b(?:new paragraph|new line|next paragraph)\b(?:,?\s*no wait,?\s*keep (?:it|that|them) (?:in one|together|as one))?|,\s*comma\b/, 'g');
/** "Patient reports the shoulder is less painful, 3/10 at worst": in dictation, what the patient told is history. */
/** Dictation drops the subject too: "Rates it 7 out of 10 at worst", "Reports stiffness in the mornings". */
const REPORTED = caseless(/^(?:the )?(?:patient|pt|client|she|he|mother|mum|mom|father|dad|parent|owner|caller|family|wife|husband) (?:reports|reported|states|stated|says|said|complains|complained|notes|noted|describes|described|denies|denied|endorses|endorsed|tells me|told me|rates|rated)\b|^(?:reports|states|complains|describes|denies|endorses|rates|rated) (?:it|the|her|his|their|pain|a|an|no|some|\w+ing)\b/);
/** The headings that open what was found: an unlabelled opening before one of them is the history. */
const OBJECTIVE_HEADINGS: ReadonlySet<string> = new Set<BlockName>(['exam', 'measures', 'mental_status', 'scales', 'results', 'function']);
/** Dictation: its headings decide; sentences before any heading, or in an "assessment and plan", by content. */
export function draftDictation(turns: Turn[]): DraftSentence[] {
  if (isHeadlessNarrative(turns)) return draftRunOnNarrative(turns);
  const { pieces, headed: hasHeadings } = readDictation(turns);
  // Partly labelled dictation ("Follow-up visit, Mr. Okoye… Exam: … Assessment: …"): when the first heading opens the
  // findings, what comes before it is the history, the part left unlabelled. When it is the assessment or plan, the
  // opening holds the findings too ("…On examination the incisions are clean… Assessment: …") and is read by content.
  const firstHeading = pieces.find((p) => p.block !== undefined)?.block;
  const preambleIsHistory = hasHeadings && firstHeading !== undefined && OBJECTIVE_HEADINGS.has(firstHeading);
  const drafts: DraftSentence[] = [];
  let phase: Phase = 'history';
  // In a numbered problem list ("1. Hypertension, not at goal. Add amlodipine…") each item opens with its problem.
  let itemOpens = false;
  let numbered = false;
  const sentencesOf = pieces.map((piece) => splitSentences(normalizeAsrText(piece.text.replace(SPOKEN_COMMANDS, ',').replace(/,\s*([.?!])/g, '$1'))));
  const parts = hasHeadings ? undefined : readPartsByParagraph(pieces.map((piece) => piece.line), sentencesOf);
  pieces.forEach((piece, p) => {
    let headed: typeof piece.block = piece.block;
    const part = parts?.[p];
    if (part && (p === 0 || pieces[p - 1]!.line !== piece.line)) phase = PHASE_OF_PART[part];
    for (const [k, raw] of sentencesOf[p]!.entries()) {
      const item = PROBLEM_NUMBER.exec(raw);
      if (item) {
        itemOpens = true;
        numbered = true;
      }
      const sentence = item ? raw.slice(item[0].length) : raw;
      if (sentence.trim() === '' || SCRIBE_WORDS.test(sentence)) continue;
      const spoken = k > 0 ? spokenHeading(sentence) : undefined;
      if (spoken) headed = spoken;
      let block: BlockName | undefined;
      if (INTERVENTION.test(sentence) && headed !== 'history') block = 'plan';
      else if (headed === 'assessment_plan') {
        block = assessmentOrPlan(sentence, itemOpens, numbered);
        itemOpens = false;
      }
      else if (headed) block = leaveHeadedBlock(headed, sentence) ?? headed;
      else if (preambleIsHistory || REPORTED.test(sentence)) block = 'history';
      else {
        const u: Utterance = { role: 'clinician', line: piece.line, turn: p, text: sentence, raw: sentence, question: false };
        if (/\b(?:on exam(?:ination)?|exam(?:ination)? (?:shows|reveals)|physical exam)\b/i.test(sentence)) phase = 'exam';
        if (/\b(?:impression|assessment|plan)\b/i.test(sentence)) phase = 'plan';
        block = classifyByPurpose(sentence, phase) ?? classifyUtterance(u, phase) ?? (phase === 'history' ? 'history' : part !== undefined && part !== 'history' ? part : undefined);
        // "I measured the seat height at 43 cm, which is too low": among the findings, a measure judged is still a finding.
        if (block === 'assessment' && part === 'exam' && hasMeasuredValue(normalizeMeasurements(sentence)) && !DIAGNOSIS_TERM.test(sentence)) block = 'exam';
        // A letter with no headings: once the diagnosis is named after the findings, what follows is the plan's.
        if (block === 'assessment' && phase === 'exam') phase = 'plan';
      }
      if (!block) continue;
      const text = polishSentence(normalizeMeasurements(sentence));
      if (text !== '') drafts.push({ block, text, lines: [piece.line], spoken: text, order: p * 100 + k, clinician: true });
    }
  });
  return drafts;
}

const PHASE_OF_PART: Record<ParagraphPart, Phase> = { history: 'history', exam: 'exam', assessment: 'plan', plan: 'plan' };

/** The part of each piece from its paragraph (the pieces of one line), its sentences voted on as the history reads them. */
function readPartsByParagraph(lines: number[], sentencesOf: string[][]): (ParagraphPart | undefined)[] | undefined {
  const order = [...new Set(lines)];
  const paragraphs = order.map((line) => lines.flatMap((l, p) => (l === line ? sentencesOf[p]! : []))
    .filter((s) => s.trim() !== '' && !SCRIBE_WORDS.test(s))
    .map((text) => ({ text, placed: classifyByPurpose(text, 'history') ?? classifyUtterance({ role: 'clinician', line: 0, turn: 0, text, raw: text, question: false }, 'history') })));
  const parts = readParagraphParts(paragraphs);
  return parts ? lines.map((line) => parts[order.indexOf(line)]) : undefined;
}

/** A written heading ("Plan:") anywhere means the dictator laid the note out; only a headless run is read as a narrative. */
const WRITTEN_HEADING = /(?:^|[.!?]\s+|\n)[A-Za-z][A-Za-z /&]{0,30}:\s/;
function isHeadlessNarrative(turns: Turn[]): boolean {
  const text = turns.map((t) => t.text).join('\n');
  return !WRITTEN_HEADING.test(text) && isRunOnNarrative(text);
}

/** A comma-strung narrative ("on arrival…, resps 24, …, gave…, conveyed…"), drafted clause run by clause run. */
function draftRunOnNarrative(turns: Turn[]): DraftSentence[] {
  return turns.flatMap((turn, p) => readRunOnNarrative(normalizeAsrText(turn.text)).map((s, k) => {
    const text = polishSentence(normalizeMeasurements(s.text));
    return { block: s.block, text, lines: [turn.line], spoken: text, order: p * 100 + k, clinician: true };
  })).filter((d) => d.text !== '');
}
