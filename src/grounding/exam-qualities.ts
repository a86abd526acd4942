/**
 * Exam qualities: an examined function said to be normal or not. "Full range of motion" is contradicted by the
 * examiner's "range of motion is limited", "sensation intact" by "decreased sensation", "regular rhythm" by "the
 * rhythm is irregular", and the reverse. Both sides are read the same way, at the same place on the body: the
 * quality word nearest the function in its clause ("strength is 5/5", "no loss of sensation", "not diminished").
 */
import type { TermHit } from './clinical-terms.js';
import { isHedged } from './hedges.js';
import { isSameSite, readSites } from './sites.js';
import { splitTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export type Quality = 'normal' | 'abnormal';

/** Functions an examiner grades, and the ways they are named ("pulse" alone is a vital sign, so only "pulses"). */
const FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'range of motion': ['range of motion', 'rom', 'range of movement', 'range of movements'],
  sensation: ['sensation', 'sensations', 'sensory', 'light touch'],
  strength: ['strength', 'power', 'grip strength', 'motor strength', 'grip', 'grips', 'hand grip', 'hand grips'],
  reflexes: ['reflexes', 'reflex', 'deep tendon reflexes', 'dtrs', 'dtr'],
  pulses: ['pulses', 'pedal pulses', 'distal pulses', 'peripheral pulses', 'radial pulses', 'dorsalis pedis'],
  gait: ['gait'],
  'breath sounds': ['breath sounds', 'air entry', 'air movement'],
  rhythm: ['rhythm', 'heart rhythm', 'heartbeat', 'heart beat', 'heart'],
  'capillary refill': ['capillary refill', 'cap refill'],
  'cranial nerves': ['cranial nerves', 'cranial nerve'],
  'bowel sounds': ['bowel sounds'],
  coordination: ['coordination'],
};

const NORMAL_WORDS = new Set([
  'normal', 'normally', 'intact', 'full', 'good', 'equal', 'symmetric', 'symmetrical', 'regular', 'preserved', 'strong',
  'unremarkable', 'wnl', 'steady', 'palpable', 'reactive', 'fine', 'clear', 'brisk', 'present', 'unrestricted', 'stable',
]);
const ABNORMAL_WORDS = new Set([
  'decreased', 'diminished', 'reduced', 'limited', 'restricted', 'abnormal', 'abnormally', 'impaired', 'weak', 'weakened',
  'irregular', 'irregularly', 'absent', 'lost', 'loss', 'altered', 'antalgic', 'unsteady', 'ataxic', 'sluggish', 'delayed',
  'asymmetric', 'asymmetrical', 'unequal', 'poor', 'decrease', 'limitation', 'limitations', 'hyperactive', 'hypoactive',
  'slowed', 'slow', 'increased', 'exaggerated', 'hyperreflexic', 'hyporeflexic', 'reduction', 'deficit', 'deficits', 'numb',
]);
const NEGATORS = new Set(['not', 'no', 'without', 'non', 'nor']);
/** Clause edges: a quality does not reach across them. */
const EDGES = new Set(['.', ';', ',', ':', 'but', 'however', 'though', 'although', '?', '!']);
const REACH_BEFORE = 4;
const REACH_AFTER = 5;

interface FunctionPhrase {
  name: string;
  words: string[];
}

