/**
 * Spoken and written forms to settle before numbers are turned into digits: a number said twice in a row ("six
 * hundred six hundred milligrams", "two two weeks") is one number, not 60600 or 22 (the transcript only: a note's
 * digits mean what they say), and the number in a scale's name ("PHQ-9", "GAD 7") is not a value.
 */
const NUMBER_WORDS = new Set([
  'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'point', 'and',
]);

function isNumberWord(token: string | undefined): boolean {
  return token !== undefined && NUMBER_WORDS.has(token);
}

const DIGIT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const DECADE_WORDS: Readonly<Record<string, string>> = {
  twenties: 'twenty', thirties: 'thirty', forties: 'forty', fifties: 'fifty', sixties: 'sixty', seventies: 'seventy', eighties: 'eighty', nineties: 'ninety',
};

/**
 * The transcript's spoken numbers as people mean them: stutters ("over over", "six hundred six hundred") said once,
 * "three to four hundred" as 300 to 400, "one twenties" as 120s.
 */
export function readSpokenNumbers(tokens: readonly string[]): string[] {
  // "four or so years", "two or three-ish weeks": the hedge between a number and its unit goes.
  const hedged = tokens
    .filter((t, i) => !((t === 'or' && tokens[i + 1] === 'so') || (t === 'so' && tokens[i - 1] === 'or') || t === 'ish' || t === 'odd'))
    // "one O two" (a transcriber's capital O between digits) is "one oh two", 102.
    .map((t, i, all) => (t === 'o' && DIGIT_WORDS.has(all[i - 1] ?? '') && DIGIT_WORDS.has(all[i + 1] ?? '') ? 'oh' : t));
  const once = hedged.filter((t, i) => t !== hedged[i - 1] || /^[^a-z0-9]/.test(t));
  const out: string[] = [];
  for (let i = 0; i < once.length; i += 1) {
    const token = once[i] as string;
    if (DIGIT_WORDS.has(token) && (once[i + 1] === 'to' || once[i + 1] === 'or') && DIGIT_WORDS.has(once[i + 2] ?? '') && once[i + 3] === 'hundred') {
      out.push(token, 'hundred');
      continue;
    }
    // "ibuprofen four hundred three times a day" is 400, three times a day — not 403.
    if ((token === 'hundred' || token === 'thousand') && DIGIT_WORDS.has(once[i + 1] ?? '') && once[i + 2] === 'times') {
      out.push(token, ',');
      continue;
    }
    const decade = DECADE_WORDS[once[i + 1] ?? ''];
    if (DIGIT_WORDS.has(token) && decade) {
      out.push(token, decade);
      i += 1;
      continue;
    }
    out.push(token);
  }
  return collapseRepeatedNumbers(out);
}

/** "in the two hundreds", "low one hundreds": 200-odd, 100-odd — in a transcript and in a note that quotes one. */
export function readHundreds(tokens: readonly string[]): string[] {
  return tokens.map((t, i) => (t === 'hundreds' && DIGIT_WORDS.has(tokens[i - 1] ?? '') ? 'hundred' : t));
}

/** Drops the second copy of a run of number words that repeats itself exactly. */
function collapseRepeatedNumbers(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNumberWord(tokens[i]) || tokens[i] === 'and') {
      out.push(tokens[i] as string);
      i += 1;
      continue;
    }
    let j = i;
    while (isNumberWord(tokens[j])) j += 1;
    while (j > i && tokens[j - 1] === 'and') j -= 1;
    const run = tokens.slice(i, j);
    const half = run.length / 2;
    const repeated = run.length >= 2 && Number.isInteger(half) && run.slice(0, half).every((t, k) => t === run[half + k]);
    out.push(...(repeated ? run.slice(0, half) : run));
    i = j;
  }
  return out;
}

/** Scales and analytes written with a number in their name, glued so the number is not read as a value. */
const NAME_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  phq: ['9', 'nine'],
  gad: ['7', 'seven'],
  covid: ['19', 'nineteen'],
  b: ['12', 'twelve'],
};

/** The chest leads V1–V6, said as "v four". */
const LEAD_NUMBERS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5', 6: '6' };

/** "phq - 9" / "phq nine" → "phq9", "a one c" → "a1c", "covid-19" → "covid19". */
export function glueNumberedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const numbers = NAME_NUMBERS[token];
    const j = tokens[i + 1] === '-' ? i + 2 : i + 1;
    if (numbers?.includes(tokens[j] ?? '')) {
      out.push(`${token}${numbers[0]}`);
      i = j;
    } else if (token === 'v' && LEAD_NUMBERS[tokens[i + 1] ?? ''] !== undefined) {
      // "v four r is up a millimeter": an ECG lead's name (V4R), not a value of four.
      const right = tokens[i + 2] === 'r';
      out.push(`v${LEAD_NUMBERS[tokens[i + 1] ?? '']}${right ? 'r' : ''}`);
      i += right ? 2 : 1;
    } else if (token === 'a' && (tokens[i + 1] === 'one' || tokens[i + 1] === '1') && tokens[i + 2] === 'c') {
      out.push('a1c');
      i += 2;
    } else {
      out.push(token);
    }
  }
  return out;
}
