/** ICD-10-CM shaped codes with a dot ("E11.9", "M17.11"); dotless three-character codes need a cue (see below). */
const ICD10_DOTTED_RE = /\b[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}\b/g;
const ICD10_BARE_RE = /\b[A-TV-Z]\d[0-9A-Z]\b/g;
/** CPT: five digits, or four digits and F/T for category II/III codes. */
const CPT_RE = /\b\d{4}[0-9FT]\b/g;
/** Evaluation-and-management visit codes are recognisable without a cue. */
const EM_CODE_RE = /^99[2-4]\d\d$/;
const CODE_CUE_RE = /\b(?:icd(?:-?10)?(?:-cm)?|cpt|code|codes|billing|billed|dx)\b/i;
/** Dotless look-alikes that are not diagnoses ("vitamin B12", "vitamin D3" are the usual ones). */
const NOT_CODES = new Set(['B12', 'B6', 'D3', 'K2']);

export interface CodeClaim {
  code: string;
  system: 'ICD-10' | 'CPT';
}

/**
 * Codes a statement states. Dotless ICD-10 codes and plain five-digit numbers are only taken as codes when the
 * statement talks about codes, so a lab value or a vitamin is not mistaken for one.
 */
export function findCodes(statement: string): CodeClaim[] {
  const cued = CODE_CUE_RE.test(statement);
  const found = new Map<string, CodeClaim>();
  for (const match of statement.matchAll(ICD10_DOTTED_RE)) found.set(match[0], { code: match[0], system: 'ICD-10' });
  if (cued) {
    for (const match of statement.matchAll(ICD10_BARE_RE)) {
      if (!NOT_CODES.has(match[0]) && ![...found.keys()].some((code) => code.startsWith(match[0]))) {
        found.set(match[0], { code: match[0], system: 'ICD-10' });
      }
    }
  }
  for (const match of statement.matchAll(CPT_RE)) {
    if (cued || EM_CODE_RE.test(match[0])) found.set(match[0], { code: match[0], system: 'CPT' });
  }
  return [...found.values()];
}

/** Codes compare without case or dots ("E11.9" = "e119"). */
export function compactCode(text: string): string {
  return text.toLowerCase().replace(/\./g, '');
}

/** The transcript with dots dropped and "e 11" glued, so a spoken or typed code compares equal to the note's. */
export function compactTranscript(transcript: string): string {
  return ` ${transcript.toLowerCase().replace(/\s*\.\s*(?=\d)/g, '').replace(/\b([a-z])\s+(?=\d)/g, '$1')} `;
}

function mentionsCode(compacted: string, code: string): boolean {
  return new RegExp(`[^a-z0-9]${code}[^a-z0-9]`).test(compacted);
}

/** Codes of the statement that neither the transcript nor the note's own billing suggestions contain. */
export function checkCodes(statement: string, compacted: string, suggested: ReadonlySet<string>): { phrase: string; reason: string }[] {
  return findCodes(statement)
    .filter((claim) => !suggested.has(compactCode(claim.code)) && !mentionsCode(compacted, compactCode(claim.code)))
    .map((claim) => ({
      phrase: claim.code,
      reason: `${claim.system} code "${claim.code}" does not appear in the transcript and is not one of the note's billing suggestions`,
    }));
}
