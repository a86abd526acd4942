/**
 * Relatives outside a family history: "Husband encouraging more walking", "son drives her to appointments" where the
 * conversation spoke of a daughter. Who supports, accompanies or reports is part of the history, and a swapped
 * relative keeps every other word. Reported only when the conversation names some relative of its own and never this
 * one in any everyday word, so a relative the clinician knew from the chart, in a visit that spoke of none, is left alone.
 */
import { isFamilyStatement, RELATIVES } from './family-history-check.js';
import { findWrittenTerms, isDeniedBefore, saysAnyForm, type NamedTerm } from './named-terms.js';
import type { WordIndex } from './word-index.js';

const PARTNERS = ['partner', 'spouse', 'other half', 'fiance*', 'girlfriend', 'boyfriend'];

const SPOUSES: readonly NamedTerm[] = [
  { name: 'wife', written: /\bwife\b/i, said: ['wife', 'missus', 'misses', ...PARTNERS] },
  { name: 'husband', written: /\bhusband\b/i, said: ['husband', 'hubby', ...PARTNERS] },
  { name: 'partner', written: /\b(?:partner|spouse)\b/i, said: ['wife', 'husband', 'missus', 'hubby', ...PARTNERS] },
];

const KIN: readonly NamedTerm[] = [...SPOUSES, ...RELATIVES.map((r) => ({ ...r, written: new RegExp(r.written.source, 'i') }))];

/** A relative who is there, calls or tells ("with mum", "Caller: pt's wife", "per husband", "Mum states …"). */
const PRESENT_BEFORE_RE = /\b(?:with|per|caller|called by|calling|accompanied by|brought (?:in )?by|according to|informant|collateral from|on behalf of)\b[\s:]*(?:(?:the |her |his |their |pt'?s |patient'?s )\s*)?$/i;
const PRESENT_AFTER_RE = /^\s*(?:'s)?\s*(?:states?|stated|reports?|reported|says|said|present|here|is here|on the (?:phone|line)|called|calls|answer\w*|gives?|gave|accompan\w*|notes?|noticed|describes?|is worried|concerned)\b/i;

/**
 * `others`: someone besides the patient and clinician speaks, whose relation the labels may not give in words.
 * `dictated`: one voice dictates, so a relative who came or told something is one it speaks of in words of its own.
 */
export function checkRelativesNamed(statement: string, index: WordIndex, raw: string, others = false, dictated = false): { phrase: string; reason: string }[] {
  if (others || isFamilyStatement(statement)) return [];
  // The conversation names someone of the family; otherwise a relative in the note is the chart's to give.
  if (!KIN.some((k) => saysAnyForm(index, k.said))) return [];
  const problems: { phrase: string; reason: string }[] = [];
  for (const { term, phrase, at } of findWrittenTerms(statement, KIN)) {
    // "mother of two", "a father of three": the patient, not a relative.
    const after = statement.slice(at + phrase.length);
    // One present, calling or telling may have spoken unlabelled, except in a dictation, which names whom it heard.
    const present = !dictated && (PRESENT_AFTER_RE.test(after) || PRESENT_BEFORE_RE.test(statement.slice(0, at)));
    if (/^\s*of\b/i.test(after) || present || isDeniedBefore(statement, at) || saysAnyForm(index, term.said)) continue;
    // A relative who speaks in the room is named by the speaker label ("Daughter: …", "Mum: …").
    if (term.said.some((form) => !form.endsWith('*') && new RegExp(`\\b${form}\\b`, 'i').test(raw))) continue;
    problems.push({ phrase, reason: `the note names the patient's ${term.name} ("${phrase}"), whom the transcript never mentions` });
  }
  return problems;
}
