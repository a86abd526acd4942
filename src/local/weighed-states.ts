/**
 * Sentence shapes in which a clinician, once the history is taken, weighs a state rather than reports a finding:
 * - a state put down to its cause: "he's moderately dry from all the diarrhoea", "her iron is low because of the
 *   heavy periods", "the rash is due to the new washing powder";
 * - a factor said to hold recovery back: "the smoking and the sugars both slow healing down", "being on steroids
 *   delays the recovery";
 * - a function judged fit or unfit for what lies ahead: "the circulation is adequate to heal", "his kidneys are
 *   good enough for the dye", "she's well enough to go home".
 * - what happened explained: "so what happened is your sugar dropped too low", "what's going on here is the nerve is
 *   squeezed at the wrist".
 * - what set it off: "I think the long flight tipped you over", "the cold snap brought it on", "the new tablets
 *   triggered this".
 * - a pattern tied to the condition it is typical of: "that picture is what we see in gout", "it's the classic
 *   presentation of shingles";
 * - the patient's grasp of the decision judged: "she understands the risks", "he can tell me back what could happen";
 * - a cause said without a verb: "From the new tablets, because it started the week you began them."
 * None names a diagnosis, so each was kept among the findings (Objective), though a note's Assessment carries it.
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:and|so|but|now|okay|right|well|honestly|overall|basically),?\s+)*`;
const SUBJECT = String.raw`(?:he|she|you|they|it|that|this|(?:the|your|his|her|their|its) (?:[a-z'-]+ ){0,3}?[a-z'-]+)`;
const BE = String.raw`(?:'s|'re| is| are| looks?| seems?| was| were)`;
const DEGREE = String.raw`(?:(?:a (?:bit|little|touch) |slightly |mildly |moderately |severely |quite |very |really |pretty |fairly |probably |likely |most likely |mostly |partly |definitely )*)`;
const CAUSE_LINK = String.raw`(?:from|due to|because of|secondary to|caused by|as a result of|brought on by|related to|down to)`;
/** Words after "is" that make "from" a place, a time or a difference, not a cause. */
const NOT_A_STATE = /^(?:back|away|home|here|there|different|free|far|coming|going|made|taken|apart|out|off|not|going|recovering|separate|transferred|referred|sent|discharged|done|a|an|the|from|in|on|at|still|just|now)$/i;
const STATE_FROM_CAUSE = caseless(new RegExp(String.raw`${LEAD}${SUBJECT}${BE} ${DEGREE}((?:[a-z-]+ )?[a-z-]+),? ${CAUSE_LINK} (?:all |the |that |this |his |her |your |their |a |an |some |too much |not )?[a-z]`));
/** "…from the knee down", "…from Monday", "…from 6 to 8": a span, not a cause. */
const SPAN = caseless(/\bfrom (?:the )?[a-z0-9'-]+(?: [a-z0-9'-]+)? (?:down|up|to|until|till|onwards|on)\b|\bfrom (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|next|last|now|then|birth|home|work|school)\b/);

const RECOVERY_HELD_BACK = caseless(/\b(?:slows?|slowing|slowed|delays?|delaying|delayed|holds?|holding|held|impairs?|impairing|hinders?|hindering|gets? in the way of|getting in the way of)\s+(?:down\s+)?(?:the |your |his |her |their |its )?(?:wound |bone |skin |ulcer |tissue )?(?:healing|recovery)(?:\s+(?:down|back|up))?\b/);
const ADVICE_OR_CONDITION = caseless(/^(?:(?:and|so|but|now|okay),?\s+)*(?:if|when|unless|once|don't|do not|try|keep|make sure|avoid|stop)\b|\b(?:or it|otherwise|could|might|would|will|'ll)\b/);

const FIT_FOR = caseless(new RegExp(String.raw`(?:${LEAD}|(?:\bbut|\band|\bso|,)\s+)${SUBJECT}${BE} (?:still |probably |definitely |certainly |not |just )*(?:adequate|sufficient|good enough|strong enough|well enough|fit enough|healthy enough|stable enough|safe enough|fit|not enough|enough) (?:to|for) (?:(?:the|an?|your|his|her|their|this|that|its) (?:[a-z-]+ ){0,2}?(?:to )?)?(?:heal|healing|recover|recovery|surgery|operation|procedure|anaesthetic|anesthetic|go home|going home|discharge|be discharged|return to work|drive|driving|fly|flying|travel|exercise|rehab)\b`));

/** "The rash is most likely due to the new powder": the cause named with no state between. */
const PUT_DOWN_TO = caseless(new RegExp(String.raw`${LEAD}${SUBJECT}${BE} ${DEGREE}(?:due to|caused by|secondary to|brought on by|down to|(?:the |a )?result of) (?:all |the |that |this |his |her |your |their |a |an |some |too much )?[a-z]`));

