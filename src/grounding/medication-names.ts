/**
 * Common drug names as data: each row is one drug, generic name first, then brand names that mean the
 * same thing, so a note saying "Lasix" is supported by a transcript saying "furosemide" and vice versa.
 * Brands that are also everyday English words (or people's names) are left out on purpose.
 */
export const MEDICATION_GROUPS: readonly (readonly string[])[] = [
  // Immunoglobulin and vaccines given in pregnancy and primary care
  ['anti-d immunoglobulin', 'anti-d', 'rhogam', 'winrho', 'rhophylac'], ['tdap', 'boostrix', 'adacel'],
  // Cardiovascular
  ['lisinopril', 'zestril', 'prinivil'], ['enalapril', 'vasotec'], ['ramipril', 'altace'], ['benazepril', 'lotensin'],
  ['captopril'], ['quinapril', 'accupril'], ['fosinopril'], ['losartan', 'cozaar'], ['valsartan', 'diovan'],
  ['irbesartan', 'avapro'], ['olmesartan', 'benicar'], ['telmisartan', 'micardis'], ['candesartan', 'atacand'],
  ['sacubitril', 'entresto'], ['amlodipine', 'norvasc'], ['nifedipine', 'procardia', 'adalat'], ['diltiazem', 'cardizem'],
  ['verapamil', 'calan'], ['metoprolol', 'toprol', 'lopressor'], ['atenolol', 'tenormin'], ['carvedilol', 'coreg'],
  ['propranolol', 'inderal'], ['bisoprolol'], ['nebivolol', 'bystolic'], ['labetalol'], ['hydrochlorothiazide', 'hctz', 'microzide'],
  ['chlorthalidone'], ['furosemide', 'lasix'], ['torsemide', 'demadex'], ['bumetanide', 'bumex'],
  ['spironolactone', 'aldactone'], ['eplerenone', 'inspra'], ['hydralazine'], ['clonidine', 'catapres'],
  ['isosorbide', 'imdur'], ['nitroglycerin', 'nitrostat', 'gtn', 'glyceryl trinitrate'], ['digoxin', 'lanoxin'], ['amiodarone', 'cordarone'],
  ['dronedarone', 'multaq'], ['flecainide'], ['sotalol'], ['ranolazine', 'ranexa'], ['ivabradine', 'corlanor'],
  ['warfarin', 'coumadin', 'jantoven'], ['apixaban', 'eliquis'], ['rivaroxaban', 'xarelto'], ['dabigatran', 'pradaxa'],
  ['edoxaban', 'savaysa'], ['enoxaparin', 'lovenox'], ['heparin'], ['clopidogrel', 'plavix'], ['ticagrelor', 'brilinta'],
  ['prasugrel', 'effient'], ['aspirin', 'asa', 'ecotrin'], ['atorvastatin', 'lipitor'], ['rosuvastatin', 'crestor'],
  ['simvastatin', 'zocor'], ['pravastatin', 'pravachol'], ['lovastatin'], ['ezetimibe', 'zetia'], ['fenofibrate', 'tricor'],
  ['gemfibrozil', 'lopid'], ['niacin'], ['evolocumab', 'repatha'], ['alirocumab', 'praluent'],
  // Diabetes and endocrine
  ['metformin', 'glucophage'], ['glipizide', 'glucotrol'], ['glyburide'], ['glimepiride', 'amaryl'], ['pioglitazone', 'actos'],
  ['sitagliptin', 'januvia'], ['linagliptin', 'tradjenta'], ['saxagliptin', 'onglyza'], ['empagliflozin', 'jardiance'],
  ['dapagliflozin', 'farxiga'], ['canagliflozin', 'invokana'], ['semaglutide', 'ozempic', 'wegovy', 'rybelsus'],
  ['dulaglutide', 'trulicity'], ['liraglutide', 'victoza', 'saxenda'], ['exenatide', 'byetta'], ['tirzepatide', 'mounjaro', 'zepbound'],
  ['insulin'], ['glargine', 'lantus', 'basaglar', 'toujeo'], ['lispro', 'humalog'], ['aspart', 'novolog'], ['detemir', 'levemir'],
  ['degludec', 'tresiba'], ['glucagon', 'glucagen', 'baqsimi'], ['levothyroxine', 'synthroid', 'levoxyl', 'euthyrox', 'thyroxine', 'eltroxin'], ['liothyronine', 'cytomel'],
  ['methimazole', 'tapazole'], ['propylthiouracil'], ['alendronate', 'fosamax'], ['risedronate', 'actonel'],
  ['ibandronate', 'boniva'], ['denosumab', 'prolia'], ['teriparatide', 'forteo'], ['raloxifene', 'evista'],
  ['testosterone'], ['estradiol', 'estrace'], ['medroxyprogesterone', 'provera'], ['progesterone'], ['norethindrone'],
  ['levonorgestrel', 'mirena'], ['conjugated estrogens', 'premarin'],
  // Respiratory and allergy
  ['albuterol', 'salbutamol', 'proair', 'ventolin', 'proventil', 'blue inhaler', 'reliever inhaler'], ['levalbuterol', 'xopenex'], ['ipratropium', 'atrovent'],
  ['tiotropium', 'spiriva'], ['salmeterol'], ['formoterol'], ['fluticasone', 'flonase', 'flovent', 'advair', 'arnuity', 'flixotide', 'flixonase'],
  ['budesonide', 'pulmicort', 'symbicort', 'entocort', 'rhinocort'], ['mometasone', 'nasonex', 'asmanex'], ['beclomethasone', 'qvar'],
  ['montelukast', 'singulair'], ['cetirizine', 'zyrtec'], ['levocetirizine', 'xyzal'], ['loratadine', 'claritin', 'clarityn'],
  ['fexofenadine', 'telfast'], ['diphenhydramine', 'benadryl'], ['hydroxyzine', 'vistaril', 'atarax'], ['pseudoephedrine', 'sudafed'],
  ['guaifenesin', 'mucinex', 'robitussin'], ['dextromethorphan'], ['benzonatate', 'tessalon'], ['epinephrine', 'epipen', 'epi pen', 'adrenaline', 'adrenalin', 'jext', 'emerade'],
  ['omalizumab', 'xolair'], ['dupilumab', 'dupixent'], ['roflumilast', 'daliresp'], ['azelastine', 'astelin'],
  // Gastrointestinal
  ['omeprazole', 'prilosec', 'losec'], ['esomeprazole', 'nexium'], ['pantoprazole', 'protonix'], ['lansoprazole', 'prevacid', 'zoton'],
  ['rabeprazole', 'aciphex'], ['famotidine', 'pepcid'], ['ranitidine', 'zantac'], ['sucralfate', 'carafate'],
  ['ondansetron', 'zofran'], ['promethazine', 'phenergan'], ['metoclopramide', 'reglan'], ['prochlorperazine', 'compazine'],
  ['loperamide', 'imodium'], ['docusate', 'colace'], ['senna', 'senokot', 'sennosides'], ['bisacodyl', 'dulcolax'],
  ['polyethylene glycol', 'miralax'], ['lactulose'], ['mesalamine', 'lialda', 'asacol', 'pentasa'], ['sulfasalazine', 'azulfidine'],
  ['dicyclomine', 'bentyl'], ['hyoscyamine', 'levsin'], ['linaclotide', 'linzess'], ['lubiprostone', 'amitiza'],
  ['ursodiol', 'actigall'], ['simethicone', 'gas-x'], ['bismuth', 'pepto'], ['calcium carbonate', 'tums', 'rennie', 'rennies'], ['rifaximin', 'xifaxan'],
  // Infection
  ['amoxicillin', 'amoxil', 'amox', 'amoxycillin'], ['amoxicillin clavulanate', 'augmentin', 'co-amoxiclav', 'co-amox', 'coamoxiclav'], ['penicillin'], ['ampicillin'], ['dicloxacillin'],
  ['piperacillin', 'zosyn'], ['cephalexin', 'keflex', 'cefalexin'], ['cefadroxil'], ['cefdinir', 'omnicef'], ['cefuroxime', 'ceftin'],
  ['ceftriaxone', 'rocephin'], ['cefepime'], ['cefazolin', 'ancef'], ['azithromycin', 'zithromax', 'zpak', 'z-pak'],
  ['clarithromycin', 'biaxin', 'clari'], ['erythromycin'], ['doxycycline', 'vibramycin', 'doryx', 'doxy'], ['minocycline', 'minocin'],
  ['tetracycline'], ['ciprofloxacin', 'cipro'], ['levofloxacin', 'levaquin'], ['moxifloxacin', 'avelox'],
  ['trimethoprim', 'sulfamethoxazole', 'bactrim', 'septra'], ['nitrofurantoin', 'macrobid', 'macrodantin', 'nitrofur'],
  ['metronidazole', 'flagyl'], ['clindamycin', 'cleocin', 'clinda'], ['vancomycin', 'vanco'], ['linezolid', 'zyvox'], ['gentamicin'],
  ['tobramycin'], ['rifampin'], ['isoniazid'], ['fluconazole', 'diflucan'], ['itraconazole'], ['ketoconazole', 'nizoral'],
  ['clotrimazole', 'lotrimin', 'canesten'], ['miconazole', 'monistat', 'daktarin'], ['terbinafine', 'lamisil'], ['nystatin'], ['acyclovir', 'zovirax', 'aciclovir'],
  ['valacyclovir', 'valtrex'], ['oseltamivir', 'tamiflu'], ['nirmatrelvir', 'paxlovid'], ['mupirocin', 'bactroban'],
  ['hydroxychloroquine', 'plaquenil'], ['ivermectin'], ['permethrin'],
  // Neurology, psychiatry, sleep
  ['sertraline', 'zoloft', 'lustral'], ['escitalopram', 'lexapro'], ['citalopram', 'celexa'], ['fluoxetine', 'prozac'],
  ['paroxetine', 'paxil'], ['venlafaxine', 'effexor'], ['desvenlafaxine', 'pristiq'], ['duloxetine', 'cymbalta'],
  ['bupropion', 'wellbutrin', 'zyban'], ['mirtazapine', 'remeron'], ['trazodone', 'desyrel'], ['amitriptyline', 'elavil'],
  ['nortriptyline', 'pamelor'], ['buspirone', 'buspar'], ['alprazolam', 'xanax'], ['lorazepam', 'ativan'],
  ['clonazepam', 'klonopin'], ['diazepam', 'valium'], ['temazepam', 'restoril'], ['zolpidem', 'ambien'],
  ['eszopiclone', 'lunesta'], ['melatonin'], ['quetiapine', 'seroquel'], ['aripiprazole', 'abilify'],
  ['risperidone', 'risperdal'], ['olanzapine', 'zyprexa'], ['ziprasidone', 'geodon'], ['lurasidone', 'latuda'],
  ['haloperidol', 'haldol'], ['lithium', 'lithobid'], ['lamotrigine', 'lamictal'], ['divalproex', 'valproate', 'depakote'],
  ['carbamazepine', 'tegretol'], ['oxcarbazepine', 'trileptal'], ['topiramate', 'topamax'], ['levetiracetam', 'keppra'],
  ['gabapentin', 'neurontin'], ['pregabalin', 'lyrica'], ['phenytoin', 'dilantin'], ['lacosamide', 'vimpat'],
  ['zonisamide', 'zonegran'], ['methylphenidate', 'ritalin', 'concerta'], ['amphetamine', 'adderall'],
  ['dextroamphetamine'], ['lisdexamfetamine', 'vyvanse', 'elvanse'], ['atomoxetine', 'strattera'], ['guanfacine', 'intuniv'],
  ['donepezil', 'aricept'], ['memantine', 'namenda'], ['rivastigmine'], ['carbidopa', 'levodopa', 'sinemet'],
  ['ropinirole', 'requip'], ['pramipexole', 'mirapex'], ['sumatriptan', 'imitrex', 'imigran'], ['rizatriptan', 'maxalt'],
  ['zolmitriptan', 'zomig'], ['erenumab', 'aimovig'], ['rimegepant', 'nurtec'], ['ubrogepant', 'ubrelvy'],
  ['onabotulinumtoxina', 'botox'], ['varenicline', 'chantix'], ['naltrexone', 'vivitrol'], ['buprenorphine', 'suboxone', 'subutex'],
  ['disulfiram', 'antabuse'], ['acamprosate'],
  // Pain, musculoskeletal, rheumatology
  ['acetaminophen', 'tylenol', 'paracetamol', 'calpol', 'panadol', 'apap'], ['ibuprofen', 'motrin', 'advil', 'nurofen', 'brufen', 'ibuleve'], ['naproxen', 'aleve', 'naprosyn'],
  ['meloxicam', 'mobic', 'metacam', 'loxicom'], ['celecoxib', 'celebrex'], ['diclofenac', 'voltaren', 'voltarol'], ['indomethacin', 'indocin'],
  ['ketorolac', 'toradol'], ['nabumetone'], ['tramadol', 'ultram'], ['oxycodone', 'percocet', 'oxycontin', 'roxicodone'],
  ['hydrocodone', 'vicodin', 'norco'], ['morphine'], ['hydromorphone', 'dilaudid'], ['fentanyl', 'duragesic'], ['codeine'],
  ['methadone'], ['naloxone', 'narcan'], ['cyclobenzaprine', 'flexeril'], ['methocarbamol', 'robaxin'],
  ['tizanidine', 'zanaflex'], ['baclofen'], ['carisoprodol'], ['lidocaine', 'lidoderm', 'xylocaine', 'lignocaine'], ['capsaicin'],
  ['allopurinol', 'zyloprim'], ['febuxostat', 'uloric'], ['colchicine', 'colcrys'], ['probenecid'],
  ['methotrexate'], ['leflunomide', 'arava'], ['adalimumab', 'humira'], ['etanercept', 'enbrel'], ['infliximab', 'remicade'],
  ['ustekinumab', 'stelara'], ['secukinumab', 'cosentyx'], ['tofacitinib', 'xeljanz'], ['upadacitinib', 'rinvoq'],
  ['apremilast', 'otezla'], ['abatacept', 'orencia'], ['tocilizumab', 'actemra'], ['rituximab', 'rituxan'],
  ['prednisone', 'deltasone'], ['prednisolone'], ['methylprednisolone', 'medrol', 'solu-medrol'], ['dexamethasone', 'decadron'],
  ['hydrocortisone', 'cortef'], ['triamcinolone', 'kenalog'], ['clobetasol'], ['betamethasone'], ['cortisone', 'cortisone injection', 'steroid injection', 'steroid shot', 'cortisone shot'],
  // Urology, oncology, haematology, misc
  ['tamsulosin', 'flomax'], ['terazosin'], ['doxazosin', 'cardura'], ['prazosin'], ['primidone'], ['finasteride', 'proscar', 'propecia'], ['dutasteride', 'avodart'], ['oxybutynin', 'ditropan'],
  ['tolterodine', 'detrol'], ['mirabegron', 'myrbetriq'], ['sildenafil', 'viagra', 'revatio'], ['tadalafil', 'cialis'],
  ['tamoxifen'], ['anastrozole', 'arimidex'], ['letrozole', 'femara'], ['exemestane', 'aromasin'], ['leuprolide', 'lupron'],
  ['abiraterone', 'zytiga'], ['enzalutamide', 'xtandi'], ['bicalutamide', 'casodex'], ['imatinib', 'gleevec'],
  ['trastuzumab', 'herceptin'], ['pembrolizumab', 'keytruda'], ['nivolumab', 'opdivo'], ['bevacizumab', 'avastin'],
  ['epoetin', 'epogen', 'procrit'], ['filgrastim', 'neupogen'], ['pegfilgrastim', 'neulasta'], ['ferrous sulfate', 'ferrous'],
  ['cyanocobalamin'], ['folic acid'], ['potassium chloride', 'klor-con'], ['tacrolimus', 'prograf', 'protopic'],
  ['mycophenolate', 'cellcept'], ['azathioprine', 'imuran'], ['cyclosporine'], ['latanoprost', 'xalatan'], ['timolol'],
  ['tretinoin', 'retin-a'], ['isotretinoin', 'accutane'], ['benzoyl peroxide'], ['minoxidil', 'rogaine'],
  // Vitamins and UK names
  ['ergocalciferol', 'drisdol'], ['cholecalciferol', 'vitamin d3', 'colecalciferol'], ['calcitriol', 'rocaltrol'], ['mebeverine', 'colofac'],
  ['co-codamol', 'cocodamol', 'solpadeine'], ['co-dydramol', 'codydramol'], ['chlorphenamine', 'piriton'], ['beclometasone', 'clenil', 'qvar', 'beconase'],
  ['betamethasone valerate', 'betnovate'], ['microgynon'], ['dioralyte', 'diarolyte'], ['senna', 'senokot'], ['lactulose'],
  ['macrogol', 'movicol', 'laxido'], ['hyoscine', 'buscopan', 'buccastem'], ['gaviscon', 'peptac'],
  // Common in UK primary care (BNF names and the brands patients say).
  ['gliclazide'], ['tolbutamide'], ['indapamide'], ['dihydrocodeine'], ['zopiclone'], ['cyclizine'], ['pizotifen'], ['solifenacin'],
  ['chloramphenicol'], ['fusidic acid', 'fucidin'], ['clobetasol', 'dermovate'], ['clobetasone', 'eumovate'], ['tranexamic acid'],
  ['mefenamic acid', 'ponstan'], ['norethisterone'], ['rigevidon'], ['ulipristal', 'ellaone'],
  ['clomifene', 'clomid'], ['fostair'], ['seretide'], ['lemsip', 'lemsips'], ['calcium and vitamin d', 'adcal'],
  ['combined oral contraceptive', 'combined oral contraceptive pill', 'combined pill', 'cocp', 'contraceptive pill', 'oral contraceptive', 'oral contraceptive pill', 'birth control', 'birth control pill', 'birth control pills'], ['flucloxacillin', 'fluclox'], ['ispaghula', 'fybogel'], ['xylometazoline', 'otrivine'],
  // Travel medicine
  ['atovaquone', 'proguanil', 'atovaquone-proguanil', 'malarone'], ['mefloquine', 'lariam'], ['chloroquine'], ['acetazolamide', 'diamox'],
  // Veterinary (meloxicam's Metacam is with it above): the generic, then the brand a vet says
  ['carprofen', 'rimadyl'], ['robenacoxib', 'onsior'], ['firocoxib', 'previcox'], ['grapiprant', 'galliprant'],
  ['oclacitinib', 'apoquel'], ['pimobendan', 'vetmedin'], ['trilostane', 'vetoryl'], ['fluralaner', 'bravecto'], ['afoxolaner', 'nexgard'],
];

