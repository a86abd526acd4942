/**
 * Smoking status: "Smoker, 10/day" where the patient said "no, never have", "Non-smoker" where they smoke a pack a
 * day, "Ex-smoker" where they still do. The transcript's status is read from the patient's own words and from their
 * answers to a smoking question; a note is reported only when the transcript states a status and never the note's.
 * Said the way people say it: "i try not to smoke , but i do , occasionally" is a smoker; "i quit five years ago" is
 * not one any more.
 */
import { readAnswer } from './answer-reading.js';
import { findReply, listTurnClauses, type TranscriptModel } from './transcript-model.js';

export type SmokingStatus = 'current' | 'former' | 'never';

export interface SmokingProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** Someone else's smoking, or another substance: "mother smoked", "smokes cannabis", "vapes", "passive smoking". */
const OTHER_RE = /\b(?:mother|father|mum|mom|dad|husband|wife|partner|parents?|family|household|anyone|anybody|someone|they|second-?hand|passive|exposed|exposure|inhal\w*|fire|marijuana|cannabis|weed|pot|vap\w*|e-?cig\w*|shisha|hookah|cigars?|pipes?|chew\w*|snuff|dip|smokeless|snus|alarms?|detectors?)\b/i;
/** In the conversation, a parent may answer for a child: "does he smoke ?", "his friends smoke". */
const OTHER_SAID_RE = /\b(?:he|she|his|her|him|son|daughter|child|kids?|baby|brother|sister|friends?|around)\b/;
/** What a note keeps open rather than states: "ask whether she smokes", "if he smokes". */
const OPEN_RE = /\b(?:if|whether|ask|unknown|unclear|not (?:discussed|asked|documented)|advised|advice|encouraged|counsel\w*|education|educated|cessation)\b/i;

