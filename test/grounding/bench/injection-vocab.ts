/**
 * What the injector writes into notes. These lists were written for the benchmark before the checker's lexicons
 * were extended, and are kept apart from them on purpose (many names here are not in any checker list), so the catch
 * rate says how the checker does on wording it was not tuned on.
 */

/** Drugs a note might invent or swap in: generics and brands, US and UK, common and less common. */
export const INJECT_DRUGS: readonly string[] = [
  'amlodipine', 'atorvastatin', 'losartan', 'hydrochlorothiazide', 'metoprolol', 'lisinopril', 'furosemide', 'spironolactone',
  'carvedilol', 'clopidogrel', 'apixaban', 'warfarin', 'digoxin', 'diltiazem', 'rosuvastatin', 'pravastatin', 'ezetimibe',
  'metformin', 'glipizide', 'sitagliptin', 'empagliflozin', 'semaglutide', 'insulin glargine', 'pioglitazone', 'levothyroxine',
  'methimazole', 'prednisone', 'methylprednisolone', 'dexamethasone', 'hydrocortisone cream', 'albuterol', 'fluticasone',
  'montelukast', 'tiotropium', 'budesonide', 'salbutamol', 'beclometasone', 'cetirizine', 'loratadine', 'fexofenadine',
  'hydroxyzine', 'diphenhydramine', 'omeprazole', 'pantoprazole', 'lansoprazole', 'famotidine', 'ondansetron', 'metoclopramide',
  'dicyclomine', 'loperamide', 'docusate', 'polyethylene glycol', 'mebeverine', 'sertraline', 'fluoxetine', 'citalopram',
  'escitalopram', 'paroxetine', 'venlafaxine', 'duloxetine', 'bupropion', 'mirtazapine', 'trazodone', 'buspirone', 'amitriptyline',
  'nortriptyline', 'quetiapine', 'aripiprazole', 'risperidone', 'olanzapine', 'lithium', 'lamotrigine', 'valproate',
  'levetiracetam', 'topiramate', 'gabapentin', 'pregabalin', 'carbamazepine', 'sumatriptan', 'rizatriptan', 'propranolol',
  'zolpidem', 'lorazepam', 'alprazolam', 'clonazepam', 'diazepam', 'methylphenidate', 'atomoxetine', 'donepezil', 'memantine',
  'ropinirole', 'carbidopa-levodopa', 'tramadol', 'oxycodone', 'hydrocodone', 'morphine', 'codeine', 'co-codamol', 'naproxen',
  'ibuprofen', 'meloxicam', 'celecoxib', 'diclofenac', 'ketorolac', 'acetaminophen', 'paracetamol', 'cyclobenzaprine',
  'methocarbamol', 'tizanidine', 'baclofen', 'allopurinol', 'colchicine', 'febuxostat', 'methotrexate', 'hydroxychloroquine',
  'sulfasalazine', 'adalimumab', 'etanercept', 'alendronate', 'calcitriol', 'tamsulosin', 'finasteride', 'oxybutynin',
  'mirabegron', 'sildenafil', 'tadalafil', 'nitrofurantoin', 'trimethoprim', 'ciprofloxacin', 'levofloxacin', 'amoxicillin',
  'amoxicillin-clavulanate', 'augmentin', 'cephalexin', 'cefdinir', 'ceftriaxone', 'doxycycline', 'azithromycin', 'clarithromycin',
  'clindamycin', 'metronidazole', 'flucloxacillin', 'penicillin v', 'valacyclovir', 'acyclovir', 'oseltamivir', 'fluconazole',
  'terbinafine', 'nystatin', 'mupirocin', 'ketoconazole', 'clotrimazole', 'triamcinolone', 'betamethasone', 'tretinoin',
  'isotretinoin', 'spironolactone', 'norethindrone', 'medroxyprogesterone', 'estradiol', 'letrozole', 'tamoxifen',
  'enoxaparin', 'rivaroxaban', 'dabigatran', 'ticagrelor', 'isosorbide mononitrate', 'nitroglycerin', 'hydralazine', 'clonidine',
  'doxazosin', 'chlorthalidone', 'bumetanide', 'torsemide', 'potassium chloride', 'ferrous sulfate', 'cyanocobalamin',
  'folic acid', 'ergocalciferol', 'varenicline', 'naltrexone', 'buprenorphine', 'methadone', 'epinephrine auto-injector',
  'entresto', 'jardiance', 'ozempic', 'eliquis', 'xarelto', 'lipitor', 'zoloft', 'lexapro', 'wellbutrin', 'flonase', 'singulair',
  'keppra', 'lyrica', 'neurontin', 'flexeril', 'mobic', 'norco', 'percocet', 'ambien', 'xanax', 'klonopin', 'adderall', 'synthroid',
  'prilosec', 'nexium', 'protonix', 'zofran', 'keflex', 'bactrim', 'cipro', 'valtrex', 'diflucan', 'medrol', 'plaquenil',
];

