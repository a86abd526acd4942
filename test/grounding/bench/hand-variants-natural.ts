/**
 * Round 15i's hand variants (written on dev notes before any fix): durations with a unit changed or said in a
 * clinician's shorthand, imaging and lab results made abnormal in words, symptom negatives flipped into the
 * other register (the note's "dysphagia" for the conversation's "trouble swallowing", and back), and exam findings
 * outside the flip lexicon (JVD, pupils, lymph nodes, creps, bruit, hepatomegaly, tone, reflexes, gait, cap refill).
 */
import type { NoteSentence } from './note-sentences.js';

export type Rewrite = (sentence: NoteSentence, transcript: string) => string | undefined;
export interface Rule { kind: string; name: string; rewrite: Rewrite }

const sub = (re: RegExp, to: string | ((...m: string[]) => string), section?: string): Rewrite => (s) => {
  if (section && s.section !== section) return undefined;
  if (!re.test(s.text)) return undefined;
  return s.text.replace(re, to as string);
};

const NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|a few|a couple of|several)';
const NEXT_UNIT: Readonly<Record<string, string>> = { day: 'week', week: 'month', month: 'year', year: 'month', hour: 'day' };
/** A past duration (not a next visit): "for 3 weeks", "3 weeks ago", "x 2 days", "since 2 months", "over the past 6 months". */
const pastDuration = (to: (n: string, unit: string, plural: string) => string): Rewrite => (s) => {
  if (s.section !== 'subjective') return undefined;
  const re = new RegExp(`\\b(for(?: the (?:past|last))?|over the (?:past|last)|x|since) ${NUMBER} (day|week|month|year|hour)(s?)\\b|\\b${NUMBER} (day|week|month|year|hour)(s?) ago\\b`, 'i');
  const m = re.exec(s.text);
  if (!m) return undefined;
  const lead = m[1] ? `${m[1]} ` : '';
  const [n, unit, plural] = m[1] ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
  const out = `${lead}${to(n as string, (unit as string).toLowerCase(), plural as string)}${m[1] ? '' : ' ago'}`;
  return s.text.slice(0, m.index) + out + s.text.slice(m.index + m[0].length);
};
const SHORTHAND: Readonly<Record<string, string>> = { day: '7', week: '52', month: '12' };

/** A symptom in a clinician's word and in the words a patient says it. */
const SYMPTOM_REGISTERS: readonly [RegExp, string, string][] = [
  [/\b(?:shortness of breath|short of breath|breathlessness|being out of breath)\b/i, 'SOB', 'shortness of breath'],
  [/\b(?:dyspnea|dyspnoea|SOB)\b/, 'breathlessness', 'dyspnoea'],
  [/\b(?:trouble|difficulty|problems?) swallowing\b/i, 'dysphagia', 'trouble swallowing'],
  [/\bdysphagia\b/i, 'difficulty swallowing', 'dysphagia'],
  [/\b(?:trouble|difficulty|problems?) sleeping\b/i, 'insomnia', 'difficulty sleeping'],
  [/\binsomnia\b/i, 'problems sleeping', 'insomnia'],
  [/\bblood in (?:the |his |her )?(?:urine|pee)\b/i, 'haematuria', 'blood in the urine'],
  [/\bh(?:a)?ematuria\b/i, 'blood in the urine', 'hematuria'],
  [/\b(?:passing out|fainting|loss of consciousness|syncopal episodes?)\b/i, 'syncope', 'passing out'],
  [/\bsyncope\b/i, 'fainting', 'syncope'],
  [/\bvomiting\b/i, 'emesis', 'vomiting'],
  [/\bdiarrh(?:o)?ea\b/i, 'loose stools', 'diarrhea'],
  [/\bpalpitations\b/i, 'a racing heart', 'palpitations'],
  [/\b(?:fevers?|fevers or chills)\b/i, 'pyrexia', 'fever'],
  [/\b(?:numbness|tingling)\b/i, 'paraesthesia', 'numbness'],
  [/\b(?:dizziness|lightheadedness)\b/i, 'feeling woozy', 'dizziness'],
  [/\bchest pain\b/i, 'CP', 'chest pain'],
  [/\bheadaches?\b/i, 'HA', 'headache'],
  [/\bnausea\b/i, 'feeling sick', 'nausea'],
  [/\bconstipation\b/i, 'hard stools', 'constipation'],
  [/\b(?:ankle|leg) swelling\b/i, 'peripheral oedema', 'ankle swelling'],
];
const NEGATED_BEFORE = /\b(?:denies|denied|no|negative for|without|not)\b[^.;]*$/i;

