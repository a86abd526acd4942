/** Finds ICD-10-looking codes in free text, with the words that describe them. */

const ICD10_PATTERN = /\b[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\b/g;
/** A description runs to the end of its clause. */
const CLAUSE_END = /[\n;]|\.(?=\s|$)/;

export interface CodedDiagnosis {
  code: string;
  description: string;
}

// "A1C" and "B12" fit the pattern but are lab names; a real category with a letter third
// character (C7A, M1A…) nearly always carries a decimal part, so bare ones are skipped.
function isLikelyLabName(code: string): boolean {
  return !code.includes('.') && /[A-Z]$/.test(code);
}

function cleanDescription(text: string): string {
  return text
    .replace(/^[\s:\-–—(),]+/, '')
    .replace(/[\s:\-–—(,]+$/, '')
    .replace(/^\)+|\)+$/g, '')
    .trim();
}

function describeCodeAt(text: string, start: number, end: number): string {
  const after = text.slice(end);
  const nextCode = after.search(new RegExp(ICD10_PATTERN.source));
  const clauseEnd = after.search(CLAUSE_END);
  const stops = [nextCode, clauseEnd].filter((i) => i >= 0);
  const described = cleanDescription(after.slice(0, stops.length > 0 ? Math.min(...stops) : undefined));
  if (described) return described;
  // "Essential hypertension (I10)": fall back to the words before the code in the same clause.
  const before = text.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf('. '));
  return cleanDescription(before.slice(clauseStart + 1));
}

/** Codes in order of first appearance, deduplicated (the first description wins). */
export function extractDiagnoses(texts: readonly string[]): CodedDiagnosis[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(ICD10_PATTERN)) {
      const code = match[0];
      if (isLikelyLabName(code) || found.has(code)) continue;
      const start = match.index ?? 0;
      found.set(code, describeCodeAt(text, start, start + code.length) || 'Unspecified');
    }
  }
  return [...found].map(([code, description]) => ({ code, description }));
}
