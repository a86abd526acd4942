/**
 * Occupation: "works as an accountant" where the patient said she is a nurse. The job a history gives must be said in
 * some word of it ("accountant", "accounts"); words that say nothing of the job ("local", "company", "part time")
 * are not looked for, and a statement whose job has no other word is left alone.
 */
import { isWordSaid } from './condition-support.js';
import { saysAnyForm } from './named-terms.js';
import type { WordIndex } from './word-index.js';

const JOB_RE = /\b(?:works|working|worked|employed|employment|occupation|job|profession)\b(?:\s*[:-])?(?: (?:part[- ]time|full[- ]time|currently|mainly|mostly|now|still))*(?: (?:as|in|at|with))? ((?:[\w/'&-]+ ?){1,5}?)(?=[,.;:()]|\s+(?:and|but|since|for|who|which|where|with|while|in|at|on|to|from|until|when|-)\b|\s*$)/i;
/** Words that say nothing of the job itself. */
const UNTELLING = new Set([
  'a', 'an', 'the', 'local', 'part', 'time', 'full', 'his', 'her', 'their', 'company', 'job', 'jobs', 'role', 'position', 'field', 'industry',
  'sector', 'area', 'business', 'firm', 'place', 'currently', 'retired', 'now', 'home', 'from', 'same', 'new', 'as', 'in', 'at', 'of', 'and',
  'self', 'self-employed', 'employed', 'work', 'works', 'working', 'shift', 'shifts', 'night', 'day', 'long', 'hours', 'lot', 'very', 'busy',
  'out', 'there', 'here', 'it', 'this', 'that', 'large', 'small', 'big', 'status', 'history', 'hx',
]);
/** Abbreviations and their spoken jobs. */
const SPOKEN_JOBS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  rn: ['nurse', 'nursing', 'rn'], it: ['computer*', 'software', 'tech*', 'it', 'i t', 'programm*', 'developer'], hr: ['hr', 'human resources', 'personnel'],
  healthcare: ['health*', 'hospital', 'clinic*', 'nurs*', 'medical', 'ward'], nhs: ['nhs', 'hospital'], gp: ['gp', 'doctor'], er: ['er', 'emergency'], ed: ['ed', 'emergency'], icu: ['icu', 'intensive'],
}));

export function checkOccupation(statement: string, section: string, index: WordIndex): { phrase: string; reason: string }[] {
  if (section !== 'subjective') return [];
  // "Employment status: works as a programmer": a heading's label names no job, so the next mention of work is read.
  const readWords = (m: RegExpExecArray) => (m[1] as string).split(/[\s/&-]+/).map((w) => w.toLowerCase().replace(/'s$/, '')).filter((w) => w.length >= 2 && !UNTELLING.has(w) && !/^\d/.test(w));
  const m = [...statement.matchAll(new RegExp(JOB_RE.source, 'gi'))].find((x) => readWords(x).length > 0);
  if (!m) return [];
  const words = readWords(m);
  const said = words.some((w) => {
    const spoken = SPOKEN_JOBS.get(w);
    return spoken ? saysAnyForm(index, spoken) : w.length >= 3 && (isWordSaid(index, w) || saysAnyForm(index, [`${w.slice(0, 5)}*`]));
  });
  if (said) return [];
  const job = (m[1] as string).trim();
  return [{ phrase: job, reason: `the note gives the patient's work as "${job}", which the transcript never mentions` }];
}