/** "Denies fever, chills or shortness of breath" → "Denies fever, chills. Reports SOB.": the item moved out of the denial, in the other register. */
const negativeToOtherRegister: Rewrite = (s) => {
  if (s.section !== 'subjective') return undefined;
  for (const [re, other] of SYMPTOM_REGISTERS) {
    const m = re.exec(s.text);
    if (!m || !NEGATED_BEFORE.test(s.text.slice(0, m.index))) continue;
    const before = s.text.slice(0, m.index).replace(/(?:,\s*(?:or |and )?|\s+or\s+|\s+and\s+)$/, '');
    const after = s.text.slice(m.index + m[0].length);
    const left = `${before}${after}`.replace(/\b(?:denies|denied|no|negative for)(?: any)?\s*[.;]?\s*$/i, '').trim();
    return `${left ? `${left.replace(/[.;,]?$/, '.')} ` : ''}Reports ${other}.`;
  }
  return undefined;
};

/** "She has been having trouble sleeping" → "Denies insomnia.": a complaint denied in the other register. */
const complaintToDenial: Rewrite = (s) => {
  if (s.section !== 'subjective' || /\b(?:denies|denied|no|negative|without|not)\b/i.test(s.text)) return undefined;
  if (!/\b(?:reports?|complains?|endorses|notes|has been|having|experienc|c\/o|with|some|feels?|states)\b/i.test(s.text)) return undefined;
  const hit = SYMPTOM_REGISTERS.find(([re]) => re.test(s.text));
  return hit ? `Denies ${hit[1]}.` : undefined;
  return undefined;
};

