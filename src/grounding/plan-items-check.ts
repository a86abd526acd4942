/**
 * Plan items nobody discussed: a test, an imaging modality, a treatment or a referral specialty the plan names and the
 * conversation never does ("order an MRI" where the doctor said "CT scan", "refer to neurology" where it was
 * cardiology). A bare "scan" in the conversation that names no modality on its line may be any of them.
 */
import { isCourseCarriedOn, SESSION_SERVICES } from './ongoing-sessions.js';
import { findWrittenTerms, isDeniedBefore, saysAnyForm, type NamedTerm } from './named-terms.js';
import type { TranscriptModel } from './transcript-model.js';
import type { WordIndex } from './word-index.js';

const SCANNED = /\b(?:mri|ct|cat|ultrasound|sonogram|x-?ray|xray|dexa|pet|bone)\b/;

/** Imaging a bare "scan" may have meant. */
const SCANS = new Set(['MRI', 'CT scan', 'ultrasound']);

const PLAN_ITEMS: readonly NamedTerm[] = [
  // Imaging.
  { name: 'MRI', written: /\b(?:MRI|MRA|magnetic resonance)\b/i, said: ['mri', 'mra', 'magnetic resonance', 'mr scan'] },
  { name: 'CT scan', written: /\b(?:CT|CAT scan|CTA|computed tomography)\b/, said: ['ct', 'cat scan', 'cta', 'computed tomography', 'c t'] },
  { name: 'x-ray', written: /\b(?:x-?rays?|xr|radiographs?|CXR)\b/i, said: ['x ray', 'xray', 'x-ray', 'radiograph*', 'xr', 'cxr', 'film'] },
  { name: 'ultrasound', written: /\b(?:ultrasound|sonogram|US scan|doppler|elastography)\b/i, said: ['ultrasound', 'sonogram', 'doppler', 'elastograph*', 'fibroscan', 'jelly'] },
  { name: 'DEXA scan', written: /\b(?:DEXA|DXA|bone density)\b/i, said: ['dexa', 'dxa', 'bone density'] },
  { name: 'mammogram', written: /\bmammogra\w*/i, said: ['mammogra*'] },
  { name: 'PET scan', written: /\bPET(?: scan|-CT)?\b/, said: ['pet scan', 'pet'] },
  // Cardiac and other tests.
  { name: 'echocardiogram', written: /\b(?:echocardiogra\w*|echo|TTE|TEE)\b/i, said: ['echo*', 'tte', 'tee', 'ultrasound of the heart', 'heart ultrasound', 'ultrasound of your heart'] },
  { name: 'ECG', written: /\b(?:ECG|EKG|electrocardiogra\w*)\b/i, said: ['ecg', 'ekg', 'electrocardiogra*', 'heart tracing', 'tracing'] },
  { name: 'stress test', written: /\b(?:stress test|treadmill test|exercise tolerance test)\b/i, said: ['stress test', 'treadmill', 'stress echo'] },
  { name: 'Holter monitor', written: /\b(?:holter|event monitor|zio patch|ambulatory ecg)\b/i, said: ['holter', 'monitor', 'zio', 'ambulatory', '24 hour'] },
  { name: 'cardiac catheterization', written: /\b(?:cardiac cath\w*|angiogra\w*|catheterization)\b/i, said: ['cath*', 'angiogra*'] },
  { name: 'colonoscopy', written: /\bcolonoscop\w*/i, said: ['colonoscop*', 'camera', 'scope'] },
  { name: 'endoscopy', written: /\b(?:endoscop\w*|EGD|gastroscop\w*|OGD)\b/i, said: ['endoscop*', 'egd', 'gastroscop*', 'ogd', 'camera', 'scope'] },
  { name: 'CT colonography', written: /\bcolonograph\w*/i, said: ['colonograph*'] },
  { name: 'barium swallow', written: /\bbarium\b/i, said: ['barium'] },
  { name: 'nerve conduction study', written: /\b(?:EMG|electromyogra\w*|nerve conduction)\b/i, said: ['emg', 'electromyogra*', 'nerve conduction', 'nerve test', 'nerve study', 'nerve studies'] },
  { name: 'sleep study', written: /\b(?:sleep study|polysomnogra\w*)\b/i, said: ['sleep study', 'sleep test', 'polysomnogra*'] },
  { name: 'spirometry', written: /\b(?:spirometry|PFTs?|pulmonary function tests?)\b/i, said: ['spirometr*', 'pft', 'pulmonary function', 'lung function', 'breathing test'] },
  { name: 'biopsy', written: /\bbiops\w*/i, said: ['biops*', 'sample of', 'tissue'] },
  { name: 'urine culture', written: /\burine (?:culture|sample)\b/i, said: ['urine', 'pee', 'wee', 'mid stream', 'msu'] },
  // Cultures of an infection's other sources, which a plan may add beside the test that was discussed.
  { name: 'sputum culture', written: /\bsputum (?:cultures?|samples?|tests?)\b/i, said: ['sputum', 'phlegm', 'mucus', 'spit'] },
  { name: 'blood cultures', written: /\bblood cultures?\b/i, said: ['culture*'] },
  { name: 'stool sample', written: /\bstool (?:sample|test|culture)s?\b/i, said: ['stool', 'poo', 'faec*', 'fecal', 'fit test'] },
  // Tests clinics outside hospital add: a liver stiffness scan, a urine albumin test, a wound swab.
  { name: 'FibroScan', written: /\bfibro-?scan\b/i, said: ['fibroscan', 'fibro scan', 'elastograph*', 'liver stiffness', 'stiffness'] },
  { name: 'urine albumin test', written: /\b(?:micro-?albumin\w*|urine ACR|UACR|albumin[- ]creatinine ratio)\b/i, said: ['microalbumin*', 'albumin', 'acr', 'urine', 'kidney'] },
  { name: 'swab', written: /\bswabs?\b/i, said: ['swab*'] },
  // Treatments.
  { name: 'physical therapy', written: /\b(?:physical therap\w*|physiotherap\w*|physio|PT)\b/, said: ['physical therap*', 'physio*', 'pt', 'therapist', 'therapy'] },
  { name: 'occupational therapy', written: /\b(?:occupational therap\w*|OT)\b/, said: ['occupational'] },
  { name: 'chiropractic care', written: /\bchiropract\w*/i, said: ['chiropract*'] },
  { name: 'acupuncture', written: /\bacupuncture\b/i, said: ['acupunct*'] },
  { name: 'cast', written: /\b(?:cast|plaster)\b(?! (?:doubt|aside))/i, said: ['cast', 'plaster'] },
  // Heat and ice are opposite advice for an injury: one written where the other was said is a changed plan.
  // Heat as a sign ("swelling, heat, redness", "swelling/heat/redness") is not heat as advice, in the note or the
  // conversation: only the treatment's words count.
  { name: 'heat', written: /\b(?:(?<!(?:[/,]|swelling|redness|and|or)\s*)heat(?:ing)?(?! (?:intoleran\w*|rash|exhaustion|stroke|of the))(?!\s*(?:[/,]|and redness|or redness))|warm compress\w*|hot (?:pack|water bottle|compress)\w*)\b/i,
    said: ['heat pack', 'heat pad', 'heating pad', 'heat wrap', 'apply heat', 'use heat', 'using heat', 'put heat', 'heat on', 'some heat', 'bit of heat', 'heat and', 'heat or', 'warm compress', 'warm pack', 'warm bath', 'warm shower', 'hot water bottle', 'hot pack', 'hot compress', 'hot bath', 'hot shower', 'warmth'] },
  { name: 'ice', written: /\b(?:ice|icing|cold (?:pack|compress)\w*)\b/i, said: ['ice', 'icing', 'iced', 'cold pack', 'cold compress', 'frozen peas', 'frozen pea'] },
  { name: 'buddy taping', written: /\bbuddy[- ]?(?:tap\w*|strap\w*)/i, said: ['buddy', 'tape', 'taping', 'strapping'] },
  { name: 'crutches', written: /\bcrutch\w*/i, said: ['crutch*'] },
  { name: 'arthroscopy', written: /\barthroscop\w*/i, said: ['arthroscop*', 'scope', 'keyhole', 'camera'] },
  { name: 'a steroid injection', written: /\b(?:(?:steroid|cortisone|corticosteroid|intra-?articular) injections?|(?:steroid|cortisone) shots?)\b/i, said: ['inject*', 'shot', 'jab', 'cortisone', 'steroid'] },
  { name: 'IV immunoglobulin', written: /\b(?:IVIG|IVIg|intravenous immunoglobulin|immunoglobulin (?:infusion|replacement))\b/i, said: ['ivig', 'iv ig', 'infusion*', 'intravenous immunoglobulin', 'replacement'] },
  { name: 'antibiotics', written: /\b(?:antibiotics?|abx)\b/i, said: ['antibiotic*', 'abx', 'amoxi*', 'augmentin', 'co amoxiclav', 'penicillin', 'flucloxacillin', 'doxycycline', 'nitrofurantoin', 'macrobid', 'trimethoprim', 'cefalexin', 'cephalexin', 'keflex', 'azithromycin', 'clarithromycin', 'erythromycin', 'ciprofloxacin', 'cipro', 'levofloxacin', 'metronidazole', 'clindamycin', 'bactrim', 'septra', 'cefuroxime', 'ceftriaxone', 'z pack', 'zpack'] },
  { name: 'surgery', written: /\b(?:surgical (?:release|repair|fixation)|operative (?:repair|fixation))\b/i, said: ['surg*', 'operat*', 'repair', 'fix', 'release'] },
  // Referrals: a specialty is said as the discipline or its practitioner ("psychiatrist", "the heart team"), not as the
  // adjective of a condition ("any psychiatric conditions in the family", "neurological symptoms", "rheumatoid").
  { name: 'cardiology', written: /\bcardiolog\w*/i, said: ['cardiolog*', 'cardio', 'cardiac team', 'cardiac clinic', 'cardiac specialist', 'heart doctor', 'heart specialist', 'heart team', 'heart clinic'] },
  { name: 'neurology', written: /\bneurolog(?:y|ist)\b/i, said: ['neurologist*', 'neurology', 'neuro', 'nerve doctor', 'nerve specialist', 'brain specialist', 'brain doctor'] },
  { name: 'gastroenterology', written: /\b(?:gastroenterolog\w*|GI (?:clinic|specialist|doctor|referral)|to GI)\b/i, said: ['gastroenterolog*', 'gastro', 'gi', 'stomach specialist', 'stomach doctor', 'bowel specialist', 'gut specialist'] },
  { name: 'rheumatology', written: /\brheumatolog\w*/i, said: ['rheumatolog*', 'rheum', 'rheumy', 'joint specialist'] },
  { name: 'dermatology', written: /\bdermatolog\w*/i, said: ['dermatolog*', 'derm', 'skin specialist', 'skin doctor', 'skin clinic'] },
  { name: 'urology', written: /\burolog\w*/i, said: ['urolog*', 'bladder specialist', 'kidney specialist', 'prostate specialist'] },
  { name: 'orthopedics', written: /\b(?:orthop(?:a)?edic\w*|ortho)\b/i, said: ['ortho*', 'bone specialist', 'bone doctor', 'fracture clinic'] },
  { name: 'endocrinology', written: /\b(?:endocrinolog\w*|endo clinic)\b/i, said: ['endocrin*', 'endo', 'diabetes specialist', 'hormone specialist', 'thyroid specialist', 'diabetes clinic'] },
  { name: 'podiatry', written: /\bpodiatr\w*/i, said: ['podiatr*', 'foot doctor', 'foot specialist', 'chiropod*'] },
  { name: 'ENT', written: /\b(?:ENT|otolaryngolog\w*)\b/, said: ['ent', 'ear nose', 'otolaryngolog*', 'ear specialist', 'ear doctor'] },
  { name: 'psychiatry', written: /\bpsychiatr\w*/i, said: ['psychiatrist*', 'psychiatry', 'psych', 'mental health team', 'mental health service*', 'mental health specialist*', 'mental health nurse', 'crisis team', 'cmht', 'iapt'] },
  { name: 'nephrology', written: /\bnephrolog\w*/i, said: ['nephrolog*', 'kidney specialist', 'kidney doctor', 'renal'] },
  { name: 'pulmonology', written: /\b(?:pulmonolog\w*|respirolog\w*)\b/i, said: ['pulmonolog*', 'pulmonary', 'respirolog*', 'respiratory', 'lung specialist', 'lung doctor', 'chest clinic'] },
  { name: 'oncology', written: /\boncolog\w*/i, said: ['oncolog*', 'cancer specialist', 'cancer doctor', 'cancer team'] },
  { name: 'vascular surgery', written: /\bvascular (?:clinic|surg\w*|team|service|specialists?|referral)\b/i, said: ['vascular', 'vein specialist', 'vein clinic', 'circulation specialist', 'blood vessel specialist'] },
  // A surgeon the plan refers to ("and to hand surgery for synovectomy") where nobody spoke of surgery or an operation.
  { name: 'a surgical referral', written: /\b(?:to|with) (?:the )?(?:\w+ )?(?:surgery|surgeons?|surgical (?:team|clinic|opinion|review))\b/i, said: ['surg*', 'operat*'] },
  // Treatments a manual therapist adds: needles are a procedure of their own, not the soft tissue work said.
  { name: 'dry needling', written: /\b(?:dry needl\w*|acupuncture needl\w*|needling)\b/i, said: ['dry needl*', 'needling', 'acupunct*'] },
  // Other hands-on and device treatments of manual and traditional therapists, each a procedure of its own.
  { name: 'cupping', written: /\bcupping\b/i, said: ['cupping', 'cups'] },
  { name: 'moxibustion', written: /\b(?:moxa\w*|moxibustion)\b/i, said: ['moxa*', 'moxibustion'] },
  { name: 'gua sha', written: /\bgua[- ]?sha\b/i, said: ['gua sha', 'guasha', 'scraping'] },
  { name: 'shockwave therapy', written: /\b(?:shock ?wave|ESWT)\b/i, said: ['shock wave', 'shockwave', 'eswt'] },
  { name: 'TENS', written: /\bTENS\b/, said: ['tens', 'electrical stimulation', 'electrodes'] },
  // What a dentist fills a tooth with: a lasting material written where a temporary filling was placed is a changed
  // treatment.
  { name: 'a composite filling', written: /\bcomposite\b/i, said: ['composite', 'white filling', 'tooth coloured', 'tooth colored'] },
  { name: 'an amalgam filling', written: /\bamalgam\b/i, said: ['amalgam', 'silver filling', 'metal filling'] },
];

