/**
 * The conditions the benchmark invents, written apart from the checker's lexicon (src/grounding/condition-names.ts)
 * and never read from it: common chronic conditions and comorbidities as clinicians write them in a problem list or a
 * history (the comorbidity groups of the Charlson and Elixhauser indices and the CMS chronic-condition list, spelled
 * out the ways charts spell them: full names, abbreviations, staged and typed forms, possessive eponyms). The first
 * round's pool was drawn from nearly the same names the lexicon holds, so the benchmark praised the checker for
 * knowing its own list; this one is what catches measure now.
 *
 * Each entry is "written form|word|word…": the words after the name are those whose presence in a transcript means
 * the condition may well be discussed there (its own distinctive words and the lay words for it), so an invention is
 * only made where the conversation names none of them. Words match at their start ("thyroid" matches "thyroidectomy").
 */
const ROWS: readonly string[] = [
  // Cardiovascular
  'essential hypertension|hypertens|high blood pressure|blood pressure is high|blood pressure has been high',
  'HTN|hypertens|high blood pressure|htn',
  'stage 2 hypertension|hypertens|high blood pressure',
  'hypertensive heart disease|hypertens|high blood pressure',
  'coronary artery disease|coronary|heart disease|stent|bypass|angina|cad',
  'CAD status post CABG|coronary|bypass|cabg|stent|cad',
  'ischemic cardiomyopathy|cardiomyopath|ischemi|weak heart',
  'heart failure with reduced ejection fraction|heart failure|ejection fraction|hfref|chf',
  'HFpEF|heart failure|ejection fraction|hfpef|chf',
  'chronic systolic heart failure|heart failure|systolic|chf',
  'paroxysmal atrial fibrillation|fibrillation|afib|a fib|irregular heart',
  'persistent atrial fibrillation on anticoagulation|fibrillation|afib|a fib|irregular heart|anticoag|blood thinner',
  'sick sinus syndrome|sinus node|pacemaker',
  'first-degree AV block|heart block|av block',
  'hyperlipidemia|lipid|cholesterol|statin|triglycer',
  'mixed hyperlipidemia|lipid|cholesterol|statin|triglycer',
  'hypercholesterolemia|cholesterol|lipid|statin',
  'peripheral vascular disease|vascular|circulation|claudicat|pvd|pad',
  'abdominal aortic aneurysm|aneurysm|aorta|aortic|aaa',
  'moderate aortic stenosis|stenosis|aortic|valve|murmur',
  'mitral valve prolapse|mitral|valve|prolapse|murmur',
  'chronic venous insufficiency|venous|varicose|veins',
  'DVT|dvt|thrombos|clot',
  'pulmonary embolism|embol|clot|pe',
  'remote myocardial infarction|infarct|heart attack|mi|stemi',
  "Raynaud's phenomenon|raynaud|fingers turn white|cold fingers",
  'Wolff-Parkinson-White syndrome|wolff|wpw',
  // Endocrine and metabolic
  'type 2 diabetes mellitus|diabet|sugar|a1c|metformin|insulin|glucose',
  'T2DM|diabet|sugar|a1c|metformin|insulin|glucose|t2dm',
  'type 1 diabetes|diabet|sugar|a1c|insulin|glucose',
  'insulin-dependent diabetes|diabet|sugar|a1c|insulin|glucose',
  'diabetes with peripheral neuropathy|diabet|sugar|neuropath|numb|tingl',
  'prediabetes|diabet|sugar|a1c|glucose|prediabet',
  'hypothyroidism|thyroid|levothyrox|synthroid',
  "Hashimoto's thyroiditis|thyroid|hashimoto",
  "Graves' disease|thyroid|graves",
  'hyperparathyroidism|parathyroid|calcium',
  'class II obesity|obes|weight|bmi',
  'morbid obesity|obes|weight|bmi',
  'BMI over 40|obes|weight|bmi',
  'vitamin D deficiency|vitamin d',
  'hypertriglyceridemia|triglycer|lipid|cholesterol',
  'metabolic syndrome|metabolic|prediabet|cholesterol',
  'gouty arthropathy|gout|uric',
  "Addison's disease|addison|adrenal|cortisol",
  // Kidney and urinary
  'chronic kidney disease stage 3|kidney|renal|ckd|creatinine|gfr',
  'CKD stage 3b|kidney|renal|ckd|creatinine|gfr',
  'stage 4 chronic kidney disease|kidney|renal|ckd|creatinine|gfr|dialysis',
  'end-stage renal disease on dialysis|kidney|renal|dialysis|esrd',
  'diabetic nephropathy|kidney|renal|nephropath|protein',
  'benign prostatic hypertrophy|prostat|bph|urinat|pee|stream',
  'BPH with lower urinary tract symptoms|prostat|bph|urinat|pee|stream',
  'recurrent nephrolithiasis|kidney stone|stones|nephrolith',
  'neurogenic bladder|bladder|catheter',
  'stress urinary incontinence|incontinen|leak|bladder',
  // Respiratory
  'COPD|copd|emphysema|bronchitis|lung disease|inhaler',
  'chronic obstructive pulmonary disease|copd|emphysema|obstructive|lung disease|inhaler',
  'moderate persistent asthma|asthma|inhaler|wheez',
  'obstructive sleep apnea on CPAP|apnea|apnoea|sleep study|cpap|snor',
  'OSA|apnea|apnoea|sleep study|cpap|snor|osa',
  'interstitial lung disease|interstitial|fibrosis|lung disease|ild',
  'bronchiectasis|bronchiect',
  'pulmonary sarcoidosis|sarcoid',
  'chronic hypoxic respiratory failure on home oxygen|oxygen|hypox|respiratory failure',
  // Digestive and liver
  'GERD|reflux|heartburn|gerd|acid|omeprazole|pantoprazole',
  'gastroesophageal reflux disease|reflux|heartburn|gerd|acid',
  "Barrett's esophagus|barrett|esophag|oesophag|reflux|heartburn",
  'nonalcoholic fatty liver disease|fatty liver|liver|nafld|nash',
  'alcoholic cirrhosis|cirrho|liver|alcohol',
  'chronic hepatitis B|hepatitis|hep b|liver',
  "Crohn's disease|crohn|bowel disease|ibd|colitis",
  'ulcerative colitis|colitis|bowel disease|ibd',
  'diverticulosis|diverticul',
  'chronic pancreatitis|pancrea',
  'celiac disease|celiac|coeliac|gluten',
  'IBS with constipation|irritable|ibs|bowel|constipat',
  // Neurological
  'migraine without aura|migraine|headache',
  'seizure disorder|seizure|epilep|fits|convuls',
  "Parkinson's disease|parkinson|tremor",
  'essential tremor|tremor|shak',
  'CVA with residual deficits|stroke|cva|tia',
  'ischemic stroke|stroke|cva|tia',
  "Alzheimer's dementia|alzheimer|dementia|memory",
  'mild cognitive impairment|cognitive|memory|dementia',
  'relapsing-remitting multiple sclerosis|sclerosis|ms',
  'diabetic peripheral neuropathy|neuropath|numb|tingl|diabet|sugar',
  'restless leg syndrome|restless',
  'chronic migraine|migraine|headache',
  'myasthenia gravis|myasthen',
  // Mental health
  'major depressive disorder|depress|mood|sad',
  'MDD, recurrent|depress|mood|sad',
  'generalized anxiety disorder|anxi|worr|nervous|panic',
  'bipolar I disorder|bipolar|manic|mania',
  'PTSD|ptsd|trauma|post traumatic',
  'ADHD|adhd|attention|hyperactiv',
  'alcohol use disorder|alcohol|drink|beer|wine',
  'opioid use disorder on buprenorphine|opioid|buprenorphine|suboxone|heroin',
  'tobacco use disorder|smok|tobacco|cigar|vap',
  'panic disorder|panic|anxi',
  'insomnia|insomn|sleep',
  // Musculoskeletal and rheumatological
  'osteoarthritis|arthrit|joint|oa',
  'rheumatoid arthritis|rheumat|arthrit|joint',
  'osteoporosis|osteopor|osteopen|bone density|fracture',
  'osteopenia|osteopen|osteopor|bone density',
  'fibromyalgia|fibromyalg',
  'systemic lupus erythematosus|lupus|sle',
  'polymyalgia rheumatica|polymyalg|pmr',
  'ankylosing spondylitis|spondyl|ankylos',
  'degenerative disc disease|disc|disk|degenerat',
  'lumbar spinal stenosis|stenosis|spinal',
  "Sjogren's syndrome|sjogren|dry eyes|dry mouth",
  "Paget's disease of bone|paget",
  "Dupuytren's contracture|dupuytren|contracture",
  'chronic low back pain|back',
  'psoriatic arthritis|psoria|arthrit',
  // Blood and cancer
  'iron deficiency anemia|anemi|anaemi|iron|ferritin|hemoglobin|haemoglobin',
  'anemia of chronic disease|anemi|anaemi|hemoglobin|haemoglobin',
  'chronic thrombocytopenia|platelet|thrombocyt',
  'factor V Leiden|leiden|clotting|clot',
  "von Willebrand disease|willebrand|bleeding disorder",
  'breast cancer status post lumpectomy|breast|cancer|lumpectomy|mastectomy',
  'prostate cancer|prostat|cancer|psa',
  'stage 3 colon cancer|colon|bowel|cancer|colorectal',
  "Hodgkin's lymphoma|lymphoma|hodgkin|cancer",
  'chronic lymphocytic leukemia|leukemia|leukaemia|cll|cancer',
  'multiple myeloma|myeloma|cancer',
  'monoclonal gammopathy|gammopathy|mgus',
  // Infections and immune
  'HIV on antiretroviral therapy|hiv|aids|antiretrov',
  'chronic hepatitis C|hepatitis|hep c|liver',
  'latent tuberculosis|tubercul|tb',
  // Eye, ear, skin and other
  'primary open-angle glaucoma|glaucoma|eye pressure',
  'age-related macular degeneration|macula|degenerat',
  'bilateral cataracts|cataract',
  "Meniere's disease|meniere|vertigo|dizz",
  'chronic plaque psoriasis|psoria',
  'hidradenitis suppurativa|hidraden',
  'polycystic ovarian syndrome|polycyst|pcos|ovar',
  'endometriosis|endometrio',
  'uterine leiomyomas|fibroid|leiomyom',
  'erectile dysfunction|erectile|erection',
];

