/**
 * Instructions said in frames no order word opens, which the purpose readers would otherwise take for history or a
 * finding: a prohibition for a span ("No sex for 7 days after you finish the tablets", "Nothing to eat after
 * midnight") or without one ("No driving."), what the one cared for needs by when ("he needs an eye test within a week"), a want or wish of the patient ("I want you doing these three times a day", "I'd like you to keep a
 * diary"), a recommendation ("I'd also recommend a statin"), a help offered ("it would really help to cut down on
 * the beer", "a pill box would really help"), what the treatment will do ("the strips will fall off in about a week") and
 * when the next one is due ("the next jabs are at three years"), vaccines given today ("today he's having the MMR") and
 * advice after "so" ("…, so give him paracetamol"). Each is Plan wherever it falls.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

const LEAD = String.raw`^(?:(?:so|and|also|then|okay|ok|now|right|please|but|until then|in the meantime|after that|afterwards),?\s+)*`;

/** Activities a clinician forbids for a while; symptoms ("no bleeding for two days") are the history's. */
const ACTIVITY = String.raw`(?:sex|sexual (?:intercourse|contact)|intercourse|driving|lifting|heavy lifting|swimming|baths?|bathing|alcohol|drinking|food|eating|exercise|sport|sports|contact sports?|running|jogging|cycling|flying|work|tampons|smoking|caffeine|hot drinks|gym|golf|gardening|kneeling|vacuuming|housework|spicy food|dairy|makeup|make-up|contact lenses|shaving|naps?|napping|lie-ins?|screens?|screen time|phones?|devices)`;
const PROHIBITION = caseless(new RegExp(`${LEAD}(?:no (?:more )?${ACTIVITY}\\b|nothing (?:to eat|to drink|by mouth)\\b)[^.?!]{0,60}?\\b(?:for|until|till|after|before|while|from|over)\\b`));
/**
 * "No driving.", "No return to play today, not even the warm-down.": an activity forbidden with no span said, in the
 * few activities a clinician forbids and nobody reports in those words (a patient says "I don't drive").
 */
