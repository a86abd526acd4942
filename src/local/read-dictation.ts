/**
 * Unlabelled text is the clinician's dictation: split by its own spoken or written headings ("HPI:", "Physical
 * exam:", "Impression is…", "A:", "Plan:"), and where it has none, sentence by sentence by content.
 */
import type { BlockName } from './specialty-layout.js';
import type { Turn } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { readExamTopicHeading } from './exam-topic-headings.js';

interface Heading { re: RegExp; block: BlockName | 'assessment_plan'; withColon?: RegExp; sbar?: true }

const COLON = String.raw`\s*(?::|-|–|—|\.|,)\s*`;
const HEADINGS: Heading[] = [
  // A nurse's SBAR (or ISBAR) handover: Situation, Background, Assessment, Recommendation (see readDictation).
  { re: /^(?:situation|identify|identification)/i, block: 'history', sbar: true },
  { re: /^(?:background)/i, block: 'background', sbar: true },
  { re: /^(?:chief complaint|cc|reason for (?:visit|referral))/i, block: 'chief_complaint' },
  { re: /^(?:subjective|s|history of present(?:ing)? (?:illness|complaint)|hpi|hpc|pc|presenting complaint|hx|history|interval history|present illness)/i, block: 'history' },
  { re: /^(?:review of systems|ros)/i, block: 'review' },
  { re: /^(?:past medical history|pmhx|pmh|past history|medications?|meds|current medications?|drug history|dh|allergies|social history|sh|family history|fh|surgical history|psh)/i, block: 'background' },
  { re: /^(?:objective|o\/e|o|physical exam(?:ination)?|on examination|on assessment|exam(?:ination)?|pe|vitals|vital signs|obs|observations|mental status(?: exam)?|mse)/i, block: 'exam' },
  { re: /^(?:labs?|laboratory|results|investigations|ix|bloods|imaging|diagnostics|data|studies|radiology)/i, block: 'results' },
  { re: /^(?:assessment and plan|assessment\/plan|a\/p|a&p|impression and plan)/i, block: 'assessment_plan' },
  { re: /^(?:assessment|a|impression|impressions|imp|diagnosis|diagnoses|dx|ddx|differential(?: diagnosis)?|mdm|medical decision making|clinical impression)/i, block: 'assessment' },
  { re: /^(?:plan|p|recommendations?|disposition|treatment|management|mx|jobs|follow[- ]?up|instructions|(?:care )?advice(?: given)?|safety[- ]?net(?:ting)?)/i, block: 'plan' },
];
// "Impression is a sprain", "Plan is ice…", "Physical exam shows…": a heading spoken as the start of a sentence.
const SPOKEN = caseless(/^(impression|assessment|plan|diagnosis|physical exam(?:ination)?|exam)\s+(?:is|was|shows|showed|reveals|revealed|today)\b/);

/** "Okay, vitals. Blood pressure…", "All right, plan:": a filler said before a spoken heading is no part of it. */
const SPOKEN_FILLER = /^(?:okay|ok|all right|alright|right|so|now|next|and),?\s+(?=\S)/i;

