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

/** A note's work lost or lacked: "Lost job - 2 months ago", "unemployed", "was made redundant", "not working". */
const NOTE_JOBLESS_RE = /\b(?:lost (?:(?:his|her|their|the|a|my) )?(?:job|work|employment)|unemployed|unemployment|jobless|laid off|made redundant|redundancy|(?:was |got |been )?(?:fired|sacked)\b|out of work|not (?:currently )?(?:working|employed)|between jobs|off (?:work|sick)|(?:unable|not able) to work|signed off)\b/i;
/** How a conversation tells of being out of work. */
const JOBLESS_SAID = ['lost', 'laid off', 'lay off', 'redundan*', 'fired', 'sacked', 'unemploy*', 'out of work', 'not working', "n't working", 'let go', 'quit', 'between jobs', 'looking for work', 'looking for a job', 'job hunting', 'jobless', 'benefits', 'universal credit', 'retire*', 'stopped working', 'off work', 'sick leave', 'signed off', 'leave',
  'off sick', 'time off', 'days off', 'week off', 'sick note', 'fit note', "can't work", 'unable to work', 'not been able to work', 'been off', 'home from work'];
/** Talk of the patient's work at all: without it, a note's joblessness is left alone. */
const WORK_SAID = ['job', 'work', 'working', 'employ*', 'office', 'boss'];

export function checkOccupation(statement: string, section: string, index: WordIndex): { phrase: string; reason: string }[] {
  if (section !== 'subjective') return [];
  // "Lost job - 2 months ago" where the patient started a new job then: work lost is said in some word of losing it.
  const jobless = NOTE_JOBLESS_RE.exec(statement);
  if (jobless && !/\b(?:no|not|never|denies|hasn't|has not)\s+(?:\w+\s+)?$/i.test(statement.slice(Math.max(0, jobless.index - 20), jobless.index))) {
    if (saysAnyForm(index, WORK_SAID) && !saysAnyForm(index, JOBLESS_SAID)) return [{ phrase: jobless[0], reason: `the note says the patient is out of work ("${jobless[0]}"), which the transcript's talk of work never says` }];
    return [];
  }
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
