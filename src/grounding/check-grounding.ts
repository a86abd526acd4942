import { checkCodes, compactCode, compactTranscript } from './code-check.js';
import { checkLaterality, indexTranscriptSides } from './laterality-check.js';
import { findMedications, indexTranscriptWords, isMedicationSupported } from './medication-check.js';
import { checkNegations, indexTranscriptSymptoms } from './negation-check.js';
import { checkNumbers } from './number-check.js';
import { indexQuantities } from './quantities.js';
import { splitStatements, trimClaim } from './split-statements.js';
import { normaliseTokens } from './tokenize.js';
import { SECTIONS } from '../note/sections.js';
import { type GroundingFinding, type GroundingKind, type GroundingNoteInput } from './types.js';

type TranscriptIndex = ReturnType<typeof indexTranscript>;

/** Everything the checks look up in the transcript, built once per call. */
function indexTranscript(transcript: string) {
  return {
    quantities: indexQuantities(normaliseTokens(transcript, { lenient: true })),
    words: indexTranscriptWords(transcript),
    sides: indexTranscriptSides(transcript),
    symptoms: indexTranscriptSymptoms(transcript),
    compacted: compactTranscript(transcript),
  };
}

function checkStatement(statement: string, index: TranscriptIndex, suggested: ReadonlySet<string>) {
  const problems: { kind: GroundingKind; phrase: string; reason: string }[] = [];
  for (const p of checkNumbers(statement, index.quantities)) problems.push({ kind: 'number', ...p });
  for (const mention of findMedications(statement)) {
    if (!isMedicationSupported(mention, index.words)) {
      const partners = mention.aliases.filter((a) => a !== mention.name);
      const also = partners.length ? ` (nor ${partners.slice(0, 3).join(', ')})` : '';
      problems.push({ kind: 'medication', phrase: mention.name, reason: `medication "${mention.name}" is not mentioned in the transcript${also}` });
    }
  }
  for (const p of checkLaterality(statement, index.sides)) problems.push({ kind: 'laterality', ...p });
  for (const p of checkNegations(statement, index.symptoms)) problems.push({ kind: 'negation', ...p });
  for (const p of checkCodes(statement, index.compacted, suggested)) problems.push({ kind: 'code', ...p });
  return problems;
}

/**
 * Lists the statements of a note that the transcript does not support: numbers, medications, sides, negations and
 * codes. Codes in `billing_codes` are suggestions rather than claims, so they are never flagged, even when the
 * note text repeats them.
 */
export function checkGrounding(note: GroundingNoteInput, transcript: string): GroundingFinding[] {
  const index = indexTranscript(transcript);
  const suggested = new Set(Object.values(note.billing_codes ?? {}).flatMap((codes) => codes.map((c) => compactCode(c.code))));
  const findings: GroundingFinding[] = [];
  const seen = new Set<string>();
  for (const section of SECTIONS) {
    for (const statement of splitStatements(note[section] ?? '')) {
      for (const problem of checkStatement(statement, index, suggested)) {
        const finding = { section, claim: trimClaim(statement, problem.phrase), kind: problem.kind, reason: problem.reason };
        const key = `${section}|${finding.kind}|${finding.claim}|${finding.reason}`;
        if (!seen.has(key)) findings.push(finding);
        seen.add(key);
      }
    }
  }
  return findings;
}
