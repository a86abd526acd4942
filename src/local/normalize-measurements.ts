/**
 * Writes vitals and measurements in one consistent form (BP "120/80 mmHg", HR "72 bpm", "98.6 °F", SpO2 "98%",
 * RR "16 /min", "80 kg", doses "20 mg", pain "4/10"). Spoken numbers become digits only inside these patterns,
 * and only when they parse cleanly and fall in a plausible range, so every value stays traceable to the words said.
 */
import { NUMBER_GOES_ON, NUMBER_PHRASE, spokenNumberToDigits } from './spoken-numbers.js';
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';

const N = NUMBER_PHRASE;
const GAP = "(?:\\s+(?:is|was|of|at|about|around|approximately|were|are|reading|today|in the office|here|'s|has been|looks like|it's|came in at|just|,))*\\s*";

function convert(phrase: string, min: number, max: number): string | undefined {
  const digits = spokenNumberToDigits(phrase);
  if (digits === undefined) return undefined;
  const v = Number(digits);
  return v >= min && v <= max ? digits : undefined;
}

type Rule = [CaselessPattern, (m: string[]) => string | undefined];

const UNIT_NAMES: Record<string, string> = {
  milligram: 'mg', milligrams: 'mg', mg: 'mg', microgram: 'mcg', micrograms: 'mcg', mcg: 'mcg',
  milliliter: 'mL', milliliters: 'mL', ml: 'mL', mls: 'mL', percent: '%', '%': '%', pounds: 'lb', pound: 'lb', lbs: 'lb', lb: 'lb',
  kilograms: 'kg', kilogram: 'kg', kilos: 'kg', kg: 'kg', centimeters: 'cm', centimeter: 'cm', cm: 'cm',
  millimeters: 'mm', millimeter: 'mm', mm: 'mm', centimetres: 'cm', centimetre: 'cm', millimetres: 'mm', millimetre: 'mm',
};

