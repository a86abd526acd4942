/**
 * "Radial pulse is strong, fingers are pink, and you can feel me touching each finger?": findings stated, then a check
 * put to the patient, in one sentence. The findings are a statement of their own and the check a question, so the
 * findings are not read as part of what the patient's "yes" confirms. "Internal rotation is very limited, and that's
 * sore?" and "that's going fully straight now, and no pain doing that?" check a finding's pain the same way.
 */
const CHECKED = /^((?!(?:do|does|did|are|is|can|could|have|has|how|what|when|where|which|why|any)\b)[^?]{10,}?(?:\b(?:is|are|looks?|feels?|goes|moves|bends|comes)\b|'s\b)[^?]{3,}?),\s+(?:and|but)\s+((?:you can|you can't|can you|you're|are you|do you|does (?:that|it)|is (?:that|it)|(?:that|it)(?:'s| is) (?:sore|tender|painful|uncomfortable|okay|ok|fine|better|worse)|no (?:pain|discomfort|tenderness|soreness))\b[^,?]*\?)$/i;

/** The sentence, or its findings and its check as two sentences. */
export function splitCheckedFindings(sentence: string): string[] {
  const m = CHECKED.exec(sentence);
  return m ? [`${m[1]!}.`, `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`] : [sentence];
}