export const NATURAL_RULES: readonly Rule[] = [
  // Durations: a unit changed, the count said vaguely, shorthand.
  { kind: 'duration', name: 'for N weeks → for N months (unit)', rewrite: pastDuration((n, unit, pl) => `${n} ${NEXT_UNIT[unit] ?? unit}${pl}`) },
  { kind: 'duration', name: 'N days → a few weeks', rewrite: pastDuration((n, unit) => `${/^a /.test(n) ? 'several' : 'a few'} ${NEXT_UNIT[unit] ?? unit}s`) },
  { kind: 'duration', name: 'N weeks → N/12 (shorthand, unit changed)', rewrite: pastDuration((n, unit, pl) => (/^\d+$/.test(n) && SHORTHAND[NEXT_UNIT[unit] ?? ''] ? `${n}/${SHORTHAND[NEXT_UNIT[unit] ?? ''] as string}` : `${n} ${NEXT_UNIT[unit] ?? unit}${pl}`)) },
  { kind: 'duration', name: 'N units → a couple of units more', rewrite: pastDuration((n, unit) => (/^\d+$/.test(n) ? `${Number(n) + 3} ${unit}s` : `a couple of ${NEXT_UNIT[unit] ?? unit}s`)) },
  { kind: 'duration', name: 'smoked/used for N years → N months', rewrite: sub(/\b((?:smok|drink|us|tak|tri)\w* [^.]{0,30}?(?:for|x) )(\d+|[a-z]+) years?\b/i, (_m, a, n) => `${a}${n} months`, 'subjective') },
  { kind: 'duration', name: 'started N ago → started last week/yesterday', rewrite: sub(/\b(\d+|one|two|three|four|five|six|a few|a couple of|several) (weeks|months) ago\b/i, (_m, _n, u) => (u.toLowerCase() === 'weeks' ? 'yesterday' : 'last week'), 'subjective') },
  // Imaging and lab results made abnormal in words, or a value moved.
  { kind: 'lab/imaging result', name: 'x-ray normal → shows a fracture', rewrite: sub(/\b((?:x-?ray|radiograph|xr)s?\b[^.;]{0,40}?)\b(?:was |were |is |are )?(?:normal|negative|unremarkable|did not show (?:any )?(?:fracture|abnormalit\w+)|without (?:acute )?(?:fracture|abnormality)|showed no (?:acute )?(?:fracture|abnormality))/i, (_m, a) => `${a}shows a displaced fracture`) },
  { kind: 'lab/imaging result', name: 'no fracture → fracture seen', rewrite: sub(/\b[Nn]o (?:evidence of )?(?:acute )?(?:fracture|dislocation)s?\b(?:(?:,| or| and) (?:dislocation|fracture)s?)?/, 'an acute fracture') },
  { kind: 'lab/imaging result', name: 'EF N% → reduced EF of 35%', rewrite: sub(/\b(?:ejection fraction|EF)\b[^.;]{0,25}?\b(\d{2})\s?(?:%|percent)/i, (_m) => 'reduced EF of 35%') },
  { kind: 'lab/imaging result', name: 'echo/ECG normal → abnormal', rewrite: sub(/\b(echo(?:cardiogram)?|ECG|EKG|electrocardiogram|MRI|CT(?: scan)?|ultrasound|scan)\b([^.;]{0,30}?)\b(?:was |is |were )?(?:normal|unremarkable|negative|within normal limits)\b/i, (_m, t, mid) => `${t}${mid}showed an acute abnormality`) },
  { kind: 'lab/imaging result', name: 'lab low ↔ elevated', rewrite: sub(/\b(TSH|A1c|hemoglobin|haemoglobin|potassium|sodium|creatinine|glucose|cholesterol|LDL|ferritin|vitamin D|B12|platelets|white count|WBC|CRP|ESR|PSA|troponin|INR|iron|calcium|liver enzymes|LFTs|kidney function)\b([^.;]{0,20}?)\b(low|elevated|high|raised|normal|within normal limits|stable|decreased|increased|abnormal)\b/i, (_m, a, mid, q) => `${a}${mid}${/^(?:low|decreased|normal|within normal limits|stable)$/i.test(q) ? 'elevated' : 'low'}`) },
  { kind: 'lab/imaging result', name: 'test negative → positive', rewrite: sub(/\b((?:strep|covid|flu|influenza|pregnancy|urine|urinalysis|dipstick|swab|culture|test|screen|h\.? pylori)\b[^.;]{0,30}?)\b(negative)\b/i, (_m, a) => `${a}positive`) },
  { kind: 'lab/imaging result', name: 'lab value N → N+30%', rewrite: sub(/\b(A1c|hemoglobin A1c|HbA1c|TSH|LDL|creatinine|potassium|glucose|hemoglobin|INR|PSA|cholesterol|triglycerides|eGFR|ferritin)\b([^.;\d]{0,25}?)(\d+(?:\.\d+)?)\b/i, (_m, a, mid, v) => `${a}${mid}${(Number(v) * 1.3).toFixed(v.includes('.') ? 1 : 0)}`) },
  // Symptom negatives in the other register.
  { kind: 'negative flipped (other register)', name: 'denies <lay> → reports <term> (and back)', rewrite: negativeToOtherRegister },
  { kind: 'negative flipped (other register)', name: 'reports <symptom> → denies <other register>', rewrite: complaintToDenial },
  // Exam findings outside the flip lexicon.
  { kind: 'exam flipped (outside lexicon)', name: 'no JVD → JVD', rewrite: sub(/\b(?:no (?:jugular venous distension|JVD)|JVP (?:is )?not (?:raised|elevated)|JVP normal)\b/i, 'JVP raised at 6 cm', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'PERRLA → RAPD', rewrite: sub(/\b(?:PERRLA?|pupils (?:are )?equal(?:,| and) (?:round(?:,| and) )?reactive(?: to light)?(?: and accommodation)?)\b/i, 'pupils unequal, sluggish reaction with an RAPD', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'no lymphadenopathy → nodes', rewrite: sub(/\b[Nn]o (?:cervical |palpable )?(?:lymphadenopathy|lymph nodes)\b/, 'tender cervical lymphadenopathy', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'chest clear → creps', rewrite: sub(/\b(?:lungs?|chest) (?:are |is )?clear\b(?: to auscultation)?(?: bilaterally)?/i, 'coarse creps at the bases', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'no bruit → bruit', rewrite: sub(/\b[Nn]o (?:carotid )?bruits?\b/, 'a carotid bruit', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'no organomegaly → hepatomegaly', rewrite: sub(/\b[Nn]o (?:hepatosplenomegaly|organomegaly|hepatomegaly|masses)\b/, 'hepatomegaly, liver edge 3 cm below the costal margin', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'normal tone/reflexes → brisk', rewrite: sub(/\b(?:normal tone|tone (?:is )?normal|reflexes (?:are )?(?:normal|symmetric\w*|2\+(?: and symmetric\w*)?)|(?:DTRs|deep tendon reflexes) (?:are )?(?:normal|intact|2\+(?: and symmetric\w*)?))\b/i, 'increased tone with brisk 3+ reflexes', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'gait normal → shuffling', rewrite: sub(/\b(?:gait (?:is )?(?:normal|steady|intact)|(?:normal|steady|non-antalgic) gait)\b/i, 'shuffling, unsteady gait', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'cap refill normal → delayed', rewrite: sub(/\b(?:cap(?:illary)? refill)\b[^.;]{0,20}?(?:<\s?2|less than (?:2|two)|normal|brisk)(?: s(?:ec(?:ond)?s?)?)?/i, 'capillary refill delayed at 4 seconds', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'strength 5/5 → 4/5', rewrite: sub(/\b5\/5\b/, '4-/5', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'sensation intact → reduced', rewrite: sub(/\bsensation (?:is )?(?:intact|normal|grossly intact)\b/i, 'reduced sensation to light touch', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'regular rhythm → irregular', rewrite: sub(/\b(?:regular rate and rhythm|RRR|regular rhythm)\b/, 'irregularly irregular rhythm', 'objective') },
  { kind: 'exam flipped (outside lexicon)', name: 'abdomen soft → guarding', rewrite: sub(/\b(?:no (?:guarding|rebound)(?: or (?:guarding|rebound))?)\b/i, 'guarding and rebound tenderness', 'objective') },
];
