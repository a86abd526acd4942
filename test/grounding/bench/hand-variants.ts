/**
 * `node --import tsx test/grounding/bench/hand-variants.ts [--split dev|held-out] [--missed KIND] [--all]`: a second
 * hand's injections for the kinds the sealed set found weakest, in phrasings unlike the main bench's templates
 * ("Denies chest pain" → "She does have chest pain", "No edema" → "2+ pitting edema", a side put on a part said
 * without one, "with underlying …" added to the assessment). Each rule rewrites the first sentence it fits; a variant
 * is caught when the checker reports something it did not report on the unmodified note. No fairness exclusions:
 * a flipped item the transcript never brings up still counts.
 */
import { checkGrounding, type GroundingFinding } from '../../../src/grounding/index.js';
import { loadEncounters, type Encounter, type Split } from './corpora.js';
import { NATURAL_RULES, type Rewrite, type Rule } from './hand-variants-natural.js';
import { listSentences, replaceSentence, type NoteSentence } from './note-sentences.js';

/** What a note says a patient "has no" of that is not a complaint: relatives, history, allergies, plans. */
const NOT_COMPLAINTS = /^(?:family|known|past|prior|previous|history|siblings?|children|kids|allergies|allergy|significant|other|further|surgical|medical|plans?|concerns?|questions?|complaints?|issues|recent|new|access|insurance|job|pets?|smoking|alcohol|drug|drugs)\b/i;

/** The transcript gives the part a side somewhere, so adding one may not be an invention. */
const sidedInTranscript = (transcript: string, part: string) => new RegExp(`\\b(?:left|right)\\b(?:\\W+\\w+){0,3}?\\W+${part.slice(0, 4)}`, 'i').test(transcript);
const sub = (re: RegExp, to: string | ((...m: string[]) => string), section?: string): Rewrite => (s) => {
  if (section && s.section !== section) return undefined;
  if (!re.test(s.text)) return undefined;
  return s.text.replace(re, to as string);
};

