import Table from 'cli-table3';
import type { Style } from '../ui/style.js';
import type { VisitSummary } from '../note/index.js';

/** The visit summary for people: the paragraph, key findings as a list, active diagnoses as a table (plain when piped). */
export function renderVisitSummary(summary: VisitSummary, style: Style, decorate: boolean): string {
  const findings = summary.key_findings.length ? summary.key_findings.map((f) => `- ${f}`).join('\n') : style.dim('(none)');
  let diagnoses: string;
  if (summary.active_diagnoses.length === 0) {
    diagnoses = style.dim('(none)');
  } else if (decorate) {
    const table = new Table({ head: ['Code', 'Description'], style: { head: style.color ? ['cyan'] : [], border: [] } });
    table.push(...summary.active_diagnoses.map((d) => [d.code, d.description ?? '']));
    diagnoses = table.toString();
  } else {
    // A condition named without a code (the offline summary's) shows its name alone, or after a dash among coded ones.
    const width = Math.max(...summary.active_diagnoses.map((d) => d.code.length));
    diagnoses = summary.active_diagnoses.map((d) => (width === 0 ? (d.description ?? '') : `${(d.code || '-').padEnd(width)}  ${d.description ?? ''}`.trimEnd())).join('\n');
  }
  return [
    `${style.heading('SUMMARY')}\n${summary.summary.trim()}\n`,
    `${style.heading('KEY FINDINGS')}\n${findings}\n`,
    `${style.heading('ACTIVE DIAGNOSES')}\n${diagnoses}\n`,
  ].join('\n');
}
