/**
 * Safety-netting: what the patient should do if the condition changes ("if it gets worse, come back", "any coughing
 * up blood, straight to A&E"), read wherever it is said. Kept apart from clinical-vocabulary.ts, which re-exports it.
 */

/** "And your breathing is getting really worse, then you would need to take yourself to A and E": the "if" left unsaid. */
export function isUnsaidIfPrecaution(sentence: string): boolean {
  return /^(?:and|but|so)?,?\s*(?:your|his|her|the) [a-z ]{2,30} (?:is|are|gets?|getting|keeps?) [^,]{0,40}\b(?:worse|bad|worsening)\b[^,]{0,20},\s*then (?:you|he|she|they) (?:would |will |should |must )?(?:need to |have to )?(?:go|come|call|ring|take|seek|get)\b/i.test(sentence);
}

const ANY_THEN_ACT = /^(?:(?:and|but|so|also|otherwise|okay|of course),?\s+)?(?:any|anything)\b[^.?!]{0,90},\s*(?:then\s+|just\s+|please\s+)?(?:that(?:'s| is) (?:a |an )?(?:999|911|112|a ?& ?e\b|a and e\b|an emergency|(?:an )?urgent)|(?:go |come )?straight (?:to|back|in)\b|ring\b|call\b|phone\b|give (?:us|me) a (?:ring|call|shout|bell)\b|come (?:right )?(?:back|in)\b|get (?:seen|help|checked)\b|see (?:us|me|someone)\b|a ?& ?e\b|a and e\b|999\b|111\b)/i;
const ACT_THEN_SIGNS = /^(?:(?:and|but|so|also|otherwise|okay|of course),?\s+)?(?:please\s+)?(?:come (?:straight |right )?back|come (?:straight )?in|go (?:straight )?to (?:a ?& ?e|a and e|the er|the emergency department|emergency)|call (?:us|me|999|911|112|an ambulance)|ring (?:us|me|999|111))\b(?:\s+(?:straight away|right away|immediately|urgently|at once))?,?\s+(?:with|if|for|should|when)\b/i;
const WARNING_SIGN = /\b(?:pain|bleed\w*|blood|fevers?|temperature|faint\w*|pass(?:es)? out|weak\w*|breath\w*|swell\w*|swollen|worse|vomit\w*|rash|numb\w*|droop\w*|slurred|confus\w*|seizures?|fits?|drowsy|red|spreading)\b/i;
const RED_FLAGS = /\b(?:floppy|(?:very )?(?:hard|difficult) to wake|doesn't fade|does not fade|non-?blanching|stiff neck|blue lips|turns? blue|struggling to breathe|can't breathe|cannot breathe|fitting|has a fit|seizure|unresponsive|no wet nappies|not passing urine)\b/i;
const CRISIS_LINE = /\b(?:crisis (?:line|team|number|service|caf[eé])|helpline|samaritans|988|116 ?123)\b/i;
/** "If it gets worse… come back / go to the ER": return precautions. */
export function isReturnPrecaution(sentence: string): boolean {
  // "Things to look out for would be worsening tummy pain…": safety-netting named as such, whatever follows.
  if (/^(?:(?:so|and|but|also|okay|now),?\s+)?(?:the )?(?:main |important )?(?:things|signs|symptoms|red flags|warning signs|side effects) (?:to|you should|i'd like you to|i want you to|we'd want you to) (?:look out for|watch (?:out )?for|be aware of|keep an eye (?:out )?(?:on|for))\b/i.test(sentence)) return true;
  // "Otherwise, if he's not better in 48 hours, bring him back"; "…, I want him seen the same day".
  if (/^(?:(?:and|but|so|also|otherwise|then|the important (?:part|thing)(?: is)?),?:?\s+)?if\b/i.test(sentence) && /\b(?:call|come (?:right |straight )?back|come in|return|go (?:to|straight to)|seek|911|999|bring (?:him|her|them) (?:back|in)|see (?:him|her|you|them)|see (?:your|a|the) (?:doctor|gp|provider|physician|pediatrician|dentist|vet)|be seen|(?:him|her|them|you) seen)\b/i.test(sentence)) return true;
  if (isUnsaidIfPrecaution(sentence)) return true;
  // "There are some things I'd want you to call 999 or take her to A&E straight away for.": the list announced.
  if (/\b(?:things|signs|symptoms)\b[^.?!]{0,50}(?:\b999|\b911|\ba ?& ?e\b|\ba and e\b|\bemergency\b)[^.?!]{0,40}\b(?:straight away|immediately|right away|for)[.!]?$/i.test(sentence) && !/\?$/.test(sentence)) return true;
  // "If she's floppy or very hard to wake, has a rash that doesn't fade…": red flags after an "if" need no verb of action.
  if (/^(?:(?:and|but|so|also|or),?\s+)?if\b/i.test(sentence) && RED_FLAGS.test(sentence)) return true;
  // "Any coughing up blood, straight to A&E", "anything worse, give us a ring", "any signs of a stroke, face drooping,
  // arm weakness, that's 999 too": the "if" of safety-netting left unsaid.
  if (ANY_THEN_ACT.test(sentence)) return true;
  // "Come back straight away with chest pain, if you faint, or any weakness on one side": the act first, then the signs.
  if (ACT_THEN_SIGNS.test(sentence) && WARNING_SIGN.test(sentence) && !/\?$/.test(sentence)) return true;
  // "Remember the crisis line number is on the card if things get really bad": a crisis plan names its line.
  if (CRISIS_LINE.test(sentence) && /\b(?:if|when|in case|any ?time|remember|call|ring|text)\b/i.test(sentence) && !/\?$/.test(sentence)) return true;
  return /\b(?:if|should|when|in case)\b.{0,80}\b(?:worse|worsen\w*|doesn't (?:improve|get better|go away)|not (?:better|improving|resolved)|develop|notice|get|start|stop|can't|cannot|come back|return|persist\w*|spread\w*|fever|trouble|changes?)\b/i.test(sentence)
    && /\b(?:call|ring|phone|come (?:straight |right )?back|come (?:straight )?in|(?:go|come) straight to|a ?& ?e\b|a and e\b|return|go to|seek|911|999|111|er\b|emergency|let (?:me|us) know|contact|book|see (?:us|me)|see (?:your|a|the) (?:doctor|gp|provider|physician|pediatrician|dentist|vet)|bring (?:him|her|them))\b/i.test(sentence);
}
