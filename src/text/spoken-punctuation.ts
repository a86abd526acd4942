/**
 * Dictation captured by plain speech-to-text keeps the punctuation the clinician spoke: "she reports her breathing is
 * worse comma she now sleeps on three pillows full stop ankles more swollen full stop new paragraph on examination…".
 * Where the text really is dictated that way (the commands recur), they are written as the marks they name, so the
 * sentences, headings and numbers after them read as in any typed note. Line for line, so line numbers still hold.
 */
const FULL_STOP = /\bfull stops?\b/gi;
const COMMA = /(?<=\w)\s+comma\b(?!\s+(?:shaped|separated)\b)/gi;
const NEW_LINE = /[,.]?\s*\b(?:new paragraph|next paragraph|new line|next line)\b[,.]?/gi;
const COMMAND_MODE_MIN = 3;
/** "period" is also the menstrual period and a length of time: only as a command where no such word leads to it. */
const PERIOD = /(?<!\b(?:my|her|your|their|his|the|a|last|first|heavy|light|painful|irregular|menstrual|this|that|any|each|every|same|short|long|whole|trial|grace|waiting|recovery|time)\s+)\bperiod\b(?!\s+(?:of|pain|pains|cramps?|was|is|came|started|stopped)\b|s\b)/gi;

/** "plan colon increase…": a spoken colon after a heading word (elsewhere "colon" is the bowel). */
// A heading of several words ends on its last ("history of present illness colon", "review of systems colon").
const HEADING_COLON = /\b(subjective|objective|plan|illness|complaint|systems|hpi|impression|assessment|diagnos[ie]s|examination|exam|observations|obs|vitals|history|medications?|allergies|results|bloods|investigations|summary|findings|management|problems?)\s+colon\b/gi;

/** "assessment colon one period type two diabetes… two period hypertension": a numbered item said as "one period". */
const ITEM_NUMBER = /(^|[:.]\s*|\bperiod\s+|\bnew (?:paragraph|line)\s+)\b(one|two|three|four|five|six|seven|eight|nine|ten) period\b/gi;
const DIGITS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

function countCommands(lines: readonly string[]): number {
  let n = 0;
  for (const line of lines) n += (line.match(FULL_STOP)?.length ?? 0) + (line.match(COMMA)?.length ?? 0) + (line.match(PERIOD)?.length ?? 0) + (line.match(NEW_LINE)?.length ?? 0);
  return n;
}

/** The lines with spoken punctuation written as marks, when the text is dictated with it; other texts unchanged. */
export function writeSpokenPunctuation(lines: readonly string[]): string[] {
  if (countCommands(lines) < COMMAND_MODE_MIN) return [...lines];
  // A command on a line of its own ("New paragraph.") already breaks the text where it stands; it is left as said.
  return lines.map((line) => /^\s*(?:new paragraph|next paragraph|new line|next line)[.,]?\s*$/i.test(line) ? line :
    line
      .replace(HEADING_COLON, '$1:')
      .replace(ITEM_NUMBER, (_m, lead: string, n: string) => `${lead}${DIGITS[n.toLowerCase()]}.`)
      .replace(FULL_STOP, '.')
      .replace(PERIOD, '.')
      .replace(/\bquestion mark\b/gi, '?')
      .replace(HEADING_COLON, '$1:')
      .replace(NEW_LINE, '.')
      .replace(COMMA, ',')
      .replace(/\s+([.,?])/g, '$1')
      .replace(/([.?])(?:\s*[.,])+/g, '$1')
      .replace(/^[\s.,]+/, '')
      .replace(/([.?]\s+)([a-z])/g, (_m, stop: string, letter: string) => `${stop}${letter.toUpperCase()}`),
  );
}