const PHRASES: readonly FunctionPhrase[] = Object.entries(FUNCTIONS)
  .flatMap(([name, names]) => names.map((n) => ({ name, words: n.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

export interface QualityReading {
  name: string;
  quality: Quality;
  sites: string[];
  /** The movements it is graded on ("limited on extension, not on flexion"). */
  movements: string[];
  index: number;
  length: number;
}

const MOVEMENTS = new Set(['flexion', 'extension', 'abduction', 'adduction', 'rotation', 'dorsiflexion', 'plantarflexion', 'supination', 'pronation', 'inversion', 'eversion', 'bending', 'internal', 'external', 'lateral', 'forward']);
const MOVEMENT_REACH = 6;

/** A question left without its "?": "is there any decreased range of motion", "you have a full range of motion does it hurt". */
const ASKING_BEFORE_RE = / (?:any|do you|does it|does that|did you|is there|are there|can you|could you|have you|is it|are you) /;
const ASKING_AFTER_RE = /^ (?:(?:do|does|did|is|are|can|could) (?:you|it|that|there)|right|correct|yes|yeah|okay) /;

function isAsked(tokens: readonly string[], reading: QualityReading): boolean {
  const end = reading.index + reading.length;
  const quality = tokens.slice(end, end + 3).findIndex((t) => NORMAL_WORDS.has(t) || ABNORMAL_WORDS.has(t));
  const after = tokens.slice(quality >= 0 ? end + quality + 1 : end, end + 6);
  return ASKING_BEFORE_RE.test(` ${tokens.slice(Math.max(0, reading.index - 6), reading.index).join(' ')} `) || ASKING_AFTER_RE.test(` ${after.join(' ')} `);
}

function findFunctions(tokens: readonly string[]): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = PHRASES.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (!phrase) continue;
    hits.push({ term: phrase.name, kind: 'finding', index: i, length: phrase.words.length });
    i += phrase.words.length - 1;
  }
  return hits;
}

/** "Your heart is nice and regular": the heart alone is graded on its rhythm only (not "heart failure", "heart rate"). */
const HEART_QUALITIES = new Set(['regular', 'irregular', 'irregularly']);

/** The quality a word gives, turned over by a negation just before it ("not diminished", "no loss of"). */
function readQualityAt(tokens: readonly string[], k: number): Quality | undefined {
  const t = tokens[k] as string;
  // "5/5 strength" is full strength; "4/5" is not.
  const grade = /^(\d)\/5$/.exec(t);
  let quality: Quality | undefined = grade ? (grade[1] === '5' ? 'normal' : 'abnormal') : NORMAL_WORDS.has(t) ? 'normal' : ABNORMAL_WORDS.has(t) ? 'abnormal' : undefined;
  if (!quality) return undefined;
  const before = [tokens[k - 1], tokens[k - 2]].filter((w) => w !== 'is' && w !== 'are' && w !== 'was' && w !== 'were' && w !== 'any');
  if (before.slice(0, 1).some((w) => w !== undefined && (NEGATORS.has(w) || w.endsWith("n't")))) quality = quality === 'normal' ? 'abnormal' : 'normal';
  return quality;
}

/** The quality nearest a function in its clause, before it or after it, not past another function. */
function readQuality(tokens: readonly string[], hit: TermHit, hits: readonly TermHit[]): Quality | undefined {
  const owned = (k: number) => hits.some((h) => h !== hit && k >= h.index && k < h.index + h.length);
  const candidates: { quality: Quality; distance: number }[] = [];
  const bareHeart = tokens[hit.index] === 'heart' && hit.length === 1;
  const fits = (k: number) => !bareHeart || HEART_QUALITIES.has(tokens[k] as string);
  for (let k = hit.index - 1, d = 1; k >= 0 && d <= REACH_BEFORE && !EDGES.has(tokens[k] as string) && !owned(k); k -= 1, d += 1) {
    const q = readQualityAt(tokens, k);
    if (q && fits(k)) candidates.push({ quality: q, distance: d });
  }
  const end = hit.index + hit.length;
  for (let k = end, d = 1; k < tokens.length && d <= REACH_AFTER && !EDGES.has(tokens[k] as string) && !owned(k); k += 1, d += 1) {
    const q = readQualityAt(tokens, k);
    if (q && fits(k)) candidates.push({ quality: q, distance: d });
  }
  return candidates.sort((a, b) => a.distance - b.distance)[0]?.quality;
}

/** Every graded function of a text: which, how, and where. */
export function readQualities(tokens: readonly string[]): QualityReading[] {
  const hits = findFunctions(tokens);
  const out: QualityReading[] = [];
  for (const hit of hits) {
    const quality = readQuality(tokens, hit, hits);
    if (!quality) continue;
    const around = tokens.slice(Math.max(0, hit.index - MOVEMENT_REACH), hit.index + hit.length + MOVEMENT_REACH);
    const movements = [...new Set(around.filter((t) => MOVEMENTS.has(t)))];
    out.push({ name: hit.term, quality, sites: readSites(tokens, hit, hits), movements, index: hit.index, length: hit.length });
  }
  return out;
}

export interface HeardQuality extends QualityReading {
  line: number;
  excerpt: string;
}

const HEARD = new WeakMap<TranscriptModel, HeardQuality[]>();

/** The graded functions the transcript states: statements, not questions nor what to look out for. */
export function indexQualities(model: TranscriptModel): HeardQuality[] {
  const cached = HEARD.get(model);
  if (cached) return cached;
  const heard: HeardQuality[] = [];
  for (const clause of model.clauses) {
    // A dictated exam often holds an "any" that makes the whole clause look like a question; what is asked is read
    // around each function instead (isAsked).
    if (clause.role === 'context' || clause.explicitQuestion) continue;
    for (const reading of readQualities(clause.tokens)) {
      const hit: TermHit = { term: reading.name, kind: 'finding', index: reading.index, length: reading.length };
      if (isHedged(clause.tokens, hit) || isAsked(clause.tokens, reading)) continue;
      heard.push({ ...reading, line: clause.line, excerpt: clause.tokens.slice(Math.max(0, reading.index - 6), reading.index + 8).join(' ') });
    }
  }
  HEARD.set(model, heard);
  return heard;
}

export interface QualityProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** Graded functions in an exam statement that every comparable statement of the transcript grades the other way. */
export function checkQualities(statement: string, model: TranscriptModel): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const heard = indexQualities(model);
  const tokens = splitTokens(statement);
  for (const claim of readQualities(tokens)) {
    // A note that copies a question ("has a full range of motion does it hurt") states nothing.
    if (isAsked(tokens, claim)) continue;
    // Graded on the same movements, or both on none: "full on flexion" says nothing of extension.
    const sameMovements = (h: HeardQuality) => h.movements.length === claim.movements.length && h.movements.every((m) => claim.movements.includes(m));
    const evidence = heard.filter((h) => h.name === claim.name && isSameSite(claim.sites, h.sites) && sameMovements(h));
    if (evidence.length === 0 || evidence.some((h) => h.quality === claim.quality)) continue;
    const said = claim.quality === 'normal' ? 'normal' : 'abnormal';
    problems.push({
      phrase: claim.name,
      reason: `the note gives ${claim.name} as ${said} but the examination in the transcript does not ("${evidence[0]?.excerpt ?? ''}")`,
      lines: evidence.map((h) => h.line),
    });
  }
  return problems;
}
