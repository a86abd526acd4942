/** Injectors that flip a pertinent negative or an exam finding, or swap or invent a side. */
import type { Candidate } from './inject-numbers.js';
import { INJECT_PAIRED_PARTS } from './injection-vocab.js';
import { isItemDiscussed } from './discussed.js';
import { pick, transcriptSays, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

type Random = () => number;

/** Denied items that are not symptoms or findings ("no known allergies", "no changes", "no history of"). */
const NOT_A_FINDING = /\b(?:regular|note|else|exercise|activity|activities|work|days?|weeks?|pmhx|pmh|use|epipen|elsewhere|since|spread|known|allerg\w*|history|hx|change|changes|concerns?|issues?|problems?|complaints?|other|further|need|plan|medications?|meds|surgery|surgeries|smok\w*|alcohol|etoh|drugs?|recent|travel|sick|contacts?|family|children|kids|siblings?|brothers?|sisters?|partner|pets?|questions?|significant|acute distress|distress|improvement|relief|worse|better|longer|more|less|one|use|help|difficulty|trouble|problem|evidence)\b|\d/i;

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
  // After a verb ("There is no chest pain", "she has no siblings") the item stands bare: "There is chest pain".
  const afterVerb = /\b(?:is|are|was|were|has|have|had|reports?|there's|feels)\s*$/i.test(text.slice(0, list.cueStart));
  const lead = afterVerb ? '' : pick(random, AFFIRM_LEADS);
  const capitalLead = list.cueStart === 0 || /[:•]\s*$/.test(text.slice(0, list.cueStart)) ? lead : lead.toLowerCase();
  const rest = list.items.filter((i) => i !== item);
  const head = capitalLead ? `${capitalLead} ${item}` : item;
  const replacement = rest.length === 0 ? head : `${head}; ${list.cue.toLowerCase()} ${rest.join(', ')}`;
  return text.slice(0, list.cueStart) + replacement + text.slice(list.end);
}

/** A scale's legend ("0 = no pain, 10 = worst") defines words; it states nothing to flip. */
const LEGEND_RE = /=|\bscale\b/i;

export function injectNegativeFlipped(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.section !== 'subjective' || LEGEND_RE.test(sentence.text)) continue;
    for (const list of findDeniedLists(sentence.text)) {
      const items = list.items.filter((i) => !NOT_A_FINDING.test(i) && i.split(' ').length <= 4);
      if (items.length === 0) continue;
      const item = pick(random, items);
      out.push({ sentence, after: rebuildFlipped(random, sentence.text, list, item), excluded: !isItemDiscussed(facts, item) });
    }
  }
  return out;
}

const PRESENT_TAILS = ['present', 'noted', 'is present', 'appreciated'];

/** Words that qualify a finding: kept when the finding is denied ("no bilateral lower extremity edema"). */
const SITE_WORDS = /^(?:bilateral|lower|upper|extremity|extremities|pitting|non-pitting|systolic|diastolic|ejection|holosystolic|cva|point|joint|pedal|ankle|calf|left|right|midline|paraspinal|lumbar|cervical|soft|tissue|expiratory|inspiratory|focal)$/i;
/** Words that grade a finding: dropped when it is denied ("1+ pitting edema" → "no pitting edema"). */
const GRADE_WORDS = /^(?:to|mild|moderate|severe|trace|some|slight|slightly|significant|minimal|fine|small|large|marked|diffuse|scattered|faint|loud|a|an|grade|\d[\d.+/-]*\+?|out|of|\d)$/i;

