/** Injectors that flip a pertinent negative or an exam finding, or swap or invent a side. */
import type { Candidate } from './inject-numbers.js';
import { INJECT_PAIRED_PARTS } from './injection-vocab.js';
import { pick, transcriptSays, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

type Random = () => number;

/** Denied items that are not symptoms or findings ("no known allergies", "no changes", "no history of"). */
const NOT_A_FINDING = /\b(?:regular|note|else|elsewhere|since|spread|known|allerg\w*|history|hx|change|changes|concerns?|issues?|problems?|complaints?|other|further|need|plan|medications?|meds|surgery|surgeries|smok\w*|alcohol|etoh|drugs?|recent|travel|sick|contacts?|family|children|kids|questions?|significant|acute distress|distress|improvement|relief|worse|better|longer|more|less|one|use|help|difficulty|trouble|problem|evidence)\b|\d/i;

const AFFIRM_LEADS = ['Endorses', 'Reports', 'Positive for', 'Complains of', 'Admits to', 'Notes', 'Has'];

interface DeniedList {
  cueStart: number;
  cue: string;
  items: string[];
  end: number;
}

/** Words that end a list of denied items: what follows is a new statement ("no facial asymmetry, looks well"). */
const LIST_STOP = /\b(?:normal|looks?|well|is|are|was|were|appears?|seen|clear|intact|good|which|that|but|has|had|reports?|states?)\b/i;

/** "Denies fever, chills, or nausea" → the cue and its items. */
function findDeniedLists(text: string): DeniedList[] {
  const out: DeniedList[] = [];
  const re = /\b(denies|denied|negative for|no|without|nil)\s+(?:any\s+)?([a-z][a-z /'-]*(?:,\s*(?:or\s+|and\s+)?[a-z][a-z /'-]*)*)/gi;
  for (const m of text.matchAll(re)) {
    const [whole, cue = '', list = ''] = m;
    const listStart = (m.index ?? 0) + whole.length - list.length;
    const items: string[] = [];
    let end = listStart;
    for (const piece of list.matchAll(/[^,/]+/g)) {
      const item = piece[0].replace(/^\s*(?:or|and|nor|no)\s+/i, '').trim();
      if (LIST_STOP.test(item) || item.split(/\s+/).length > 4) break;
      for (const part of item.split(/\s+(?:or|and|nor)\s+/)) if (part.length > 2) items.push(part);
      end = listStart + (piece.index ?? 0) + piece[0].trimEnd().length;
    }
    if (items.length === 0) continue;
    out.push({ cueStart: m.index ?? 0, cue, items, end });
  }
  return out;
}

function rebuildFlipped(random: Random, text: string, list: DeniedList, item: string): string {
  const lead = pick(random, AFFIRM_LEADS);
  const capitalLead = list.cueStart === 0 || /[:•]\s*$/.test(text.slice(0, list.cueStart)) ? lead : lead.toLowerCase();
  const rest = list.items.filter((i) => i !== item);
  const replacement = rest.length === 0 ? `${capitalLead} ${item}` : `${capitalLead} ${item}; ${list.cue.toLowerCase()} ${rest.join(', ')}`;
  return text.slice(0, list.cueStart) + replacement + text.slice(list.end);
}

export function injectNegativeFlipped(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.section !== 'subjective') continue;
    for (const list of findDeniedLists(sentence.text)) {
      const items = list.items.filter((i) => !NOT_A_FINDING.test(i) && i.split(' ').length <= 4);
      if (items.length === 0) continue;
      out.push({ sentence, after: rebuildFlipped(random, sentence.text, list, pick(random, items)) });
    }
  }
  return out;
}

const PRESENT_TAILS = ['present', 'noted', 'is present', 'appreciated'];

