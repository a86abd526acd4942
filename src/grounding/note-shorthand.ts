/**
 * Clinicians write notes in shorthand the conversation never speaks: "R TM erythematous", "dysuria x2 days", "~8 wks",
 * "SLS R 20 s", "step-downs 3x10", "amoxicillin 500 mg PO TID", "RTC next Tuesday". Each note statement is read in
 * words before it is checked, so its sides, durations, counts and frequencies are compared with what was said; the
 * finding still quotes the note as written.
 */
const UNIT_WORDS: Record<string, string> = {
  s: 'seconds', sec: 'seconds', secs: 'seconds', min: 'minutes', mins: 'minutes', h: 'hours', hr: 'hours', hrs: 'hours',
  d: 'days', day: 'days', days: 'days', wk: 'weeks', wks: 'weeks', week: 'weeks', weeks: 'weeks', mo: 'months', mos: 'months',
  month: 'months', months: 'months', yr: 'years', yrs: 'years', year: 'years', years: 'years',
};
const unit = (u: string, n: string) => {
  const word = UNIT_WORDS[u.toLowerCase()] ?? u;
  return n === '1' ? word.replace(/s$/, '') : word;
};

const FRACTION_UNITS: Record<string, string> = { '7': 'days', '52': 'weeks', '12': 'months' };

const SHORTHAND: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  // a side before a part in capitals: "R TM", "L SLR"
  [/(?<!\d\s?)\b(?:R|Rt\.?)(?=\s+[A-Z]{2,}\b)/g, 'right'], [/(?<!\d\s?)\b(?:L|Lt\.?)(?=\s+[A-Z]{2,}\b)/g, 'left'],
  // parts written as initials
  [/\bTMs\b/g, 'tympanic membranes'], [/\bTM\b/g, 'tympanic membrane'], [/\bSLS\b/g, 'single leg stance'],
  [/\bSLR\b/g, 'straight leg raise'], [/\bTUG\b/g, 'timed up and go'], [/\b5\s?x\s?STS\b/gi, 'five times sit to stand'], [/\bSTS\b/g, 'sit to stand'], [/\bLE\b/g, 'lower extremity'], [/\bUE\b/g, 'upper extremity'],
  // durations and times: "x2 days", "x 3 wks", "~8 wks", "20 s", "5d"
  [/\bx\s?(\d+(?:\.\d+)?)\s*(s|secs?|mins?|h|hrs?|d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\b/gi, (_m, n, u) => `for ${n} ${unit(u, n)}`],
  // UK fractions of a week, a year and a month: "x5/7" five days, "2/52 ago", "RTC 3/52", "review in 1/12" (not "5/7
  // days", five days out of seven, nor a date or a score)
  [/(?<![\d/.])\bx\s?(\d{1,2})\/(7|52|12)\b(?![\d/]|\s*(?:days?|wks?|weeks?|months?)\b)/g, (_m, n, d) => `for ${n} ${unit(FRACTION_UNITS[d]!, n)}`],
  [/(?<![\d/.])\b(\d{1,2})\/(7|52|12)\b(?![\d/]|\s*(?:days?|wks?|weeks?|months?)\b)/g, (_m, n, d) => `${n} ${unit(FRACTION_UNITS[d]!, n)}`],
  // "for 4 more weeks", "a further 5 days": the count still to come, as the conversation's "four more weeks" is read
  [/\b(\d+(?:\.\d+)?) (?:more|further|extra) (?=(?:days?|wks?|weeks?|mos?|months?|yrs?|years?)\b)/gi, '$1 '],
  [/~\s?(?=\d)/g, 'about '],
  [/\b(\d+(?:\.\d+)?)\s?(secs?|mins?|hrs?|wks?|mos|yrs?)\b/gi, (_m, n, u) => `${n} ${unit(u, n)}`],
  [/\b(\d+(?:\.\d+)?) (s|d)\b(?!\/)/g, (_m, n, u) => `${n} ${unit(u, n)}`],
  [/\b(\d+)d\b/g, (_m, n) => `${n} ${unit('d', n)}`],
  // sets and repetitions: "3x10", "2 x 15 reps"
  [/\b(\d+)\s?[x×]\s?(\d+)(?!\s*(?:mg|mcg|g|ml|cm|mm)\b)/g, '$1 sets of $2'],
  // a side after its part or its value: "quads 4/5 R", "SLS R 20 s", "knee (L)"
  [/\(R\)/g, 'right'], [/\(L\)/g, 'left'],
  [/(?<=\d\s)R(?=\s*(?:[,;.)]|$))/gm, 'right'], [/(?<=[\w%)/,]\s)R(?=\s+\d)/g, 'right'],
  [/(?<!\d\s)(?<=[\w%)/,]\s)L(?=\s+\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|°|deg|degrees?|cm|mm|kg|lb|reps?)\b)/g, 'left'],
  // frequencies and routes
  [/\bq\.?\s?(\d+)\s?h(?:rs?|ours?)?\b/gi, 'every $1 hours'], [/\bq\.?h\.?s\.?\b/gi, 'at bedtime'], [/\bq\.?a\.?m\.?(?=\s|$|[,;.])/gi, 'every morning'],
  [/\bb\.?i\.?d\.?(?=\s|$|[,;)])/gi, 'twice a day'], [/\bt\.?i\.?d\.?(?=\s|$|[,;)])/gi, 'three times a day'],
  [/\bq\.?i\.?d\.?(?=\s|$|[,;)])/gi, 'four times a day'], [/\bq\.?d\.?(?=\s|$|[,;)])/gi, 'once a day'], [/\bQD\b|\bOD\b(?=\s|$|[,;.)])/g, 'once a day'],
  [/\bp\.?r\.?n\.?(?=\s|$|[,;)])/gi, 'as needed'], [/\bPO\b/g, 'by mouth'],
  // British prescribing: "BD", "TDS", "QDS", "nocte"
  [/\bBD\b|\bbd\b(?=\s|$|[,;.)])/g, 'twice a day'], [/\bTDS\b|\btds\b/g, 'three times a day'], [/\bQDS\b|\bqds\b/g, 'four times a day'], [/\bnocte\b/gi, 'at night'],
  // a vitals line's "T 37.1", "T 98.6": a capital T before a body temperature is the temperature (not "T10", a vertebra)
  [/\bT\s?((?:3[4-9]|4[0-2]|9[5-9]|10[0-6])(?:\.\d)?)\b(?!\s*(?:mg|mcg|kg|%|cm|mm))/g, 'temp $1'],
  // history and visit words
  [/\bh\/o\b/gi, 'history of'], [/\bhx\b/gi, 'history'], [/\bs\/p\b/gi, 'status post'],
  [/\bf\/u\b/gi, 'follow up'], [/\bRTC\b(?=\s+\d)/g, 'return to clinic in'], [/\bRTC\b/g, 'return to clinic'], [/\bHEP\b/g, 'home exercise program'], [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s|\w)/gi, 'with '], [/\bprev\b\.?/gi, 'previously'], [/\by\/?o\b/gi, 'year-old'], [/\bN\/V\b/g, 'nausea and vomiting'],
  [/\bSOB\b/g, 'shortness of breath'], [/\babd\b\.?/gi, 'abdominal'],
  // symptoms, tests and instructions in initials: "No P&N", "US elbow", "CBCT", "2-3 AF days/wk", "c food", "mane"
  // a smoker's count per day: "Smoker 10/day", "smokes 20/d" (the count is of cigarettes, as the habit checks read it)
  [/\b(smoker|smokes|smoking)\s+(\d+(?:-\d+)?)\s?(?:\/|a |per )\s?(?:day|d)\b/gi, '$1 $2 cigarettes a day'],
  [/\bP&N\b/g, 'pins and needles'], [/\bUS\b(?=\s+[a-z])/g, 'ultrasound'], [/\bCBCT\b/g, 'cone beam CT scan'],
  [/\bAF (?=days?\b)/g, 'alcohol-free '], [/\bc\.?(?= (?:food|meals?)\b)/g, 'with'], [/\bmane\b/gi, 'in the morning'],
];

