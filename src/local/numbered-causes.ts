/**
 * "Two things are likely driving it. One, the lithium level is low: 0.6 is below range for you… Two, hypothyroidism,
 * probably from the lithium.": causes announced by their number, then named one by one, are the clinician's judgement
 * of why, though a cause may be a result ("the level is low") that alone would read as a finding.
 */
import { caseless } from '../text/caseless-pattern.js';

const ANNOUNCES_CAUSES = caseless(/\b(?:two|three|four|a couple of|a few|several|some|a number of) (?:things|factors|reasons|causes|problems|issues) (?:are|may be|might be|could be|is) (?:probably |likely |possibly |most likely |really |all )?(?:driving|causing|behind|contributing to|feeding|making|going on|at play|playing a part|adding to)\b/);

const NUMBERED = caseless(/^(?:(?:and|so)\s+)?(?:one|two|three|four|first(?:ly)?|second(?:ly)?|third(?:ly)?|the first(?: one)?|the second(?: one)?|the other(?: one)?)(?: is)?[,:]\s*\S/);

/** Plan words end the list: "Two, we'll increase the dose." is a step, not a cause. */
const ACTS = caseless(/\b(?:will|'ll|going to|let's|i'd like|we'd like|i want|we need|start|stop|increase|reduce|prescribe|refer)\b/);

export function announcesCauses(text: string): boolean {
  return ANNOUNCES_CAUSES.test(text);
}

export function isNumberedCause(text: string): boolean {
  return NUMBERED.test(text.trim()) && !ACTS.test(text);
}