const RULES: readonly Rule[] = [
  // Pertinent negatives flipped, the ways a person writes it.
  { kind: 'negative flipped', name: 'denies any X → does have X', rewrite: sub(/\b(?:denies|denied) (?:any )?([a-z]+(?: [a-z]+)?)(?=[,.;]| or | and )/i, (_m, x) => `does have ${x}`, 'subjective') },
  { kind: 'negative flipped', name: 'denies list → reports all', rewrite: sub(/\b[Dd]enies (?:any )?((?:[a-z]+ ){0,2}[a-z]+(?:, (?:or |and )?[a-z]+(?: [a-z]+)?)+)/, (_m, x) => `Reports ${x.replace(/,? or /, ' and ')}`, 'subjective') },
  // Only a complaint can be "had": "no siblings", "no family history of …", "no known allergies" are not flipped this way.
  { kind: 'negative flipped', name: 'no X → has been having X', rewrite: (s) => {
    const m = /\b(?:He|She|The patient) (?:has|had) no ([a-z]+(?: [a-z]+)?)/.exec(s.text);
    if (s.section !== 'subjective' || !m || NOT_COMPLAINTS.test(m[1] as string)) return undefined;
    return s.text.slice(0, m.index) + `The patient has been having ${m[1]}` + s.text.slice(m.index + m[0].length);
  } },
  { kind: 'negative flipped', name: 'negative for X → positive for X', rewrite: sub(/\bnegative for\b/i, 'positive for', 'subjective') },
  { kind: 'negative flipped', name: 'ROS denies → endorses', rewrite: sub(/^(• [A-Za-z ]+: )Denies (?:any )?/, (_m, h) => `${h}Endorses `, 'subjective') },
  { kind: 'negative flipped', name: 'no X or Y → +X', rewrite: sub(/\b[Nn]o ([a-z]+(?: [a-z]+)?)(?= or | and |, |\.)/, (_m, x) => `+${x}`, 'subjective') },
  // The same flip in the words a different hand would use: an affirming verb, shorthand, a "yes" field, a list.
  ...([
    ['denies X → reports X', (x: string) => `Reports ${x}`],
    ['denies X → positive for X', (x: string) => `Positive for ${x}`],
    ['denies X → admits to X', (x: string) => `Admits to ${x}`],
    ['denies X → c/o X', (x: string) => `c/o ${x}`],
    ['denies X → has had X', (x: string) => `Has had ${x}`],
    ['no X → she notes some X', (x: string) => `She notes some ${x}`],
    ['no X → + X', (x: string) => `+ ${x}`],
    ['no X → X: yes', (x: string) => `${x[0]?.toUpperCase()}${x.slice(1)}: yes`],
    // Round 15h: shorthand and passive wordings.
    ['denies X → X +ve', (x: string) => `${x} +ve`],
    ['denies X → X is reported', (x: string) => `${x} is reported`],
    ['no X → ongoing X', (x: string) => `ongoing ${x}`],
    ['no X → has noticed X', (x: string) => `has noticed ${x}`],
  ] as const).map(([name, to]) => ({ kind: 'negative flipped', name, rewrite: ((s: NoteSentence) => {
    if (s.section !== 'subjective') return undefined;
    const re = name.startsWith('denies') ? /\b(?:[Hh]e |[Ss]he |[Tt]he patient |[Pp]atient )?(?:[Dd]enies|[Dd]enied) (?:any )?([a-z]+(?: [a-z]+)?)(?=[,.;]| or | and |$)/ : /\b[Nn]o ([a-z]+(?: [a-z]+)?)(?=[,.;]| or | and |$)/;
    const m = re.exec(s.text);
    return m ? s.text.slice(0, m.index) + to(m[1] as string) + s.text.slice(m.index + m[0].length) : undefined;
  }) as Rewrite })),
  { kind: 'negative flipped', name: 'ROS negative list → ROS positive for X and Y', rewrite: sub(/\b(?:[Dd]enies|[Nn]egative for) (?:any )?([a-z]+(?: [a-z]+)?), (?:or |and )?([a-z]+(?: [a-z]+)?)\b/, (_m, x, y) => `ROS positive for ${x} and ${y}`, 'subjective') },
  // The other way: a complaint the patient reported, written as a denial.
  { kind: 'negative flipped', name: 'reports X → denies the X', rewrite: sub(/\b(?:reports|complains of|endorses|notes|c\/o|has been having|has been experiencing|is experiencing|experiences)(?: (?:some|mild|intermittent|occasional|associated))? ([a-z]+(?: [a-z]+)?)(?=[,.;]| and | or | with | in | at | since | for |$)/i, (_m, x) => `denies the ${x}`, 'subjective') },
  // Only an affirmed complaint's companion symptom ("pain associated with nausea" → "pain, with no nausea"): not a
  // trigger ("associated with certain foods"), and not in a sentence that already denies ("no numbness … associated with her pain").
  { kind: 'negative flipped', name: 'X with Y → X, no Y', rewrite: (s) => {
    const m = /\s*\b(?:associated with|accompanied by|along with) ([a-z]+(?: [a-z]+)?)(?=[,.;]| and | or |$)/i.exec(s.text);
    if (s.section !== 'subjective' || !m || /^(?:her|his|the|a|an|certain|some|this|that|these|those|it|its|their|any|no|eating|food|foods|meals?|activity|activities|exercise|movement|walking|standing|sitting|work|stress)\b/i.test(m[1] as string)) return undefined;
    if (/\b(?:no|not|denies|denied|without|negative)\b/i.test(s.text.slice(0, m.index))) return undefined;
    return s.text.slice(0, m.index) + `, with no ${m[1]}` + s.text.slice(m.index + m[0].length);
  } },
  // Exam findings flipped.
  { kind: 'exam flipped', name: 'no edema → 2+ pitting edema', rewrite: sub(/\b[Nn]o (?:\w+ ){0,3}edema\b/, '2+ pitting edema', 'objective') },
  { kind: 'exam flipped', name: 'clear to auscultation → crackles', rewrite: sub(/\bclear to auscultation(?: bilaterally)?/i, 'with crackles at both bases', 'objective') },
  { kind: 'exam flipped', name: 'no murmur → systolic murmur', rewrite: sub(/\b[Nn]o murmurs?(?:, (?:rubs|gallops)(?:,? (?:or|and) (?:rubs|gallops))?)?/, 'a 2/6 systolic murmur', 'objective') },
  { kind: 'exam flipped', name: 'nontender → tender to palpation', rewrite: sub(/\bnon-?tender\b/i, 'tender to palpation', 'objective') },
  { kind: 'exam flipped', name: 'full ROM → decreased ROM', rewrite: sub(/\b[Ff]ull range of motion\b/, 'decreased range of motion', 'objective') },
  { kind: 'exam flipped', name: 'no swelling → moderate swelling', rewrite: sub(/\b[Nn]o (?:\w+ )?swelling\b/, 'moderate swelling', 'objective') },
  { kind: 'exam flipped', name: 'no erythema → erythematous', rewrite: sub(/\b[Nn]o erythema\b/, 'erythema and warmth', 'objective') },
  { kind: 'exam flipped', name: 'tenderness → no tenderness', rewrite: sub(/\b(?:[Mm]ild |[Ss]ome |[Mm]oderate )?[Tt]enderness to palpation\b/, 'no tenderness to palpation', 'objective') },
  { kind: 'exam flipped', name: 'normal gait → antalgic gait', rewrite: sub(/\b(?:normal|steady) gait\b/i, 'antalgic gait', 'objective') },
  { kind: 'exam flipped', name: 'no rash → diffuse rash', rewrite: sub(/\b[Nn]o rash(?:es)?\b/, 'a diffuse maculopapular rash', 'objective') },
  // Round 15h: exam findings written as present in a clinician's shorthand.
  { kind: 'exam flipped', name: 'no X → X noted (exam)', rewrite: sub(/\b[Nn]o (edema|tenderness|swelling|erythema|effusion|crepitus|deformity|rash|murmur|wheezing|wheezes|crackles|rales|bruising|ecchymosis|lymphadenopathy)\b/, (_m, x) => `${x} noted`, 'objective') },
  { kind: 'exam flipped', name: 'negative <test> → <test> +ve', rewrite: sub(/\b[Nn]egative ([A-Z][a-z]+(?:'s)?|straight leg raise)(?: (?:test|sign|maneuver))?/, (_m, x) => `${x} +ve`, 'objective') },
  // Sides.
  { kind: 'side swapped', name: 'right ↔ left anywhere', rewrite: (s) => /\b(left|right)\b/i.test(s.text) ? s.text.replace(/\b(left|right|Left|Right)\b/, (w) => ({ left: 'right', right: 'left', Left: 'Right', Right: 'Left' })[w] as string) : undefined },
  { kind: 'side invented', name: 'part without side → left part', rewrite: (s, t) => {
    if (/\b(?:left|right|bilateral)/i.test(s.text)) return undefined;
    const m = /\b(the|her|his|of|in) (knee|shoulder|ankle|hip|wrist|elbow|foot|hand|arm|leg|eye|ear|breast|kidney|lung|calf|thumb)\b/.exec(s.text);
    return m && !sidedInTranscript(t, m[2] as string) ? s.text.slice(0, m.index) + `${m[1]} left ${m[2]}` + s.text.slice(m.index + m[0].length) : undefined;
  } },
  { kind: 'side invented', name: 'part → R part (shorthand)', rewrite: (s, t) => {
    if (/\b(?:left|right|bilateral|[LR])\b/i.test(s.text)) return undefined;
    const m = /\b(knee|shoulder|ankle|hip|wrist|elbow|foot|hand|arm|leg|eye|ear|breast|calf|thumb)\b/.exec(s.text);
    return m && !sidedInTranscript(t, m[1] as string) ? s.text.slice(0, m.index) + `R ${m[1]}` + s.text.slice(m.index + m[0].length) : undefined;
  } },
  { kind: 'side invented', name: 'part → part, on the left', rewrite: (s, t) => {
    if (/\b(?:left|right|bilateral)/i.test(s.text) || s.section === 'assessment') return undefined;
    const m = /\b(knee|shoulder|ankle|hip|wrist|elbow|foot|hand|arm|leg|ear|calf) (pain|swelling|tenderness|injury)\b/.exec(s.text);
    return m && !sidedInTranscript(t, m[1] as string) ? s.text.slice(0, m.index + m[0].length) + ' on the left' + s.text.slice(m.index + m[0].length) : undefined;
  } },
  { kind: 'side invented', name: 'bare part pain → right-sided', rewrite: (s, t) => {
    if (/\b(?:left|right|bilateral)/i.test(s.text) || /\b(?:no|denies|without)\b/i.test(s.text)) return undefined;
    const m = /\b(knee|shoulder|ankle|hip|wrist|elbow|foot|chest|flank|abdominal|back|neck) pain\b/i.exec(s.text);
    return m && !sidedInTranscript(t, m[1] as string) ? s.text.slice(0, m.index) + `right-sided ${m[0]}` + s.text.slice(m.index + m[0].length) : undefined;
  } },
  // Diagnoses added to the assessment.
  ...[
    ['with underlying CKD', (t: string) => t.replace(/\.\s*$/, ', with underlying chronic kidney disease stage 3.')],
    ['likely hypothyroidism', (t: string) => t.replace(/\.\s*$/, ', likely secondary to hypothyroidism.')],
    ['complicated by AF', (t: string) => t.replace(/\.\s*$/, ' complicated by paroxysmal atrial fibrillation.')],
    ['new line diagnosis', (t: string) => `${t} Type 2 diabetes mellitus, uncontrolled.`],
    ['and early COPD', (t: string) => t.replace(/\.\s*$/, ' and early COPD.')],
    ['PMH gout', (t: string) => t.replace(/\.\s*$/, '. History of gout.')],
  ].map(([name, f]) => ({ kind: 'diagnosis invented', name: name as string, rewrite: (s: NoteSentence) => (s.section === 'assessment' && /\.\s*$/.test(s.text) && s.text.length > 15 ? (f as (t: string) => string)(s.text) : undefined) })),
  // A diagnosis that fits the complaint, the hardest to tell from the notes' own: "knee pain" → "… likely a meniscal tear".
  { kind: 'diagnosis invented', name: 'plausible for the complaint', rewrite: (s, t) => {
    if (s.section !== 'assessment' || !/\.\s*$/.test(s.text) || s.text.length < 15) return undefined;
    const fit = PLAUSIBLE.find(([topic, , absent]) => topic.test(t) && !absent.test(t));
    return fit ? s.text.replace(/\.\s*$/, `, ${fit[1]}.`) : undefined;
  } },
  ...NATURAL_RULES,
];

/** A complaint the transcript talks about, a diagnosis that would fit it, and words that would mean it was said. */
const PLAUSIBLE: readonly [RegExp, string, RegExp][] = [
  [/\bknee\b/i, 'likely a degenerative meniscal tear', /menisc|tear/i],
  [/\bback\b.*\b(?:pain|hurt)/i, 'with lumbar radiculopathy', /radicul|sciatic|nerve/i],
  [/\bchest\b/i, 'consistent with costochondritis', /costochond|cartilage/i],
  [/\bcough/i, 'complicated by community-acquired pneumonia', /pneumon|chest infection/i],
  [/\bheadache/i, 'likely migraine without aura', /migraine/i],
  [/\bshoulder\b/i, 'with adhesive capsulitis', /capsulitis|frozen/i],
  [/\bdiabet/i, 'with early diabetic nephropathy', /nephropath|kidney/i],
  [/\bblood pressure\b/i, 'with hypertensive retinopathy', /retinopath|eye/i],
  [/\b(?:anxi|depress)/i, 'with underlying bipolar II disorder', /bipolar|manic|mania/i],
  [/\b(?:stomach|abdom|belly|tummy)/i, 'suspect chronic cholecystitis', /gallbladder|gall stone|gallstone|cholecyst/i],
  [/\bankle\b/i, 'with a possible avulsion fracture', /fracture|broken|break/i],
  [/\b(?:wrist|hand)\b/i, 'probable de Quervain tenosynovitis', /quervain|tendon/i],
  [/\brash\b/i, 'most consistent with psoriasis', /psoria/i],
  [/\b(?:urin|pee)/i, 'likely interstitial cystitis', /cystitis|bladder/i],
];

function describe(f: GroundingFinding): string { return `${f.section}|${f.kind}|${f.reason}`; }

function main(): void {
  const split = (process.argv[process.argv.indexOf('--split') + 1] ?? 'dev') as Split;
  const missedKind = process.argv.includes('--missed') ? process.argv[process.argv.indexOf('--missed') + 1] : undefined;
  const tallies = new Map<string, { caught: number; total: number }>();
  const missed: string[] = [];
  const encounters: Encounter[] = loadEncounters().filter((e) => process.argv.includes('--split') ? e.split === split : e.split === 'dev');
  for (const encounter of encounters) {
    const known = new Set(checkGrounding(encounter.note, encounter.transcript).map(describe));
    const sentences = listSentences(encounter.note);
    for (const rule of RULES) {
      const sentence = sentences.find((s) => { const r = rule.rewrite(s, encounter.transcript); return r !== undefined && r !== s.text; });
      if (!sentence) continue;
      const after = rule.rewrite(sentence, encounter.transcript) as string;
      const caught = checkGrounding(replaceSentence(encounter.note, sentence, after), encounter.transcript).some((f) => !known.has(describe(f)));
      for (const key of [rule.kind, `  ${rule.name}`, 'all']) {
        const t = tallies.get(key) ?? { caught: 0, total: 0 };
        t.total += 1; if (caught) t.caught += 1; tallies.set(key, t);
      }
      if (!caught && (missedKind === rule.kind || missedKind === rule.name)) missed.push(`${encounter.id} [${rule.name}]\n  - ${sentence.text.trim()}\n  + ${after.trim()}`);
    }
  }
  const order = [...new Set(RULES.flatMap((r) => [r.kind, `  ${r.name}`])), 'all'];
  for (const key of order) { const t = tallies.get(key); if (t) console.log(`${key.padEnd(40)} ${((100 * t.caught) / t.total).toFixed(1).padStart(5)}% (${t.caught}/${t.total})`); }
  if (missed.length) console.log(`\n${missed.join('\n\n')}`);
}

main();
