/**
 * Who the patient lives with: "Lives alone" where the patient said "i live with my parents", and "Lives with her
 * husband" where she said "i live on my own". Read from the patient's own words and from the answer to "do you live
 * alone?" or "who do you live with?"; a note is reported only when the conversation says one and never the other.
 */
import { readAnswer } from './answer-reading.js';
import { findReply, listTurnClauses, type TranscriptModel } from './transcript-model.js';

type Living = 'alone' | 'with others';

export interface LivingProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** The people one lives with: a bare "with" may be a condition ("lives with chronic pain"). */
const PEOPLE = "(?:(?:my|your|his|her|their|a|the|two|three|four|some|an?|elderly|older|younger|\\w+'s) )*(?:partner|wife|husband|spouse|boyfriend|girlfriend|fianc\\w*|room-?mates?|flat-?mates?|house-?mates?|friends?|family|kids|children|child|parents?|mum|mom|mother|dad|father|sons?|daughters?|sisters?|brothers?|siblings?|grandparents?|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousins?|carers?|caregivers?|nephew|niece|grandchildren|grandson|granddaughter|other half|in-laws?)";
const NOTE_ALONE_RE = /\blives? (?:alone|by (?:him|her|them)sel(?:f|ves)|on (?:his|her|their) own|independently and alone)\b/i;
const NOTE_WITH_RE = new RegExp(`\\blives? (?:at home |together )?with ${PEOPLE}\\b`, 'i');
const SAID_ALONE_RE = /\b(?:i live (?:alone|by myself|on my own)|i'm living (?:alone|by myself|on my own)|i live all alone|living alone|live on my own)\b/;
const SAID_WITH_RE = new RegExp(`\\b(?:i live with|i'm living with|i've been living with|we live together|i live together with|my \\w+ and i live|i moved in with|living with) ${PEOPLE}\\b|\\bwe live together\\b`);
/** Answers to "who do you live with ?" that name nobody. */
const NOBODY_RE = /\b(?:nobody|no one|no-one|just me|only me|myself|on my own|alone|by myself)\b/;

/** A recap confirmed in words readAnswer leaves open: "that's correct", "that is right". */
const CONFIRMED_RE = /^(?:that's|that is|thats) (?:correct|right)\b/;

/** Hesitations dropped: "i live with my , um , sister and my mum". */
const joinText = (tokens: readonly string[]) => ` ${tokens.filter((t) => !['um', 'uh', 'erm', 'er', ',', '-', '...'].includes(t)).join(' ').replace(/ n't\b/g, "n't")} `;

export function readNoteLiving(statement: string): { living: Living; phrase: string } | undefined {
  const alone = NOTE_ALONE_RE.exec(statement);
  const withOthers = NOTE_WITH_RE.exec(statement);
  // "Lives alone; daughter lives with her on weekends" tells both: neither is taken.
  if (alone && withOthers) return undefined;
  if (alone) return { living: 'alone', phrase: alone[0] };
  return withOthers ? { living: 'with others', phrase: withOthers[0] } : undefined;
}

/** Each living situation the conversation gives, with the lines that give it. */
export function readTranscriptLiving(model: TranscriptModel): Map<Living, number[]> {
  const found = new Map<Living, number[]>();
  const add = (living: Living, lines: number[]) => found.set(living, [...(found.get(living) ?? []), ...lines]);
  for (const line of model.lines) {
    if (line.role !== 'patient') continue;
    const text = joinText(line.tokens);
    if (SAID_ALONE_RE.test(text)) add('alone', [line.line]);
    if (SAID_WITH_RE.test(text)) add('with others', [line.line]);
  }
  for (const clause of model.clauses) {
    const text = joinText(clause.tokens);
    if (clause.role !== 'clinician' || !/\blive\b|\bliving\b|\bat home\b/.test(text)) continue;
    const reply = findReply(model, clause);
    if (!reply) continue;
    const said = joinText(listTurnClauses(model, reply).slice(0, 2).flatMap((k) => k.tokens));
    // "you mentioned you live with your wife and two children , is that right ? — yes", and a recap said as a
    // statement and confirmed: "and you live with your roommate , no history of tobacco . — that's correct".
    // "do you live at home with your wife at the moment ? — yes" asks it the same way.
    const recapWith = new RegExp(` you (?:live|are living|'re living) (?:at home |here |there |together )?with ${PEOPLE} `).test(text);
    if (recapWith && (readAnswer(reply.tokens) === 'yes' || CONFIRMED_RE.test(reply.tokens.join(' ')))) add('with others', [clause.line, reply.line]);
    if (!clause.question) continue;
    const askedAnyone = / (?:is there|have you got|do you have) (?:anyone|anybody|someone) (?:\w+ )?(?:at home|living with you|with you at home) /.test(text);
    if (askedAnyone) {
      const answer = readAnswer(reply.tokens);
      if (answer === 'yes') add('with others', [clause.line, reply.line]);
      if (answer === 'no') add('alone', [clause.line, reply.line]);
    } else if (/ (?:do|are) you (?:\w+ )?(?:live|living) (?:alone|by yourself|on your own) /.test(text)) {
      const answer = readAnswer(reply.tokens);
      if (answer === 'yes') add('alone', [clause.line, reply.line]);
      if (answer === 'no') add('with others', [clause.line, reply.line]);
    } else if (/ who(?:'s| 's)? (?:do you live|are you living|lives|else lives|is at home|at home|'s at home|living) /.test(text)) {
      // "just me and my partner" names someone: the people are read before the "just me".
      if (new RegExp(`\\b${PEOPLE}\\b`).test(said)) add('with others', [clause.line, reply.line]);
      else if (NOBODY_RE.test(said)) add('alone', [clause.line, reply.line]);
    }
  }
  return found;
}

export function checkLiving(statement: string, said: ReadonlyMap<Living, number[]>): LivingProblem[] {
  const note = readNoteLiving(statement);
  if (!note || said.size !== 1 || said.has(note.living)) return [];
  const other = note.living === 'alone' ? 'with others' : 'alone';
  return [{ phrase: note.phrase, reason: `the note says the patient ${note.phrase.toLowerCase()}, but the transcript says they live ${other}`, lines: [...said.values()].flat() }];
}