const RULES: Rule[] = [
  // "One-sixty-two on ninety-four": British speech reads a pressure with "on" as well as "over".
  [caseless(`\\b(blood pressure|bp)(${GAP})(${N})\\s*(?:over|/|\\son)\\s*(${N})(?:\\s*(?:mm ?hg|millimeters of mercury))?`, 'g'),
    (m) => {
      const sys = convert(m[3]!, 60, 260);
      const dia = convert(m[4]!, 30, 160);
      if (!sys || !dia) return undefined;
      return /\son\s/i.test(m[0]!) ? (Number(sys) > Number(dia) ? `${m[1]}${m[2]}${sys} on ${dia} mmHg` : undefined) : `${m[1]}${m[2]}${sys}/${dia} mmHg`;
    }],
  [caseless(`\\b(heart rate|pulse rate|pulse|hr)(${GAP})(${N})(?:\\s*(?:beats per minute|beats a minute|bpm))?`, 'g'),
    (m) => { const v = convert(m[3]!, 30, 220); return v ? `${m[1]}${m[2]}${v} bpm` : undefined; }],
  [caseless(`\\b(temperature|temp|fever)(${GAP})(${N})(?:\\s*degrees?)?(?:\\s*(fahrenheit|celsius|f|c)\\b)?`, 'g'),
    (m) => {
      const v = convert(m[3]!, 34, 108);
      if (!v) return undefined;
      // The unit is written only when it was said, so a grounding check can trace it.
      if (!m[4] && !/degree/i.test(m[0]!)) return `${m[1]}${m[2]}${v}`;
      const celsius = m[4] ? /^c/i.test(m[4]) : Number(v) < 45;
      return `${m[1]}${m[2]}${celsius && !v.includes('.') ? `${v}.0` : v} °${celsius ? 'C' : 'F'}`;
    }],
  [caseless(`\\b(oxygen saturation|o2 sat(?:uration)?s?|sats|spo2|pulse ox(?:imetry)?|oxygenation|oxygen level|oxygen)(${GAP})(${N})\\s*(?:percent|%)`, 'g'),
    (m) => { const v = convert(m[3]!, 50, 100); return v ? `${m[1]}${m[2]}${v}%` : undefined; }],
  [caseless(`\\b(respiratory rate|resp(?:iratory)? rate|respirations|resps|breathing rate|rr)(${GAP})(${N})(?:\\s*(?:breaths per minute|breaths a minute|per minute|/\\s?min\\b))?`, 'g'),
    // An already written "/min" is taken in, so normalising twice does not write the unit twice.
    (m) => { const v = convert(m[3]!, 6, 60); return v ? `${m[1]}${m[2]}${v} /min` : undefined; }],
  // "I'm counting your breathing, it's about twenty two breaths a minute": a rate counted, named by its unit.
  [caseless(`\\b(${N})(\\s+breaths\\s+(?:a|per)\\s+minute)\\b`, 'g'),
    (m) => { const v = convert(m[1]!, 6, 60); return v ? `${v}${m[2]}` : undefined; }],
  [caseless(`\\b(${N})\\s+out\\s+of\\s+(ten|10|six|6|five|5|four|4)\\b`, 'g'),
    (m) => {
      const a = convert(m[1]!, 0, 10);
      const b = convert(m[2]!, 4, 10);
      return a && b && Number(a) <= Number(b) ? `${a}/${b}` : undefined;
    }],
  // "Sats ninety-four on two litres": a saturation is a percentage, said with the unit or not.
  [caseless(`\\b(sats|saturations?|spo2|o2 sats?|oxygen saturation)(${GAP})(${N})(?!\\s*(?:percent|%|\\d))`, 'g'),
    (m) => { const v = convert(m[3]!, 70, 100); return v ? `${m[1]}${m[2]}${v}%` : undefined; }],
  // "The HbA1c, the sugar control, is fifty-eight": a laboratory value named, then said in words a few words on.
  // "Sugar's two point one", "lactate was three point four": a bedside glucose or lactate the same.
  [caseless(`\\b(hba1c|a1c|cholesterol|ldl|hdl|egfr|gfr|creatinine|potassium|sodium|ha?emoglobin|ferritin|tsh|psa|crp|alt|inr|troponin|phq-?9|gad-?7|glucose|sugar|bm|cbg|lactate|ketones|lithium(?: level)?)([^.?!\\d]{0,30}?(?:\\b(?:is|was|of|at|came back(?: at)?)|'s)\\s+)(${N})(?![\\s-]*(?:percent|%|\\d|mg|mmol|kg|days?|weeks?|months?|years?))`, 'g'),
    (m) => { const v = convert(m[3]!, 0, 1000); return v ? `${m[1]}${m[2]}${v}` : undefined; }],
  // "eGFR seventy-eight, potassium four point three, platelets two hundred and ten": results read out as a list, each
  // name followed at once by its value.
  [caseless(`\\b(hba1c|a1c|cholesterol|ldl|hdl|egfr|gfr|creatinine|potassium|sodium|ha?emoglobin|hb|ferritin|tsh|psa|crp|alt|inr|troponin|neutrophils|platelets|white (?:cell )?count|wcc|bilirubin|albumin|calcium|magnesium|urea|glucose|bm|cbg|lactate|ketones)(,?\\s+)(${N})(?![\\s-]*(?:percent|%|\\d|mg|mmol|kg|days?|weeks?|months?|years?|times|tablets?|of|to|or)\\b)`, 'g'),
    (m) => { const v = convert(m[3]!, 0, 1000); return v ? `${m[1]}${m[2]}${v}` : undefined; }],
  // "Flexion is a hundred and fifteen": a joint's range named, then its angle in words (the degrees go unsaid). The
  // whole number or none: "one hundred and ten degrees" is left to the degrees' rule, never cut to "100 and ten".
  [caseless(`\\b((?:knee |hip |shoulder |elbow |wrist |ankle )?(?:flexion|extension|abduction|adduction|dorsiflexion|plantarflexion|(?:internal |external )?rotation))((?:\\s+(?:is|was|of|to|at|now))+\\s+)(${N})(?![\\s-]*(?:[a-z]+[\\s-]+)?(?:percent|%|\\d|degrees|times|weeks?|days?|months?)|${NUMBER_GOES_ON})`, 'g'),
    (m) => { const v = convert(m[3]!, 0, 200); return v ? `${m[1]}${m[2]}${v}` : undefined; }],
  // "Your weight and height give a body mass index of thirty-four".
  [caseless(`\\b(bmi|body mass index)((?:${GAP})(?:\\s*of)?\\s*)(${N})(?![\\d.]*\\s*(?:percent|%|kg))`, 'g'),
    (m) => { const v = convert(m[3]!, 10, 80); return v ? `${m[1]}${m[2]}${v}` : undefined; }],
  // Compound units ("milligrams per deciliter") stay as said; "point 5 cm" keeps its leading "point".
  [caseless(`\\b((?:point\\s+)?${N})\\s*(milligrams?|mg|micrograms?|mcg|milliliters?|mls|ml|percent|%|pounds?|lbs?|kilograms?|kilos|kg|centimeters?|centimetres?|cm|millimeters?|millimetres?|mm)(?![a-z])(?!\\s*(?:per\\b|/))`, 'g'),
    (m) => { const v = convert(m[1]!, 0, 100000); return v ? `${v}${m[2] === '%' || /^percent$/i.test(m[2]!) ? '' : ' '}${unitName(m[2]!)}` : undefined; }],
  [caseless(`\\b(${N})(\\s*|-)(weeks?|days?|months?|years?|hours?|minutes?|times|degrees|year-old|month-old|week-old)\\b`, 'g'),
    (m) => { const v = convert(m[1]!, 0, 1000); return v ? `${v}${m[2]}${m[3]}` : undefined; }],
];

