/**
 * "That's about 125 degrees, isn't it?", "no swelling today, is there?", "the skin looks intact, does it?": an
 * examiner often says a finding and puts a tag on it to bring the patient along. The tag asks for nothing the
 * examiner does not already see, so the sentence is the finding, said with a full stop; the patient's "no" or
 * "yeah" after it adds nothing. A question that opens as one ("Is there any swelling?") keeps its question mark, and
 * a recap of the history ("you've had it a week, haven't you?") stays a question for the patient to confirm.
 */
const AUX_TAG = String.raw`(?:is|isn't|are|aren't|was|wasn't|does|doesn't|do|don't|did|didn't|can|can't|has|hasn't|have|haven't|won't)\s+(?:it|there|they|that|you|he|she|we)`;
/** The tag closing the sentence: an auxiliary and a pronoun, or a call to look ("see that?"). */
const END_TAG = new RegExp(String.raw`,\s*(?:${AUX_TAG}|(?:can you |do you )?see (?:that|it|this)|you see|(yeah|yes|right|eh))\s*\?$`, 'i');
/** Before a bare "yeah?" or "right?" the words may recap the story ("it started on Monday, right?"): only the present is found. */
const TOLD_BEFORE = /\b(?:\w+ed|started|began|went|came|had|was|were|got|did|took|ago|yesterday|last|since)\b/i;
/** "Chest is completely clear, isn't it, no crackles": the tag said in the middle, the finding going on after it. */
const MID_TAG = new RegExp(String.raw`,\s*(?:${AUX_TAG})\s*,\s+`, 'i');
/** Sentences that open as questions, or ask about the patient's own story, are not findings with a tag. */
const ASKS_ITSELF = /^(?:(?:and|so|now|okay|ok|right),?\s+)*(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|how|what|when|where|which|why|who|any)\b/i;
const RECAPS_HISTORY = /\byou(?:'ve| have| had| were| was| said| told| mentioned| used| took| take| get| got| feel| felt| started| noticed)\b/i;

/** The finding without its tag, ending in a full stop, or the sentence unchanged. */
export function dropFindingTag(sentence: string): string {
  const end = END_TAG.exec(sentence);
  const core = end ? sentence.slice(0, end.index) : sentence;
  const untagged = core.replace(MID_TAG, ', ');
  if (untagged === sentence || ASKS_ITSELF.test(untagged) || RECAPS_HISTORY.test(untagged) || untagged.split(/\s+/).length < 3) return sentence;
  if (end?.[1] && (TOLD_BEFORE.test(untagged) || /\byou\b/i.test(untagged))) return sentence;
  return end ? `${untagged.trimEnd()}.` : untagged;
}
