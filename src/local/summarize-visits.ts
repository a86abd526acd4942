/**
 * Merges several visit records into one longitudinal summary without a model: visits in date order, key
 * findings from each assessment and plan, and the ICD-10-looking codes the records already contain.
 */
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

function matchesFocus(text: string, focus: string | undefined): boolean {
  if (!focus) return false;
  const words = focus.toLowerCase().split(/\W+/).filter((w) => w.length > 2);
  return words.some((w) => text.toLowerCase().includes(w));
}

export function summarizeVisitsLocally(input: VisitsInput): VisitsSummary {
  const visits = sortVisitsByDate(input.visits);
  const findings: string[] = [];
  const diagnoses = new Map<string, string>();
  const visitLines: string[] = [];
  for (const v of visits) {
    const statements = [...splitStatements(v.soap_note?.assessment), ...splitStatements(v.soap_note?.plan)];
    const picked = statements.filter((s) => !findings.some((f) => isNearDuplicate(f.replace(/^[^:]*: /, ''), s)));
    const ranked = [...picked.filter((s) => matchesFocus(s, input.focus)), ...picked.filter((s) => !matchesFocus(s, input.focus))];
    for (const s of ranked.slice(0, MAX_FINDINGS_PER_VISIT)) findings.push(`${v.visit_date}: ${s}`);
    const allText = [v.soap_note?.subjective, v.soap_note?.objective, v.soap_note?.assessment, v.soap_note?.plan, v.summary].filter(Boolean).join('\n');
    for (const d of extractDiagnosisCodes(allText)) if (!diagnoses.has(d.code) || d.description) diagnoses.set(d.code, d.description || diagnoses.get(d.code)!);
    const gist = splitStatements(v.summary)[0] ?? splitStatements(v.soap_note?.assessment)[0];
    visitLines.push(`${v.visit_date}${v.provider ? ` (${v.provider})` : ''}${gist ? `: ${gist}` : ''}`);
  }
  const who = input.patient_info?.name ? `${input.patient_info.name}${input.patient_info.age !== undefined ? `, ${input.patient_info.age}` : ''}` : 'the patient';
  const span = visits.length > 0 ? ` from ${visits[0]!.visit_date} to ${visits.at(-1)!.visit_date}` : '';
  const head = `${visits.length} visit${visits.length === 1 ? '' : 's'} for ${who}${span}${input.focus ? ` (focus: ${input.focus})` : ''}.`;
  return {
    summary: [head, ...visitLines.map((l) => l.endsWith('.') ? l : `${l}.`)].join('\n'),
    key_findings: findings,
    active_diagnoses: [...diagnoses].map(([code, description]) => ({ code, description })),
  };
}
