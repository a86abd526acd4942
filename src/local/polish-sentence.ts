/** Final surface form of a note sentence: capitalised, single-spaced, one terminal full stop. */

/**
 * Wording notes use for what was said at more length, applied outside quotation marks only (a quote stays as said):
 * "go ahead and" is a filler; "I'm going to prescribe" is "I will prescribe"; "let's continue" is "we will continue".
 */
const NOTE_WORDING: [RegExp, string][] = [
  [/\bgo ahead and\s+/gi, ''],
  // "I noticed it, what, two weeks ago": the "what" of an amount reckoned aloud is no word of the note.
  [/(?<=\w),?\s+what(?:,|\.{2,}|…)\s+(?=(?:about |around |maybe |like |nearly |almost )*(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a couple|a few|half)\b)/gi, ' '],
  // "I can't feel any lumps in their armpits", "I cannot find any kind of swelling there": the examiner's negative
  // finding, in the note's words.
  [/^(?:(?:so|and|okay|now|well),?\s+)*i (?:can't|cannot|can not|don't|do not|couldn't|could not) (?:find|feel|see|hear|detect|appreciate|palpate) any(?: (?:kind|sort|signs?|evidence) of)? (?=[a-z])/i, 'No '],
  // "Doctor, his blood pressure is 158/94": a nurse's word to the doctor is not part of the finding.
  [/^(?:doctor|doc|dr\.? [a-z]+|nurse|sister|sir|ma'am),\s+(?=[a-z])/i, ''],
  [/\b(I|i|we|We|you|You|they|They)( also)? just (want|wanted|need|needed|like)\b/g, '$1$2 $3'],
  [/\bjust to (make sure|check|see|be safe|rule out)\b/gi, 'to $1'],
  // Only "going to" before a verb is the future: "we're going to St. Brendan's", "…to the hospital" is a journey.
  [/\b(?:I|i)(?:'m| am) going to\b(?!\s+(?:(?:the|a|an|my|your|his|her|their|our|this|that|St|hospital|school|work|bed|church)\b|[A-Z]|\d))/g, 'I will'],
  [/\b(we|We|they|They)(?:'re| are) going to\b(?!\s+(?:(?:the|a|an|my|your|his|her|their|our|this|that|St|hospital|school|work|bed|church)\b|[A-Z]|\d))/g, '$1 will'],
  [/^(?:(?:so|and|okay|now),?\s+)*let's (?:just )?(?=[a-z])/i, 'We will '],
  // "For their knee it sounds like…": the topic an assessment opens with, set off by a comma.
  // Case-blind, as lower-case ASR text ("for your knee it sounds like…") needs it as much as typed text.
  [/^((?:for|as for|regarding) (?:your|his|her|their|the) [a-z]+(?: [a-z]+)?) (?=(?:it|it's|i|i'm|i'd|we|we're|the patient|this|that|there)\b)/i, '$1, '],
];

function rewordOutsideQuotes(text: string): string {
  return text.split(/("[^"]*")/).map((part, i) => (i % 2 === 1 ? part : NOTE_WORDING.reduce((t, [re, to]) => t.replace(re, to), part))).join('');
}

/** `verbatim`: the text is a quotation, so only spacing and the first letter may change. */
export function polishSentence(text: string, verbatim = false): string {
  const t = (verbatim ? text : rewordOutsideQuotes(text))
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:\s]+$/, '')
    .replace(/[?!]+$/, '')
    .trim();
  if (t === '') return '';
  const capitalised = `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  // ("(Seen tearful, then settled.)": a bracketed note's full stop is inside its bracket.)
  return /[."]$|\.\)$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
