/**
 * Round 15t's natural kinds: the errors independent blind sets found in every set and the 14-kind benchmark never
 * injects — a family history changed, a social history changed, a diagnosis swapped for a related one, a plan item
 * changed. Written on dev notes before the checker was read for these kinds. Each rule edits a sentence whose fact
 * the transcript states (the old relative, condition, substance, modality or specialty is said) and puts in one the
 * transcript never says (none of the new item's words, nor their synonyms), so every variant is a real error.
 */
import type { NoteSentence, TranscriptFacts } from './note-sentences.js';
import { transcriptSays } from './note-sentences.js';

export const NATURAL_KINDS = ['family history changed', 'social history changed', 'diagnosis swapped', 'plan changed'] as const;
export type NaturalKind = (typeof NATURAL_KINDS)[number];

export type NaturalRewrite = (sentence: NoteSentence, facts: TranscriptFacts) => string | undefined;
export interface NaturalRule { kind: NaturalKind; name: string; rewrite: NaturalRewrite }

/** True when the transcript says any of the phrases. */
const saysAny = (facts: TranscriptFacts, phrases: readonly string[]) => phrases.some((p) => transcriptSays(facts, p));

/** A term, and the words a transcript would use for it. */
type Term = readonly [written: string, said: readonly string[]];

