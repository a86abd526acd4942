/**
 * "and you are?" — "i'm her husband": a companion whom speech recognition labelled `spk_2` or `SPEAKER_02` says who
 * they are. The note then attributes their words ("Per the husband, she's been coughing all night") instead of writing
 * them as the patient's history, and the introduction itself is no history at all.
 */
const RELATION = String.raw`(?:husband|wife|partner|son|daughter|mother|mum|mom|father|dad|sister|brother|carer|caregiver|friend|neighbou?r|grandmother|grandfather|grandma|grandpa|nan|aunt|uncle|fianc[eé]e?|boyfriend|girlfriend|interpreter|support worker|key ?worker)`;
const INTRODUCTION = new RegExp(String.raw`\b(?:i'm|i am)\s+(?:(?:her|his|their|the patient's|[a-z]+'s)\s+(${RELATION})|the (interpreter|carer))\b`, 'i');
/** A sentence that only says who the speaker is: "I'm her husband.", "Oh, I'm his mum, sorry." */
const INTRODUCTION_ONLY = new RegExp(String.raw`^(?:(?:oh|yes|yeah|hi|hello|sorry|um|uh),?\s+)*(?:i'm|i am)\s+(?:(?:her|his|their|the patient's|[a-z]+'s)\s+${RELATION}|the (?:interpreter|carer))(?:,?\s+(?:sorry|yes|yeah))?[.!]?$`, 'i');

/** The relation a companion names for themselves in what they said, as a label ("Husband"), if they name one. */
export function readIntroducedRelation(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = INTRODUCTION.exec(text);
    const relation = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (relation) return `${relation.charAt(0).toUpperCase()}${relation.slice(1)}`;
  }
  return undefined;
}

export function isIntroductionOnly(text: string): boolean {
  return INTRODUCTION_ONLY.test(text.trim());
}
