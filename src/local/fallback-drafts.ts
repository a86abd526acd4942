/**
 * The last resort for an exchange the readers found nothing in: "Doctor: I spoke with Poison Control… it is likely to
 * be a nontoxic ingestion." — "Guest_family: Thank god!" passes the clinical-content gate yet no reader placed a word
 * of it, and an empty note says the visit had no content. Each sentence that carries a clinical word is kept, in the
 * third person, where its plainest reading puts it: a clinician's order or advice in the plan, a clinician's naming of
 * a condition in the assessment, everything else in the history. Questions and sentences that cannot be put in the
 * third person grammatically are left out (a fact is never made up; a quote would do no better).
 */
import type { Gender } from './rewrite-person.js';
import type { Utterance } from './types.js';
import type { DraftSentence } from './draft-sentence.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs, isDiagnosisStatement, isPlanStatement } from './clinical-vocabulary.js';
import { polishSentence } from './polish-sentence.js';

const MIN_WORDS = 4;

function carriesClinicalWord(text: string): boolean {
  return countMatches(text, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(text) || findDrugs(text).length > 0;
}

function placeSentence(u: Utterance): DraftSentence['block'] {
  if (u.role !== 'clinician') return 'history';
  if (isPlanStatement(u.text)) return 'plan';
  return isDiagnosisStatement(u.text) || DIAGNOSIS_TERM.test(u.text) ? 'assessment' : 'history';
}

/** Drafts for a dialogue whose readers placed nothing; empty when nothing clinical was said either. */
export function draftFallback(utterances: readonly Utterance[], gender: Gender, addressee?: string): DraftSentence[] {
  const drafts: DraftSentence[] = [];
  utterances.forEach((u, i) => {
    if (u.question || u.text.split(/\s+/).length < MIN_WORDS || !carriesClinicalWord(u.text)) return;
    const third = u.role === 'clinician' ? rewriteClinicianSpeech(u.text, gender, addressee) : u.role === 'patient' ? rewritePatientSpeech(u.text, gender) : undefined;
    // The clinician's own "I" stays, as in "I discussed the case with Poison Control"; a patient's must not.
    if (!third || /\b(?:you|your)\b/i.test(third) || (u.role !== 'clinician' && /\b(?:i|my|me)\b/i.test(third))) return;
    const text = polishSentence(third);
    drafts.push({ block: placeSentence(u), text, lines: [u.line], spoken: u.text, order: i, clinician: u.role === 'clinician' });
  });
  return drafts;
}