/** "…tipped you over", "…set it off", "…brought this on", "…triggered the flare": an event named as the cause. */
const SET_IT_OFF = caseless(/\b(?:tipped|pushed) (?:you|him|her|them|it|things) over(?: the edge)?\b|\b(?:set|sets) (?:it|this|that|things|all this|all of this) off\s*(?:[.,;!]|$|again\b)|\b(?:brought|brings) (?:it|this|that|all this|all of this) on\s*(?:[.,;!]|$|again\b)|\b(?:triggered|sparked|precipitated|caused) (?:it|this|that|all this|all of this|the (?:flare|flare-up|attack|episode|relapse|exacerbation|fall|bleed|infection|problem|swelling|pain))\s*(?:[.,;!]|$|again\b|this time\b)/);

const PATTERN_SEEN_IN = caseless(/\b(?:(?:that|this|the|which) (?:pattern|picture|combination|presentation|story|mix|cluster)|that|this|it|which)(?:'s| is) (?:exactly |just |really |very much )?(?:what|the (?:pattern|picture|kind of thing|sort of thing)(?: that)?) (?:we|you|i|doctors) (?:see|get|find|expect|tend to see|typically see|usually see|often see|classically see) (?:in|with) (?:an? )?[a-z]|\b(?:is|'s|are|'re) (?:the |a )?(?:classic|typical|textbook) (?:pattern|picture|presentation|story|sign|finding|features?) (?:of|for) (?:an? )?[a-z]/);

const GRASPS_DECISION = caseless(/\b(?:understands?|understood|(?:can|could) (?:tell|explain|repeat|say|give) (?:me |us |it |them )?back|(?:is|was) able to (?:tell|explain|repeat|say) (?:me |us |it |them )?(?:back )?|(?:can|could) weigh(?: up)?|has retained|(?:is|was) retaining) (?:to (?:me|us) )?(?:all )?(?:the |what |of )?(?:risks?|consequences|pros and cons|information|options|could happen|might happen)\b/);
const WISH_OR_CHECK = caseless(/\b(?:want|need|make sure|check|ensure|hope|if|whether|do you|does (?:he|she)|did (?:he|she)|will|'ll|going to|explain(?:ed)? (?:the|to))\b/);

const VERBLESS_CAUSE = caseless(/^(?:(?:and|so|well|okay),?\s+)?(?:probably |most likely |likely |almost certainly )?(?:from|because of|due to|caused by|brought on by) (?:the|your|his|her|their|all the|all that|too much|not enough|a|an) ((?:[a-z'-]+ ){0,3}[a-z'-]+)(?:,\s*because\b[^?]*|,\s*(?:most likely|probably|i think|i'd say|i reckon|i suspect)\s*[.!]?|\s*[.!]?)$/);
const PLACE_NOT_CAUSE = /\b(?:left|right|top|bottom|front|back|side|start|beginning|outside|inside|middle|end|door|room|car|chair|bed|floor|list|chart|notes|ward|clinic|hospital|gp|lab)$/i;

/** "What happened is…", "what's going on here is that…": the clinician's account of the event, not a report of it. */
const WHAT_HAPPENED = caseless(new RegExp(String.raw`${LEAD}(?:i think |we think |my guess is )?what(?:'s| has| have| we think)? (?:happened|happening|going on|been going on|caused (?:this|it|that|all this|all of this))(?: here| today| tonight| this time| to (?:you|him|her|them))? (?:is|was)(?: that)?,?\s+(?!(?:i|we)\b)\S+(?:\s+\S+){2,}`));

function attributesStateToCause(text: string): boolean {
  if (PUT_DOWN_TO.test(text)) return true;
  const m = STATE_FROM_CAUSE.exec(text);
  if (!m) return false;
  const words = m[1]!.split(' ');
  if (words.some((w) => NOT_A_STATE.test(w))) return false;
  return !SPAN.test(text);
}

/** True for a clinician's sentence, after the history, that weighs a state in one of the shapes above. */
export function weighsState(text: string): boolean {
  const t = text.trim();
  if (/\?\s*$/.test(t) || t.split(/\s+/).length > 35) return false;
  if (FIT_FOR.test(t) || WHAT_HAPPENED.test(t)) return true;
  if (SET_IT_OFF.test(t) && !ADVICE_OR_CONDITION.test(t)) return true;
  if (PATTERN_SEEN_IN.test(t) && !/^(?:(?:and|so|but|now|okay),?\s+)*(?:if|when|unless)\b/i.test(t)) return true;
  if (GRASPS_DECISION.test(t) && !WISH_OR_CHECK.test(t)) return true;
  const verbless = VERBLESS_CAUSE.exec(t);
  if (verbless && !PLACE_NOT_CAUSE.test(verbless[1]!)) return true;
  if (RECOVERY_HELD_BACK.test(t) && !ADVICE_OR_CONDITION.test(t)) return true;
  return attributesStateToCause(t) && !/^(?:(?:and|so|but|now|okay),?\s+)*(?:if|when|unless|once)\b/i.test(t);
}
