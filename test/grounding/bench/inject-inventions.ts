/**
 * Injectors that invent: a condition added to an assessment or a history sentence, and a side added to a place or a
 * finding the note names without one. Their vocabularies (condition-pool.ts, site-pool.ts) are written apart from the
 * checker's lexicons, and the phrasings are the ones clinicians use to add a comorbidity ("… in the setting of known
 * Y", "on a background of Y", "A, B, and Y", a new line naming Y).
 */
import type { Candidate } from './inject-numbers.js';
import { listPoolConditions, type PoolCondition } from './condition-pool.js';
import { SITE_POOL, type PoolSite } from './site-pool.js';
import { pick, transcriptSays, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

type Random = () => number;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the transcript says a word starting with the cue (a cue of three letters or fewer: the word itself). */
function saysCue(facts: TranscriptFacts, cue: string): boolean {
  const words = cue.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  if (words.length === 0) return false;
  const last = words.length === 1 && (words[0] as string).length <= 3 ? `${words[0]} ` : `${words.join(' ')}`;
  return facts.joined.includes(` ${last}`);
}

function isUnsaid(condition: PoolCondition, facts: TranscriptFacts, noteText: string): boolean {
  const note = noteText.toLowerCase();
  return !condition.cues.some((c) => saysCue(facts, c) || new RegExp(`\\b${escapeRe(c.toLowerCase())}`).test(note));
}

function pickCondition(random: Random, facts: TranscriptFacts, noteText: string): PoolCondition | undefined {
  for (let i = 0; i < 60; i += 1) {
    const condition = pick(random, listPoolConditions());
    if (isUnsaid(condition, facts, noteText)) return condition;
  }
  return undefined;
}

function stripEnd(text: string): { body: string; end: string } {
  const m = /^(.*?)([.;:]?\s*)$/s.exec(text);
  return { body: m?.[1] ?? text, end: m?.[2] || '.' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TAILS: readonly ((c: string) => string)[] = [
  (c) => ` and ${c}`,
  (c) => ` with ${c}`,
  (c) => `, likely secondary to ${c}`,
  (c) => ` in the setting of known ${c}`,
  (c) => ` on a background of ${c}`,
  (c) => `, complicated by ${c}`,
  (c) => ` in a patient with ${c}`,
];

/** A problem heading or a sentence that names a diagnosis. */
function looksLikeAssessment(text: string): boolean {
  if (/^\s*•?\s*(?:Patient Agreements|Additional Testing|Medical Treatment|Specialist Referrals|Patient Education)/i.test(text)) return false;
  const words = text.trim().split(/\s+/).length;
  return (words <= 10 && /[a-z]{4}/i.test(text)) || /\b(?:diagnos\w*|consistent with|likely|history of|suggestive of|secondary to|impression|imp|presents? with|suffering from)\b/i.test(text);
}

/** A history sentence: past medical history, a known condition, the opening "… with a history of …". */
const HISTORY_CUE_RE = /\b(?:(?:past )?medical history (?:significant for|of|includes|notable for)|history (?:significant for|of|notable for)|hx of|known|diagnosed with)\s+/i;
/** A past-medical-history line: "PMH: asthma, eczema", "PMHx - nil". */
const PMH_LINE_RE = /^(\s*(?:-\s*)?(?:PMH\w*|Past medical history|Medical history)\s*[:\-,]?\s*)(.*)$/i;
/** Denials, family members and questions are no place to add the patient's own condition. */
const NOT_THE_PATIENTS = /\b(?:no|denies|denied|negative|without|nil|none|mother|father|mom|dad|brother|sister|sibling|family|fhx|grand\w*|son|daughter|aunt|uncle)\b|\?/i;
const NIL_RE = /^(?:nil|none|nill|nkda|n\/a|-)?\W*(?:significant)?\W*$/i;
const HEDGED_RE = /^\W*(?:ddx|differentials?)\b|\?|\b(?:exclude|rule out|r\/o)\b/i;

function joinList(body: string, condition: string): string {
  const and = / and [^,]+$/.exec(body);
  if (and && /,/.test(body)) return `${body.slice(0, and.index)}, ${body.slice(and.index + 5)}, and ${condition}`;
  return /,/.test(body) ? `${body}, and ${condition}` : `${body} and ${condition}`;
}

/** The sentence with the condition added, or undefined when the sentence is no place for it. */
function addCondition(random: Random, sentence: NoteSentence, condition: string): string | undefined {
  const text = sentence.text;
  const { body, end } = stripEnd(text);
  if (sentence.section === 'subjective') {
    const pmh = PMH_LINE_RE.exec(body);
    if (pmh) {
      const [, head = '', rest = ''] = pmh;
      if (NIL_RE.test(rest)) return `${head.trimEnd()}${/[:-]$/.test(head.trim()) ? ' ' : ': '}${condition}${end}`;
      if (NOT_THE_PATIENTS.test(rest)) return undefined;
      return `${head}${joinList(rest, condition)}${end}`;
    }
    const cue = HISTORY_CUE_RE.exec(body);
    if (!cue) return undefined;
    // "3/7 hx of diarrhea", "1 week history of cough": how long the complaint has lasted, not a past history.
    const lead = body.slice(0, cue.index);
    if (NOT_THE_PATIENTS.test(body.slice(0, cue.index + cue[0].length)) || /(?:\d|\b(?:day|days|week|weeks|month|months|year|years))\W*$/i.test(lead) || text.length > 300) return undefined;
    const at = cue.index + cue[0].length;
    const after = body.slice(at);
    // "history of A and B" → "history of Y, A and B"; "history of A" → "history of Y and A" or "… A with Y".
    if (/\band\b|,/.test(after.split(/\b(?:who|which|that|presents?|here)\b/)[0] ?? '')) return `${body.slice(0, at)}${condition}, ${after}${end}`;
    return random() < 0.5 ? `${body.slice(0, at)}${condition} and ${after}${end}` : `${body}${pick(random, TAILS)(condition)}${end}`;
  }
  if (HEDGED_RE.test(text)) return undefined;
  // A new short line naming it, or a phrase added to a short assessment line.
  if (random() < 0.25 || text.split(/\s+/).length > 25) return `${text.trimEnd()}\n${capitalise(condition)}.`;
  if (/,\s*\w/.test(body) && random() < 0.4) return `${joinList(body, condition)}${end}`;
  return `${body}${pick(random, TAILS)(condition)}${end}`;
}

export function injectDiagnosis(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random, noteText: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.section !== 'subjective' && !(sentence.section === 'assessment' && looksLikeAssessment(sentence.text))) continue;
    const condition = pickCondition(random, facts, noteText);
    const after = condition && addCondition(random, sentence, condition.name);
    if (after) out.push({ sentence, after });
  }
  return out;
}

/** Which sides the transcript names within a few words of a word. */
function sidesNear(facts: TranscriptFacts, word: string): Set<string> {
  const sides = new Set<string>();
  const stem = word.toLowerCase().replace(/(?:es|s)$/, '').slice(0, 6);
  for (const m of facts.joined.matchAll(new RegExp(`(?:\\S+ ){0,6}${escapeRe(stem)}\\w*(?: \\S+){0,6}`, 'g'))) {
    if (/\bleft\b/.test(m[0])) sides.add('left');
    if (/\bright\b/.test(m[0]) && !/\bright (?:now|away|there|here)\b/.test(m[0])) sides.add('right');
    if (/\b(?:both|bilateral\w*)\b/.test(m[0])) sides.add('both');
  }
  return sides;
}

function findSite(text: string): { site: PoolSite; index: number; written: string } | undefined {
  for (const site of SITE_POOL) {
    const m = new RegExp(`\\b${escapeRe(site.phrase)}\\b`, 'i').exec(text);
    if (m) return { site, index: m.index, written: m[0] };
  }
  return undefined;
}

export function injectSideInvented(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const text = sentence.text.replace(/\bside(?= effect)/gi, '____');
    // Headings ("Neck") are no place for a side; a sentence that already gives one is left alone.
    if (/\b(?:left|right|bilateral\w*|both|L|R)\b/i.test(text) || text.trim().split(/\s+/).length < 3) continue;
    const found = findSite(text);
    if (!found) continue;
    const head = found.site.phrase.split(' ').pop() ?? found.site.phrase;
    // A denied place ("Denies nausea, vomiting, or abdominal pain") has no side to invent.
    const clause = text.slice(0, found.index).split(/[.;:]/).pop() ?? '';
    if (!transcriptSays(facts, head) || /\b(?:no|denies|denied|without|negative|not)\b/i.test(clause)) continue;
    const heard = sidesNear(facts, head);
    if (heard.has('both') || (heard.has('left') && heard.has('right'))) continue;
    const side = heard.has('left') ? pick(random, ['right', 'bilateral']) : heard.has('right') ? pick(random, ['left', 'bilateral']) : pick(random, ['left', 'right', 'bilateral']);
    const word = found.site.sided && side !== 'bilateral' ? `${side}-sided` : side;
    const atStart = found.index === 0 || /[:•]\s*$/.test(text.slice(0, found.index));
    const written = atStart && !/^[A-Z]{2}/.test(found.written) ? found.written.charAt(0).toLowerCase() + found.written.slice(1) : found.written;
    out.push({ sentence, after: `${sentence.text.slice(0, found.index)}${atStart ? capitalise(word) : word} ${written}${sentence.text.slice(found.index + found.written.length)}` });
  }
  return out;
}