export interface PoolCondition {
  name: string;
  /** Word starts that show the transcript may already be about it. */
  cues: string[];
}

export const CONDITION_POOL: readonly PoolCondition[] = ROWS.map((row) => {
  const [name = '', ...cues] = row.split('|');
  return { name, cues };
});

/**
 * A second pool, written after the checker work and never looked at against it: `SOAP_BENCH_CONDITIONS=fresh npm run
 * eval:grounding` measures the diagnosis check on names nobody tuned anything to. Its cues are taken from the names
 * themselves (lay words are not listed), so a transcript that says the condition only in lay words may count as a
 * catch: read its figure as an upper bound.
 */
const FRESH = [
  'chronic gastritis', 'hypertensive retinopathy', 'thoracic aortic aneurysm', 'tricuspid regurgitation', 'supraventricular tachycardia',
  'right bundle branch block', 'coarctation of the aorta', 'pericardial effusion', 'carotid artery stenosis', 'mesenteric ischemia',
  'portal hypertension', 'primary sclerosing cholangitis', 'esophageal stricture', 'gastric ulcer', 'microscopic colitis', 'anal fistula',
  'pilonidal cyst', 'umbilical hernia', 'secondary hyperparathyroidism', 'adrenal adenoma', 'papillary thyroid carcinoma',
  'pancreatic cancer', 'renal cell carcinoma', 'bladder cancer', 'ovarian cancer', 'endometrial hyperplasia', 'premature ovarian insufficiency',
  "Peyronie's disease", 'varicocele', 'hydrocele', 'overactive bladder', 'urethral stricture', 'cervical myelopathy', 'spondylolisthesis',
  'onychomycosis', 'seborrheic keratosis', 'actinic keratosis', 'rheumatic heart disease', 'Takayasu arteritis', 'giant cell arteritis',
  'granulomatosis with polyangiitis', "Still's disease", 'thoracic outlet syndrome', 'complex regional pain syndrome', 'tarsal tunnel syndrome',
  "Morton's neuroma", 'hallux valgus', 'Osgood-Schlatter disease', 'avascular necrosis of the hip', 'benign paroxysmal positional vertigo',
  'vestibular neuritis', 'allergic conjunctivitis', 'diabetic macular edema', 'retinal detachment', 'amblyopia', 'social anxiety disorder',
  'persistent depressive disorder', 'cannabis use disorder', 'gambling disorder', 'dyslexia', 'absence seizures', 'occipital neuralgia',
  'postherpetic neuralgia', 'normal pressure hydrocephalus', 'Lewy body dementia', 'frontotemporal dementia', 'Charcot-Marie-Tooth disease',
  'hemophilia A', 'hereditary spherocytosis', 'aplastic anemia', 'pernicious anemia', 'hairy cell leukemia', 'Kaposi sarcoma',
];

const GENERIC = new Set(['chronic', 'disease', 'syndrome', 'disorder', 'primary', 'secondary', 'with', 'the', 'of', 'benign', 'right', 'left', 'social', 'normal']);

const FRESH_POOL: readonly PoolCondition[] = FRESH.map((name) => ({
  name,
  cues: (name.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC.has(w)).map((w) => w.replace(/'s$/, '').slice(0, 6)),
}));

/** The pool the benchmark draws from. */
export function listPoolConditions(): readonly PoolCondition[] {
  return process.env.SOAP_BENCH_CONDITIONS === 'fresh' ? FRESH_POOL : CONDITION_POOL;
}
