/**
 * The words a closed question's answer is read by: yes, no, a qualified answer, social talk, lead-ins and tails.
 * "You're on the amlodipine, is that right?" — "That's the one.": naming the thing asked about back is a yes.
 */
import { caseless } from '../text/caseless-pattern.js';

export const YES = caseless(/^(?:yes|yeah|yep|yup|i do|i am|i have|i did|i can|he does|she does|he is|she is|he has|she has|he did|she did|they have|they do|they are|they did|correct|right|uh-huh|mm+[- ]?hm+|mhm+|definitely|sure|a little|a bit|a lot|loads|lots|absolutely|of course|i think so|sometimes|kind of|sort of|that's the one|that one|that's right|that's correct|those ones|that's them)\b/);
export const NO = caseless(/^(?:no|nope|nah|not really|never|not at all|nothing|none|not (?:that (?:i've|i have|i'd|i had|i can|i know|i'm aware|i am aware|i remember|i recall|i could|we've|we have|it)|currently|at the moment|recently|lately|so far|as far as i know)|i don't|i do not|i'm not|i am not|i haven't|i have not|i didn't|i did not|i can't|i cannot|he doesn't|she doesn't|he isn't|she isn't|he hasn't|she hasn't|not that i|i(?:'ve| have)(?: had)? none|i had none|(?:thankfully|luckily|fortunately|happily),? (?:no|none|nothing|not)\b)\b/);
/** A yes or no that goes on to qualify ("no fever some chills", "a little numbing, but…") is not a plain answer. */
export const QUALIFIED = caseless(/\b(?:but|some|just|only|except|mostly|sometimes|although|though|not much|not a lot|barely|maybe|half)\b/);
export const SOCIAL = /\b(?:questions?|okay|ok|sound good|make sense|ready|comfortable|understand|hear me|see me|clear|alright|all right)\b/i;
export const LEAD = caseless(/^(?:(?:and|so|okay|now|also|then|but|well|alright|all right)[\s,]+)+/);
export const TAIL = /(?:,?\s+(?:too|at all|either|as well|right now|lately|recently|these days|or not|anymore))+$/i;