/**
 * Drugs a clinician writes by name where the conversation said only their everyday class: a GP who offers "a stronger
 * steroid cream" writes "Betnovate", the "blue inhaler" is salbutamol. Each row: the class as said, then the names it
 * supports. Kept to classes whose every member the note could mean by it (never "antibiotics" or "painkillers", which
 * would excuse any invented drug).
 */
export const CLASS_NAMES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['steroid cream', 'steroid creams', 'steroid ointment', 'steroid ointments', 'stronger steroid', 'topical steroid', 'topical steroids'],
    ['betnovate', 'betamethasone valerate', 'betamethasone', 'clobetasol', 'dermovate', 'clobetasone', 'eumovate', 'mometasone', 'elocon', 'hydrocortisone', 'hydrocortisone cream', 'fluocinonide', 'triamcinolone'],
  ],
  [['blue inhaler', 'reliever inhaler'], ['salbutamol', 'ventolin', 'albuterol', 'proair']],
  [['brown inhaler', 'preventer inhaler', 'steroid inhaler'], ['beclometasone', 'clenil', 'qvar', 'budesonide', 'pulmicort']],
  [['steroid injection', 'steroid injections', 'steroid shot', 'cortisone shot', 'cortisone injection'], ['triamcinolone', 'kenalog', 'methylprednisolone', 'depo medrol']],
  // "I tried some antihistamines from the chemist" — a GP writes the one usually bought, "OTC cetirizine".
  [['antihistamine', 'antihistamines', 'anti histamine', 'anti histamines', 'hay fever tablets', 'hayfever tablets'], ['cetirizine', 'zyrtec', 'levocetirizine', 'loratadine', 'claritin', 'clarityn', 'desloratadine', 'fexofenadine', 'chlorphenamine', 'piriton']],
  // "I'm on the pill, the combined pill": the GP writes the brand from the repeat list.
  [['combined pill', 'contraceptive pill', 'the pill'], ['microgynon', 'rigevidon', 'yasmin', 'cilest', 'femodene', 'loestrin', 'lucette', 'combined oral contraceptive', 'combined oral contraceptive pill', 'cocp', 'oral contraceptive', 'oral contraceptive pill']],
  [['mini pill', 'progesterone only pill', 'progestogen only pill'], ['cerazette', 'desogestrel', 'norethisterone']],
  // "Do you take anti-inflammatories when the pain gets bad?" — a note writes the one meant, "takes ibuprofen".
  [['anti inflammatory', 'anti inflammatories', 'antiinflammatory', 'antiinflammatories', 'nsaid', 'nsaids'], ['ibuprofen', 'motrin', 'advil', 'naproxen', 'aleve', 'naprosyn', 'diclofenac', 'voltaren', 'meloxicam', 'mobic', 'celecoxib', 'celebrex', 'nabumetone', 'indomethacin', 'ketorolac']],
];