/** "This is Jo Patel, speech and language therapist, dictating a clinic letter for Mr Green": who dictates, not a finding. */
const DICTATOR_INTRO = /^\s*(?:(?:hi|hello|ok(?:ay)?),?\s+)?(?:this is|it's|it is)\s[^.?!]{0,100}?\bdictating\b[^.?!]{0,80}(?:[.?!]\s*|$)/i;

/** The heading SBAR gives its observations: "Assessment", never "Impression" or "Diagnosis". */
const SBAR_ASSESSMENT = /^assessment\b/i;

export interface DictatedSentence { text: string; line: number; block: BlockName | 'assessment_plan' | undefined }

function matchHeading(sentence: string): { block: Heading['block']; rest: string; sbar?: true } | undefined {
  // A heading alone on its line, with or without a colon: "SUBJECTIVE", "Physical exam".
  const alone = /^\s*([A-Za-z][A-Za-z /&]{0,34}?)\s*[:.]?\s*$/.exec(sentence);
  if (alone) {
    // ("Treatment today.", "Advice given this visit.": a heading with when, said alone, is the heading still.)
    const named = alone[1]!.trim().replace(/(?:\s+(?:today|this (?:visit|session|time)|for today|given|done))+$/i, '');
    const h = HEADINGS.find((x) => new RegExp(`${x.re.source}$`, 'i').test(named) && (named.length > 1 || named === alone[1]!.trim()));
    if (h && (alone[1]!.trim().length > 1 || /:/.test(sentence))) return { block: h.block, rest: '', ...(h.sbar ? { sbar: true } : {}) };
  }
  // "O/E alert and orientated": the ward's abbreviation for the examination is a heading without a colon too.
  const onExam = /^o\/e\b[\s:,-]*/i.exec(sentence);
  if (onExam) return { block: 'exam', rest: sentence.slice(onExam[0].length).trim() };
  for (const h of HEADINGS) {
    h.withColon ??= new RegExp(`${h.re.source}${COLON}`, 'i');
    const m = h.withColon.exec(sentence);
    if (!m || m.index !== 0) continue;
    // One letter counts only upper case with a colon ("A:"), so "a dog" or "P." inside prose stays text.
    const word = sentence.slice(0, m[0].length).replace(/[\s:.\-–—]+$/, '');
    if (word.length === 1 && (word !== word.toUpperCase() || !/^\w\s*:/.test(sentence))) continue;
    if (/[.,]\s*$/.test(m[0]) && word.split(/\s+/).length > 3) continue;
    // "Plan, ketoconazole…" is a spoken heading; "Exam, I noticed" or "Plan, we'll" read on as one sentence all the same.
    if (/,\s*$/.test(m[0]) && !/^(?:impression|assessment|plan|chief complaint|history|exam|physical exam|on examination|on assessment|diagnosis|recommendations?|disposition),?$/i.test(word)) continue;
    return { block: h.block, rest: sentence.slice(m[0].length).trim(), ...(h.sbar ? { sbar: true } : {}) };
  }
  // "oral mechanism exam. right facial droop…": a paragraph headed by the examination's own name (exam-topic-headings.ts).
  const topic = readExamTopicHeading(sentence);
  if (topic) return { block: 'exam', rest: topic.rest };
  const spoken = SPOKEN.exec(sentence);
  if (spoken) {
    const word = spoken[1]!.toLowerCase();
    return { block: blockOfSpokenHeading(word), rest: sentence };
  }
  return undefined;
}

/** The block a sentence opens when it starts with a spoken heading ("Impression is…", "Plan is…"). */
export function spokenHeading(sentence: string): Heading['block'] | undefined {
  const spoken = SPOKEN.exec(sentence);
  return spoken ? blockOfSpokenHeading(spoken[1]!.toLowerCase()) : undefined;
}

/**
 * "Impression is cellulitis… I have started flucloxacillin… we will review in 48 hours": a dictation that speaks its
 * impression seldom speaks a plan heading after it, so what follows it is assessment and plan, told apart by content.
 */
function blockOfSpokenHeading(word: string): Heading['block'] {
  return word === 'plan' ? 'plan' : /exam/.test(word) ? 'exam' : 'assessment_plan';
}

/**
 * "Summary for the notes. Plan: thickened fluids…": a written heading with a colon that opens a sentence inside a
 * clinician's turn of a dialogue. Only spelt-out headings count ("A:" or "Pe:" inside talk is not one).
 */
export function inlineHeading(sentence: string): { block: BlockName | 'assessment_plan'; rest: string } | undefined {
  const m = /^([A-Za-z][A-Za-z /&]{2,34}?)\s*:\s*/.exec(sentence);
  if (!m) return undefined;
  const h = HEADINGS.find((x) => new RegExp(`${x.re.source}$`, 'i').test(m[1]!.trim()));
  return h ? { block: h.block, rest: sentence.slice(m[0].length).trim() } : undefined;
}

/** Splits a dictated line into heading-led pieces: "… no fever. Physical exam: …" cuts before "Physical exam:". */
function splitAtHeadings(text: string): string[] {
  const marks = /(?<=[.!?]\s+|^)(?=O\/E\s|(?:[A-Z][A-Za-z /&]{0,34}|[A-Z]{1,4}|(?:hpi|history|subjective|objective|exam|physical exam|vitals|labs?|results|imaging|impression|assessment|assessment and plan|a\/p|diagnosis|plan|recommendations?|disposition|meds|medications|allergies))\s*:|(?:Impression|Assessment|Plan|Exam|Diagnosis|Recommendations?|Disposition|On assessment|On examination),\s|(?:History|History of presenting complaint|History of present illness|Examination|On examination|Physical examination|Investigations|Results|Impression|Assessment|Diagnosis|Plan|Recommendations)\.\s+(?=[A-Z0-9]))/g;
  return text.split(marks).map((p) => p.trim()).filter((p) => p !== '');
}

/** Spoken section headings inside an unpunctuated run ("… daily on exam the incision …", "… assessment she is …"). */
const RUN_HEADINGS: [RegExp, string][] = [
  [/\b(?:history of present illness|hpi)\s+/gi, 'History: '],
  [/\b(?:past medical history|medical history)\s+(?=(?:is|includes|of|significant)\b)/gi, 'Past medical history: '],
  [/\b(?:review of systems|ros)\s+(?=(?:is|was|negative|positive)\b)/gi, 'Review of systems: '],
  [/\b(?:on (?:physical )?exam(?:ination)?|physical exam(?:ination)?(?: shows| reveals)?|exam (?:shows|reveals|today))\s+/gi, 'Exam: '],
  [/\b(?:vital signs|vitals)\s+(?=(?:are|were|show|today|blood|bp|temperature|heart)\b)/gi, 'Vitals: '],
  // "… no vaginal discharge exam temperature 36.9 abdomen soft …": a bare "exam" before what was examined.
  [/\bexam(?:ination)?\s+(?=(?:temperature|temp|vitals?|blood pressure|bp|pulse|heart|lungs?|chest|abdomen|general|alert|well|she|he|the)\b)/gi, 'Exam: '],
  [/\b(?:assessment and plan|assessment|impression)\s+(?!(?:of|and|for|with|is that)\b)/gi, 'Assessment: '],
  [/\b(?:the )?plan\s+(?=(?:is\s+)?(?:to\s+)?(?:continue|start|increase|decrease|stop|follow|return|obtain|order|refer|schedule|begin|we|will|recheck|discontinue|wean|finish|resume|add|keep|get|send|admit)\b)/gi, 'Plan: '],
];
const LONG_UNPUNCTUATED = 40;

/**
 * ASR dictation often comes as one lower-case run with no full stops: the spoken headings inside it become real ones,
 * so "… on exam the incision is … assessment she is progressing … plan continue therapy" reads like written dictation.
 */
function markSpokenHeadings(text: string): string {
  const words = text.split(/\s+/).length;
  const stops = (text.match(/[.?!]/g) ?? []).length;
  if (words < LONG_UNPUNCTUATED || stops * 30 > words) return text;
  let out = text;
  for (const [re, heading] of RUN_HEADINGS) out = out.replace(re, (m, offset: number) => (offset === 0 ? heading : `. ${heading}`));
  // "… impression uncomplicated cystitis plan nitrofurantoin 100 mg …": after the impression, a bare "plan" is its heading.
  const impression = out.indexOf('Assessment: ');
  if (impression >= 0) {
    const after = out.slice(impression).replace(/\s+plan\s+(?!(?:to|of|for|on|is that|and)\b)/i, '. Plan: ');
    out = out.slice(0, impression) + after;
  }
  // Sentence starts inside the run: a new subject ("she reports", "there is", "x-rays show") or a new order in the plan.
  out = out.replace(RUN_SENTENCE_STARTS, (m, offset: number, whole: string) => {
    const start = m.replace(/^(?:and|then|and then)\s+/i, '');
    return offset === 0 || /[.:]\s*$/.test(whole.slice(0, offset)) ? m : `. ${start}`;
  });
  return out.replace(/^\.\s*/, '');
}
const RUN_SENTENCE_STARTS = caseless(/\b(?:(?:and|then|and then)\s+)?(?:(?:she|he|the patient|patient) (?:reports|denies|states|notes|has|had|is|was|presents|complains|endorses|takes|uses)|there (?:is|are|was|were)|(?:range of motion|strength|sensation|gait|reflexes) (?:is|are|was|were)|(?:quad|grip|hip|knee) strength|(?:x-?rays?|labs?|mri|ct|ultrasound|ekg|imaging) (?:show|shows|showed|reveal|reveals|demonstrate)|(?:calf|abdomen|heart|lungs) (?:is|are)|(?:continue|wean|finish|follow up|start|stop|return|obtain|schedule|refer|increase|decrease|discontinue|resume)\b(?= (?:the|her|his|their|outpatient|in|with|off|on|to|at|a|an|physical|home|pt|ot)\b))/, 'g');

/** "s: 45 yo m with heartburn… o: bp 132/84… a: gerd… p: omeprazole…": quick notes headed by lower-case SOAP letters. */
const SOAP_LETTER = /(^|[.;]\s+|\n)([soap]):\s+/g;
function usesLowerCaseSoapLetters(text: string): boolean {
  const letters = [...text.matchAll(SOAP_LETTER)].map((m) => m[2]!);
  return ['s', 'o', 'a', 'p'].filter((l) => letters.includes(l)).length >= 3 && letters.join('').startsWith('s');
}

/**
 * The dictation's pieces with the block its heading names (undefined where no heading applies: the caller
 * places those by content). Text before the first heading is the preamble; a block carries on until the next heading.
 */
export function readDictation(turns: Turn[]): { pieces: DictatedSentence[]; headed: boolean } {
  const pieces: DictatedSentence[] = [];
  let current: DictatedSentence['block'];
  let headed = false;
  // SBAR's "Assessment" is the nurse's: the observations, then what she thinks is going on — an examination whose
  // judged sentences leave it for the assessment (read-headed-block.ts).
  let sbar = false;
  const lettered = usesLowerCaseSoapLetters(turns.map((t) => t.text).join('\n'));
  for (const turn of turns) {
    const text = lettered ? turn.text.replace(SOAP_LETTER, (m, before: string, letter: string) => `${before}${letter.toUpperCase()}: `) : turn.text;
    for (const piece of splitAtHeadings(markSpokenHeadings(text.replace(DICTATOR_INTRO, '')))) {
      const heading = matchHeading(piece) ?? matchHeading(piece.replace(SPOKEN_FILLER, ''));
      if (heading) {
        headed = true;
        sbar ||= heading.sbar === true;
        // Only SBAR's own "Assessment" is the nurse's observations; "Impression." or "Diagnosis." heads a judgement
        // even in a dictation that opened with "Background." (an OT's home visit: "Right, impression. Falls risk…").
        const sbarAssessment = sbar && heading.block === 'assessment' && SBAR_ASSESSMENT.test(piece.replace(SPOKEN_FILLER, ''));
        current = sbarAssessment ? 'exam' : heading.block;
        if (heading.rest !== '') pieces.push({ text: heading.rest, line: turn.line, block: current });
        continue;
      }
      pieces.push({ text: piece, line: turn.line, block: current });
    }
  }
  return { pieces, headed };
}
