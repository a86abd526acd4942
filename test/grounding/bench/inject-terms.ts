/** Injectors that add or swap a name: a drug, a diagnosis, a code, an allergy. */
import type { Candidate } from './inject-numbers.js';
import { INJECT_ALLERGENS, INJECT_DRUGS, INJECT_REACTIONS } from './injection-vocab.js';
import { pick, transcriptHasAnyWord, transcriptSays, type NoteSentence, type TranscriptFacts } from './note-sentences.js';

type Random = () => number;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drug names the note mentions, from the injector's own list. */
function findDrugs(text: string): { name: string; index: number; length: number }[] {
  const out: { name: string; index: number; length: number }[] = [];
  for (const drug of INJECT_DRUGS) {
    const m = new RegExp(`\\b${escapeRe(drug)}\\b`, 'i').exec(text);
    if (m) out.push({ name: drug, index: m.index, length: m[0].length });
  }
  return out;
}

function pickUnsaid(random: Random, facts: TranscriptFacts, names: readonly string[], noteText: string): string {
  for (let i = 0; i < 50; i += 1) {
    const name = pick(random, names);
    if (!transcriptHasAnyWord(facts, name) && !transcriptSays(facts, name) && !noteText.toLowerCase().includes(name.toLowerCase())) return name;
  }
  return pick(random, names);
}

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function stripEnd(text: string): { body: string; end: string } {
  const m = /^(.*?)([.;:]?\s*)$/s.exec(text);
  return { body: m?.[1] ?? text, end: m?.[2] || '.' };
}

const PLAN_VERBS_RE = /\b(?:start|started|continue|prescribe|prescribed|recommend|recommended|take|taking|takes|use|using|trial|increase|decrease|refill|on)\b/i;

export function injectDrugInvented(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random, noteText: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const drug = pickUnsaid(random, facts, INJECT_DRUGS, noteText);
    const mentioned = findDrugs(sentence.text).filter((d) => transcriptSays(facts, d.name));
    if (mentioned.length > 0) {
      const d = mentioned[0]!;
      const joiner = pick(random, [' and ', ', plus ', ' as well as ', ' and ']);
      const at = d.index + d.length;
      out.push({ sentence, after: sentence.text.slice(0, at) + joiner + drug + sentence.text.slice(at) });
    } else if (sentence.section === 'plan' || (sentence.section === 'assessment' && PLAN_VERBS_RE.test(sentence.text))) {
      if (!PLAN_VERBS_RE.test(sentence.text) || sentence.text.length < 25) continue;
      const { body, end } = stripEnd(sentence.text);
      const tail = pick(random, [`, and start ${drug}`, `, along with ${drug}`, `; prescribed ${drug}`, ` and add ${drug}`, `, with ${drug} as needed`]);
      out.push({ sentence, after: `${body}${tail}${end}` });
    } else if (/^\s*(?:DH|DHx|Dhx|Medications?|Meds|Current medications)\s*[:-]/i.test(sentence.text)) {
      const { body, end } = stripEnd(sentence.text);
      out.push({ sentence, after: `${body}, ${drug}${end === '.' ? '' : end}` });
    }
  }
  return out;
}

export function injectDrugSwapped(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random, noteText: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const d of findDrugs(sentence.text)) {
      if (!transcriptSays(facts, d.name)) continue;
      const drug = pickUnsaid(random, facts, INJECT_DRUGS, noteText);
      const original = sentence.text.slice(d.index, d.index + d.length);
      out.push({ sentence, after: sentence.text.slice(0, d.index) + matchCase(original, drug) + sentence.text.slice(d.index + d.length) });
    }
  }
  return out;
}

/** A problem heading ("Acute lumbar strain.", "Imp: migraine") or a sentence that names a diagnosis. */
function looksLikeDiagnosis(text: string): boolean {
  if (/^\s*•?\s*(?:Patient Agreements|Additional Testing|Medical Treatment|Specialist Referrals|Patient Education)/i.test(text)) return false;
  const words = text.trim().split(/\s+/).length;
  return (words >= 1 && words <= 10 && /[a-z]{4}/i.test(text)) || /\b(?:diagnos\w*|consistent with|likely|history of|suggestive of|secondary to|impression|imp|presents? with|suffering from)\b/i.test(text);
}

function makeCode(random: Random): string {
  const letters = 'EIJKMNRSZ';
  const letter = letters[Math.floor(random() * letters.length)] ?? 'E';
  const head = String(10 + Math.floor(random() * 89));
  const tail = String(Math.floor(random() * 99));
  return `${letter}${head}.${tail}`;
}

export function injectCode(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const useCpt = sentence.section === 'plan' && /\b(?:visit|follow|x-ray|xray|ekg|ecg|injection|labs?|blood|panel|echo|procedure)\b/i.test(sentence.text);
    if (!(sentence.section === 'assessment' && looksLikeDiagnosis(sentence.text)) && !useCpt) continue;
    const { body, end } = stripEnd(sentence.text);
    if (body.length < 6) continue;
    const code = useCpt ? String(pick(random, [99203, 99204, 99213, 99214, 99215, 93000, 71046, 73562, 80053, 85025, 36415, 20610])) : makeCode(random);
    if (facts.joined.includes(code.toLowerCase())) continue;
    const tail = useCpt
      ? pick(random, [` (CPT ${code})`, `, CPT ${code}`, ` - billed ${code}`])
      : pick(random, [` (${code})`, ` (ICD-10 ${code})`, `, ICD-10-CM ${code}`, ` - ${code}`, ` [${code}]`]);
    out.push({ sentence, after: `${body}${tail}${end}` });
  }
  return out;
}

const NO_ALLERGY_RE = /\b(?:NKDA|NKA|no known (?:drug )?allergies|no allergies|allergies:\s*(?:none|nil|nkda)|denies (?:any )?(?:drug )?allergies|no drug allergies)\b/i;

function describeAllergy(random: Random, allergen: string): string {
  const reaction = pick(random, INJECT_REACTIONS);
  return pick(random, [
    `allergic to ${allergen}`,
    `allergic to ${allergen} (${reaction})`,
    `allergy to ${allergen}, which causes ${reaction}`,
    `reports an allergy to ${allergen}`,
    `${allergen} allergy with ${reaction}`,
    `known allergy to ${allergen}`,
  ]);
}

export function injectAllergy(sentences: readonly NoteSentence[], facts: TranscriptFacts, random: Random, noteText: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const allergen = pickUnsaid(random, facts, INJECT_ALLERGENS, noteText);
    const m = NO_ALLERGY_RE.exec(sentence.text);
    if (m) {
      const text = describeAllergy(random, allergen);
      out.push({ sentence, after: sentence.text.slice(0, m.index) + matchCase(m[0], random() < 0.5 ? text : `Allergies: ${allergen}`) + sentence.text.slice(m.index + m[0].length) });
      continue;
    }
    if (/\ballerg/i.test(sentence.text)) {
      const { body, end } = stripEnd(sentence.text);
      out.push({ sentence, after: `${body} and ${allergen}${end}` });
      continue;
    }
    if (sentence.section === 'subjective' && sentence.text.length > 30 && random() < 0.25) {
      const { body, end } = stripEnd(sentence.text);
      out.push({ sentence, after: `${body}; ${describeAllergy(random, allergen)}${end}` });
    }
  }
  return out;
}
