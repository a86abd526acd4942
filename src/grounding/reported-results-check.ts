/**
 * A past test's result the history reports ("an echo two years ago showed a leaking valve", "CT in March revealed
 * gallstones") where the conversation never names that test, nor any scan it could be: the result was made up, or
 * belongs to another patient. A history that only names a test without a result ("had a colonoscopy") is left to the
 * other checks, since a chart or a referral letter often lists tests nobody talks through.
 */
import { findWrittenTerms, isDeniedBefore, saysAnyForm } from './named-terms.js';
import { TEST_ITEMS } from './plan-items-check.js';
import type { TranscriptModel } from './transcript-model.js';
import type { WordIndex } from './word-index.js';

/** A result reported after the test is named: "showed", "revealed", "was normal". */
const RESULT_AFTER_RE = /^[^.;]*?\b(?:showed|shows|showing|revealed|reveals|demonstrated|demonstrates|confirmed|found|was (?:normal|negative|positive|clear|unremarkable|abnormal))\b/i;

/** Imaging a bare "scan" may have meant. */
const SCANS = new Set(['MRI', 'CT scan', 'ultrasound', 'PET scan', 'DEXA scan']);
const SCAN_RE = /\bscans?\b/;

/**
 * Whether the conversation speaks of a scan of its own, not only in a question answered "no" ("any scans or x-rays?
 * — no, never"), which says there was none to report.
 */
function saysScanHad(model: TranscriptModel, index: WordIndex): boolean {
  return model.lines.some((l, ordinal) => SCAN_RE.test(l.tokens.join(' ')) && !index.deniedLines.has(ordinal));
}

/** The tests a history statement reports a result of, which the transcript never names. */
export function checkReportedResults(statement: string, section: string, index: WordIndex, model: TranscriptModel): { phrase: string; reason: string }[] {
  if (section !== 'subjective') return [];
  return findWrittenTerms(statement, TEST_ITEMS)
    .filter(({ phrase, at }) => RESULT_AFTER_RE.test(statement.slice(at + phrase.length)) && !isDeniedBefore(statement, at))
    .filter(({ term }) => !saysAnyForm(index, term.said) && !(SCANS.has(term.name) && saysScanHad(model, index)))
    .map(({ term, phrase }) => ({ phrase, reason: `the history reports a result of ${term.name} ("${phrase}"), which the transcript never mentions` }));
}
