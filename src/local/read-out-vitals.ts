/**
 * "Yep. Blood pressure 156 over 88.", "Sure, sats 94 percent": a vital sign read out with its value, named and not
 * owned ("my blood pressure was…"), is said by whoever is examining, though it opens on a yes to a colleague's "can you
 * get a set of obs?". Text with no speaker labels gave such a line to the patient as an answer.
 */
const OPENING_YES = /^(?:(?:yeah|yes|yep|yup|sure|okay|ok|right|on it|will do)\b[,.!]?\s+)+/i;
const READS_OUT_VITAL = /^(?:(?:so|okay|ok|right|and),?\s+)?(?:(?:first|second|repeat|manual|lying|standing|sitting) )?(?:blood pressure|bp|pulse(?: rate)?|heart rate|hr|resp(?:iratory|s)? rate|rr|resps|sats?|saturations?|spo2|o2 sats|temp(?:erature)?|blood sugar|blood glucose|glucose|bm|cbg|gcs)(?:'s| is| of| reads?|:)?,?\s+(?:about |around )?\d/i;

/** True for a sentence, or a line after its opening yes, that reads out a vital sign with its value. */
export function readsOutVital(text: string): boolean {
  return READS_OUT_VITAL.test(text.trim().replace(OPENING_YES, ''));
}