/** A denial before a term: changing what was denied is not a claim of anything. */
const DENIAL_BEFORE = /\b(?:no|denies|denied|not|nil|without|negative)\b/i;
/** A relative who speaks or brings something, not one whose illness is told. */
const REPORTER = /\b(?:mother|father|mum|dad|parent)(?:'s)? (?:reports|says|states|provided|brought|noticed|is here|accompan)/i;

/** Replaces the first listed term the sentence has and the transcript says with its partner the transcript never says. */
const swapTerm = (pairs: readonly (readonly [RegExp, readonly string[], readonly Term[]])[], section?: string, context?: RegExp, skipDenied = false): NaturalRewrite => (s, facts) => {
  if (section && s.section !== section) return undefined;
  if (context && (!context.test(s.text) || REPORTER.test(s.text))) return undefined;
  for (const [re, said, partners] of pairs) {
    const m = re.exec(s.text);
    if (!m || !saysAny(facts, said) || (skipDenied && DENIAL_BEFORE.test(s.text.slice(0, m.index)))) continue;
    const partner = partners.find(([, words]) => !saysAny(facts, words));
    if (!partner) continue;
    const to = /^[A-Z]/.test(m[0]) ? partner[0].replace(/^[a-z]/, (c) => c.toUpperCase()) : partner[0];
    // "an MRI" → "a CT scan": the article follows the new word, so the sentence reads as a person would write it.
    const before = s.text.slice(0, m.index).replace(/\b(an?) $/i, (_w, article: string) => `${/^[aeiou]|^(?:MRI|ECG|EKG|ENT|EMG|x-ray)/i.test(to) ? article.replace(/^(a)n?$/i, '$1n') : article.replace(/^(a)n$/i, '$1')} `);
    return before + to + s.text.slice(m.index + m[0].length);
  }
  return undefined;
};

// ---- family history -------------------------------------------------------------------------------------------
const MOTHER: Term = ['mother', ['mother', 'mum', 'mom', 'mam', 'mommy', 'mummy']];
const FATHER: Term = ['father', ['father', 'dad', 'daddy', 'pops']];
const SISTER: Term = ['sister', ['sister', 'sis']];
const BROTHER: Term = ['brother', ['brother', 'bro']];
const GRANDMOTHER: Term = ['grandmother', ['grandmother', 'grandma', 'nan', 'nana', 'granny']];
const GRANDFATHER: Term = ['grandfather', ['grandfather', 'grandpa', 'granddad', 'grandad']];
const AUNT: Term = ['aunt', ['aunt', 'auntie']];
const UNCLE: Term = ['uncle', ['uncle']];
const RELATIVES: readonly (readonly [RegExp, readonly string[], readonly Term[]])[] = [
  [/\b(?:mother|mum|mom)\b/i, MOTHER[1], [SISTER, AUNT, GRANDMOTHER]],
  [/\b(?:father|dad)\b/i, FATHER[1], [BROTHER, UNCLE, GRANDFATHER]],
  [/\bsister\b/i, SISTER[1], [MOTHER, AUNT]],
  [/\bbrother\b/i, BROTHER[1], [FATHER, UNCLE]],
  [/\bgrandmother\b/i, GRANDMOTHER[1], [MOTHER, AUNT]],
  [/\bgrandfather\b/i, GRANDFATHER[1], [FATHER, UNCLE]],
  [/\baunt\b/i, AUNT[1], [SISTER, GRANDMOTHER]],
  [/\buncle\b/i, UNCLE[1], [BROTHER, GRANDFATHER]],
];
/** A sentence about relatives' illnesses, not about a relative who came along or brought a video. */
const FAMILY_CONTEXT = /\b(?:family history|FH|FMH|FHx)\b|^\s*(?:maternal |paternal )?(?:mother|father|sister|brother|grandmother|grandfather|aunt|uncle|mum|dad)\s*[:\-–]|\b(?:mother|father|sister|brother|grandmother|grandfather|aunt|uncle|mum|dad)\b[^.;]{0,40}\b(?:has|had|have|with|died|passed|history|diagnosed)\b/i;

const FAMILY_CONDITIONS: readonly (readonly [RegExp, readonly string[], readonly Term[]])[] = [
  [/\bbreast cancer\b/i, ['breast'], [['ovarian cancer', ['ovar', 'ovaries']], ['colon cancer', ['colon', 'bowel cancer']]]],
  [/\b(?:colon|bowel|colorectal) (?:cancer|ca)\b/i, ['colon', 'bowel'], [['pancreatic cancer', ['pancrea']], ['stomach cancer', ['stomach cancer', 'gastric']]]],
  [/\bmelanoma\b/i, ['melanoma'], [['lymphoma', ['lymphoma']], ['leukaemia', ['leuk']]]],
  [/\b(?:heart disease|MI|heart attack)\b/i, ['heart'], [['stroke', ['stroke']], ['epilepsy', ['epilep', 'seizure']]]],
  [/\b(?:high blood pressure|hypertension)\b/i, ['blood pressure', 'hypertension'], [['kidney failure', ['kidney']], ['stroke', ['stroke']]]],
  [/\b(?:type 2 diabetes|diabetes)\b/i, ['diabet', 'sugar'], [['thyroid disease', ['thyroid']], ['multiple sclerosis', ['sclerosis', 'ms']]]],
  [/\bkidney stones?\b/i, ['kidney stone', 'stones'], [['gallstones', ['gallstone', 'gallbladder', 'gall']], ['gout', ['gout']]]],
  [/\bmigraines?\b/i, ['migraine'], [['epilepsy', ['epilep', 'seizure']], ['multiple sclerosis', ['sclerosis', 'ms']]]],
  [/\basthma\b/i, ['asthma'], [['cystic fibrosis', ['fibrosis']], ['COPD', ['copd', 'emphysema']]]],
  [/\bosteoporosis\b/i, ['osteoporosis'], [['rheumatoid arthritis', ['rheumatoid']], ['dementia', ['dementia', 'alzheimer']]]],
  [/\bprostate cancer\b/i, ['prostate'], [['bladder cancer', ['bladder']], ['lung cancer', ['lung']]]],
  [/\bdepression\b/i, ['depress'], [['bipolar disorder', ['bipolar']], ['schizophrenia', ['schizo']]]],
  [/\birritable bowel syndrome\b/i, ['irritable', 'ibs'], [["Crohn's disease", ['crohn']], ['coeliac disease', ['coeliac', 'celiac']]]],
  [/\barthritis\b/i, ['arthritis'], [['lupus', ['lupus']], ['psoriasis', ['psoria']]]],
  [/\bhay ?fever\b/i, ['hay fever', 'hayfever'], [['eczema', ['eczema']], ['asthma', ['asthma']]]],
];

/** "No family history of colon cancer" → "Family history of colon cancer in her father.": a denied history made present. */
const familyDeniedToPresent: NaturalRewrite = (s, facts) => {
  if (s.section !== 'subjective') return undefined;
  const m = /\b(?:(?:[Hh]e|[Ss]he|[Tt]he patient|[Pp]atient) (?:denies|has no)|[Dd]enies|[Nn]o|[Nn]il)(?: any)?(?: known)? family history of ([a-z' ]+?)(?=[.;,]| or | and |$)/.exec(s.text);
  if (!m || saysAny(facts, FATHER[1]) || !/^\s*[.;]?\s*$/.test(s.text.slice(m.index + m[0].length))) return undefined;
  return `${s.text.slice(0, m.index)}Family history of ${m[1]} in his father${s.text.slice(m.index + m[0].length)}`;
};

/** A relative with a condition added to a family-history sentence; both unsaid in the transcript. */
const familyAdded: NaturalRewrite = (s, facts) => {
  if (s.section !== 'subjective' || !FAMILY_CONTEXT.test(s.text) || /\b(?:no|denies|nil|adopted|unknown)\b/i.test(s.text)) return undefined;
  if (saysAny(facts, BROTHER[1]) || saysAny(facts, ['stroke'])) return undefined;
  return s.text.replace(/\s*[.;,]*\s*$/, '; brother had a stroke at 52.');
};

// ---- social history -------------------------------------------------------------------------------------------
const SMOKES = ['smok', 'cigarette', 'tobacco', 'fag', 'vape', 'vaping'];
const ALCOHOL = ['alcohol', 'drink', 'beer', 'wine', 'pint', 'etoh', 'booze', 'spirits', 'units'];
const DRUGS = ['drug', 'marijuana', 'cannabis', 'weed', 'cocaine', 'recreational'];
/** The last number of a phrase's amount ("1 to 2 beers": the 2) moved to one the transcript never says (smoking and drinking amounts). */
const changeAmount = (re: RegExp, section = 'subjective'): NaturalRewrite => (s, facts) => {
  if (s.section !== section) return undefined;
  const m = re.exec(s.text);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  const to = [n + 3, n * 3, n + 7].find((x) => !facts.numbers.has(x));
  if (to === undefined) return undefined;
  const at = m.index + m[0].lastIndexOf(m[1]);
  return s.text.slice(0, at) + String(to) + s.text.slice(at + m[1].length);
};

const OCCUPATIONS: readonly Term[] = [
  ['a bus driver', ['bus', 'driver', 'driving']], ['a nurse', ['nurse', 'nursing']], ['a teacher', ['teach', 'school']],
  ['a builder', ['build', 'construction']], ['a chef', ['chef', 'cook', 'kitchen', 'restaurant']],
];
/** "works as an accountant" → "works as a bus driver": an occupation the transcript never names. */
const occupationChanged: NaturalRewrite = (s, facts) => {
  if (s.section !== 'subjective') return undefined;
  const m = /\b(works|working|employed)( (?:part[- ]time |full[- ]time )?(?:as|in|at)) ((?:[\w/'-]+ ?){1,4}?)(?=[,.;]|\s+(?:and|but|since|for|who|which|where|with|-)\b|\s*$)/i.exec(s.text);
  if (!m) return undefined;
  const job = OCCUPATIONS.find(([, words]) => !saysAny(facts, words));
  if (!job) return undefined;
  return `${s.text.slice(0, m.index)}${m[1]} as ${job[0]}${s.text.slice(m.index + m[0].length)}`;
};

/** "lives alone" ↔ "lives with her husband". */
const livingChanged: NaturalRewrite = (s, facts) => {
  if (s.section !== 'subjective') return undefined;
  const alone = /\blives alone\b/i.exec(s.text);
  if (alone) return saysAny(facts, ['husband', 'wife', 'partner', 'children', 'kids']) ? undefined : s.text.slice(0, alone.index) + 'lives with husband and two children' + s.text.slice(alone.index + alone[0].length);
  const withSomeone = /\b(lives|living) (?:with|in) [^,.;]+/i.exec(s.text);
  if (!withSomeone || DENIAL_BEFORE.test(s.text.slice(0, withSomeone.index)) || saysAny(facts, ['alone', 'on my own', 'by myself', 'care home', 'nursing home'])) return undefined;
  return s.text.slice(0, withSomeone.index) + `${withSomeone[1]} alone in a care home` + s.text.slice(withSomeone.index + withSomeone[0].length);
};

const NON_SMOKER = /\b(?:non-?smoker|never smoked|nil smok\w*|no smoking|denies (?:any )?(?:tobacco|smoking)(?: use)?|does not smoke|doesn't smoke|not a smoker|Tobacco: (?:Never|None|Denies))\b/i;
const SOCIAL_DRINKER = /\b(?:social(?:ly)? (?:EtOH|alcohol|drinker)|(?:EtOH|alcohol|drinks?)(?::)? (?:-\s*)?socially|occasional(?:ly)? (?:drinks?|drinking|alcohol|EtOH)(?: (?:wine|beer|alcohol))?|drinks? (?:alcohol |wine |beer )?occasionally|rarely drinks?)\b/i;
const NO_DRUGS = /\b(?:denies (?:any )?(?:illicit |recreational )?drug use|no (?:illicit |recreational )drugs?(?: use)?|Illicit drug use: (?:Never|None|Denies)|nil [^,.;]{0,20}recreational drugs)\b/i;

// ---- diagnoses ------------------------------------------------------------------------------------------------
/** A condition, the words a transcript uses for it, and related conditions a note could wrongly name instead. */
const RELATED_DIAGNOSES: readonly (readonly [RegExp, readonly string[], readonly Term[]])[] = [
  [/\bgastritis\b/i, ['gastritis'], [['GERD', ['gerd', 'reflux', 'heartburn']], ['peptic ulcer disease', ['ulcer']]]],
  [/\b(?:GERD|gastroesophageal reflux(?: disease)?|reflux)\b/i, ['reflux', 'gerd', 'heartburn'], [['gastritis', ['gastritis']], ['peptic ulcer disease', ['ulcer']]]],
  [/\bviral\b/i, ['viral', 'virus'], [['bacterial', ['bacteri']]]],
  [/\bbacterial\b/i, ['bacteri'], [['viral', ['viral', 'virus']]]],
  [/\bColles\b/i, ['colles'], [['Smith', ['smith']]]],
  [/\bosteoarthritis\b/i, ['arthritis'], [['rheumatoid arthritis', ['rheumatoid']], ['psoriatic arthritis', ['psoria']]]],
  [/\b(?:type (?:2|II|two) diabetes(?: mellitus)?|diabetes (?:mellitus )?type (?:2|II))\b/i, ['diabet'], [['type 1 diabetes', ['type 1', 'type one']]]],
  [/\bhypothyroidism\b/i, ['thyroid'], [['hyperthyroidism', ['hyperthyroid', 'overactive']]]],
  [/\bhyperthyroidism\b/i, ['thyroid'], [['hypothyroidism', ['hypothyroid', 'underactive']]]],
  [/\bmigraines?\b/i, ['migraine'], [['cluster headache', ['cluster']], ['tension headache', ['tension']]]],
  [/\basthma\b/i, ['asthma'], [['COPD', ['copd', 'emphysema', 'chronic obstructive']]]],
  [/\bCOPD\b/, ['copd', 'emphysema', 'chronic obstructive'], [['asthma', ['asthma']]]],
  [/\bsprain\b/i, ['sprain'], [['fracture', ['fracture', 'broken', 'break']], ['ligament tear', ['tear', 'torn', 'rupture']]]],
  [/\bstrain\b/i, ['strain', 'pulled'], [['herniated disc', ['disc', 'herniat', 'slipped']]]],
  [/\b(?:UTI|urinary tract infection)\b/i, ['urinary', 'uti', 'infection'], [['pyelonephritis', ['pyelo', 'kidney infection']]]],
  [/\bpneumonia\b/i, ['pneumonia'], [['bronchitis', ['bronchitis']]]],
  [/\bbronchitis\b/i, ['bronchitis'], [['pneumonia', ['pneumonia']]]],
  [/\bdepression\b/i, ['depress'], [['bipolar disorder', ['bipolar', 'manic', 'mania']]]],
  [/\b(?:generalized )?anxiety(?: disorder)?\b/i, ['anxi'], [['panic disorder', ['panic']], ['PTSD', ['ptsd', 'trauma']]]],
  [/\bmeniscal tear\b/i, ['menisc'], [['ACL tear', ['acl', 'cruciate']]]],
  [/\brotator cuff (?:tendinopathy|tendinitis|tendonitis)\b/i, ['rotator cuff'], [['adhesive capsulitis', ['capsulitis', 'frozen']]]],
  [/\bcarpal tunnel(?: syndrome)?\b/i, ['carpal'], [['cubital tunnel syndrome', ['cubital', 'ulnar']]]],
  [/\b(?:kidney stones?|nephrolithiasis|renal calculus)\b/i, ['kidney stone', 'stone'], [['pyelonephritis', ['pyelo', 'kidney infection']]]],
  [/\bgastroenteritis\b/i, ['gastroenteritis', 'stomach bug', 'tummy bug'], [['colitis', ['colitis']], ['appendicitis', ['appendi']]]],
  [/\b(?:IBS|irritable bowel syndrome)\b/i, ['irritable', 'ibs'], [["Crohn's disease", ['crohn', 'inflammatory bowel']]]],
  [/\btonsillitis\b/i, ['tonsil'], [['peritonsillar abscess', ['abscess', 'quinsy']]]],
  [/\bpharyngitis\b/i, ['pharyng', 'sore throat'], [['tonsillitis', ['tonsil']]]],
  [/\bsinusitis\b/i, ['sinus'], [['allergic rhinitis', ['rhinitis', 'hay fever', 'hayfever', 'allerg']]]],
  [/\botitis media\b/i, ['ear infection', 'otitis', 'middle ear'], [['otitis externa', ['externa', "swimmer's"]]]],
  [/\b(?:congestive )?heart failure\b/i, ['heart failure'], [['dilated cardiomyopathy', ['cardiomyopathy']]]],
  [/\batrial fibrillation\b/i, ['fibrillation', 'afib', 'a fib'], [['atrial flutter', ['flutter']]]],
  [/\bcellulitis\b/i, ['cellulitis', 'skin infection'], [['abscess', ['abscess']]]],
  [/\beczema\b/i, ['eczema', 'dermatitis'], [['psoriasis', ['psoria']]]],
  [/\bplantar fasciitis\b/i, ['plantar', 'fasci'], [['Achilles tendinitis', ['achilles']]]],
  [/\bgout\b/i, ['gout'], [['pseudogout', ['pseudogout', 'pseudo gout']], ['septic arthritis', ['septic']]]],
  [/\bhepatitis C\b/i, ['hepatitis c', 'hep c'], [['hepatitis B', ['hepatitis b', 'hep b']]]],
  [/\b(?:hypertension|high blood pressure)\b/i, ['blood pressure', 'hypertension'], [['pulmonary hypertension', ['pulmonary']]]],
  [/\bconcussion\b/i, ['concuss'], [['subdural hematoma', ['subdural', 'bleed']]]],
  [/\b(?:COVID(?:-19)?|coronavirus)\b/i, ['covid', 'corona'], [['influenza', ['flu', 'influenza']]]],
  [/\bbursitis\b/i, ['bursitis', 'bursa'], [['tendinitis', ['tendin', 'tendon']]]],
  [/\btendinitis|tendonitis|tendinopathy\b/i, ['tendin', 'tendon'], [['bursitis', ['bursitis', 'bursa']]]],
  [/\bLisfranc fracture\b/i, ['lisfranc'], [['Jones fracture', ['jones', 'fifth metatarsal']]]],
];

// ---- plan -----------------------------------------------------------------------------------------------------
const TIMES: readonly (readonly [string, number])[] = [['once', 1], ['twice', 2], ['three times', 3], ['four times', 4], ['five times', 5]];
/** "3 times per week" → "5 times per week", "twice daily" → "four times daily": a frequency the transcript never says. */
const frequencyChanged: NaturalRewrite = (s, facts) => {
  if (s.section !== 'plan') return undefined;
  const m = /\b(\d|once|twice|three times|four times)( times)?( (?:a|per|every|each) (?:day|week|month)| daily| weekly| a day| a week)\b/i.exec(s.text);
  if (!m) return undefined;
  const n = /^\d$/.test(m[1] as string) ? Number(m[1]) : (TIMES.find(([w]) => w === (m[1] as string).toLowerCase())?.[1] ?? 1);
  const to = [n + 2, n + 3, n + 1].find((x) => x <= 7 && !facts.numbers.has(x) && !saysAny(facts, [TIMES.find(([, v]) => v === x)?.[0] ?? `${x} times`]));
  if (to === undefined) return undefined;
  const word = /^\d$/.test(m[1] as string) ? `${to}${m[2] ?? ''}` : (TIMES.find(([, v]) => v === to)?.[0] ?? `${to} times`);
  return s.text.slice(0, m.index) + word + m[3] + s.text.slice(m.index + m[0].length);
};

const SPECIALTIES: readonly Term[] = [
  ['cardiology', ['cardio', 'heart doctor', 'heart specialist']], ['neurology', ['neurolog', 'nerve doctor']],
  ['gastroenterology', ['gastro', 'gi doctor', 'stomach doctor']], ['rheumatology', ['rheumat']], ['dermatology', ['dermat', 'skin doctor']],
  ['urology', ['urolog']], ['orthopedics', ['ortho', 'bone doctor']], ['endocrinology', ['endocrin']], ['podiatry', ['podiat', 'foot doctor']],
  ['ENT', ['ent', 'ear nose', 'otolaryng']], ['psychiatry', ['psychiatr']], ['nephrology', ['nephrolog', 'kidney doctor', 'kidney specialist']],
];
const SPECIALTY_WRITTEN = /\b(?:cardiology|neurology|gastroenterology|GI|rheumatology|dermatology|urology|orthopedics|orthopaedics|endocrinology|podiatry|ENT|psychiatry|nephrology|pulmonology|oncology|physical therapy|physiotherapy|breast specialist|cardiologist|neurologist|gastroenterologist|rheumatologist|dermatologist|urologist|orthopedic surgeon|endocrinologist|podiatrist|psychiatrist|nephrologist)\b/;
/** "referred to urology" → "referred to cardiology": a specialty nobody mentions. */
const referralChanged: NaturalRewrite = (s, facts) => {
  if (s.section !== 'plan' || !/\brefer/i.test(s.text)) return undefined;
  const m = SPECIALTY_WRITTEN.exec(s.text);
  if (!m) return undefined;
  const to = SPECIALTIES.find(([written, words]) => !saysAny(facts, words) && written.toLowerCase() !== m[0].toLowerCase());
  return to ? s.text.slice(0, m.index) + to[0] + s.text.slice(m.index + m[0].length) : undefined;
};

const MRI: Term = ['MRI', ['mri', 'magnetic', 'scan']];
const CT: Term = ['CT scan', ['ct', 'cat scan', 'scan']];
const XRAY: Term = ['x-ray', ['x ray', 'xray', 'x-ray', 'radiograph']];
const ULTRASOUND: Term = ['ultrasound', ['ultrasound', 'sonogram', 'scan']];
const MODALITIES: readonly (readonly [RegExp, readonly string[], readonly Term[]])[] = [
  [/\bMRI\b/, ['mri', 'magnetic'], [CT, ULTRASOUND]],
  [/\bCT(?: scan)?\b/, ['ct', 'cat scan'], [MRI, ULTRASOUND]],
  [/\b(?:x-?rays?|radiographs?)\b/i, ['x ray', 'xray', 'radiograph'], [MRI, CT]],
  [/\bultrasound\b/i, ['ultrasound', 'sonogram'], [MRI, CT, XRAY]],
  [/\b(?:echocardiogram|echo)\b/i, ['echo'], [['cardiac MRI', ['mri', 'magnetic']], ['stress test', ['stress test', 'treadmill']]]],
  [/\bstress test\b/i, ['stress test', 'treadmill'], [['cardiac catheterization', ['cath', 'angiogram']], ['Holter monitor', ['holter', 'monitor']]]],
  [/\bcolonoscopy\b/i, ['colonoscopy', 'camera'], [['CT colonography', ['ct', 'colonograph']], ['upper endoscopy', ['endoscop', 'upper gi']]]],
  [/\b(?:endoscopy|EGD)\b/i, ['endoscop', 'egd', 'camera'], [['colonoscopy', ['colonoscop']], ['barium swallow', ['barium']]]],
  [/\b(?:EMG|nerve conduction stud(?:y|ies))\b/i, ['emg', 'nerve conduction', 'nerve study', 'nerve test'], [['MRI of the cervical spine', ['mri', 'magnetic']]]],
  [/\b(?:ECG|EKG|electrocardiogram)\b/i, ['ecg', 'ekg', 'electrocardiogram', 'heart tracing'], [['echocardiogram', ['echo']], ['Holter monitor', ['holter']]]],
  [/\bphysical therapy|physiotherapy\b/i, ['physical therap', 'physio', 'pt'], [['occupational therapy', ['occupational']], ['chiropractic care', ['chiropract']]]],
  [/\b(?:steroid|cortisone) injection\b/i, ['injection', 'shot'], [['surgical release', ['surgery', 'surgical', 'operation']]]],
  [/\b(?:splint|brace)\b/i, ['splint', 'brace'], [['cast', ['cast', 'plaster']]]],
  [/\bblood (?:tests?|work)\b/i, ['blood'], [['urine culture', ['urine', 'culture', 'pee']], ['stool sample', ['stool', 'poo']]]],
];

/** The rules: each kind in the words notes use for it. */
export const NATURAL_KIND_RULES: readonly NaturalRule[] = [
  { kind: 'family history changed', name: 'relative swapped (mother → sister)', rewrite: swapTerm(RELATIVES, 'subjective', FAMILY_CONTEXT, true) },
  { kind: 'family history changed', name: 'condition swapped in a family history', rewrite: swapTerm(FAMILY_CONDITIONS, 'subjective', FAMILY_CONTEXT, true) },
  { kind: 'family history changed', name: 'denied family history → present', rewrite: familyDeniedToPresent },
  { kind: 'family history changed', name: 'relative and condition added', rewrite: familyAdded },
  { kind: 'social history changed', name: 'non-smoker → smokes 20 a day', rewrite: (s, f) => (s.section === 'subjective' && saysAny(f, SMOKES) && NON_SMOKER.test(s.text) ? s.text.replace(NON_SMOKER, 'smokes 20 cigarettes a day') : undefined) },
  { kind: 'social history changed', name: 'smoking amount changed', rewrite: changeAmount(/\b(?:\d+ to )?(\d+) (?:cigarettes?|packs?|pack-years?|cigs)\b/i) },
  { kind: 'social history changed', name: 'social drinker → heavy drinker', rewrite: (s, f) => (s.section === 'subjective' && saysAny(f, ALCOHOL) && SOCIAL_DRINKER.test(s.text) && !saysAny(f, ['heavy', 'bottle']) ? s.text.replace(SOCIAL_DRINKER, 'drinks a bottle of wine a day') : undefined) },
  { kind: 'social history changed', name: 'alcohol amount changed', rewrite: changeAmount(/\b(?:\d+ (?:to|-) )?(\d+) (?:beers?|drinks?|glasses|units|pints|bottles)\b/i) },
  { kind: 'social history changed', name: 'no drugs → uses cannabis daily', rewrite: (s, f) => (s.section === 'subjective' && saysAny(f, DRUGS) && NO_DRUGS.test(s.text) && !saysAny(f, ['cannabis', 'marijuana', 'weed', 'pot']) ? s.text.replace(NO_DRUGS, 'uses cannabis daily') : undefined) },
  { kind: 'social history changed', name: 'occupation changed', rewrite: occupationChanged },
  { kind: 'social history changed', name: 'living situation changed', rewrite: livingChanged },
  { kind: 'diagnosis swapped', name: 'related condition named instead', rewrite: swapTerm(RELATED_DIAGNOSES, 'assessment') },
  { kind: 'plan changed', name: 'frequency changed', rewrite: frequencyChanged },
  { kind: 'plan changed', name: 'referral specialty changed', rewrite: referralChanged },
  { kind: 'plan changed', name: 'test, imaging or treatment swapped', rewrite: swapTerm(MODALITIES, 'plan') },
];
