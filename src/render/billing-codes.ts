import Table from 'cli-table3';
import type { Style } from '../ui/style.js';
import { ICD11_ADVISORY, listCodeSystems, type BillingCodes } from '../note/index.js';

/** Shown whenever codes are shown; the service's own text wins, this covers an answer that lacks it. */
export const DEFAULT_BILLING_DISCLAIMER =
  'Recommended codes for review. Not a substitute for professional coding. Verify all codes before submission.';

/** One row per code of every system the note lists; advisory systems say so in their label. */
export function listCodeRows(codes: BillingCodes | null | undefined): { rows: [string, string, string][]; advisory: boolean } {
  const systems = listCodeSystems(codes);
  const rows = systems.flatMap((s) =>
    s.codes.map((c): [string, string, string] => [s.advisory ? `${s.label} (advisory)` : s.label, c.code, c.description ?? '']),
  );
  return { rows, advisory: systems.some((s) => s.advisory) };
}

/** Billing codes as a table on a terminal, aligned plain lines elsewhere; the disclaimer always follows. */
export function renderBillingCodes(codes: BillingCodes, disclaimer: string | null | undefined, style: Style, decorate: boolean): string {
  const { rows, advisory } = listCodeRows(codes);
  let body: string;
  if (rows.length === 0) {
    body = '(no codes suggested)';
  } else if (decorate) {
    const table = new Table({ head: ['System', 'Code', 'Description'], style: { head: style.color ? ['cyan'] : [], border: [] } });
    table.push(...rows);
    body = table.toString();
  } else {
    const systemWidth = Math.max(...rows.map((r) => r[0].length));
    const codeWidth = Math.max(...rows.map((r) => r[1].length));
    body = rows.map(([system, code, description]) => `${system.padEnd(systemWidth)}  ${code.padEnd(codeWidth)}  ${description}`.trimEnd()).join('\n');
  }
  const notes = [disclaimer?.trim() || DEFAULT_BILLING_DISCLAIMER, ...(advisory ? [ICD11_ADVISORY] : [])];
  return `${body}\n${notes.map((n) => style.warn(n)).join('\n')}`;
}