/**
 * The transcript has the shorthand itself. Capitals are compared as written and as a whole word, so the "us" of "call
 * us" is not the "US" of "US elbow"; other shorthand is found anywhere, in any case ("q.6 h", "x2 days").
 */
function isSaidAsWritten(match: string, transcript: string, said: string): boolean {
  if (/^[A-Z]{2,}$/.test(match)) return new RegExp(`\\b${match}\\b`).test(transcript);
  return said.includes(match.toLowerCase());
}

/**
 * A note statement with its written shorthand read as words. Shorthand the transcript itself has (a dictated "q.6 h",
 * a typed chat's "x2 days") stays as written, so it is compared with the transcript as it is.
 */
export function expandNoteShorthand(statement: string, transcript = ''): string {
  const said = transcript.toLowerCase();
  const expand = (by: string | ((...m: string[]) => string)) => (match: string, ...groups: string[]) => {
    if (said !== '' && isSaidAsWritten(match.trim(), transcript, said)) return match;
    return typeof by === 'string' ? by.replace(/\$(\d)/g, (_d, k: string) => groups[Number(k) - 1] ?? '') : by(match, ...groups);
  };
  return SHORTHAND.reduce((text, [re, by]) => text.replace(re, expand(by)), statement).replace(/ {2,}/g, ' ');
}
