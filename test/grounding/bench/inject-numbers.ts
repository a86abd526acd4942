/** Injectors that change one number: a dose, a vital sign, a lab value or score, a duration, a follow-up interval. */
import { pick, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

export interface Candidate {
  sentence: NoteSentence;
  after: string;
  /** Left out of the denominator under the fairness rule (see discussed.ts); counted apart. */
  excluded?: boolean;
}

type Random = () => number;

function formatLike(original: string, value: number): string {
  const decimals = original.includes('.') ? (original.split('.')[1] ?? '').length : 0;
  return decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
}

/** A different, plausible value of the same size. */
function shiftValue(random: Random, original: string, options: { min?: number; factor?: [number, number] } = {}): string {
  const value = Number(original);
  const [lo, hi] = options.factor ?? [1.2, 1.8];
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const factor = lo + random() * (hi - lo);
    const next = random() < 0.5 && value / factor >= (options.min ?? 0) ? value / factor : value * factor;
    const text = formatLike(original, next);
    if (Number(text) !== value && Number(text) > 0) return text;
  }
  return formatLike(original, value + 1);
}

function replaceAt(text: string, index: number, length: number, by: string): string {
  return text.slice(0, index) + by + text.slice(index + length);
}

/** Every match of `re` in every sentence, where group `group` is the number to change. */
function collectNumberSites(
  sentences: readonly NoteSentence[],
  re: RegExp,
  group: number,
  facts: TranscriptFacts,
  change: (original: string, match: RegExpExecArray) => string,
  accept: (s: NoteSentence, m: RegExpExecArray) => boolean = () => true,
): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      const original = m[group];
      if (!original || !facts.numbers.has(Number(original)) || !accept(sentence, m as RegExpExecArray)) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(original);
      out.push({ sentence, after: replaceAt(sentence.text, at, original.length, change(original, m as RegExpExecArray)) });
    }
  }
  return out;
}

const DOSE_STRENGTHS = [0.5, 1, 2, 2.5, 5, 10, 12.5, 15, 20, 25, 30, 40, 50, 75, 80, 100, 125, 150, 200, 250, 300, 400, 500, 600, 750, 800, 1000];

export function injectDose(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const re = /\b(\d+(?:\.\d+)?)\s?(mg|mcg|milligrams?|micrograms?|units|mL|ml|g|grams?)\b/gi;
  return collectNumberSites(sentences, re, 1, facts, (original) => {
    const value = Number(original);
    const near = DOSE_STRENGTHS.filter((s) => s !== value && s >= value / 4 && s <= value * 4);
    return String(near.length && random() < 0.7 ? pick(random, near) : shiftValue(random, original, { factor: [2, 2] }));
  });
}

const VITAL_PATTERNS: readonly [RegExp, number, [number, number]][] = [
  [/\b(?:blood pressure|BP)\b[^.\d]{0,40}?(\d{2,3})\/(\d{2,3})/gi, 1, [1.1, 1.25]],
  [/\b(?:blood pressure|BP)\b[^.\d]{0,40}?\d{2,3}\/(\d{2,3})/gi, 1, [1.12, 1.3]],
  [/\b(?:heart rate|pulse|HR)\b[^.\d]{0,30}?(\d{2,3})\b/gi, 1, [1.15, 1.4]],
  [/\b(?:temperature|temp|T)\b[^.\d]{0,30}?(\d{2,3}\.\d)/gi, 1, [1.02, 1.04]],
  [/\b(?:oxygen saturation|O2 sat\w*|SpO2|sats?|saturation|pulse ox\w*|satting)\b[^.\d]{0,30}?(\d{2,3})\s?%/gi, 1, [1.04, 1.08]],
  [/\b(?:respiratory rate|respirations|RR)\b[^.\d]{0,30}?(\d{1,2})\b/gi, 1, [1.3, 1.6]],
  [/\b(?:weight|weighs|weighed)\b[^.\d]{0,30}?(\d{2,3}(?:\.\d)?)\s?(?:lb|lbs|pounds|kg|kilograms)/gi, 1, [1.08, 1.25]],
  [/\b(?:BMI|body mass index)\b[^.\d]{0,20}?(\d{2}(?:\.\d)?)/gi, 1, [1.1, 1.3]],
];

export function injectVital(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  return VITAL_PATTERNS.flatMap(([re, group, factor]) =>
    collectNumberSites(sentences, re, group, facts, (original) => {
      // Oxygen saturations stay at or under 100%.
      const next = shiftValue(random, original, { factor });
      return Number(next) > 100 && Number(original) <= 100 ? String(Number(original) - 3 - Math.floor(random() * 5)) : next;
    }),
  );
}

