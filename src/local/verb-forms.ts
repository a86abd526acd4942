/**
 * Just enough English verb morphology to move a clause from "I"/"you" to a third-person subject.
 * A verb the tables do not know makes the caller skip the rewrite instead of guessing.
 */

const THIRD_PERSON_IRREGULAR: Record<string, string> = {
  am: 'is', are: 'is', were: 'was', have: 'has', do: 'does', go: 'goes', "don't": "doesn't", "haven't": "hasn't",
  "aren't": "isn't", "weren't": "wasn't", "'m": 'is', "'re": 'is', "'ve": 'has',
};

/** Forms that stay the same for any subject: modals, past tenses and negated modals. */
const INVARIANT = new Set([
  'can', 'could', 'will', 'would', 'should', 'might', 'may', 'must', 'did', 'had', 'was', 'used', 'shall',
  "can't", 'cannot', "couldn't", "won't", "wouldn't", "shouldn't", "didn't", "hadn't", "wasn't", "mustn't",
  'went', 'took', 'got', 'felt', 'thought', 'knew', 'saw', 'heard', 'ate', 'drank', 'slept', 'woke', 'fell', 'broke',
  'came', 'made', 'found', 'gave', 'told', 'said', 'left', 'lost', 'ran', 'sat', 'stood', 'lay', 'wore', 'kept',
  'began', 'brought', 'bought', 'caught', 'held', 'meant', 'paid', 'rode', 'drove', 'spent', 'swam', 'threw',
  'became', 'forgot', 'hurt', 'put', 'hit', 'cut', 'quit', 'let', 'set', 'shut', 'split', 'spread', 'sent', 'built',
  'slid', 'stuck', 'struck', 'swung', 'bit', 'tore', 'wrote', 'read', 'led', 'fed', 'bled', 'met', 'understood',
  'ended', 'guess', 'suppose', 'mean',
]);

const BASE_VERBS = new Set(`feel think know take get want need like love hate see hear try use eat drink sleep walk run work
live smoke notice remember forget wake play check say tell hope wish believe understand agree wear keep start stop come
make find give lift bend move stand sit lie climb cook exercise swim bike ride drive watch monitor weigh measure test miss
skip avoid help seem look sound cough sneeze vomit throw ache bleed breathe struggle deal manage handle follow plan write
call ask answer wonder worry prefer enjoy mind care spend pay buy bring carry hold lose gain fall trip slip twist turn pop
swell itch burn tingle become stay remain continue wait travel visit attend finish begin drink snore urinate pee poop
experience get develop wake run experience suffer notice apply ice elevate rest stretch jog golf hike garden clean vacuum
type lift sweat shake faint pass choke wheeze tolerate recall recover improve worsen change happen occur last radiate
spread shoot stab throb wear wish wonder usually own rent share cut read need hurt put set hit quit break pee drool limp
cry scratch lick chew pull tug rub wet soak leak drip spit gag sweat flush tremble shiver nap doze snack graze crave binge
purge panic freeze sleepwalk stutter slur mumble forget misplace fidget pace hear leave arrive return settle improve roll look lean grab push lay text scroll ski skate surf dance sing talk speak
bite smile blink squint focus concentrate cope brush floss salt`.split(/\s+/));

export function conjugateThirdPerson(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (THIRD_PERSON_IRREGULAR[v]) return THIRD_PERSON_IRREGULAR[v];
  if (INVARIANT.has(v) || /^\w{3,}(ed)$/.test(v)) return v;
  if (v === 'is' || v === 'has' || v === 'does') return v;
  if (!BASE_VERBS.has(v)) return undefined;
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

/** Words that may sit between a subject and its verb without changing agreement. */
export const ADVERBS = new Set(`just also really still usually sometimes never always actually only definitely even probably
mostly recently already generally normally often occasionally finally then first hardly barely certainly typically
constantly mainly honestly literally basically truly ever kind sort of not currently now obviously absolutely`.split(/\s+/));

const PAST_IRREGULAR: Readonly<Record<string, string>> = {
  be: 'was', have: 'had', do: 'did', go: 'went', take: 'took', get: 'got', feel: 'felt', think: 'thought', know: 'knew',
  see: 'saw', hear: 'heard', eat: 'ate', drink: 'drank', sleep: 'slept', wake: 'woke', fall: 'fell', break: 'broke',
  come: 'came', make: 'made', find: 'found', give: 'gave', tell: 'told', say: 'said', leave: 'left', lose: 'lost',
  run: 'ran', sit: 'sat', stand: 'stood', lie: 'lay', wear: 'wore', keep: 'kept', begin: 'began', bring: 'brought',
  buy: 'bought', catch: 'caught', hold: 'held', pay: 'paid', ride: 'rode', drive: 'drove', spend: 'spent', swim: 'swam',
  throw: 'threw', become: 'became', forget: 'forgot', hurt: 'hurt', put: 'put', hit: 'hit', cut: 'cut', quit: 'quit',
  set: 'set', spread: 'spread', send: 'sent', bite: 'bit', tear: 'tore', write: 'wrote', read: 'read', bleed: 'bled',
  shoot: 'shot', swell: 'swelled', pass: 'passed', trip: 'tripped', slip: 'slipped', stop: 'stopped', drop: 'dropped',
  pop: 'popped', plan: 'planned', twist: 'twisted', faint: 'fainted',
};

/**
 * "Did you hit your head?" — "Yes." → "hit": the simple past of a verb the tables know, or undefined (the caller then
 * writes nothing rather than guess a form).
 */
export function pastTense(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (PAST_IRREGULAR[v]) return PAST_IRREGULAR[v];
  if (!BASE_VERBS.has(v)) return undefined;
  if (/e$/.test(v)) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  // Doubling a final consonant ("stopped") needs the stress, which the table above gives where it matters.
  return `${v}ed`;
}