const BARE_PROHIBITION = caseless(new RegExp(`${LEAD}no (?:more )?(?:driving|heavy lifting|lifting|contact sports?|sports?|swimming|training|flying|return(?: to (?:play|sports?|training|work|school|the gym))?)(?: (?:today|tonight|this week|for now|yet))?(?:[.!]|,[^.?!]{0,60}[.!]?)?$`));
/** "He needs a physician evaluation within 48 hours": what the one cared for needs, by when. */
const NEEDED_SOON = caseless(/^(?:(?:so|and|also|then|okay|ok|now|right|but),?\s+)*(?:he|she|they|you)(?: really| still)? (?:needs?|will need|'ll need|should have|should get|has to have|have to have) (?:a|an|to (?:see|be seen|have|get)) [^.?!]{0,60}?\b(?:within|in the next) (?:\d+|a|an|one|two|three|four|five|six|seven|a few|a couple of) (?:hours?|days?|weeks?)\b/);
const SPAN_PAST = caseless(/\b(?:last (?:night|week|month|year|time|few|couple|\d+|two|three)|past|since|ago|previously|yesterday)\b/);

/** "I want you doing these…", "I'd like you to keep…": a wish of the patient, unless it asks for a move in the exam. */
const WANTS_YOU = caseless(new RegExp(`${LEAD}(?:i|we)(?:'d| would)? (?:really )?(?:want|like|need) (?:you|him|her|them) (?:to )?(?:keep |carry on |continue |start |try )?(?!(?:to )?(?:tell|show|describe|point|lie|lay|sit|stand|push|pull|squeeze|look|follow|breathe|relax|hold still|open|close|say|cough|turn|bend|raise|lift|walk (?:to|across|over)|come (?:in|over|here)|hop|pop|slip|take (?:a|another) (?:deep )?breath|rate|remember|repeat after)\\b)[a-z]+`));
const EXAM_REQUEST = caseless(/\b(?:for me|my (?:hand|finger|fingers)|against (?:me|my)|deep breath|on the (?:couch|bed|table)|right now)\b/);
const ROUTINE = caseless(/\b(?:every|each|daily|nightly|twice|once|times a|a day|a week|at home|from now on|until|for (?:the next|a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)|before|after|when|diary|log|record)\b/);

/**
 * "If you're feeling feverish, taking some paracetamol, two tablets up to four times a day, can also help": a thing to
 * do, by its gerund, that will help, after any condition for doing it.
 */
const DOING_HELPS = caseless(new RegExp(`${LEAD}(?:if [^.?!]{3,60}?,\\s*)?(?:(?:eh|uh|um|er),?\\s+)*(?:taking|using|having|drinking|trying|doing|putting|applying|keeping|getting|wearing|resting|avoiding|cutting down)\\b[^.?!]{0,120}?\\b(?:can|could|may|might|would|will|should)(?: really| also| probably| definitely)? help\\b`));

/** "Some strong painkillers would be advisable", "it'd be a good idea to rest": advice by its worth, not to know something. */
const ADVISABLE = caseless(/\b(?:would|'d|will|should|might|may|could) (?:also |probably |really |definitely )?be (?:quite |very |really )?(?:advisable|sensible|wise|worthwhile|a good idea|worth (?:trying|taking|doing|considering|starting))\b|\bis (?:advisable|recommended)\b|\bno harm in (?:starting|trying|taking|using|doing|having|getting)\b/);
const TO_KNOW = caseless(/\bto (?:know|hear|understand|find out|see (?:how|if|whether|what))\b|\bif you (?:could |can )?(?:tell|told|show)\b/);
/** "So, think about Paracetamol, or even Co-codamol", "something called either Nitrofurantoin or Trimethoprim": a drug put forward. */
const PUTS_FORWARD = caseless(new RegExp(`${LEAD}(?:(?:you (?:could|can|might) )?(?:think about|consider)|something,? (?:called|like)|maybe something like)\\b`));

/** "I'd also recommend a statin", "we'd suggest a spinal anaesthetic", "I advise you to…". */
const RECOMMENDS = caseless(new RegExp(`${LEAD}(?:[^.?!]{0,60}?(?:,\\s*|\\s))?(?:i|we)(?:'d| would)? (?:also |strongly |really |now )?(?:recommend|suggest|advise)\\b(?! (?:that (?:this|it) (?:is|was)|it(?:'s| is)))`));

/** "It would really help to cut down…", "it'd help if you kept a food diary": advice, unless it asks for something now. */
const WOULD_HELP = caseless(new RegExp(`${LEAD}(?:(?:it|that)(?:'d| would| might| may| could| will)? (?:really |also |probably |definitely )?help (?:(?:a lot|you|a bit) )?(?:to|if)\\b|(?!(?:nothing|none|no one|which|what)\\b)(?:a|an|the|some|your|[a-z-]+)(?: [a-z-]+){0,6} (?:(?:would|could|might|may|can) (?:really |also |probably |definitely )?help\\b(?! (?:me|us)\\b)|(?:will|should) (?:really |also |probably |definitely )?help(?: with\\b[^.?!]*)?[.!]?$))(?![^.?!]*\\b(?:tell me|show me|describe|point to|explain to me|let me know)\\b)`));

/** "The strips will fall off by themselves in about a week": what the treatment will do, told so the patient knows what to expect. */
const EXPECTED_COURSE = caseless(new RegExp(`${LEAD}(?:the|your) (?:steri-?strips|strips|stitches|sutures|glue|dressing|cast|plaster|scab|bruising|bruise|swelling|wound|cut|graze|blister|burn|nail|tablets?|antibiotics?|medicine|cream|drops|injection|numbness|stiffness|soreness|cramps?|cramping|pain|ache|aching|bleeding|spotting|side effects?|headaches?)(?: \\w+)? (?:will|should|'ll|may|might|usually|tends? to) (?:\\w+ ){0,5}?(?:in|within|over|after|for) (?:about |around |roughly |up to |the next )?(?:a|an|one|two|three|four|five|six|ten|\\d+|a few|few|a couple of|couple of) (?:hours?|days?|weeks?|months?)\\b`));

/** "The next jabs are at three years and four months", "your next smear is due in 2029": when the next one falls. */
const NEXT_DUE = caseless(new RegExp(`${LEAD}(?:the|your|his|her|their) next (?:jabs?|vaccin\\w*|immuni[sz]ations?|doses?|injection|appointment|review|check|check-?up|scan|smear|visit|session|blood tests?|bloods|infusion|cycle) (?:is|are|will be|'s|falls?)? ?(?:due )?(?:at|in|on|due|after|before|around)\\b`));

/** "Today he's having four: the MMR, the MenB…": vaccines or injections given in the visit. */
const GIVEN_TODAY = caseless(new RegExp(`${LEAD}(?:today,?\\s+)?(?:he|she|you|they)(?:'s| is|'re| are|'ll| will)(?: be)? (?:having|getting|receiving|going to (?:have|get)) (?:his |her |your |their )?[^.?!]{0,40}?\\b(?:jabs?|vaccin\\w*|immuni[sz]ations?|injections?|boosters?|mmr|menb|menc|hib|dtap|hpv|flu)\\b`));
/** "The MenB can cause a fever, so give him paracetamol when you get home": advice in the clause after "so". */
const SO_DO = caseless(/,\s*so\s+(?:please\s+)?(?:give|take|use|keep|avoid|apply|wear|drink|call|ring|bring|book|stop|start|try|put|make sure|remember)\b(?![^.?!]*\b(?:deep breath|for me)\b)/);

export function isInstructionFrame(text: string): boolean {
  if (/\?\s*$/.test(text) || /\b(?:you said|you mentioned|you told|last time)\b/i.test(text)) return false;
  if (ADVISABLE.test(text) && !TO_KNOW.test(text)) return true;
  if (PUTS_FORWARD.test(text) && findDrugs(text).length > 0) return true;
  if ((PROHIBITION.test(text) || BARE_PROHIBITION.test(text) || NEEDED_SOON.test(text)) && !SPAN_PAST.test(text)) return true;
  if (WANTS_YOU.test(text) && !EXAM_REQUEST.test(text) && ROUTINE.test(text)) return true;
  return RECOMMENDS.test(text) || WOULD_HELP.test(text) || DOING_HELPS.test(text) || EXPECTED_COURSE.test(text) || NEXT_DUE.test(text) || GIVEN_TODAY.test(text) || SO_DO.test(text);
}
