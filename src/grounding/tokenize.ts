import { convertSpelledNumbers } from '../text/spelled-numbers.js';
import { glueNumberedNames, readHundreds, readSpokenNumbers } from './spoken-forms.js';

/** Matches a plain number token ("120", "98.6") after normalisation. */
export const NUMBER_RE = /^\d+(?:\.\d+)?$/;
/** Matches a ratio token ("120/80", "6/10") produced from "120/80", "one twenty over eighty" or "six out of ten". */
export const FRACTION_RE = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/;
/** Date-like slash runs ("12/05/2020") are kept as one token so they never read as ratios. */
const DATE_RE = /^\d+\/\d+\/\d+$/;

function prepareText(text: string): string {
  return text
    .toLowerCase()
    // "was.7" (a decimal glued to the word before it) and ", .6" (said without its zero) are 0.7 and 0.6.
    .replace(/([a-z])\.(\d)/g, '$1 0.$2')
    .replace(/(^|[\s,(])\.(\d)/g, '$1 0.$2')
    // A number inside a name ("indole-3-carbinol", "omega-3 fatty acids") is no value.
    .replace(/\b([a-z]+)-(\d+)-([a-z]+)/g, '$1$2$3')
    .replace(/\bomega[- ]?(\d)\b/g, 'omega$1')
    .replace(/[’‘`]/g, "'")
    // "father hs ‘heart disease'": an opening quote mark is no part of the word it opens.
    .replace(/(^|[\s(])'(?=[a-z])/g, '$1')
    .replace(/µg|μg/g, 'mcg')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // "2-1/2-year-old", "3 1/2 weeks": a mixed number, not 2 and a ratio.
    .replace(/\b(\d+)[- ]([13])\/([24])\b/g, (m, whole: string, num: string, den: string) => (Number(num) < Number(den) ? String(Number(whole) + Number(num) / Number(den)) : m))
    // "BP 130s/80s": a range of readings written as decades reads as its round value.
    .replace(/\b(\d{2,3})s\s*\/\s*(\d{2,3})s\b/g, '$1/$2')
    // "5mg", "98.6f", "10mg/day": split the unit from the number, but leave "b12", "a1c", "spo2" whole.
    .replace(/(^|[^a-z0-9.])(\d+(?:\.\d+)?)([a-z]+)/g, '$1$2 $3')
    // "nontender", "nondistended": written as one word, said as a negation.
    .replace(/\bnon(?=(?:tender|distended|productive|pitting|reactive|palpable|erythematous|edematous|focal|radiating|displaced|healing|smoker|tympanic)\b)/g, 'non ')
    // "RIF and LIF non-tender": the iliac fossae, each with its side.
    .replace(/\b([rl])if\b/g, (_m, side: string) => `${side === 'r' ? 'right' : 'left'} iliac fossa`)
    // "gastro-oesophageal": a combining form before a hyphen is part of one word, not a condition of its own ("gastro").
    .replace(/\bgastro-o?esophageal\b/g, 'gastroesophageal')
    .replace(/\b(gastro|cardio|neuro|musculo|osteo|hepato|broncho)-(?=[a-z]{4})/g, '$1')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/(\d)\s*-\s*(?=[a-z])/g, '$1 ');
}

/** Splits text into lower-case word, number and punctuation tokens. */
export function splitTokens(text: string): string[] {
  return prepareText(text).match(/\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?){0,2}|[a-z][a-z0-9]*(?:'[a-z]+)?|'[a-z]+|[^\s\w]/g) ?? [];
}

function isPlainNumber(token: string | undefined): token is string {
  return token !== undefined && NUMBER_RE.test(token);
}

/** Merges "120 over 80", "6 out of 10", "2 / 6" into ratio tokens and "1 plus" / "1 +" into grade tokens. */
function mergeRatios(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    if (isPlainNumber(token)) {
      const next = tokens[i + 1];
      // "one sixty-two on ninety-four": British speech gives a blood pressure "on" rather than "over" (only numbers a
      // blood pressure can be, so "two on the right, three on the left" stays apart).
      const onPressure = next === 'on' && isPlainNumber(tokens[i + 2]) && Number(token) >= 70 && Number(token) <= 260 && Number(tokens[i + 2]) >= 30 && Number(tokens[i + 2]) <= 160;
      if ((next === 'over' || next === '/' || onPressure) && isPlainNumber(tokens[i + 2])) {
        out.push(`${token}/${tokens[i + 2]}`);
        i += 2;
        continue;
      }
      if (next === 'out' && tokens[i + 2] === 'of' && isPlainNumber(tokens[i + 3])) {
        out.push(`${token}/${tokens[i + 3]}`);
        i += 3;
        continue;
      }
      // "twenty plus years" is at least 20 years; "1+" or "2 plus" alone is a grade.
      if ((next === 'plus' || next === '+') && /^(?:years?|months?|weeks?|days?|hours?|times?|pounds?|kilos?|kg|lbs?)$/.test(tokens[i + 2] ?? '')) {
        out.push(token);
        i += 1;
        continue;
      }
      if (next === 'plus' || next === '+') {
        out.push(`${token}+`);
        i += 1;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/**
 * Expansions that only ever add support, so they are applied to the transcript alone:
 * "a couple (of) days" → "2-3 days", "a few days" → "2-4 days", "a week" → "1 week", "one and a half" → "1.5".
 */
/** Measures said as "a … and a half"; counts of things ("a tablet and a half") stay as said. */
const MEASURE_WORDS = new Set(['litre', 'liter', 'kilo', 'kilogram', 'pint', 'stone', 'mile', 'kilometre', 'kilometer', 'metre', 'meter']);

/** Units said with "a" for one of them: "about a millimeter of ST elevation", "a gram of ceftriaxone". */
const SINGLE_MEASURES = new Set(['millimeter', 'millimetre', 'centimeter', 'centimetre', 'inch', 'milligram', 'microgram', 'gram', 'kilo', 'kilogram', 'pound', 'litre', 'liter', 'milliliter', 'millilitre']);

const TIME_WORDS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'night']);

/** Words after which ". 5" is a spoken decimal rather than a full stop ("q.6 h" must stay 6 hours). */
const DECIMAL_LEADS = new Set(['a', 'about', 'of', 'around', 'approximately', 'like', 'is', 'was', 'only', 'just', 'measuring', 'measures']);

/** "in the sixties" supports a note's "HR 60s". */
const DECADES: Readonly<Record<string, number>> = {
  teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

/** Digits said as words after ASR's spoken point. */
const DIGIT_WORD_VALUES: Readonly<Record<string, string>> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

const SPOKEN_DECIMAL_RE = new RegExp(
  `\\b(${[...DECIMAL_LEADS].join('|')})\\s+\\.\\s+(\\d+|${Object.keys(DIGIT_WORD_VALUES).join('|')})\\b(?!\\s+(?:${[...TIME_WORDS].join('|')})s?\\b)`,
  'gi',
);

/**
 * ASR writes "point five" as a full stop standing alone: "a . 5 centimeter stone", "about . five". A full stop glued
 * to its word ends a sentence: "more than I'd like. Two or three glasses" is no "like 0.2". Not before a time unit:
 * "stand on the injured leg only . 30 seconds" is a new sentence of 30 seconds.
 */
function joinSpokenDecimals(text: string): string {
  return text.replace(SPOKEN_DECIMAL_RE, (_m, lead: string, digits: string) => `${lead} 0.${DIGIT_WORD_VALUES[digits.toLowerCase()] ?? digits}`);
}

const SAID_NUMBER = '(?:\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
const GLUED_STOP_RE = new RegExp(`\\b(${SAID_NUMBER})\\.(?=\\s+${SAID_NUMBER}\\b)`, 'gi');

/**
 * "Six. Seven at night", "Nine. Nine out of ten.": a full stop glued to a number and a space before the next is the
 * end of a sentence, two answers in a row, never ASR's spoken point (written standing alone, "two . five"). It is
 * written as a semicolon, a break the decimal reading below does not join across.
 */
function markSentenceStops(text: string): string {
  return text.replace(GLUED_STOP_RE, '$1 ;');
}

function expandLenient(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    // "a couple of weeks" is read as 2-3 weeks, "a few days" as 2-4 days, since notes render them either way (a GP's
    // "2/52 ago" for "a few weeks ago", "review in 24-48 hours" for "come back in a few days").
    if (token === 'couple' || token === 'few') {
      out.push(...(token === 'couple' ? ['2', '-', '3'] : ['2', '-', '4']));
      if (next === 'of') i += 1;
      continue;
    }
    // "several weeks" is 3 to 6 of them (a note may say "several weeks" or "a few weeks" for it).
    if (token === 'several' && next !== undefined && TIME_WORDS.has(stemWord(next))) {
      out.push('3', '-', '6');
      continue;
    }
    // "since I saw you last month": a visit a month ago, which a note writes "1 month after last review" (weeks keep
    // their own reading as a time anchor).
    if (token === 'last' && (next === 'month' || next === 'year') && tokens[i - 1] !== 'the') {
      out.push('last', '1');
      continue;
    }
    // "one a day for four more days", "a further five days": the count of days still to come.
    if ((token === 'more' || token === 'further' || token === 'extra') && isPlainNumber(out[out.length - 1]) && next !== undefined && TIME_WORDS.has(stemWord(next))) continue;
    // "a fortnight" is 2 weeks.
    if (token === 'fortnight' || token === 'fortnights') {
      if (out[out.length - 1] === 'a') out.pop();
      out.push('2', 'weeks');
      continue;
    }
    // "next week" is in 1 week; "half a cc" and "a half" are 0.5.
    if (token === 'next' && next !== undefined && TIME_WORDS.has(next)) {
      out.push('next', '1');
      continue;
    }
    if (token === 'half' && (next === 'a' || next === 'an') && out[out.length - 1] !== 'and') {
      out.push('0.5');
      i += 1;
      continue;
    }
    if (token === 'a' && next === 'half' && out[out.length - 1] !== 'and' && tokens[i + 2] !== 'a' && tokens[i + 2] !== 'an') {
      out.push('0.5');
      i += 1;
      continue;
    }
    // ASR writes a decimal point as a full stop: "two . five of norvasc", "zero . zero five percent".
    if (isPlainNumber(token) && !token.includes('.') && next === '.') {
      let j = i + 2;
      let digits = '';
      // "two . twenty five" is 2.25; "Best of three. Three hundred and eighty." is two sentences: no decimal part is
      // spoken in hundreds.
      if (/^\d{2}$/.test(tokens[j] ?? '')) digits = tokens[j++] as string;
      else while (/^\d$/.test(tokens[j] ?? '')) digits += tokens[j++] as string;
      if (digits) {
        out.push(`${token}.${digits}`);
        i = j - 1;
        continue;
      }
    }
    // "three hundred , twenty five milligrams" and, with a false start, "three hundred , twenty phil- 25 milligrams":
    // a pause after the hundreds goes on with the same number (325), the restart saying the tens again.
    if (isPlainNumber(token) && /^[1-9]00$/.test(token) && next === ',') {
      const restart = isPlainNumber(tokens[i + 2]) && /^[a-z]+$/.test(tokens[i + 3] ?? '') && tokens[i + 4] === '-' ? 3 : 0;
      const rest = tokens[i + 2 + restart];
      const restated = restart === 0 || Math.floor(Number(tokens[i + 2]) / 10) === Math.floor(Number(rest) / 10);
      if (isPlainNumber(rest) && /^\d{1,2}$/.test(rest) && restated && /^(?:milligrams?|mg|micrograms?|mcg|grams?|units?|ml|milliliters?|millilitres?)$/.test(tokens[i + 3 + restart] ?? '')) {
        out.push(String(Number(token) + Number(rest)));
        i += 2 + restart;
        continue;
      }
    }
    const decade = DECADES[token];
    if (decade !== undefined) {
      out.push(String(decade));
      continue;
    }
    // "baby aspirin" is the 81 mg tablet.
    if (token === 'baby' && next === 'aspirin') {
      out.push('81', 'mg', 'aspirin');
      i += 1;
      continue;
    }
    // "for another month" is one more month, which a note writes "1/12"; "up about a millimeter", "a gram IV" are 1 mm, 1 g.
    if ((token === 'a' || token === 'an' || token === 'another') && next !== undefined && (TIME_WORDS.has(next) || (token !== 'another' && SINGLE_MEASURES.has(next)))) {
      out.push('1');
      continue;
    }
    if (isPlainNumber(token) && next === 'and' && tokens[i + 2] === 'a' && tokens[i + 3] === 'half') {
      out.push(String(Number(token) + 0.5));
      i += 3;
      continue;
    }
    // "a litre and a half", "a kilo and a half": a measure said the way a year and a half is, written 1.5 L, 1.5 kg.
    if (MEASURE_WORDS.has(token) && next === 'and' && tokens[i + 2] === 'a' && tokens[i + 3] === 'half' && ['a', 'one', '1'].includes(out[out.length - 1] ?? '')) {
      out[out.length - 1] = '1.5';
      out.push(token);
      i += 3;
      continue;
    }
    // "a year and a half" → 1.5 year.
    const last = out[out.length - 1];
    if (TIME_WORDS.has(stemWord(token)) && next === 'and' && tokens[i + 2] === 'a' && tokens[i + 3] === 'half' && isPlainNumber(last)) {
      out[out.length - 1] = String(Number(last) + 0.5);
      out.push(token);
      i += 3;
      continue;
    }
    out.push(token);
  }
  return out;
}

export interface NormaliseOptions {
  /** Apply support-only expansions (use for the transcript, never for the note). */
  lenient?: boolean;
}

/**
 * "Aged three and a half": a note's number and a half is that number and a half, as the transcript's is read; read as
 * the whole number alone it would be met by any three said.
 */
function joinHalves(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    if (isPlainNumber(token) && !token.includes('.') && tokens[i + 1] === 'and' && tokens[i + 2] === 'a' && tokens[i + 3] === 'half') {
      out.push(String(Number(token) + 0.5));
      i += 3;
    } else out.push(token);
  }
  return out;
}

/** Lower-cases, tokenises and turns spelled numbers and spoken ratios into digits. */
export function normaliseTokens(text: string, options: NormaliseOptions = {}): string[] {
  const words = readHundreds(glueNumberedNames(splitTokens(options.lenient ? markSentenceStops(joinSpokenDecimals(text)) : text)).map((t) => t.replace(/'s$/, '')));
  const numbered = convertSpelledNumbers(options.lenient ? readSpokenNumbers(words) : words);
  const merged = mergeRatios(options.lenient ? expandLenient(numbered) : joinHalves(numbered));
  return merged.map((token) => (DATE_RE.test(token) ? `date:${token}` : token));
}

/** A cheap singular form, enough to match "fevers"/"fever" and "knees"/"knee". */
export function stemWord(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}
