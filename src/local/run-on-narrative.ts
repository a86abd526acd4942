/**
 * A narrative dictated in one breath: "on scene 0210, pt states…, on arrival pale, resps 24, sats 90…, impression…,
 * gave…, conveyed to…" — no headings and hardly a full stop, its clauses strung on commas. A crew, nurse or doctor
 * telling a call in this way keeps the order of the job: what happened and what was told, what was found on arrival,
 * the impression, what was done, then the journey and handover. Each comma clause is read by its own cue within that
 * order, and runs of clauses in the same section are joined again.
 */
import { caseless } from '../text/caseless-pattern.js';

export type NarrativeBlock = 'history' | 'exam' | 'assessment' | 'plan';
type Stage = 'before' | 'findings' | 'impression' | 'treatment' | 'conveyance';

const MIN_WORDS = 80;
/** Such a run has a comma every few words and a full stop seldom (a decimal point is none). */
const WORDS_PER_COMMA = 14;
const WORDS_PER_STOP = 60;
/** "…widespread rash over the chest, back and both arms": a short clause with no cue of its own goes on the last one. */
const FRAGMENT_WORDS = 3;

/** "Crew 22 report, …", "Medic 4 narrative for the call to…": the title a narrative opens with. */
const OPENING_TITLE = caseless(/^(?:(?:okay|ok|right|so),? )?(?:this is )?(?:[\w-]+ ){0,4}(?:narrative|report|handover|dictation)(?: (?:for|on|of|re) [^,]{0,80})?$/);
/** "This is Unit 9 narrative for…", "end of report": the dictator's frame, not the patient's. */
const FRAME = caseless(/^(?:(?:okay|ok|right|so),? )?this is [\w ]{1,40}?\b(?:narrative|report|handover|patient report|run report|dictation)\b|^(?:end of|that's the end of|that concludes) (?:the )?(?:narrative|report|handover|dictation)\b/);
/** What the crew found once with the patient: "on arrival…", "on examination…", "obs on scene…". */
const FINDINGS_OPEN = caseless(/^(?:(?:and|so|then),? )?(?:on (?:our |my |crew |ems )?arrival|on (?:exam|examination|assessment|auscultation|palpation)|(?:initial |first |primary )?(?:obs|observations|vitals|vital signs|primary survey|secondary survey)\b)/);
/** A reading named with its value: "resps 24", "sats 90 percent", "BP 100 over 60", "GCS 14", "BM 5.2". */
const READING = caseless(/^(?:(?:and|so|then),? )?(?:(?:her|his|their|the|repeat|initial) )?(?:resps|respirations|respiratory rate|rr|resp rate|sats|spo2|o2 sats|oxygen sats|oxygen saturations?|saturations?|heart rate|hr|pulse|pulse rate|bp|blood pressure|systolic|gcs|avpu|temp|temperature|tympanic|blood (?:glucose|sugar)|bm|cbg|cap(?:illary)? refill|crt|peak flow|pefr|etco2|end tidal|pain score|ecg|12[- ]lead|pupils)\b/);
/** "…repeat obs at 0230…", "…by 0245 breathing easier…": a reassessment after treatment is a finding again. */
const REASSESSED = caseless(/\b(?:repeat (?:obs|observations|vitals|set)|reassess(?:ed|ment)|on reassessment)\b/);
const IMPRESSION = caseless(/\b(?:impression|working diagnosis|provisional diagnosis|differential|clinical picture (?:is|of)|(?:likely|probable|suspected) (?:diagnosis|cause))\b/);
/**
 * What was done for the patient: an act ("gave", "administered", "cannulated", "splinted") or a medicine, fluid or gas
 * charted with its amount ("ondansetron 4 mg IV", "250 ml saline", "oxygen 10 litres").
 */
const TREATMENT = caseless(/\b(?:gave|given|administered|admin(?:istered)?|commenced|started|inserted|sited|cannulated|intubated|splinted|immobili[sz]ed|dressed|bandaged|applied|attached|nebuli[sz]ed|neb|bolus|infusion|iv access|io access|cannula|laid|positioned|placed|sat (?:up|upright|forward)|recovery position|collar|scoop|vacuum mattress|tourniquet|cpap|bvm|suction(?:ed)?)\b|\b\d+(?:\.\d+)? ?(?:mg|milligrams?|mcg|micrograms?|g|grams?|ml|millilit(?:re|er)s?|l|lit(?:re|er)s?|units?|puffs?|mmol)\b(?! (?:per|an|a|each|every|over|ago)\b)/);
/** The journey and hand-over: "conveyed to…", "pre-alert to…", "left scene…", "handed over…", advice before leaving. */
const CONVEYANCE = caseless(/\b(?:pre-?alert(?:ed)?|conveyed|conveying|transported|transporting|left (?:the )?scene|en route|handed over|handover|hand over|travelled|traveled|accompanied|destination|eta|refused (?:transport|conveyance)|explained to|advised (?:to|that)|safety net(?:ted|ting)?)\b/);
/** "Pt states…", "the wife says…", "she told me…", "denies…": what was told is history at any point of the call. */
const TOLD = caseless(/\b(?:states?|stated|says|said|told (?:me|us|crew)|tells (?:me|us)|reports?|reported|complains?|complained|c\/o|denies|denied)\b/);

/** Whether a piece of dictation is one such comma-strung narrative. */
export function isRunOnNarrative(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  if (words < MIN_WORDS) return false;
  const commas = (text.match(/,\s/g) ?? []).length;
  const stops = (text.match(/[.?!](?!\d)/g) ?? []).length;
  return commas * WORDS_PER_COMMA >= words && stops * WORDS_PER_STOP <= words;
}

export interface NarrativeSentence { block: NarrativeBlock; text: string }

/** The narrative's clauses, placed by cue and by the stage of the job, joined again where a section carries on. */
export function readRunOnNarrative(text: string): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  let stage: Stage = 'before';
  let last: NarrativeBlock = 'history';
  for (const raw of text.split(/,\s+|[.?!](?!\d)\s*/)) {
    const clause = raw.trim();
    if (!/[a-z0-9]/i.test(clause) || FRAME.test(clause) || (out.length === 0 && OPENING_TITLE.test(clause))) continue;
    const placed = placeClause(clause, stage, last);
    stage = placed.stage;
    last = placed.block;
    const previous = out.at(-1);
    if (previous?.block === placed.block) previous.text += `, ${clause}`;
    // "so our working impression is…": the joining word that carried the breath on opens no written sentence.
    else out.push({ block: placed.block, text: clause.replace(/^(?:(?:so|and|then|okay|ok),?\s+)+(?=\S)/i, '') });
  }
  return out;
}

/** One clause's section, and the stage of the job it leaves the narrative in. */
function placeClause(clause: string, stage: Stage, last: NarrativeBlock): { block: NarrativeBlock; stage: Stage } {
  const arrived = stage !== 'before';
  if (arrived && CONVEYANCE.test(clause)) return { block: 'plan', stage: 'conveyance' };
  if (IMPRESSION.test(clause)) return { block: 'assessment', stage: 'impression' };
  if (READING.test(clause) || REASSESSED.test(clause) || FINDINGS_OPEN.test(clause)) {
    return { block: 'exam', stage: arrived ? stage : 'findings' };
  }
  // Treatment before the crew arrived ("her husband gave her own auto-injector") is part of what happened.
  if (TREATMENT.test(clause)) return arrived ? { block: 'plan', stage: 'treatment' } : { block: 'history', stage };
  if (TOLD.test(clause)) return { block: 'history', stage };
  if (clause.split(/\s+/).length <= FRAGMENT_WORDS) return { block: last, stage };
  // After the impression its reasons follow; after treatment, what is seen is the patient's response to it.
  const block: NarrativeBlock = stage === 'before' ? 'history' : stage === 'impression' ? 'assessment' : stage === 'conveyance' ? 'plan' : 'exam';
  return { block, stage };
}
