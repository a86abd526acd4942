/**
 * A visit written up as prose (a student's or observer's account, a case write-up): narrative paragraphs with the
 * words people said in quotation marks and no speaker labels ("Headaches," Ms. Halloran said. "Since March."). Read
 * as dictation, every quoted "no" would be the clinician's. Each quotation becomes a turn of the person the sentence
 * names ("said Dr Park", "Tom asked", "she added"); a quotation with no such words answers the question before it
 * (quoted, or told: "Gwen asked about sleep.") or goes on with the last speaker. The narration between them stays an
 * account of the visit, read like dictation. A name given a clinical role in the text ("Gwen, the acupuncturist")
 * keeps it in its label. Text with labelled lines or few quotations is not such a write-up (undefined).
 */
import { roleFromLabel } from './speaker-labels.js';

export interface QuotedUtterance {
  /** The speaker as the prose names them; undefined for narration. */
  label: string | undefined;
  text: string;
  line: number;
}

const QUOTE = /["“]([^"“”]{1,600})["”]/g;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Nurse|Sister)\.?\s+)`;
const NAME = String.raw`(?:${TITLE}?[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)?)`;
const PRONOUN = String.raw`(?:he|she|they|I)`;
const VERB = String.raw`(?:said|says|asked|asks|added|adds|replied|replies|answered|answers|explained|explains|told|tells|continued|went on|laughed|agreed|admitted|warned|repeated|confirmed|mentioned|wondered|whispered|called|suggested|noted|insisted)`;
/** "Ms. Halloran said, " / "she added quietly:" / "Gwen said to me," / "Ms. Halloran said she felt" before a quotation. */
const BEFORE = new RegExp(String.raw`(?:^|[\s(])(${NAME}|${PRONOUN})\s+(?:\p{Ll}+\s+)?${VERB}(?:[\s,]+[\p{L}'’]+){0,4}[\s,:]*$`, 'u');
const ASK = String.raw`(?:asked|asks|wanted to know|enquired|inquired|wondered)`;
/** "Gwen explained what she thought." / "Ms. Halloran said." just before a quotation: its speaker (an asking verb there tells a question, answered by the quotation). */
const BEFORE_TOLD = new RegExp(String.raw`(?:^|[\s(])(${NAME}|${PRONOUN})\s+(?:\p{Ll}+\s+)?(?!${ASK})${VERB}(?:[\s,]+[\p{L}'’]+){0,5}[\s,:.]*$`, 'u');
const ASKER = new RegExp(String.raw`(${NAME})\s+(?:\p{Ll}+\s+)?${ASK}\b`, 'u');
/** ', Gwen asked.' / ' she added' / ' said Dr Park' after a quotation. */
const AFTER = new RegExp(String.raw`^[\s,]*(?:(${NAME}|${PRONOUN})\s+(?:\p{Ll}+\s+)?${VERB}|${VERB}\s+(${NAME}))\b`, 'u');
/** Words that open sentences and are never names. */
const NOT_NAMES = new Set('The Then So And But When After Before While Later Afterwards This That It He She They We I You His Her Their Our My Your For At In On Of Her Once Next Finally First Today Yesterday Reflection'.split(' '));
const ROLE_APPOSITION = new RegExp(String.raw`(${NAME}),\s+(?:the|our|my|a|an)\s+(\p{Ll}+(?:\s\p{Ll}+)?)\b`, 'gu');
const SUBJECT = new RegExp(String.raw`^\s*(?:(?:Then|So|And|But|Later|Finally|Next|Afterwards),?\s+)?(${NAME}|${PRONOUN})\s+\p{Ll}`, 'u');
const MIN_QUOTES = 5;

function isName(word: string): boolean {
  return !NOT_NAMES.has(word.split(/\s+/)[0]!) && !/^(?:he|she|they|i)$/i.test(word);
}

/** True when the text reads as prose with quoted speech: enough quotations, within narration, and almost no labels. */
function isQuotedProse(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  const quotes = filled.reduce((n, l) => n + [...l.matchAll(QUOTE)].length, 0);
  const labelled = filled.filter((l) => /^\s*[\p{L}][\p{L} .'’-]{0,30}:\s/u.test(l) && !/["“]/.test(l.split(':')[0]!)).length;
  const told = filled.filter((l) => BEFORE.test(l.split(/["“]/)[0]!) || new RegExp(String.raw`["”]\s*,?\s*(?:${NAME}|${PRONOUN})\s+${VERB}`, 'u').test(l)).length;
  return quotes >= MIN_QUOTES && told >= 2 && labelled <= Math.max(1, filled.length * 0.1);
}

/** Names given a clinical role by apposition ("Gwen, the acupuncturist") → "Gwen (acupuncturist)", also by surname. */
function readRoleNames(text: string): Map<string, string> {
  const named = new Map<string, string>();
  for (const m of text.matchAll(ROLE_APPOSITION)) {
    const name = m[1]!.replace(/\s+/g, ' ');
    const role = [m[2]!, m[2]!.split(' ')[0]!].find((r) => roleFromLabel(r) === 'clinician');
    if (!isName(name) || role === undefined || named.has(name)) continue;
    const label = `${name} (${role})`;
    named.set(name, label);
    const surname = name.replace(new RegExp(`^${TITLE}`), '');
    if (surname !== name && !named.has(surname)) named.set(surname, label);
  }
  return named;
}

interface Reading {
  last: string | undefined;
  /** Who asked the question just before (quoted with "?"), or undefined. */
  asker: string | undefined;
  /** Who asked last, ever: the one a narrated question with no name ("And sleep?") is put by. */
  questioner: string | undefined;
  others: string[];
}

/** Whether a titled name may be the pronoun: "Mr" is no "she", "Ms" no "he"; an untitled name may be either. */
function fitsPronoun(name: string, pronoun: string): boolean {
  const p = pronoun.toLowerCase();
  if (/^mr\b/i.test(name)) return p !== 'she';
  if (/^(?:mrs|ms|miss)\b/i.test(name)) return p !== 'he';
  return true;
}

/**
 * The speaker a pronoun or an unattributed quotation stands for, from what was read before it. A question is put by
 * whoever has been asking; an unattributed quotation after a question answers it; otherwise the speaker goes on.
 */
function resolve(who: string | undefined, narration: string, state: Reading, question: boolean): string | undefined {
  if (who !== undefined && isName(who)) return who.replace(/\s+/g, ' ');
  const mentioned = [...narration.matchAll(new RegExp(NAME, 'gu'))].map((m) => m[0].replace(/\s+/g, ' ')).filter(isName);
  // "'Any fever?' she asked": whoever has been asking; "Then she said": the person last named, else the last speaker;
  // never one whose title says otherwise ("she" is not Mr Okafor).
  if (who !== undefined) {
    const candidates = [question ? state.questioner : undefined, ...mentioned.reverse(), state.last, ...state.others];
    return candidates.find((n) => n !== undefined && fitsPronoun(n, who)) ?? state.last;
  }
  if (question && state.questioner !== undefined && state.asker === undefined) return state.questioner;
  // No words say who: an answer to the question told ("Gwen asked about sleep.", "And sleep?") or quoted just before,
  // else the last speaker going on.
  const told = new RegExp(String.raw`\b${ASK}\b|\?`, 'u').test(narration);
  const asker = told ? (ASKER.exec(narration)?.[1] ?? state.questioner ?? state.asker) : state.asker;
  if (asker === undefined) return state.last;
  return state.others.find((n) => n !== asker) ?? (state.last !== asker ? state.last : undefined);
}

/** The subject of the narrator's sentence a quotation ends ("She gave her a diary, and asked her to rest, "or…""). */
function readSubject(before: string): string | undefined {
  if (/[.?!]\s*$/.test(before) || before.trim() === '') return undefined;
  const sentence = before.split(/(?<=[.?!])\s+/).at(-1)!;
  return SUBJECT.exec(sentence)?.[1];
}

/** The utterances of such a write-up, a line's narration and quotations in order; undefined for other texts. */
export function readQuotedDialogue(transcript: string): QuotedUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  if (!isQuotedProse(lines)) return undefined;
  const roleNames = readRoleNames(transcript);
  const state: Reading = { last: undefined, asker: undefined, questioner: undefined, others: [] };
  const out: QuotedUtterance[] = [];
  let narration = '';
  lines.forEach((line, i) => {
    let at = 0;
    for (const m of line.matchAll(QUOTE)) {
      const before = line.slice(at, m.index);
      narration = `${narration} ${before}`;
      const after = line.slice(m.index + m[0].length);
      const words = m[1]!.trim();
      // Words after a quotation name its speaker only when the quotation did not end its sentence ('"…," she said').
      const trailing = /[.]$/.test(words) ? undefined : AFTER.exec(after);
      const told = BEFORE.exec(before)?.[1] ?? (trailing ? trailing[1] ?? trailing[2] : undefined) ?? BEFORE_TOLD.exec(before)?.[1] ?? readSubject(before);
      const speaker = resolve(told, narration, state, /\?\s*$/.test(words));
      if (before.trim() !== '') out.push({ label: undefined, text: before.trim(), line: i + 1 });
      out.push({ label: speaker === undefined ? undefined : roleNames.get(speaker) ?? speaker, text: words, line: i + 1 });
      if (speaker !== undefined) {
        state.others = [speaker, ...state.others.filter((n) => n !== speaker)];
        state.last = speaker;
      }
      state.asker = /\?\s*[,.]?$/.test(words) ? speaker : undefined;
      const narratedAsker = ASKER.exec(narration)?.[1];
      if (state.asker !== undefined || narratedAsker !== undefined) state.questioner = state.asker ?? narratedAsker;
      narration = '';
      at = m.index + m[0].length;
    }
    const rest = line.slice(at);
    narration = `${narration} ${rest}`;
    if (rest.trim() !== '') out.push({ label: undefined, text: rest.trim(), line: i + 1 });
  });
  return out;
}