const NOTE_NEVER_RE = /\b(?:(?:no|nil|not|non|never|denies|denied|doesn't|does not|don't)\b(?:[\s,/-]+(?!smokes|but\b|however\b|though\b|although\b|except\b)[\w']+){0,4}?[\s,/-]+(?:smok(?:ing|er|e)\b|tobacco|cigarettes?)|non-?\s?smok\w*|never (?:a )?smok\w*|life-?long non|denies (?:any )?(?:\w+ )?(?:smoking|tobacco|cigarettes?)|does ?n[o']t smoke|(?:no|nil) (?:history of )?(?:smoking|tobacco|cigarettes?)|not a smoker|(?:smok\w*|tobacco)(?: status| use)?\s*[:-]\s*(?:no|never|none|nil|denie[sd]|negative))\b/i;
const NOTE_FORMER_RE = /\b(?:ex-?\s?smoker|in the past|formerly|remote(?: history)?|quit|stopped|gave up|given up|used to be a (?:\w+ )?smoker|was a (?:\w+ )?smoker|had smoked|smoked (?:in the past|previously|before)|(?:has not|hasn't|not) smoked (?:\w+ ){0,3}(?:in|for) |smoke-?free (?:for|since)|former(?:ly)? (?:a )?(?:\w+ )?smok\w*|(?:quit|stopped|gave up|giving up) (?:smoking|cigarettes|tobacco)|previous(?:ly)? (?:a )?smok\w*|used to smoke|past smoker|(?:smok\w*|tobacco)(?: status| use)?\s*[:-]\s*(?:former|ex|quit|stopped))\b/i;
const NOTE_STATED_CURRENT_RE = /\b(?:current(?:ly)? (?:a )?smok\w*|(?:is an? |current |active |daily )tobacco user|uses tobacco|(?:active|daily|occasional|social|heavy|light|regular) smoker|smoker|smokes|smoking (?:\d|about|around|approximately|one|two|three|four|five|ten|twenty|a pack|half a pack)|\d+\s*(?:cigarettes?|cigs?|packs?)\s*(?:per|a|\/)\s*(?:day|d|week)|\d+\s*ppd|\d+\s*\/\s*day (?:smok|cig)|continues to smoke|still smokes|(?:smok\w*|tobacco)(?: status| use)?\s*[:-]\s*(?:yes|current|[1-9]))\b/i;
/** A review-of-systems verb before the habit affirms it: "Endorses tobacco use", "Positive for tobacco", "Reports smoking". */
const NOTE_AFFIRMED_RE = /\b(?:endorses|reports|positive for|complains of|admits to|notes)\s+(?:\w+\s+)?(?:tobacco|smoking|cigarettes)\b/i;
const NOTE_CURRENT_RE = new RegExp(`${NOTE_AFFIRMED_RE.source}|${NOTE_STATED_CURRENT_RE.source}`, 'i');

/** The status a note statement gives, if it speaks of the patient's smoking at all. */
export function readNoteSmoking(statement: string): { status: SmokingStatus; phrase: string } | undefined {
  if (!/smok|tobacco|cig|ppd/i.test(statement)) return undefined;
  if (!OTHER_RE.test(statement) && !OPEN_RE.test(statement)) return readOwnSmoking(statement);
  // A social history told as a list ("SHx - non-smoker, lives with wife at home"): another person or advice in one
  // item says nothing of the smoking item, so each item that speaks of smoking alone is read; two that disagree, none.
  const read = statement.split(/[,;]|\s-\s/).filter((c) => /smok|tobacco|cig|ppd/i.test(c) && !OTHER_RE.test(c) && !OPEN_RE.test(c)).map(readOwnSmoking);
  const first = read[0];
  return first && read.every((r) => r?.status === first.status) ? first : undefined;
}

function readOwnSmoking(statement: string): { status: SmokingStatus; phrase: string } | undefined {
  // An engine's note keeps the transcriber's split contraction: "does n't smoke".
  statement = statement.replace(/ n't\b/g, "n't");
  // "tries not to smoke but does occasionally", "wants to quit smoking": smoking now, whatever denial it opens with.
  const still = /\btr(?:y|ies|ying) not to smoke\b|\bbut (?:\w+ )?(?:does|do|still)\b|\b(?:wants?|trying|tries|ready|plans?|planning|hoping|would like|wishes) to (?:quit|stop|give up|cut down)\b/i.exec(statement);
  if (still) return { status: 'current', phrase: still[0] };
  // "Smoked 1 PPD for 15 years" is history: without a word of now, a past tense says nothing of today.
  const past = /\bsmoked\b/i.test(statement) && !/\b(?:current(?:ly)?|still|smokes|now|today|continues)\b/i.test(statement);
  for (const [status, re] of [['former', NOTE_FORMER_RE], ['never', NOTE_NEVER_RE], ['current', NOTE_CURRENT_RE]] as const) {
    const m = re.exec(statement);
    if (m) return status === 'current' && past ? undefined : { status, phrase: m[0] };
  }
  return undefined;
}

const SMOKE_WORD_RE = /\b(?:smok\w*|cigarettes?|cigs|tobacco|fags?|roll-?ups)\b/;
/** "i quit", "i used to", "gave up ten years ago", "not any more", "ex smoker". */
const SAID_FORMER_RE = /\b(?:quit|stopped|gave (?:it )?up|given (?:it )?up|used to|ex smoker|ex-smoker|any ?more|no longer|former smoker|back then|back in the day)\b|\b(?:haven't|have not|not) smoked (?:\w+ ){0,5}(?:in|for) (?:\w+ ){0,3}(?:years|months)\b|\b(?:i did|smoked) (?:\w+ ){0,6}years ago\b/;
/** "i'm trying to quit", "i want to give up", "cutting down": still smoking. */
const STILL_TRYING_RE = /\b(?:started (?:\w+ )?again|(?:smoking|smoke) again|back on (?:the|them|it)|picked it (?:back )?up)\b|\b(?:try|trying|tried|want|wanting|going|gon na|gonna|plan|planning|need|needs|hoping|hope|thinking about|like) to (?:quit|stop|give (?:it )?up|cut)|\bcut(?:ting)? (?:it )?(?:down|back)\b/;
/** "i smoke", "i do smoke", "i'm a smoker", "ten a day", "a pack a day", "but i do", "occasionally", "socially". */
const SAID_CURRENT_RE = /\b(?:i (?:do |still |currently |only |just )?smoke(?!d| alarm| detector)|(?:i'm|i am|i've been|i have been) (?:still )?smoking|smoking every ?day|my first cigarette|i'm a (?:\w+ )?smoker|i am a (?:\w+ )?smoker|(?:a|per|each) (?:day|week)|a pack|packs?|(?:cigarettes?|cigs|fags) a|but i do(?!n't)|but i still|still do|the odd (?:one|cigarette|fag)|(?:an|the) occasional (?:one|cigarette|fag|smoke))\b/;
/** How often, which a line that also speaks of drink may say of the drink: "i drink socially , i don't smoke". */
const SAID_SOMETIMES_RE = /\b(?:occasionally|socially|now and (?:again|then)|every now and again|when i drink|(?:at|on|over) (?:the )?weekends?)\b/;
const DRINK_RE = /\b(?:drink\w*|alcohol|beers?|wine|pints?|glass(?:es)?|etoh)\b/;
/** "i don't smoke", "i've never smoked", "i'm a non smoker", "never have". */
const SAID_NEVER_RE = /\b(?:(?:i|i've|i have|i've never|i had) (?:don't|do not|never|never ever|not) (?:\w+ )?smok\w*|i (?:don't|do not|never) (?:ever )?smok\w*|i've never (?:\w+ )?smok\w*|i have never (?:\w+ )?smok\w*|non smoker|non-smoker|nonsmoker|never smoked|never have|never did)\b(?! (?:much|a lot|as much|that much|many|very much|heavily|often|regularly|every day|in the house|inside|around))/;

const YES_NO_RE = /^ (?:(?:so|and|okay|ok|alright|um|uh|now|right|,) )*(?:do|are|any|you|is|have|does|no|not|never|non)\b/;
const PAST_RE = / (?:ever|used to|in the past|before|did|were|would|how) /;

/** ASR splits contractions ("do n't"): joined, the patterns read them as written. */
const joinText = (tokens: readonly string[]) => ` ${tokens.join(' ').replace(/ n't\b/g, "n't")} `;

function readSaid(text: string, answer: ReturnType<typeof readAnswer> | undefined, asked = ''): SmokingStatus | undefined {
  if (STILL_TRYING_RE.test(text)) return 'current';
  const former = SAID_FORMER_RE.test(text);
  // "i smoked a pack a day in college" counts packs of the past; "i try not to smoke , but i do" is read before the
  // denial it opens with.
  const pastOnly = /\bsmoked\b/.test(text) && !/\b(?:i smoke|i'm smoking|still|now|currently|these days)\b/.test(text);
  const cued = SAID_CURRENT_RE.test(text) || (SAID_SOMETIMES_RE.test(text) && !DRINK_RE.test(text));
  const current = cued && !pastOnly && !SAID_NEVER_RE.test(text.replace(/\bbut i (?:do(?!n't)|still)\b.*$/, ''));
  // "i smoke more than i used to" is told both ways: neither is taken.
  if (current || former) return current && former ? undefined : current ? 'current' : 'former';
  if (SAID_NEVER_RE.test(text)) return 'never';
  // Only a yes/no question about now takes a bare yes or no: "how many a day did you smoke ? — yeah at least two"
  // and "have you ever smoked ? — yes" say nothing of now; "are you still smoking ? — no" has stopped.
  if (!YES_NO_RE.test(asked) || PAST_RE.test(asked)) return undefined;
  // "you quit , right ? — yes" has stopped; "have you tried to quit ? — yes" has not.
  if (/ (?:quit|stop|stopped|give up|gave up|given up) /.test(asked)) return / (?:try|tried|trying|thought|thinking|want) /.test(asked) ? undefined : answer === 'yes' ? 'former' : undefined;
  // "so you don't smoke ? — correct", "no smoking , right ? — right": a yes to a denial denies.
  if (/ (?:don't|do not|not|no|never|non|doesn't|haven't|aren't) /.test(asked)) return answer === 'yes' ? 'never' : undefined;
  if (answer === 'no') return / still | anymore | any more /.test(asked) ? 'former' : 'never';
  if (answer === 'yes') return 'current';
  return undefined;
}

/** Each status the transcript gives the patient's smoking, with the lines that give it. */
export function readTranscriptSmoking(model: TranscriptModel): Map<SmokingStatus, number[]> {
  const found = new Map<SmokingStatus, number[]>();
  const add = (status: SmokingStatus | undefined, lines: number[]) => { if (status) found.set(status, [...(found.get(status) ?? []), ...lines]); };
  // The patient's own words, a whole line at a time: clauses end at "but", which "… , but i do" needs.
  for (const line of model.lines) {
    const text = joinText(line.tokens);
    if (line.role === 'patient' && SMOKE_WORD_RE.test(text) && !OTHER_RE.test(text) && !OTHER_SAID_RE.test(text)) add(readSaid(text, undefined), [line.line]);
  }
  for (const clause of model.clauses) {
    const text = joinText(clause.tokens);
    if (!SMOKE_WORD_RE.test(text) || OTHER_RE.test(text) || OTHER_SAID_RE.test(text) || clause.role !== 'clinician' || !clause.question) continue;
    // "do you smoke ? — no . — never ? — well , i used to in college": a stop told a few turns on is still this topic.
    const stop = model.lines.find((l) => l.role === 'patient' && l.turn > clause.turn && l.turn <= clause.turn + 4 && SAID_FORMER_RE.test(joinText(l.tokens)) && !STILL_TRYING_RE.test(joinText(l.tokens)));
    if (stop) add('former', [clause.line, stop.line]);
    const reply = findReply(model, clause);
    if (!reply) continue;
    const said = listTurnClauses(model, reply).slice(0, 3);
    const replyText = joinText(said.flatMap((k) => k.tokens));
    // A "no" to any smoking question ("any other tobacco products ? — no , smoking is enough") keeps a denial in the
    // record, so a note that copies it is not contradicted by the smoking told elsewhere.
    if (OTHER_RE.test(replyText) || OTHER_SAID_RE.test(replyText)) continue;
    if (readAnswer(reply.tokens) === 'no' && !/ (?:quit|stop|stopped|give up|gave up|still|anymore|any more) /.test(text)) add('never', [clause.line, reply.line]);
    if (SMOKE_WORD_RE.test(replyText) || OTHER_RE.test(replyText)) continue; // the patient's own words are read above
    // "do you smoke or drink ? — i drink socially": the answer may be about the drink, and so may a bare "yes" ("do
    // you smoke or drink alcohol regularly ? — uh , yes . — how much ? — so , i don't smoke . i drink …").
    if (/\b(?:drink\w*|alcohol|drugs|etoh)\b/.test(text) && (/\b(?:drink\w*|alcohol|beers?|wine|pints?|glass|drugs)\b/.test(replyText) || readAnswer(reply.tokens) === 'yes')) continue;
    // "how much would you say you smoked before ? — ten packs a year" tells the past, not now.
    if (/ (?:smoked|before|used to|in the past|back then|ever|did|was|were|would) /.test(text)) continue;
    // "do you smoke ? do you drink ? — yes": the answer is to the last question asked.
    if (model.clauses.some((k) => k.turn === clause.turn && k.line >= clause.line && k !== clause && model.clauses.indexOf(k) > model.clauses.indexOf(clause) && k.question && !SMOKE_WORD_RE.test(joinText(k.tokens)))) continue;
    add(readSaid(replyText, readAnswer(reply.tokens), text), [clause.line, reply.line]);
  }
  return found;
}

const DESCRIBED: Readonly<Record<SmokingStatus, string>> = { current: 'a current smoker', former: 'a former smoker', never: 'a non-smoker' };

/**
 * The note's statements whose smoking status the transcript contradicts: it states another and never this one. Read
 * over the whole note, since one history is often told in two statements ("Smokes 1 ppd for 40 years. Quit 3 months
 * ago."): a note that gives more than one status is left alone.
 */
export function checkSmoking<T extends { text: string }>(statements: readonly T[], said: ReadonlyMap<SmokingStatus, number[]>): (SmokingProblem & { statement: T })[] {
  const own = statements.map((statement) => ({ statement, note: readNoteSmoking(statement.text) }));
  // "Smokes 1 ppd for 40 years. Quit 3 months ago.": the statement after a smoking one may finish its history.
  const finished = own.flatMap((r, i) => {
    const next = statements[i + 1]?.text ?? '';
    return r.note && !readNoteSmoking(next) && /\b(?:quit|stopped|gave up|given up)\b/i.test(next) ? [{ statement: r.statement, note: { status: 'former' as const, phrase: next } }] : [];
  });
  const read = [...own, ...finished].filter((r) => r.note);
  const first = read[0];
  if (!first?.note || read.some((r) => r.note?.status !== first.note?.status)) return [];
  const note = first.note;
  // One status said throughout: a history told both ways ("quit for a year , then started again") is left alone.
  if (said.size !== 1 || said.has(note.status)) return [];
  // A non-smoker note for an ex-smoker is a common shorthand, and "do you smoke ? — no" is what an ex-smoker answers
  // too (the note's quit date may come from the chart): only a smoker said outright contradicts either.
  if (note.status !== 'current' && !said.has('current')) return [];
  const other = [...said.keys()][0] as SmokingStatus;
  return [{ statement: first.statement, phrase: note.phrase, reason: `the note makes the patient ${DESCRIBED[note.status]} ("${note.phrase}") but the transcript says ${DESCRIBED[other]}`, lines: [...said.values()].flat() }];
}