/**
 * Combination products a GP writes by their UK name where the conversation names the parts: "paracetamol or codeine"
 * is prescribed as co-codamol. Each part is a list of its names; every part must be said.
 */
export const COMBINATION_PARTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'co codamol': [['codeine'], ['paracetamol', 'acetaminophen']],
  'co dydramol': [['dihydrocodeine'], ['paracetamol', 'acetaminophen']],
};

/**
 * Drugs a note may name by their kind where the conversation names the product: "her Lantus insulin" for "my Lantus".
 * A member said supports the kind (not the reverse: "insulin" does not say which one).
 */
export const KIND_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  insulin: ['glargine', 'lantus', 'basaglar', 'toujeo', 'lispro', 'humalog', 'aspart', 'novolog', 'novorapid', 'detemir', 'levemir', 'degludec', 'tresiba', 'humulin', 'novolin', 'nph'],
};

/**
 * What a drug is taken for, as a patient says it without naming the drug: "something for my blood pressure", "a
 * tablet for the IBS, it begins with an M", "my water tablets". A clinician writes the drug's name from the chart or
 * the packet; the conversation named what it is for. Each row: the words said after "for" (or the whole phrase, for
 * a row whose `said` is a full pattern), then the drugs taken for it (names, and name endings for whole classes).
 */
