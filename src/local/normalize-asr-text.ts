/**
 * Undoes ASR-style tokenisation ("do n't", "hi , andrew .") and strips disfluencies, so later steps see
 * ordinary written English. Only removes or re-joins words; never adds content.
 */
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';
import { joinClippedFragments } from './clipped-fragments.js';

/** A RegExp or a CaselessPattern with what replaces its matches. */
type Fix = [{ [Symbol.replace](text: string, replacement: string): string }, string];

const CONTRACTION_FIXES: Fix[] = [
  [caseless(/\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need) n't\b/, 'g'), "$1n't"],
  [caseless(/\b(\w+) '(s|re|ve|ll|d|m)\b/, 'g'), "$1'$2"],
  [caseless(/\bgon na\b/, 'g'), 'going to'],
  [caseless(/\bgonna\b/, 'g'), 'going to'],
  [caseless(/\bwan na\b/, 'g'), 'want to'],
  [caseless(/\bwanna\b/, 'g'), 'want to'],
  [caseless(/\bgot ta\b/, 'g'), 'got to'],
  [caseless(/\bkinda\b/, 'g'), 'kind of'],
  [caseless(/\blem me\b/, 'g'), 'let me'],
  [caseless(/\bgim me\b/, 'g'), 'give me'],
  [caseless(/\bsorta\b/, 'g'), 'sort of'],
  [caseless(/\bwhats\b/, 'g'), "what's"],
  [caseless(/\bca\s*n't\b/, 'g'), "can't"],
  [caseless(/\bwo\s*n't\b/, 'g'), "won't"],
  [/[’‘]/g, "'"],
  // ASR that drops apostrophes ("i didnt know", "youre on insulin", "ill see you in four weeks"): only the spellings
  // that are no other word ("were", "well", "its", "wont"'s noun and upper-case "IM" are left), and "ill", "id" and
  // "lets" only before a verb that shows they were "I'll", "I'd" and "let's".
  [caseless(/\b(do|does|did|is|was|were|are|have|has|had|could|would|should|must|need|ca|wo)nt\b/, 'g'), "$1n't"],
  [caseless(/\b(that|there|here|where|who|he|she)s\b/, 'g'), "$1's"],
  [caseless(/\b(you|they)(re|ve|ll)\b/, 'g'), "$1'$2"],
  [caseless(/\b(we)(ve)\b/, 'g'), "$1'$2"],
  [/\b([iI])(m|ve)\b/g, "$1'$2"],
  [/\b([iI])(ll|d) (?=(?:see|ring|call|send|write|refer|book|give|put|get|do|check|make|arrange|prescribe|start|ask|just|have|be|let|take|pop|print|talk|speak|come|go|look|listen|examine|order|need|want|also|pass|sort|email|text|leave|try|phone|like|love|say|suggest|recommend|rather|prefer|think|probably|definitely)\b)/g, "$1'$2 "],
  [/\b([lL]et)s (?=(?:do|try|see|have|get|take|check|talk|look|start|go|book|pop|just|measure|listen|weigh|think|make|put|go|move|sit|stand)\b)/g, "$1's "],
  // Chat and shorthand: "red and sticky for 2 dys", "3 wks", "ur eye", "no pain tbh" — written as said.
  [/\b1\s?wks?\b/gi, '1 week'],
  [/\b(\d+)\s?wks?\b/gi, '$1 weeks'],
  [/\b(\d+)\s?(?:hrs)\b/gi, '$1 hours'],
  [/\b(\d+)\s?(?:yrs)\b/gi, '$1 years'],
  [/\b(\d+)\s?(?:mths|mnths)\b/gi, '$1 months'],
  [/\b(\d+)\s?(?:dys)\b/gi, '$1 days'],
  [/(?<=^|\s)u(?=[\s,.?!]|$)/g, 'you'],
  [/(?<=^|\s)ur(?=\s)/g, 'your'],
  [/,?\s*\b(?:tbh|lol|tbf)\b/gi, ''],
  [/\babt\b/gi, 'about'],
  // "your phq nine today is eleven": speech-to-text spells a questionnaire's number as a word; written as its name.
  [caseless(/\bphq[\s-]?nine\b/, 'g'), 'PHQ-9'],
  [caseless(/\bgad[\s-]?seven\b/, 'g'), 'GAD-7'],
  [caseless(/\b(phq|gad)[\s-]?two\b/, 'g'), '$1-2'],
  // "3 by 2 centimetres", "five millilitres": British spellings of units, read as the one spelling the unit rules know.
  [caseless(/\b(centi|milli|kilo)?metre(s?)\b/, 'g'), '$1meter$2'],
  [caseless(/\b(milli)?litre(s?)\b/, 'g'), '$1liter$2'],
];

const FILLER_WORDS = caseless(/(^|[\s,])(um+|uh+|uh-huh|mm-?hmm+|mm+[- ]hm+|mhm+|hmm+|erm|ah|huh)(?=[\s,.?!]|$)[,]?/, 'g');
/** "Mhm.", "Mm-hm, very.": a murmur that opens what is said answers yes; elsewhere it only fills a pause. */
const AFFIRMING_MURMUR = /^(?:uh-huh|mm-?hmm+|mm+[- ]hm+|mhm+)$/i;
function dropFiller(match: string, before: string, word: string, offset: number): string {
  return offset <= 1 && AFFIRMING_MURMUR.test(word) ? match : before;
}
// "you know" is a filler, except where it asks or means something: "do you know what caused it", "let me know".
const FILLER_PHRASES = caseless(/(,\s*)?(?<!\b(?:do|did|does|don't|didn't|if|whether|let me|let us|let|lets|letting|would|to|as|what|how|then)\s)\b(you know|i mean)\b(?!\s+(?:what|how|if|whether|who|where|when|which|about|that|the|him|her|them|it)\b)(\s*,)?/, 'g');

/**
 * "Well I've had a , I've got a bit of fever", "I'm on, I'm taking methotrexate": a clause broken off on an article, a
 * possessive or a preposition and started again with the same subject is a false start; only the restart was meant.
 * ("I think it's a, it's a sprain" repeats words, not its subject: the stutter rule below keeps "I think".) A filler
 * can take the comma with it ("I've got the uh, I've got the diabetes"): after "a", "the" or "my", the subject
 * starting again is a restart without one (no sentence puts "the I've" together; "told her I was" can).
 */
const ABANDONED_START = /(^\s*|[.;,]\s+)(?:(?:well|so|and|but)\s+)?(i|i've|i'm|i'd|we|we've|we're|you|you've|you're|he|he's|she|she's|it|it's|they|they're)\s[^,.;?!]{0,25}?\b(?:(?:a|an|the|my|your|his|her|their|some|on|to|in|with|for|of)\s*,|(?:a|an|the|my))\s+(?=\2\b)/gi;

const DIGIT = '(?:zero|one|two|three|four|five|six|seven|eight|nine|\\d)';
const NUMBERISH = '(?:\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNIT_AHEAD = '(?=\\s+(?:centimeters?|cm|millimeters?|mm|milligrams?|mg|micrograms?|mcg|percent|degrees?|grams?|liters?|units?|kilograms?|pounds?)\\b)';
// ASR writes a spoken decimal point as a full stop ("twelve . five milligrams"); read it back as "point".
const SPOKEN_DECIMALS: [CaselessPattern, string][] = [
  [caseless(`\\b(${NUMBERISH}) \\. (${DIGIT})${UNIT_AHEAD}`, 'g'), '$1 point $2'],
  [caseless(`\\ba \\. (${DIGIT})${UNIT_AHEAD}`, 'g'), 'point $1'],
  [caseless(`\\b((?:temperature|temp|fever|a1c|inr|creatinine|potassium|hemoglobin|hgb|bmi|ph)\\b[^.?!]{0,40}?\\b(?:a )?(?:${NUMBERISH}|hundred|one hundred)(?: (?:and )?${NUMBERISH})?) \\. (${DIGIT})\\b`, 'g'), '$1 point $2'],
];

/** "37 point 8": a decimal said over digits the transcriber already wrote ("seventy four point two" is read later). */
const DIGIT_POINT = /\b(\d+) point (\d+)\b/g;
/**
 * "Furosemide to 80 milligrams, no sorry, 60 milligrams", "the left, sorry, right ankle", "of the left ankle, sorry,
 * scratch that, of both ankles": a value or a side said and corrected at once; only the correction was meant, so the
 * slip goes.
 */
const AMOUNT = `(?:\\d+(?:\\.\\d+)?|${NUMBERISH}(?:[ -]${NUMBERISH})?)(?:\\s*(?:mg|milligrams?|micrograms?|mcg|units?|ml|milliliters?|millilitres?|grams?|kilos?|kg|percent|%|times))?`;
const CORRECTED_SLIP = [
  caseless(`\\b${AMOUNT},?\\s+(?:no,?\\s+)?(?:sorry|no wait|wait|i mean|correction|scratch that)[,.]?\\s+(?:(?:to|make (?:it|that)|it's|that's)\\s+)?(?=(?:\\d|${NUMBERISH}\\b))`, 'g'),
  caseless(`\\b(?:left|right)(?:\\s+[a-z]+)?,?\\s+(?:no,?\\s+)?(?:sorry|no wait|wait|i mean|correction|scratch that)(?:,?\\s+scratch that)?[,.]?\\s+(?:the\\s+)?(?=(?:left|right)\\b)`, 'g'),
  // "Ten days. Sorry, let me correct myself, she's over two, so seven days.": a value said whole, then taken back by
  // name before the reason and the value meant.
  caseless(`\\b${AMOUNT}(?:\\s+(?:days?|weeks?|months?|hours?|doses?|tablets?))?[.,]\\s+(?:no,?\\s+)?(?:sorry,?\\s+)?(?:let me correct (?:myself|that)|i (?:need to|should) correct (?:myself|that)|i misspoke|correction)[,.]?\\s+`, 'g'),
  // "oedema of the left ankle, sorry, scratch that, of both ankles": one side corrected to both.
  caseless(`\\b(?:the\\s+)?(?:left|right)(?:\\s+[a-z]+)?,?\\s+(?:no,?\\s+)?(?:sorry|no wait|wait|i mean|correction|scratch that)(?:,?\\s+scratch that)?[,.]?\\s+(?:(?:of|on|in)\\s+)?(?=(?:both|bilateral(?:ly)?)\\b)`, 'g'),
  // "metformin one gram twice daily, no wait scratch that, metformin five hundred milligrams twice daily": the thing
  // said again with its corrected amount.
  /\b([a-z]{4,})\b(?=[^,.;]{0,40}?\d|[^,.;]{0,40}?\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b)[^,.;]{0,40}?,?\s+(?:no,?\s+)?(?:sorry|no wait|wait|i mean|correction)?,?\s*(?:scratch that|sorry|i mean|correction)[,.]?\s+(?=\1\b)/gi,
];

// Each turn is read by several steps (answers, sentences, chief complaint); a small memo spares the regex passes.
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 4000;

/** Called once per note, so the memo never outlives the transcript it serves (and timings stay honest). */
export function resetAsrMemo(): void {
  MEMO.clear();
}

export function normalizeAsrText(text: string): string {
  const known = MEMO.get(text);
  if (known !== undefined) return known;
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  const out = normalizeUncached(text);
  MEMO.set(text, out);
  return out;
}

/** "U T I", "C O P D", "one hundred M G": an abbreviation a transcriber spelled out letter by letter. */
const SPELLED_LETTERS = /(?<![A-Za-z'])[A-Z](?: [A-Z]){1,4}(?![A-Za-z'])/g;

function normalizeUncached(text: string): string {
  // ("I I think": a stutter, not a spelling.)
  let out = ` ${text.replace(SPELLED_LETTERS, (letters) => (/\bI I\b/.test(letters) ? letters : letters.replace(/ /g, '')))} `;
  for (const [re, rep] of SPOKEN_DECIMALS) out = out.replace(re, rep);
  out = out.replace(DIGIT_POINT, '$1.$2');
  for (const re of CORRECTED_SLIP) out = out.replace(re, '');
  for (const [re, rep] of CONTRACTION_FIXES) out = out.replace(re, rep);
  out = out
    .replace(/\s+([,.?!;:%])/g, '$1')
    .replace(/\.\.\.+|…/g, ',')
    .replace(/(\w)-(?=[\s,.]|$)/g, '$1')
    .replace(FILLER_WORDS, dropFiller)
    .replace(FILLER_PHRASES, ' ')
    // ("…higher than we'd like, so…", "if you like, …": the verb, not the filler.)
    .replace(/(^|\s)(?<!(?:'d|would|you|\bwe|they|\bi|feel|feels|look|looks|sound|sounds|seem|seems)\s)like,\s/gi, '$1')
    .replace(ABANDONED_START, '$1');
  // Stutters: "i , i , i've" / "the the" / "do you do you" collapse to one occurrence.
  for (let i = 0; i < 3; i++) {
    out = out
      .replace(/\b(\w+(?:'\w+)?)(?:,?\s+\1\b)+/gi, '$1')
      .replace(/\b(\w+ \w+)(?:,?\s+\1\b)+/gi, '$1')
      .replace(/\b(i|we|you|it|the|a|and|but|so|my|that)\s*,\s+(?=\w)/gi, '$1 ');
  }
  return joinClippedFragments(out
    .replace(/\s+([,.?!;:%])/g, '$1')
    .replace(/([,;])(?:\s*[,;])+/g, '$1')
    .replace(/^[\s,.;]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim());
}

// "right" only with a comma after it, so laterality ("right knee pain") survives.
const LEADING_DISCOURSE = caseless(/^(?:(?:(?:hi|hello|hey|morning|good (?:morning|afternoon|evening)),? (?:doctor|doc|nurse)(?=[\s,.!])|mm+-?hm+|mm+ hm+|mhm+|uh-huh|i (?:have|must|'ve got) to say|i must say|to be honest|okay|ok|alright|all right|hi|hello|so|and|well|yeah|yes|yep|now|oh|hey|great|good|perfect|sure|right(?=,)|then|also|but|awesome|wow|gosh|my gosh|oh my gosh|no problem|got it|i see(?=[,.!])|cool(?=[,.!])|(?:good|glad|nice|great) to (?:hear|know)(?: that)?)\b[\s,.!]*)+/);
const TRAILING_CONJUNCTION = caseless(/(?:,?\s+\b(?:so|and|but|or|and then|because)\b(?:\s+(?:i'm|i am|we're|we are|i|we)(?:\s+also)?(?=\s*[.?!]*$))?)+\s*([.?!]*)$/);
const TRAILING_TAGS = caseless(/(?:,?\s*(?:and|but) (?:that's|that is|it's|it is) (?:okay|ok|alright|all right|fine|understandable)|,\s*(?:okay|ok|right|alright|all right|correct|you know|yeah)|\s+(?:okay|ok)|,?\s+(?:that's|that is) (?:good|great) (?:news|to (?:hear|see)))+\s*([.?!]*)$/);
/** "for your diabetes as long as you're here it sounds like…": the aside that the visit is already happening. */
const WHILE_HERE = caseless(/,?\s*\b(?:as long as|while|since) (?:you're|you are|we're|we are) (?:here|at it)\b,?/, 'g');
/** "…a torn or injured mcl i it's that inside tendon": a lone "i" before a restart is a false start. */
const FALSE_START_I = caseless(/\bi (?=(?:it's|it is|that's|there's|we|you)\b)/, 'g');

/** Removes discourse markers at the edges ("okay, so ...", "..., okay?"), keeping the core statement. */
const CHECK_IN_TAIL = caseless(/,?\s*(?:(?:does|did|do) (?:that|this) (?:sound|make sense|work)(?: \w+){0,3}|is that (?:right|correct|okay|ok|fair)|sounds? good|if that's okay|you know what i mean)\s*([.?!]*)$/);

// A bare "no" answering the previous question reads as a denial of what follows, so it goes.
const ANSWER_NO = caseless(/^no\b(?:,\s*|\s+(?=(?:i|it|just|the|we|she|he|they|my|not|but|that|this|actually|really|only)\b))/);

// Hedges that frame rather than carry content; removing them changes no fact.
const HEDGES = caseless(/(?:^|(?<=[\s,]))(?:i would (?:just )?say(?: that)?|i'd (?:just )?say(?: that)?|i guess|to tell you the truth|to be honest|honestly|basically|i mean|i (?:forgot|meant|wanted) to (?:mention|say|tell you)(?:,? that)?|i should (?:also )?(?:mention|say)(?:,? that)?)\b,?\s*/, 'g');

export function dropHedges(sentence: string): string {
  return sentence.replace(HEDGES, '').replace(/\s{2,}/g, ' ').trim();
}

// "let's measure flexion is 140 degrees": the step announced before a finding said in the same breath.
const EXAM_LEAD = caseless(/^(?:let's|let me|i'll|i'm going to) (?:measure|check|test|look|see)(?: (?:that|it|this|now|again))?\s+(?=(?:your|the|his|her|their)?\s*[a-z][\w-]*(?: [a-z][\w-]*)? (?:is|are|was|were|measures?)\b)/);

/** "…you hurt your knee tell me about what happened": the request for the story, run on after what the clinician knows. */
const STORY_REQUEST_TAIL = caseless(/(\S+(?:\s+\S+){2,}?),?\s+(?:so |and |can you |could you |why don't you )?tell me (?:a (?:little )?(?:bit )?)?(?:more )?(?:about )?(?:what happened|how (?:it|that|this) happened)\s*([.?!]*)$/);

/** "- Keep up your fluids", "• Rest the knee": a list's bullet, written in a message or a pasted plan, is no word. */
const LIST_BULLET = /^\s*[-•*–·]\s+(?=\S)/;

export function trimDiscourseMarkers(sentence: string): string {
  const core = sentence.replace(LIST_BULLET, '').replace(STORY_REQUEST_TAIL, '$1$2').replace(WHILE_HERE, '').replace(FALSE_START_I, '').replace(/\bis it (?=(?:sounds|looks|seems) like\b)/gi, 'it ').replace(LEADING_DISCOURSE, '').replace(EXAM_LEAD, '').replace(ANSWER_NO, '').replace(CHECK_IN_TAIL, '$1').replace(TRAILING_TAGS, '$1').replace(TRAILING_CONJUNCTION, '$1').trim();
  return core.replace(/^[,;:\s]+/, '');
}
