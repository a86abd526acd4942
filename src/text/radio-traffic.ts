/**
 * An ambulance crew's recording carries its radio: "Radio: Control to 4-2, go ahead." That is the channel talking,
 * neither the patient's history nor a companion's report, so such lines are left out of the visit. A dispatcher's
 * words that tell of the patient ("Control: 67-year-old male, chest pain") are kept.
 */
const CHANNEL_LABEL = /^(?:radio|dispatch(?:er)?|control|comms|cad|base)$/i;
/** Call signs and procedure words: "4-2", "go ahead", "copy", "roger", "over", "control to", "show you". */
const CHATTER = /\b(?:go ahead|copy(?: that)?|roger|over and out|over|control to|show (?:you|us)|received|stand by|standby|10-4|affirmative)\b|\b\d-\d\b/i;
const PATIENT_WORDS = /\b(?:male|female|year[- ]old|patient|pain|breathing|conscious|unconscious|bleeding|collapse\w*|fall|fell)\b/i;

/**
 * A line of the channel's that is mostly procedure words: "Copy, transmit when able. Lungs? Over." A base hospital's
 * doctor on the same channel gives a judgement or an order in many more words ("Agree, that's an inferior STEMI…",
 * "Cath lab activated, come direct…"): kept.
 */
export function isRadioChatter(label: string | undefined, text: string): boolean {
  if (label === undefined || !CHANNEL_LABEL.test(label.trim()) || !CHATTER.test(text) || PATIENT_WORDS.test(text)) return false;
  const rest = text.replace(new RegExp(CHATTER.source, 'gi'), ' ').replace(new RegExp(CALL_SIGN, 'gi'), ' ').match(/\p{L}{2,}/gu) ?? [];
  return rest.length <= 8;
}

/**
 * "Copy, Medic 14.", "Go ahead, Medic 14.", "St. Brendan's, Medic 14 on the med channel.": a radio call's procedure
 * words around a unit's call sign, under any label (a crew member on the radio is a clinician), say nothing of the
 * patient.
 */
const CALL_SIGN = String.raw`(?:medic|unit|ambulance|engine|rescue|squad|truck|car|echo|delta|charlie|bravo|alpha)\s*\d+(?:-\d+)?`;
const PROCEDURE_ONLY = new RegExp(String.raw`^(?:(?:copy(?: that)?|roger|go ahead|received|affirmative|10-4|stand ?by|over)[,.!]?\s*)+(?:${CALL_SIGN})?[.!]?$|^(?:[\w.' ]{2,40},\s*)?${CALL_SIGN}(?:,)? (?:on the (?:med|medical|hospital|radio) (?:channel|line|net)|calling|to [\w.' ]{2,40})[.!]?$`, 'i');

export function isRadioProcedure(sentence: string): boolean {
  return PROCEDURE_ONLY.test(sentence.trim());
}