export function injectExamFlipped(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.section !== 'objective') continue;
    const text = sentence.text;
    // Absent → present.
    for (const list of findDeniedLists(text)) {
      const items = list.items.filter((i) => !/\b(?:known|history|change|other|acute distress)\b|\d/i.test(i) && i.split(' ').length <= 5);
      if (items.length === 0) continue;
      const item = pick(random, items);
      const cue = list.cue.toLowerCase();
      if (cue === 'without') {
        out.push({ sentence, after: `${text.slice(0, list.cueStart)}${list.cueStart === 0 ? 'With' : 'with'}${text.slice(list.cueStart + list.cue.length)}` });
      } else if (cue === 'negative for') {
        out.push({ sentence, after: text.slice(0, list.cueStart) + (list.cueStart === 0 ? 'Positive' : 'positive') + text.slice(list.cueStart + 8) });
      } else {
        const rest = list.items.filter((i) => i !== item);
        const lead = list.cueStart === 0 || /[:•]\s*$/.test(text.slice(0, list.cueStart)) ? item.charAt(0).toUpperCase() + item.slice(1) : item;
        const flipped = `${lead} ${pick(random, PRESENT_TAILS)}${rest.length ? `; no ${rest.join(', ')}` : ''}`;
        out.push({ sentence, after: text.slice(0, list.cueStart) + flipped + text.slice(list.end) });
      }
    }
    // Special tests: "negative straight leg raise" ↔ "positive …", "McMurray test is negative" ↔ "positive".
    for (const m of text.matchAll(/\b(negative|positive)\b/gi)) {
      const word = m[0];
      const opposite = word.toLowerCase() === 'negative' ? 'positive' : 'negative';
      const near = text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40);
      if (opposite === 'negative' && !transcriptSays(facts, near.replace(/\bpositive\b/gi, '').match(/[a-z]{5,}/i)?.[0] ?? '')) continue;
      out.push({ sentence, after: text.slice(0, m.index) + (/^[A-Z]/.test(word) ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite) + text.slice((m.index ?? 0) + word.length) });
    }
    // Present → absent: "tenderness to palpation", "1+ pitting edema", "effusion".
    const present = /(?:\b(mild|moderate|severe|trace|some|slight)\s+|\d\+\s+)?(?:pitting\s+)?\b(tenderness|tender|edema|swelling|effusion|erythema|ecchymosis|bruising|crepitus|murmur|wheez\w+|crackles|rales|rhonchi|rash|deformity|spasm|laxity|guarding|lymphadenopathy|induration|warmth)\b/gi;
    for (const m of text.matchAll(present)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0);
      if (/\b(?:no|without|denies|negative|not|non)\b[^.,;]*$/i.test(before) || !transcriptSays(facts, m[2] ?? '')) continue;
      const finding = (m[2] ?? '').toLowerCase() === 'tender' ? 'not tender' : `no ${(m[2] ?? '').toLowerCase()}`;
      const replacement = (m.index ?? 0) === 0 || /[:•]\s*$/.test(before) ? finding.charAt(0).toUpperCase() + finding.slice(1) : finding;
      out.push({ sentence, after: text.slice(0, m.index) + replacement + text.slice((m.index ?? 0) + m[0].length) });
    }
  }
  return out;
}

const SIDE_RE = /\b(left|right)(?=[\s-]+(?:sided\s+)?(?:[a-z]+\s+){0,2}?([a-z]+(?: [a-z]+)?)\b)/gi;
const PARTS_RE = new RegExp(`\\b(${[...INJECT_PAIRED_PARTS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

export function injectSideSwapped(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  void random;
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(SIDE_RE)) {
      const word = m[1] ?? '';
      const after = sentence.text.slice((m.index ?? 0) + word.length, (m.index ?? 0) + word.length + 40);
      if (!PARTS_RE.test(after.split(/[.,;]/)[0] ?? '') || !facts.joined.includes(` ${word.toLowerCase()} `) || /^-hand|^[\s-]*handed/i.test(after)) continue;
      const opposite = word.toLowerCase() === 'left' ? 'right' : 'left';
      const swapped = /^[A-Z]/.test(word) ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite;
      out.push({ sentence, after: sentence.text.slice(0, m.index) + swapped + sentence.text.slice((m.index ?? 0) + word.length) });
    }
  }
  return out;
}

/** Which sides the transcript names within a few words of a body part. */
function sidesNear(facts: TranscriptFacts, part: string): Set<string> {
  const sides = new Set<string>();
  const stem = part.split(' ').pop()!.replace(/s$/, '');
  for (const m of facts.joined.matchAll(new RegExp(`(?:\\S+ ){0,6}${stem}\\w*(?: \\S+){0,6}`, 'g'))) {
    if (/\bleft\b/.test(m[0])) sides.add('left');
    if (/\bright\b/.test(m[0])) sides.add('right');
    if (/\b(?:both|bilateral\w*)\b/.test(m[0])) sides.add('both');
  }
  return sides;
}

export function injectSideInvented(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    // Headings ("Neck") and "side effects" are no place for a side.
    if (/\b(?:left|right|bilateral\w*|both|L|R)\b/i.test(sentence.text) || sentence.text.trim().split(/\s+/).length < 3) continue;
    const m = PARTS_RE.exec(sentence.text.replace(/\bside(?= effect)/gi, '____'));
    if (!m || !transcriptSays(facts, m[1] ?? '') || /\b(?:no|denies|without|negative)\b/i.test(sentence.text.slice(0, m.index))) continue;
    const heard = sidesNear(facts, (m[1] ?? '').toLowerCase());
    if (heard.has('both') || (heard.has('left') && heard.has('right'))) continue;
    const side = heard.has('left') ? 'right' : heard.has('right') ? 'left' : pick(random, ['left', 'right']);
    const word = m.index === 0 ? side.charAt(0).toUpperCase() + side.slice(1) : side;
    const part = m.index === 0 ? (m[1] ?? '').toLowerCase() : (m[1] ?? '');
    out.push({ sentence, after: `${sentence.text.slice(0, m.index)}${word} ${part}${sentence.text.slice(m.index + (m[1] ?? '').length)}` });
  }
  return out;
}
