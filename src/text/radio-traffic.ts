/**
 * An ambulance crew's recording carries its radio: "Radio: Control to 4-2, go ahead." That is the channel talking,
 * neither the patient's history nor a companion's report, so such lines are left out of the visit. A dispatcher's
 * words that tell of the patient ("Control: 67-year-old male, chest pain") are kept.
 */
const CHANNEL_LABEL = /^(?:radio|dispatch(?:er)?|control|comms|cad|base)$/i;
/** Call signs and procedure words: "4-2", "go ahead", "copy", "roger", "over", "control to", "show you". */
const CHATTER = /\b(?:go ahead|copy(?: that)?|roger|over and out|over|control to|show (?:you|us)|received|stand by|standby|10-4|affirmative)\b|\b\d-\d\b/i;
const PATIENT_WORDS = /\b(?:male|female|year[- ]old|patient|pain|breathing|conscious|unconscious|bleeding|collapse\w*|fall|fell)\b/i;

export function isRadioChatter(label: string | undefined, text: string): boolean {
  return label !== undefined && CHANNEL_LABEL.test(label.trim()) && CHATTER.test(text) && !PATIENT_WORDS.test(text);
}
