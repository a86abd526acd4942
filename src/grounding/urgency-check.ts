/**
 * How soon: "advised to book a routine GP appointment" where the doctor rang an ambulance, "routine review in 1 week"
 * where the patient was sent to hospital now. A plan that makes urgent care routine is a changed plan, whatever the
 * item; it is reported only when the conversation arranges urgent care outside a safety net ("if it gets worse, ring
 * 999" arranges nothing) and never speaks of anything routine or unhurried.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface UrgencyProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** The note's unhurried care: "routine GP review", "non-urgent referral", "no rush". */
const NOTE_ROUTINE_RE = /\b(?:routine(?! (?:bloods?|blood tests?|tests?|labs?|screening|vaccin\w*|immuni[sz]\w*|antenatal|care|activities|exercise|medications?))|non-?urgent|no rush|when convenient|at (?:her|his|their) convenience)\b/i;
const NOTE_URGENT_RE = /\b(?:a\s?\/\s?e|a&e|a and e|ed|er|emergency|ambulance|999|911|(?<!non[- ]?)urgent(?:ly)?|same[- ]day|admi(?:t|ssion)|hospital)\b/i;
/** Urgent care the conversation arranges. */
const URGENT_SAID_RE = /\b(?:ambulance|paramedics?|999|911|a and e|a & e|a&e|accident and emergency|emergency (?:department|room|services)|the er|straight to (?:the )?hospital|to (?:the )?hospital (?:now|today|straight away|as soon as possible|immediately)|(?:as soon as possible|straight away|right away|immediately|urgent(?:ly)?)\b)/;
/** Safety-netting and questions: what to do if, what might happen. */
const CONDITIONAL_RE = /\b(?:if|unless|whether|in case|should you|otherwise|worse|worsen\w*)\b|\?/;
/** Words that say the conversation itself spoke of routine or unhurried care. */
const ROUTINE_SAID_RE = /\b(?:routine|non urgent|non-urgent|no rush|no hurry|not urgent|isn't urgent|is not urgent|nothing urgent|in (?:a|one|two|three|four|six) (?:weeks?|months?)|next (?:week|month))\b/;

/** The conversation's lines that arrange urgent care, when it never speaks of routine care; otherwise none. */
export function readUrgentCare(model: TranscriptModel): number[] {
  const clinician = model.lines.filter((l) => l.role === 'clinician');
  if (clinician.some((l) => ROUTINE_SAID_RE.test(l.tokens.join(' ')))) return [];
  return clinician.filter((l) => {
    const text = l.tokens.join(' ');
    return URGENT_SAID_RE.test(text) && !CONDITIONAL_RE.test(text);
  }).map((l) => l.line);
}

export function checkUrgency(statement: string, section: string, urgent: readonly number[]): UrgencyProblem[] {
  if ((section !== 'plan' && section !== 'assessment') || urgent.length === 0) return [];
  const routine = NOTE_ROUTINE_RE.exec(statement);
  // "possibly routine, possibly via A&E": a note that speaks of urgent care too leaves the choice open.
  if (NOTE_URGENT_RE.test(statement)) return [];
  if (!routine || /\b(?:if|unless|not|no)\s+(?:\w+\s+)?$/i.test(statement.slice(Math.max(0, routine.index - 12), routine.index))) return [];
  return [{ phrase: routine[0], reason: `the ${section} makes the care routine ("${routine[0]}"), but the transcript arranges it urgently`, lines: [...urgent] }];
}
