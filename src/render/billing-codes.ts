import Table from 'cli-table3';
import type { Style } from '../ui/style.js';
import type { BillingCodes } from '../note/index.js';

/** Shown whenever codes are shown; the service's own text wins, this covers an answer that lacks it. */
export const DEFAULT_BILLING_DISCLAIMER =
  'Recommended codes for review. Not a substitute for professional coding. Verify all codes before submission.';

function listRows(codes: BillingCodes): [string, string, string][] {
  return [
    ...(codes.icd10 ?? []).map((c): [string, string, string] => ['ICD-10', c.code, c.description]),
    ...(codes.cpt ?? []).map((c): [string, string, string] => ['CPT', c.code, c.description]),
  ];
}

/** Billing codes as a table on a terminal, aligned plain lines elsewhere; the disclaimer always follows. */
export function renderBillingCodes(codes: BillingCodes, disclaimer: string | undefined, style: Style, decorate: boolean): string {
  const rows = listRows(codes);
  let body: string;
  if (rows.length === 0) {
    body = '(no codes suggested)';
  } else if (decorate) {
    const table = new Table({ head: ['System', 'Code', 'Description'], style: { head: style.color ? ['cyan'] : [], border: [] } });
    table.push(...rows);
    body = table.toString();
  } else {
    const width = Math.max(...rows.map((r) => r[1].length));
    body = rows.map(([system, code, description]) => `${system.padEnd(6)}  ${code.padEnd(width)}  ${description}`).join('\n');
  }
  return `${body}\n${style.warn(disclaimer?.trim() || DEFAULT_BILLING_DISCLAIMER)}`;
}
