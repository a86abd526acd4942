/**
 * A question whether a body function is all right, and its short answer, as a GP runs through the systems: "Are your
 * bowels working OK?" + "Yeah, they're fine." → "Bowels: fine."; "Any problems with your waterworks?" + "No." → "No
 * problems with waterworks." (a fronted "And your waterworks, any problems there?" arrives in that form). Only the
 * functions a review of systems asks about are read ("Are your kids OK?" is small talk), and only an answer that
 * settles the question: a "no" to "are they OK?" is followed by what is wrong, read as the patient's own words.
 */
import { caseless } from '../text/caseless-pattern.js';
import { LEAD, NO, YES } from './yes-no-words.js';

const FUNCTION = '(?:bowels?|bowel habits?|bowel movements|stools?|poo|waterworks|bladder|urine|wee(?:ing)?|peeing|appetite|sleep|periods?|breathing|chest|heart|tummy|stomach|hearing|eyesight|vision|memory|mood|energy|skin|joints|balance|weight)';
const FINE = '(?:ok|okay|alright|all right|fine|normal|regular|good|as normal|as usual|normally|the same)';
const OWNER = '(?:your|his|her|the)';

/** "Are your bowels working OK?", "Is your appetite normal?", "Are his bowels opening normally?" */
const ARE_FINE = caseless(new RegExp(`^(?:(?:are|is) ${OWNER} (${FUNCTION})(?: (?:working|going|doing|behaving|opening|moving|functioning))?(?: (?:still|all))? ${FINE}|(?:are|is) (?:everything|all) ${FINE} with ${OWNER} (${FUNCTION}))(?: at the moment| at all| still| too| as well)?$`));
/** "Any problems with your waterworks?", "Have you noticed any changes in your bowels?" */
const ANY_PROBLEMS = caseless(new RegExp(`^(?:any|have you (?:had|noticed) any|do you have any|are there any|no) (problems|issues|trouble|changes?) (?:with|in|passing) ${OWNER} (${FUNCTION})(?: at all| there| lately| recently)?$`));

/** The answer's own word for all right ("fine", "normal", "regular"), when it gives one. */
const FINE_WORD = caseless(new RegExp(`\\b(${FINE})\\b`));
const NOT_FINE = caseless(/\b(?:not|n't|but|except|bit|little|some|sometimes|worse|loose|hard|blood|pain|burn\w*|diarrh\w*|constipat\w*)\b/);

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The statement for a question about a body function and its settling answer, or undefined. */
export function readStatusQuestion(question: string, answer: string): string | undefined {
  const q = question.replace(LEAD, '').replace(/[?.\s]+$/, '').trim();
  const a = answer.replace(/[.!]+$/, '').trim();
  if (a === '' || a.split(/\s+/).length > 8) return undefined;
  const fine = ARE_FINE.exec(q);
  const problems = ANY_PROBLEMS.exec(q);
  const saysFine = FINE_WORD.exec(a);
  const settled = !NOT_FINE.test(a.replace(/^(?:no|nope|nah),?\s*/i, ''));
  if (fine) {
    const topic = (fine[1] ?? fine[2])!.toLowerCase();
    if (!settled || !(YES.test(a) || saysFine) || NO.test(a)) return undefined;
    return `${capitalise(topic)}: ${saysFine ? saysFine[1]!.toLowerCase() : 'OK'}.`;
  }
  if (!problems || !settled || !(NO.test(a) || (saysFine && !YES.test(a)))) return undefined;
  return `No ${problems[1]!.toLowerCase()} with ${problems[2]!.toLowerCase()}.`;
}