/** "Grade 3/6 systolic ejection murmur" → "no systolic ejection murmur": the denial goes before the whole phrase. */
function denyFinding(text: string, at: number, length: number): string {
  const before = text.slice(0, at);
  const words = before.match(/\S+\s*$/g) ? before.split(/(?<=\s)(?=\S)/) : [];
  let start = words.length;
  while (start > 0 && (SITE_WORDS.test((words[start - 1] ?? '').trim()) || GRADE_WORDS.test((words[start - 1] ?? '').trim()))) start -= 1;
  const head = words.slice(0, start).join('');
  const kept = words.slice(start).map((w) => w.trim()).filter((w) => SITE_WORDS.test(w));
  const finding = [...kept, text.slice(at, at + length)].join(' ');
  const opening = head.trim() === '' || /[:•.]\s*$/.test(head);
  const denied = text.slice(at, at + length).toLowerCase() === 'tender' && kept.length === 0 ? 'not tender' : `no ${finding.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
  return `${head}${opening ? denied.charAt(0).toUpperCase() + denied.slice(1) : denied}${text.slice(at + length)}`;
}

/** The test or result a "positive"/"negative" is said of: the words right after it, or right before it. */
function readTestSubject(text: string, at: number, length: number): string {
  const after = /^\s+((?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+)/.exec(text.slice(at + length))?.[1] ?? '';
  if (after && !/^(?:for|and|or|with|in|on|at|to|bilaterally|today)\b/i.test(after)) return after;
  const before = text.slice(0, at).split(/[.;,(]/).pop() ?? '';
  return (before.match(/[A-Za-z'’]+/g) ?? []).filter((w) => !/^(?:is|was|were|are|and|the|test|tests|reviewed|today|result|results|which|came|back|sign|shows?)$/i.test(w)).slice(-2).join(' ');
}

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
      if (cue === 'without' || cue === 'negative for') {
        // Every item flips, so one of them discussed is enough to make it catchable.
        const excluded = !items.some((i) => isItemDiscussed(facts, i));
        const flippedCue = cue === 'without' ? 'with' : 'positive for';
        out.push({ sentence, after: `${text.slice(0, list.cueStart)}${list.cueStart === 0 ? flippedCue.charAt(0).toUpperCase() + flippedCue.slice(1) : flippedCue}${text.slice(list.cueStart + list.cue.length)}`, excluded });
      } else {
        const rest = list.items.filter((i) => i !== item);
        const lead = list.cueStart === 0 || /[:•]\s*$/.test(text.slice(0, list.cueStart)) ? item.charAt(0).toUpperCase() + item.slice(1) : item;
        const flipped = `${lead} ${pick(random, PRESENT_TAILS)}${rest.length ? `; no ${rest.join(', ')}` : ''}`;
        out.push({ sentence, after: text.slice(0, list.cueStart) + flipped + text.slice(list.end), excluded: !isItemDiscussed(facts, item) });
      }
    }
    // Special tests and results: "negative straight leg raise" ↔ "positive …", "McMurray test is negative" ↔ "positive".
    for (const m of text.matchAll(/\b(negative|positive)\b(?!\s+for\b)/gi)) {
      const word = m[0];
      const opposite = word.toLowerCase() === 'negative' ? 'positive' : 'negative';
      const subject = readTestSubject(text, m.index ?? 0, word.length);
      const excluded = !(subject.match(/[A-Za-z]{3,}/g) ?? []).some((w) => isItemDiscussed(facts, w));
      out.push({ sentence, after: text.slice(0, m.index) + (/^[A-Z]/.test(word) ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite) + text.slice((m.index ?? 0) + word.length), excluded });
    }
    // Present → absent: "tenderness to palpation", "1+ pitting edema", "effusion".
    const present = /\b(tenderness|tender|edema|swelling|effusion|erythema|ecchymosis|bruising|crepitus|murmur|wheez\w+|crackles|rales|rhonchi|rash|deformity|spasm|laxity|guarding|lymphadenopathy|induration|warmth)\b/gi;
    for (const m of text.matchAll(present)) {
      // Inside a denial already ("No erythema, ecchymosis, or warmth"): nothing to flip.
      const clause = text.slice(0, m.index ?? 0).split(/[.;:]/).pop() ?? '';
      if (/\b(?:no|without|denies|negative|not|non)\b/i.test(clause) || !transcriptSays(facts, m[1] ?? '')) continue;
      out.push({ sentence, after: denyFinding(text, m.index ?? 0, m[0].length) });
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