export interface Indication {
  /** What the drug is said to be for ("blood pressure"), as words after "for (my|the …)". */
  for: readonly string[];
  /** Whole phrases that name the drug's purpose on their own ("water tablets"). */
  phrases?: readonly string[];
  drugs: readonly string[];
  endings?: RegExp;
}

export const INDICATIONS: readonly Indication[] = [
  {
    for: ['blood pressure', 'bp', 'hypertension', 'high blood pressure', 'pressure'],
    drugs: ['atenolol', 'bisoprolol', 'metoprolol', 'nebivolol', 'labetalol', 'carvedilol', 'propranolol', 'doxazosin', 'indapamide', 'chlorthalidone', 'bendroflumethiazide', 'spironolactone', 'clonidine', 'hydralazine', 'verapamil', 'diltiazem'],
    endings: /(?:pril|sartan|dipine|thiazide)$/,
  },
  { for: ['cholesterol', 'high cholesterol', 'lipids'], drugs: ['ezetimibe', 'fenofibrate'], endings: /statin$/ },
  {
    for: ['diabetes', 'sugar', 'sugars', 'blood sugar', 'blood sugars', 'diabetic'],
    drugs: ['metformin', 'gliclazide', 'glipizide', 'glimepiride', 'glyburide', 'pioglitazone', 'tirzepatide', 'insulin', 'glargine', 'lispro', 'aspart', 'detemir', 'degludec'],
    endings: /(?:gliptin|gliflozin|glutide)$/,
  },
  { for: ['thyroid', 'underactive thyroid', 'overactive thyroid'], drugs: ['levothyroxine', 'thyroxine', 'liothyronine', 'carbimazole', 'methimazole', 'propylthiouracil'] },
  { for: ['ibs', 'irritable bowel', 'bowel', 'bowels', 'spasms', 'cramps'], drugs: ['mebeverine', 'hyoscine', 'dicyclomine', 'hyoscyamine', 'peppermint oil'] },
  { for: ['acid', 'reflux', 'heartburn', 'indigestion', 'stomach'], drugs: ['famotidine', 'ranitidine', 'gaviscon', 'sucralfate', 'calcium carbonate'], endings: /prazole$/ },
  {
    for: ['depression', 'mood', 'anxiety', 'nerves', 'low mood'],
    drugs: ['sertraline', 'citalopram', 'escitalopram', 'fluoxetine', 'paroxetine', 'venlafaxine', 'desvenlafaxine', 'duloxetine', 'mirtazapine', 'bupropion', 'buspirone'],
  },
  { for: ['gout'], drugs: ['allopurinol', 'febuxostat', 'colchicine'] },
  { for: ['adhd', 'attention deficit', 'attention deficit hyperactivity disorder'], drugs: ['methylphenidate', 'lisdexamfetamine', 'amphetamine', 'dextroamphetamine', 'dexamfetamine', 'atomoxetine', 'guanfacine'] },
  { for: ['epilepsy', 'seizures', 'fits'], drugs: ['levetiracetam', 'lamotrigine', 'valproate', 'divalproex', 'carbamazepine', 'oxcarbazepine', 'phenytoin', 'topiramate', 'lacosamide'] },
  { for: ['prostate'], drugs: ['tamsulosin', 'finasteride', 'dutasteride', 'alfuzosin'] },
  {
    for: ['fluid', 'water', 'the swelling'],
    phrases: ['water tablet', 'water tablets', 'water pill', 'water pills'],
    drugs: ['furosemide', 'frusemide', 'bumetanide', 'torsemide', 'spironolactone', 'bendroflumethiazide', 'indapamide', 'hydrochlorothiazide', 'chlorthalidone'],
  },
  {
    for: ['clots', 'blood clots', 'thinning my blood', 'thin my blood', 'thin the blood'],
    phrases: ['blood thinner', 'blood thinners', 'blood thinning'],
    drugs: ['warfarin', 'apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'clopidogrel', 'ticagrelor', 'aspirin'],
  },
  { for: ['hay fever', 'hayfever', 'allergies', 'my allergies'], drugs: ['cetirizine', 'levocetirizine', 'loratadine', 'fexofenadine', 'chlorphenamine', 'diphenhydramine'] },
  { for: ['sleep', 'sleeping', 'insomnia'], drugs: ['zopiclone', 'zolpidem', 'eszopiclone', 'melatonin', 'temazepam'] },
  { for: ['migraine', 'migraines'], drugs: ['propranolol', 'topiramate', 'pizotifen'], endings: /triptan$/ },
  { for: ['osteoporosis', 'bones', 'my bones'], drugs: ['denosumab'], endings: /dronate$/ },
];
