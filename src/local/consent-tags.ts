/**
 * "I'd like to refer you to the stop smoking service, is that okay?": a plan put to the patient for their consent is
 * the plan, said politely; the tag asks for agreement, not for information. Once the tag is gone the sentence is the
 * proposal it was, ending in a full stop.
 */
const PROPOSAL = /^(?:(?:and|so|also|then|now|okay),?\s+)*(?:i'd like to|i would like to|i'll|i will|i'm going to|i am going to|we'll|we will|we're going to|let's|i want to|i want you|i'd like you|i would like you|i'd suggest|i suggest|i'm happy to|i can)\s+(?!ask\b|check (?:if|whether|that)\b)/i;
const CONSENT_TAG = /,?\s*(?:is that|would that be|if that's|does that sound|are you) (?:okay|ok|alright|all right|fine|happy|good)(?: with you| for you| with that)?\s*\?$/i;
const ASKS_INSIDE = /\b(?:would you|do you|can you|could you|what|how|when|where|which|whether)\b/i;

/** The proposal without its consent tag, or the sentence unchanged. */
export function dropConsentTag(text: string): string {
  if (!PROPOSAL.test(text) || !/\?\s*$/.test(text)) return text;
  const core = text.replace(CONSENT_TAG, '').replace(/\?\s*$/, '');
  return ASKS_INSIDE.test(core) || core.split(/\s+/).length < 5 ? text : `${core.trimEnd()}.`;
}
