/**
 * Merges several visit records into one longitudinal summary without a model: visits in date order, key
 * findings from each assessment and plan, and the diagnoses each assessment names: its ICD-10 codes where it has
 * any, else the conditions it names (read with the grounding check's condition lexicon).
 */
import { findConditions } from '../grounding/diagnosis-check.js';
import { splitTokens } from '../grounding/tokenize.js';
import { isNearDuplicate } from './merge-duplicates.js';
import type { Visit, VisitSummary as VisitsSummary, VisitSummaryRequest as VisitsInput } from '../note/index.js';

// Letter, two digits (or digit + A/B), optional dot extension: E11.65, I10, J45.909, S83.2XXA.
const ICD10 = /\b([A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4})?)\b/g;
const MAX_FINDINGS_PER_VISIT = 3;

function dateKey(visit: Visit): number {
  const t = Date.parse(visit.visit_date);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Stable sort by date; unparseable dates keep their input order after the dated ones. */
export function sortVisitsByDate(visits: Visit[]): Visit[] {
  return visits.map((v, i) => ({ v, i })).sort((a, b) => dateKey(a.v) - dateKey(b.v) || a.i - b.i).map((x) => x.v);
}

function splitStatements(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.replace(/^[\s\-•*\d.)]+(?=[A-Za-z])/, '').trim())
    .filter((s) => /[a-z]/i.test(s) && !/^[A-Z ]{3,}:?$/.test(s));
}

function describeCode(text: string, index: number, code: string): string {
  const after = text.slice(index + code.length).replace(/^[\s:–—-]+/, '');
  const afterDesc = /^([^\n.;,()[\]]{3,80})/.exec(after)?.[1]?.trim();
  if (afterDesc && /[a-z]/i.test(afterDesc) && !ICD10.test(afterDesc)) return afterDesc;
  ICD10.lastIndex = 0;
  const before = text.slice(0, index).replace(/[\s(:–—-]+$/, '');
  return /([^\n.;,()[\]]{3,80})$/.exec(before)?.[1]?.trim() ?? '';
}

export function extractDiagnosisCodes(text: string): { code: string; description: string }[] {
  const out: { code: string; description: string }[] = [];
  for (const m of text.matchAll(ICD10)) out.push({ code: m[1]!, description: describeCode(text, m.index ?? 0, m[1]!) });
  return out;
}

/** Words the condition lexicon counts as evidence of a condition that do not name one on their own. */
const NOT_DIAGNOSES = new Set(['tendon', 'tendons', 'ligament', 'ligaments', 'sugar', 'sugars', 'insulin', 'a1c', 'virus', 'viral', 'bacterial', 'infected']);
/** Words that end the reach back for a condition's qualifiers ("right ankle" in "a right ankle sprain"). */
const STOP_WORDS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'of', 'with', 'and', 'or', 'for', 'to', 'is', 'has', 'have', 'had', 'was', 'are', 'be', 'in', 'on', 'at', 'by', 'from', 'as', 'that', 'this', 'some', 'patient', 'i', 'we', 'you', 'she', 'he', 'they', 'it', 'treating', 'consistent', 'likely', 'probable', 'possible', 'sorry', 'problem', 'first', 'second']);

/** The conditions an assessment names, as it words them with up to two qualifiers before ("right ankle sprain"). */
function listNamedConditions(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\n+/)) {
    const tokens = splitTokens(line).map((t) => t.replace(/'s$/, ''));
    for (const mention of findConditions(line)) {
      if (NOT_DIAGNOSES.has(mention.phrase)) continue;
      let start = mention.index;
      while (start > 0 && mention.index - start < 2 && /^[a-z][a-z-]+$/.test(tokens[start - 1] ?? '') && !STOP_WORDS.has(tokens[start - 1]!)) start -= 1;
      const length = mention.phrase.split(' ').length;
      names.push(tokens.slice(start, mention.index + length).join(' '));
    }
  }
  // "right ankle sprain" said twice, or "sprain" inside "right ankle sprain": one diagnosis.
  return names.filter((name, i) => !names.some((other, j) => (other === name ? j < i : other.includes(name))));
}

/** A visit's diagnoses: the codes its assessment (or summary) gives, else the conditions it names, uncoded. */
function listVisitDiagnoses(visit: Visit): { code: string; description: string }[] {
  const assessment = visit.soap_note?.assessment ?? visit.summary ?? '';
  const coded = extractDiagnosisCodes(assessment);
  if (coded.length > 0) return coded;
  return listNamedConditions(assessment).map((description) => ({ code: '', description }));
}

function matchesFocus(text: string, focus: string | undefined): boolean {
  if (!focus) return false;
  const words = focus.toLowerCase().split(/\W+/).filter((w) => w.length > 2);
  return words.some((w) => text.toLowerCase().includes(w));
}

export function summarizeVisitsLocally(input: VisitsInput): VisitsSummary {
  const visits = sortVisitsByDate(input.visits);
  const findings: string[] = [];
  const diagnoses = new Map<string, { code: string; description: string }>();
  const visitLines: string[] = [];
  for (const v of visits) {
    const statements = [...splitStatements(v.soap_note?.assessment), ...splitStatements(v.soap_note?.plan)];
    const picked = statements.filter((s) => !findings.some((f) => isNearDuplicate(f.replace(/^[^:]*: /, ''), s)));
    const ranked = [...picked.filter((s) => matchesFocus(s, input.focus)), ...picked.filter((s) => !matchesFocus(s, input.focus))];
    for (const s of ranked.slice(0, MAX_FINDINGS_PER_VISIT)) findings.push(`${v.visit_date}: ${s}`);
    for (const d of listVisitDiagnoses(v)) {
      // Keyed by code, or by name for a condition without one; a later description fills an empty one.
      const key = d.code || `name:${d.description.toLowerCase()}`;
      if (!diagnoses.has(key) || d.description) diagnoses.set(key, { code: d.code, description: d.description || diagnoses.get(key)!.description });
    }
    const gist = splitStatements(v.summary)[0] ?? splitStatements(v.soap_note?.assessment)[0];
    visitLines.push(`${v.visit_date}${v.provider ? ` (${v.provider})` : ''}${gist ? `: ${gist}` : ''}`);
  }
  const who = input.patient_info?.name ? `${input.patient_info.name}${input.patient_info.age !== undefined ? `, ${input.patient_info.age}` : ''}` : 'the patient';
  const span = visits.length > 0 ? ` from ${visits[0]!.visit_date} to ${visits.at(-1)!.visit_date}` : '';
  const head = `${visits.length} visit${visits.length === 1 ? '' : 's'} for ${who}${span}${input.focus ? ` (focus: ${input.focus})` : ''}.`;
  return {
    summary: [head, ...visitLines.map((l) => l.endsWith('.') ? l : `${l}.`)].join('\n'),
    key_findings: findings,
    active_diagnoses: [...diagnoses.values()],
  };
}
