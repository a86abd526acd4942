/**
 * What makes a clinician raise a condition in a differential: the complaint the patient describes. "DDx: MI, PE,
 * GORD" after an hour of chest discomfort, "?PID, STI" after lower abdominal pain and questions about a partner are
 * the clinician's reasoning on what was said, not conditions made up. Used only for conditions a note raises ("?",
 * "DDx", "vs"), never for one it asserts: chest pain supports thinking of an infarct, not diagnosing one.
 * Keys are a lexicon row's first name (condition-names.ts); values are phrases any of which, said, raises it.
 */
const CHEST = ['chest pain', 'chest discomfort', 'chest pressure', 'chest tightness', 'tight chest', 'pain in my chest', 'pain in the chest'];

export const RAISED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['myocardial infarction', CHEST],
  ['pulmonary embolism', [...CHEST, 'short of breath', 'shortness of breath', 'breathless', 'clot']],
  ['gastroesophageal reflux disease', [...CHEST, 'burning', 'acid']],
  ['pelvic inflammatory disease', ['sexually active', 'discharge', 'pelvic pain', 'partner']],
  ['sexually transmitted infection', ['sexually active', 'discharge', 'partner', 'unprotected']],
  ['ectopic pregnancy', ['period', 'pregnant', 'missed period']],
]);
