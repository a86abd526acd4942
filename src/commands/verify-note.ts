import type { GroundingFinding } from '../grounding/index.js';
import { ExitCode } from '../exit-codes.js';

export interface VerifyFlags {
  verify?: boolean;
  strict?: boolean;
}

type CheckableNote = { subjective?: string; objective?: string; assessment?: string; plan?: string };

/** Runs the grounding check when asked (`--strict` implies it); undefined when not asked. */
export async function verifyIfAsked(flags: VerifyFlags, note: CheckableNote, transcript: string): Promise<GroundingFinding[] | undefined> {
  if (!flags.verify && !flags.strict) return undefined;
  const { checkGrounding } = await import('../grounding/index.js');
  return checkGrounding(note, transcript);
}

/** Exit 6 under --strict when anything was unsupported; the note itself is still printed. */
export function exitCodeForFindings(flags: VerifyFlags, findings: GroundingFinding[] | undefined): number {
  return flags.strict && findings && findings.length > 0 ? ExitCode.groundingFindings : ExitCode.ok;
}