/** The tests and imaging of the list (everything before the treatments), which a history may report a result of. */
export const TEST_ITEMS: readonly NamedTerm[] = PLAN_ITEMS.slice(0, PLAN_ITEMS.findIndex((t) => t.name === 'physical therapy'));

/** An operation named by its suffix ("R wrist synovectomy", "septoplasty"): the conversation must name it, or its root. */
const OPERATION_RE = /\b([a-z]{4,}?)(?:ectomy|otomy|ostomy|plasty|pexy|desis)\b/gi;
/** The organs behind common roots, which a surgeon says in plain words: "remove both ovaries" is an oophorectomy. */
const ROOT_ORGANS: Readonly<Record<string, readonly string[]>> = {
  oophor: ['ovar*'], hyster: ['womb', 'uterus'], salping: ['tube', 'tubes'], chole: ['gallbladder', 'gall bladder'], append: ['appendix'],
  tonsill: ['tonsil*'], adenoid: ['adenoid*'], nephr: ['kidney*'], splen: ['spleen'], mast: ['breast*'], thyroid: ['thyroid'], prostat: ['prostate'],
  col: ['bowel', 'colon'], lymphaden: ['lymph node*', 'glands'], orchid: ['testic*', 'testes'], arthr: ['joint'], lamin: ['spine', 'disc'],
};
const REMOVAL = ['remov*', 'take out', 'taken out', 'take it out', 'taking out', 'cut out'];