const BARE_PRESSURE = caseless(`\\b(${N})\\s+(?:over|on)\\s+(${N})(?:\\s*(?:mm ?hg|millimeters of mercury))?`, 'g');

/**
 * "About 200 pounds for the course", "the estimate is around 2500 pounds": pounds of money stay pounds; only a
 * weight's are written "lb".
 */
const MONEY = caseless(/\b(?:cost\w*|price\w*|pay\w*|paid|charge\w*|fees?|buy\w*|bought|spen[dt]\w*|cheap\w*|expensive|insurance|insured|afford\w*|estimates?|quotes?|quoted|bills?|billed|invoice\w*|deposit|excess|refund\w*|claim forms?|private\w*|quid|each|per (?:month|course|dose|item)|for the (?:course|lot|pack|box))\b|\u00a3/);
let money = false;

function unitName(said: string): string {
  if (money && /^pounds?$/i.test(said)) return said;
  return UNIT_NAMES[said.toLowerCase()] ?? said;
}

/** True when the sentence speaks of money: its figures are prices, not measurements. */
export function talksMoney(sentence: string): boolean {
  return MONEY.test(sentence);
}

export function normalizeMeasurements(sentence: string): string {
  let out = sentence;
  money = MONEY.test(sentence);
  // "it's one twenty over eighty" counts as a blood pressure only when the sentence is about blood pressure.
  if (/\b(blood pressure|bp|pressures?|cuff|readings?|pulse)\b/i.test(out)) {
    out = out.replace(BARE_PRESSURE, (whole: string, a: string, b: string) => {
      const sys = convert(a, 60, 260);
      const dia = convert(b, 30, 160);
      // "On" joins a pressure only where the first number is the larger: "one-oh-four on sixty-two", not "two on ten".
      if (!sys || !dia) return whole;
      // Kept with its "on" so the value is traced to the words said (the checker reads only "over" as a pressure).
      if (/\son\s/i.test(whole)) return Number(sys) > Number(dia) ? `${sys} on ${dia} mmHg` : whole;
      return `${sys}/${dia} mmHg`;
    });
  }
  for (const [re, build] of RULES) {
    out = out.replace(re, (...args: unknown[]) => {
      const groups = args.slice(0, -2).filter((a): a is string | undefined => typeof a === 'string' || a === undefined);
      return build(groups.map((g) => g ?? '')) ?? String(args[0]);
    });
  }
  return out.replace(/(\d) (mmHg|bpm)( (mmHg|bpm))+/g, '$1 $2');
}