const ANALYTES =
  'hemoglobin a1c|a1c|hba1c|creatinine|potassium|sodium|LDL|HDL|total cholesterol|cholesterol|triglycerides|hemoglobin|hgb|TSH|INR|PSA|glucose|blood sugar|sugars?|white (?:blood )?(?:cell )?count|WBC|platelets?|ejection fraction|EF|troponin|eGFR|GFR|BUN|vitamin D|B12|ferritin|ALT|AST|bilirubin|PHQ-?9|GAD-?7|calcium|magnesium|lipase|CRP|ESR|BNP|D-dimer|uric acid|urate|albumin|PEFR|peak flow';

export function injectLabValue(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const re = new RegExp(`\\b(?:${ANALYTES})\\b[^.\\d]{0,40}?(?<![A-Za-z])(\\d+(?:\\.\\d+)?)(?!\\s?(?:mg|mcg|units|IU|iu|-year|years?|months?|weeks?|days?)\\b)(?!\\/)`, 'gi');
  return collectNumberSites(sentences, re, 1, facts, (original) => {
    const value = Number(original);
    if (value < 15) {
      const step = original.includes('.') ? 0.6 + random() * 2.5 : 1 + Math.floor(random() * 3);
      const next = random() < 0.35 && value - step > 0 ? value - step : value + step;
      return formatLike(original, next);
    }
    return shiftValue(random, original, { factor: [1.25, 1.8] });
  });
}

const FOLLOW_UP_RE = /\b(?:follow[- ]?up|f\/u|return|review|recheck|re-?check|see (?:him|her|them|you|the patient) (?:back|again)|come back|revisit|reassess|repeat)\b/i;
const UNIT_SWAP: Readonly<Record<string, string>> = {
  day: 'week', days: 'weeks', week: 'month', weeks: 'months', month: 'week', months: 'weeks', year: 'month', years: 'months',
  hour: 'day', hours: 'days', d: 'w', w: 'm', wk: 'mo', wks: 'months',
};

/** Another count; below `below` when it starts a range ("3 to 4 weeks" stays a range: "2 to 4 weeks", never "6 to 4"). */
function changeCount(random: Random, original: string, below = Infinity): string {
  const value = Number(original);
  const options = [value + 1, value + 2, value * 2, value + 3, value - 1].filter((v) => v > 0 && v !== value && v < below);
  return options.length ? String(pick(random, options)) : original;
}

/** A number with a time unit: the number or the unit changes. */
function collectTimeSites(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random, followUp: boolean): Candidate[] {
  const re = /\b(\d+)(?:\s?(?:-|to)\s?(\d+))?[\s-]?(days?|weeks?|months?|years?|hours?|wks?|d|w)\b/gi;
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const isFollowUp = FOLLOW_UP_RE.test(sentence.text) && /\bin\s+(?:about\s+|another\s+)?\d/i.test(sentence.text);
    if (isFollowUp !== followUp) continue;
    for (const m of sentence.text.matchAll(re)) {
      const [whole, count = '', rangeEnd, unit = ''] = m;
      if (!facts.numbers.has(Number(count)) || /-year-old|year old/i.test(sentence.text.slice(m.index ?? 0, (m.index ?? 0) + whole.length + 5))) continue;
      const before = sentence.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
      const afterText = sentence.text.slice((m.index ?? 0) + whole.length, (m.index ?? 0) + whole.length + 12);
      const timed = followUp ? /\bin\s+(?:about\s+|another\s+)?$/i.test(before) : /\b(?:for|over|past|last|since|x|about|approximately|nearly|around|almost|within|than)\s+(?:the\s+)?(?:past\s+|last\s+)?$/i.test(before) || /^\s*(?:ago|history|hx|prior|duration)/i.test(afterText);
      if (!timed) continue;
      const swap = UNIT_SWAP[unit.toLowerCase()];
      let replacement: string;
      const changed = changeCount(random, count, rangeEnd ? Number(rangeEnd) : Infinity);
      if (swap && (random() < 0.4 || changed === count)) replacement = whole.replace(new RegExp(`${unit}$`), swap);
      else replacement = whole.replace(count, changed);
      if (replacement !== whole) out.push({ sentence, after: replaceAt(sentence.text, m.index ?? 0, whole.length, replacement) });
    }
    // British shorthand: "3/7 hx", "2/52 ago".
    for (const m of sentence.text.matchAll(/\b(\d{1,2})\/(7|52|12)\b/g)) {
      const [whole, count = ''] = m;
      const replacement = random() < 0.5 ? `${changeCount(random, count)}/${m[2]}` : `${count}/${m[2] === '7' ? '52' : '7'}`;
      out.push({ sentence, after: replaceAt(sentence.text, m.index ?? 0, whole.length, replacement) });
    }
  }
  return out;
}

export function injectDuration(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  return collectTimeSites(sentences, facts, random, false).filter((c) => c.sentence.section !== 'plan');
}

export function injectFollowUp(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  return collectTimeSites(sentences, facts, random, true);
}