/** Whether the conversation names the operation's root, or removes the organ a common root stands for. */
function isOperationSaid(root: string, index: WordIndex): boolean {
  if (saysAnyForm(index, [`${root.slice(0, 6)}*`])) return true;
  const organs = Object.entries(ROOT_ORGANS).find(([r]) => root.startsWith(r))?.[1];
  return organs !== undefined && saysAnyForm(index, organs) && saysAnyForm(index, REMOVAL);
}

const PLANNED_RE = /\b(?:order\w*|refer\w*|advis\w*|schedul\w*|obtain|arrang\w*|recommend\w*|will|plan\w*|start\w*|begin|send|request\w*|book\w*|get|proceed)\b/i;

/** An objective's list of what was done at the visit: "Treatment today: …", "Interventions: …", "Procedure performed: …". */
const GIVEN_TODAY_RE = /^\s*(?:treatments?|interventions?|procedures?(?: performed| done)?|performed|manual therapy)(?: (?:today|this (?:session|visit)|given|provided|performed))?\s*:/i;

/** Whether some transcript line says a bare "scan" without naming which. */
export function readsBareScan(model: TranscriptModel): boolean {
  return model.lines.some((l) => /\bscans?\b/.test(l.tokens.join(' ')) && !SCANNED.test(l.tokens.join(' ')));
}