/** Conditions a note might invent in its assessment. */
export const INJECT_CONDITIONS: readonly string[] = [
  'cirrhosis', 'chronic kidney disease stage 3', 'pulmonary embolism', 'deep vein thrombosis', 'atrial fibrillation',
  'atrial flutter', 'congestive heart failure', 'COPD', 'community-acquired pneumonia', 'sepsis', 'acute pancreatitis',
  'cholecystitis', 'diverticulitis', 'appendicitis', 'hepatitis C', 'HIV infection', 'systemic lupus erythematosus',
  'rheumatoid arthritis', 'gout', 'osteoporosis', 'hypothyroidism', 'hyperthyroidism', "Cushing's syndrome", 'adrenal insufficiency',
  'diabetic neuropathy', 'diabetic retinopathy', 'peripheral arterial disease', 'aortic stenosis', 'mitral regurgitation',
  'dilated cardiomyopathy', 'myocardial infarction', 'ischemic stroke', 'transient ischemic attack', 'epilepsy',
  'multiple sclerosis', "Parkinson's disease", 'dementia', 'bipolar disorder', 'schizophrenia', 'major depressive disorder',
  'generalized anxiety disorder', 'PTSD', 'ADHD', 'anorexia nervosa', 'alcohol use disorder', 'opioid use disorder',
  'obstructive sleep apnea', 'pulmonary fibrosis', 'sarcoidosis', 'tuberculosis', 'melanoma', 'breast cancer', 'prostate cancer',
  'colon cancer', 'lymphoma', 'chronic lymphocytic leukemia', 'iron deficiency anemia', 'thrombocytopenia', 'hemochromatosis',
  'celiac disease', "Crohn's disease", 'ulcerative colitis', 'irritable bowel syndrome', 'peptic ulcer disease', 'hiatal hernia',
  'nephrolithiasis', 'pyelonephritis', 'urinary tract infection', 'benign prostatic hyperplasia', 'endometriosis',
  'polycystic ovary syndrome', 'preeclampsia', 'cellulitis', 'osteomyelitis', 'septic arthritis', 'herpes zoster', 'psoriasis',
  'rosacea', 'glaucoma', 'macular degeneration', 'otitis media', 'acute sinusitis', 'streptococcal pharyngitis', 'bronchitis',
  'hypokalemia', 'hyponatremia', 'hypercalcemia', 'vitamin B12 deficiency', 'metabolic syndrome', 'morbid obesity',
  'fatty liver disease', 'pericarditis', 'endocarditis', 'aortic aneurysm', 'carpal tunnel syndrome', 'rotator cuff tear',
  'plantar fasciitis', 'lumbar radiculopathy', 'spinal stenosis', 'fibromyalgia', 'polymyalgia rheumatica', 'temporal arteritis',
  'trigeminal neuralgia', "Bell's palsy", 'Guillain-Barre syndrome', 'myasthenia gravis', 'restless legs syndrome', 'narcolepsy',
  'insomnia disorder', 'pneumothorax', 'pleural effusion', 'pulmonary hypertension', 'hyperkalemia', 'acute kidney injury',
  'nephrotic syndrome', 'ovarian cyst', 'uterine fibroids', 'prostatitis', 'epididymitis', 'hepatic encephalopathy',
  'esophageal varices', 'Barrett esophagus', 'gastroparesis', 'small bowel obstruction', 'anal fissure', 'hemorrhoids',
  'diabetic ketoacidosis', 'hyperosmolar state', 'thyroid nodule', 'pituitary adenoma', 'sickle cell disease', 'hemophilia',
  'Lyme disease', 'mononucleosis', 'influenza', 'COVID-19 pneumonia', 'shingles', 'scabies', 'impetigo', 'tinea corporis',
];

/** Allergens: drugs, foods, latex and environmental. */
export const INJECT_ALLERGENS: readonly string[] = [
  'penicillin', 'amoxicillin', 'sulfa drugs', 'codeine', 'morphine', 'aspirin', 'ibuprofen', 'NSAIDs', 'cephalosporins',
  'erythromycin', 'ciprofloxacin', 'contrast dye', 'iodine', 'latex', 'adhesive tape', 'peanuts', 'tree nuts', 'shellfish',
  'shrimp', 'eggs', 'milk', 'soy', 'wheat', 'strawberries', 'fish', 'sesame', 'bee stings', 'wasp stings', 'pollen', 'dust mites',
  'cat dander', 'dogs', 'mold', 'grass', 'ragweed', 'nickel', 'lidocaine', 'tetracycline', 'vancomycin', 'gabapentin', 'statins',
];

export const INJECT_REACTIONS: readonly string[] = [
  'hives', 'rash', 'anaphylaxis', 'swelling', 'throat swelling', 'itching', 'nausea', 'shortness of breath', 'wheezing',
  'lip swelling', 'vomiting', 'angioedema',
];

/** Body parts the side injector may give a side to, with the words that name them in a note. */
export const INJECT_PAIRED_PARTS: readonly string[] = [
  'knee', 'ankle', 'hip', 'shoulder', 'elbow', 'wrist', 'hand', 'foot', 'arm', 'leg', 'thigh', 'calf', 'shin', 'heel', 'toe',
  'finger', 'thumb', 'eye', 'ear', 'breast', 'lung', 'kidney', 'flank', 'groin', 'buttock', 'forearm', 'hamstring', 'temple',
  'jaw', 'clavicle', 'rib', 'ribs', 'tonsil', 'ovary', 'testicle', 'lower extremity', 'upper extremity', 'knees', 'ankles',
  'hips', 'shoulders', 'wrists', 'hands', 'feet', 'legs', 'arms', 'eyes', 'ears', 'lower quadrant', 'upper quadrant',
  'lower lobe', 'upper lobe', 'chest', 'neck', 'side', 'tympanic membrane', 'lower back', 'sciatic', 'great toe', 'scapula',
];
