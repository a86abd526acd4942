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

/** Body parts whose side the swap injector may change (the side inventor draws from site-pool.ts). */
export const INJECT_PAIRED_PARTS: readonly string[] = [
  'knee', 'ankle', 'hip', 'shoulder', 'elbow', 'wrist', 'hand', 'foot', 'arm', 'leg', 'thigh', 'calf', 'shin', 'heel', 'toe',
  'finger', 'thumb', 'eye', 'ear', 'breast', 'lung', 'kidney', 'flank', 'groin', 'buttock', 'forearm', 'hamstring', 'temple',
  'jaw', 'clavicle', 'rib', 'ribs', 'tonsil', 'ovary', 'testicle', 'lower extremity', 'upper extremity', 'knees', 'ankles',
  'hips', 'shoulders', 'wrists', 'hands', 'feet', 'legs', 'arms', 'eyes', 'ears', 'lower quadrant', 'upper quadrant',
  'lower lobe', 'upper lobe', 'chest', 'neck', 'side', 'tympanic membrane', 'lower back', 'sciatic', 'great toe', 'scapula',
];