/** The items of a plan (or an assessment's plan) statement the transcript never names. */
export function checkPlanItems(statement: string, section: string, index: WordIndex, bareScan: boolean, lines: readonly { role: string; text: string }[] = []): { phrase: string; reason: string }[] {
  // An assessment's item is read only when it is planned there too: its results ("X-ray negative") are the objective's.
  // An objective's only when it lists the treatment given at the visit ("Treatment today: …"), not a result.
  const given = section === 'objective' && GIVEN_TODAY_RE.test(statement);
  if (section !== 'plan' && !given && !(section === 'assessment' && PLANNED_RE.test(statement))) return [];
  const items = findWrittenTerms(statement, PLAN_ITEMS)
    .filter(({ term, at }) => !saysAnyForm(index, term.said) && !(bareScan && SCANS.has(term.name)) && !isDeniedBefore(statement, at))
    .filter(({ term }) => !(SESSION_SERVICES.has(term.name) && isCourseCarriedOn(statement, lines)))
    .map(({ term, phrase }) => ({ phrase, reason: `the ${section} names ${term.name} ("${phrase}"), which the transcript never mentions` }));
  for (const m of statement.matchAll(OPERATION_RE)) {
    const root = (m[1] ?? '').toLowerCase();
    if (isDeniedBefore(statement, m.index) || isOperationSaid(root, index)) continue;
    items.push({ phrase: m[0], reason: `the ${section} names the operation "${m[0]}", which the transcript never mentions` });
  }
  return items;
}
