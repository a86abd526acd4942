/**
 * Families of related conditions a note may name one for another: a type, a cause, a site, an eponym, or a
 * neighbouring disease ("Colles" / "Smith" fracture, "viral" / "bacterial", "gastritis" / "GERD", "type 1" / "type 2").
 * Each member has how a note writes it and how a conversation says it; a word a conversation uses for the whole
 * family ("ear infection", "diabetes") belongs to no member, so it supports none and contradicts none. A drug that
 * treats only one member says it (levothyroxine for hypothyroidism, metformin for type 2 diabetes).
 */
import type { NamedTerm } from './named-terms.js';

const term = (name: string, written: RegExp, said: readonly string[]): NamedTerm => ({ name, written, said });

export const RELATED_CONDITIONS: readonly (readonly NamedTerm[])[] = [
  [
    term('type 1 diabetes', /\b(?:type (?:1|I|one) diabetes|diabetes (?:mellitus )?type (?:1|I)\b|T1DM|IDDM)\b/i, ['type 1', 'type one', 't1dm', 'insulin dependent', 'type i diabet']),
    term('type 2 diabetes', /\b(?:type (?:2|II|two) diabetes|diabetes (?:mellitus )?(?:type )?(?:2|II)\b|T2DM|NIDDM)\b/i, ['type 2', 'type two', 't2dm', 'type ii', 'non insulin', 'metformin', 'glucophage', 'glipizide', 'gliclazide', 'januvia', 'jardiance', 'farxiga']),
    term('gestational diabetes', /\bgestational diabetes\b/i, ['gestational']),
  ],
  [
    term('a viral cause', /\bviral\b/i, ['viral', 'virus*']),
    term('a bacterial cause', /\bbacterial\b/i, ['bacteri*', 'antibiotic*']),
    term('a fungal cause', /\bfungal\b/i, ['fung*', 'yeast', 'thrush']),
  ],
  [
    term('hypothyroidism', /\bhypothyroid\w*/i, ['hypothyroid*', 'underactive', 'under active', 'levothyrox*', 'thyroxine', 'synthroid', 'unithroid', 'euthyrox', 'levoxyl', 'tirosint']),
    term('hyperthyroidism', /\bhyperthyroid\w*/i, ['hyperthyroid*', 'overactive', 'over active', 'graves']),
  ],
  [
    term('migraine', /\bmigraines?\b/i, ['migraine*']),
    term('tension headache', /\btension(?:-type)? headaches?\b/i, ['tension']),
    term('cluster headache', /\bcluster headaches?\b/i, ['cluster']),
  ],
  [
    term('asthma', /\basthma\w*/i, ['asthma*']),
    term('COPD', /\b(?:COPD|emphysema|chronic obstructive)\b/i, ['copd', 'emphysema', 'chronic obstructive', 'chronic bronchitis']),
  ],
  [
    term('a sprain', /\bsprain\w*/i, ['sprain*', 'strain*', 'twist*', 'rolled', 'roll']),
    term('a fracture', /\b(?:fracture[ds]?|broken)\b/i, ['fractur*', 'broke*', 'break*', 'crack*']),
    term('a dislocation', /\bdislocat\w*/i, ['dislocat*', 'popped out', 'came out']),
    term('a ligament tear', /\b(?:ligament (?:tear|rupture)|torn ligament)\b/i, ['tear', 'torn', 'ruptur*']),
  ],
  [
    term('a muscle strain', /\b(?:muscle |lumbar |muscular )?strain\b/i, ['strain*', 'sprain*', 'pull*', 'muscle*']),
    term('a herniated disc', /\b(?:herniat\w*|slipped|bulging) dis[ck]\b|\bdis[ck] herniation\b/i, ['disc', 'disk', 'herniat*', 'slipped', 'bulg*']),
  ],
  [
    term('a Colles fracture', /\bColles'?\b/i, ['colles']),
    term('a Smith fracture', /\bSmith'?s? fracture\b/i, ['smith']),
    term('a Barton fracture', /\bBarton'?s? fracture\b/i, ['barton']),
    term('a Jones fracture', /\bJones'? fracture\b/i, ['jones']),
    term('a Lisfranc injury', /\bLisfranc\b/i, ['lisfranc', 'lis franc']),
    term("a boxer's fracture", /\bboxer'?s'? fracture\b/i, ['boxer']),
    term('a scaphoid fracture', /\bscaphoid\b/i, ['scaphoid']),
  ],
  [
    term('a urinary tract infection', /\b(?:UTI|urinary tract infection|cystitis|bladder infection)\b/i, ['uti', 'urinary tract', 'urine infection', 'bladder infection', 'cystitis', 'water infection']),
    term('pyelonephritis', /\b(?:pyelonephritis|kidney infection)\b/i, ['pyelo*', 'kidney infection']),
    term('prostatitis', /\bprostatitis\b/i, ['prostatitis']),
    term('urethritis', /\burethritis\b/i, ['urethritis']),
  ],
  [
    term('pneumonia', /\bpneumonia\b/i, ['pneumonia', 'chest infection', 'lung infection']),
    term('bronchitis', /\bbronchitis\b/i, ['bronchitis', 'chest infection']),
    term('bronchiolitis', /\bbronchiolitis\b/i, ['bronchiolitis']),
  ],
  [
    term('depression', /\b(?:depression|depressive disorder)\b/i, ['depress*', 'low mood', 'feeling low', 'feeling down']),
    term('bipolar disorder', /\bbipolar\b/i, ['bipolar', 'manic', 'mania']),
  ],
  [
    term('anxiety', /\b(?:generali[sz]ed )?anxiety(?: disorder)?\b/i, ['anxi*', 'worr*', 'panic', 'stress*', 'nerv*']),
    term('panic disorder', /\bpanic (?:disorder|attacks?)\b/i, ['panic']),
    // Fear of being judged by others against fear of places hard to leave: two anxieties a note may swap.
    term('social anxiety disorder', /\bsocial (?:anxiety|phobia)\b/i, ['social anxi*', 'social phobi*', 'social situation*', 'around people', 'in front of people', 'judg*', 'embarrass*']),
    term('agoraphobia', /\bagoraphobi\w*/i, ['agoraphob*', 'crowd*', 'leave the house', 'leaving the house', 'trapped']),
    term('PTSD', /\b(?:PTSD|post-?traumatic stress)\b/i, ['ptsd', 'trauma*', 'post traumatic', 'flashback*']),
    term('OCD', /\b(?:OCD|obsessive[- ]compulsive)\b/i, ['ocd', 'obsess*', 'compuls*']),
  ],
  [
    term('gastritis', /\bgastritis\b/i, ['gastritis', 'stomach lining']),
    term('GERD', /\b(?:GERD|GORD|gastro-?o?esophageal reflux|acid reflux|reflux)\b/i, ['reflux', 'gerd', 'gord', 'heartburn', 'heart burn', 'acid']),
    term('peptic ulcer disease', /\b(?:peptic|gastric|duodenal) ulcers?\b|\bpeptic ulcer disease\b|\bPUD\b/i, ['ulcer*']),
  ],
  [
    term('IBS', /\b(?:IBS|irritable bowel)\b/i, ['ibs', 'irritable']),
    term("Crohn's disease", /\bCrohn'?s\b/i, ['crohn*', 'ibd', 'inflammatory bowel']),
    term('ulcerative colitis', /\bulcerative colitis\b/i, ['ulcerative', 'colitis', 'ibd', 'inflammatory bowel']),
    term('coeliac disease', /\b(?:coeliac|celiac)\b/i, ['coeliac', 'celiac', 'gluten']),
    term('diverticulitis', /\bdiverticulitis\b/i, ['diverticul*']),
    term('appendicitis', /\bappendicitis\b/i, ['appendi*']),
  ],
  [
    term('a meniscal tear', /\bmenisc\w*/i, ['menisc*', 'cartilage']),
    term('an ACL injury', /\b(?:ACL|anterior cruciate)\b/i, ['acl', 'anterior cruciate', 'cruciate']),
    term('an MCL injury', /\b(?:MCL|medial collateral)\b/i, ['mcl', 'medial collateral', 'collateral']),
    term('patellofemoral pain', /\bpatellofemoral\b/i, ['patellofemoral', 'kneecap', 'knee cap', 'patella*']),
  ],
  [
    term('a rotator cuff problem', /\brotator cuff\b/i, ['rotator', 'cuff']),
    term('adhesive capsulitis', /\b(?:adhesive capsulitis|frozen shoulder)\b/i, ['capsulitis', 'frozen']),
    term('impingement', /\bimpingement\b/i, ['imping*']),
  ],
  [
    term('carpal tunnel syndrome', /\bcarpal tunnel\b/i, ['carpal']),
    term('cubital tunnel syndrome', /\bcubital tunnel\b/i, ['cubital', 'ulnar']),
  ],
  [
    term('kidney stones', /\b(?:kidney stones?|renal (?:stones?|calcul\w*|colic)|nephrolithiasis|ureteral stones?|urolithiasis)\b/i, ['kidney stone*', 'stone*', 'renal colic', 'nephrolith*', 'ureter*']),
    term('gallstones', /\b(?:gallstones?|cholelithiasis|cholecystitis|biliary colic)\b/i, ['gallstone*', 'gall stone*', 'gallbladder', 'gall bladder', 'biliary', 'cholecyst*']),
  ],
  [
    term('atrial fibrillation', /\b(?:atrial fibrillation|afib|a-fib)\b/i, ['fibrillation', 'afib', 'a fib', 'af']),
    term('atrial flutter', /\batrial flutter\b/i, ['flutter']),
    term('SVT', /\b(?:SVT|supraventricular tachycardia)\b/i, ['svt', 'supraventricular']),
  ],
  [
    term('cellulitis', /\bcellulitis\b/i, ['cellulitis', 'skin infection']),
    term('an abscess', /\babscess\w*/i, ['abscess*', 'boil', 'pus']),
  ],
  [
    term('eczema', /\b(?:eczema|atopic dermatitis)\b/i, ['eczema', 'dermatitis', 'atopic']),
    term('psoriasis', /\bpsoria(?:sis|tic plaques?)\b/i, ['psoria*']),
    term('urticaria', /\b(?:urticaria|hives)\b/i, ['urticaria', 'hives']),
  ],
  [
    term('plantar fasciitis', /\bplantar fasci\w*/i, ['plantar', 'fasci*']),
    term('Achilles tendinopathy', /\bAchilles\b/i, ['achilles']),
  ],
  [
    term('gout', /\bgout\b/i, ['gout']),
    term('pseudogout', /\b(?:pseudogout|CPPD)\b/i, ['pseudogout', 'pseudo gout', 'cppd']),
    term('septic arthritis', /\bseptic arthritis\b/i, ['septic']),
  ],
  [
    term('osteoarthritis', /\b(?:osteoarthritis|degenerative joint disease|DJD)\b/i, ['osteoarthritis', 'arthritis', 'wear and tear', 'degenerat*']),
    term('rheumatoid arthritis', /\brheumatoid\b/i, ['rheumatoid']),
    term('psoriatic arthritis', /\bpsoriatic arthritis\b/i, ['psoriatic']),
  ],
  [
    term('hepatitis A', /\bhep(?:atitis)? A\b/, ['hepatitis a', 'hep a']),
    term('hepatitis B', /\b(?:hep(?:atitis)? B|HBV)\b/, ['hepatitis b', 'hep b', 'hbv']),
    term('hepatitis C', /\b(?:hep(?:atitis)? C|HCV)\b/, ['hepatitis c', 'hep c', 'hcv']),
  ],
  [
    term('otitis media', /\botitis media\b/i, ['otitis media', 'middle ear', 'eardrum', 'ear drum']),
    term('otitis externa', /\botitis externa\b/i, ['externa', 'ear canal', 'swimmer']),
  ],
  [
    term('tonsillitis', /\btonsillitis\b/i, ['tonsil*']),
    term('pharyngitis', /\bpharyngitis\b/i, ['pharyng*', 'sore throat', 'throat']),
    term('a peritonsillar abscess', /\b(?:peritonsillar abscess|quinsy)\b/i, ['quinsy', 'peritonsillar', 'abscess']),
  ],
  [
    term('sinusitis', /\b(?:sinusitis|sinus infection)\b/i, ['sinus*']),
    term('allergic rhinitis', /\b(?:allergic rhinitis|hay ?fever)\b/i, ['rhinitis', 'hay fever', 'hayfever', 'allerg*']),
  ],
  [
    term('a concussion', /\bconcussion\b/i, ['concuss*', 'head injury']),
    term('a subdural haematoma', /\bsubdural\b/i, ['subdural', 'bleed*']),
  ],
  [
    term('COVID-19', /\b(?:COVID(?:-19)?|coronavirus)\b/i, ['covid*', 'coronavirus', 'corona']),
    term('influenza', /\b(?:influenza|flu)\b/i, ['flu', 'influenza']),
  ],
  [
    term('tendinitis', /\b(?:tendinitis|tendonitis|tendinopathy|tendinosis)\b/i, ['tendin*', 'tendon*', 'tendonitis']),
    term('bursitis', /\bbursitis\b/i, ['burs*']),
  ],
  [
    term('a stroke', /\b(?:stroke|CVA|cerebrovascular accident)\b/i, ['stroke', 'cva']),
    term('a TIA', /\b(?:TIA|transient ischa?emic attack)\b/i, ['tia', 'mini stroke', 'transient']),
  ],
  [
    term('a DVT', /\b(?:DVT|deep vein thrombosis)\b/i, ['dvt', 'clot*', 'deep vein', 'thrombosis']),
    term('a pulmonary embolism', /\b(?:pulmonary embol\w*|PE)\b/, ['pulmonary embol*', 'clot in the lung', 'clot in your lung', 'clots in the lung', 'clots in your lung']),
  ],
  [
    term('angina', /\bangina\b/i, ['angina']),
    term('a myocardial infarction', /\b(?:myocardial infarction|heart attack|NSTEMI|STEMI|MI)\b/, ['heart attack', 'myocardial', 'infarct*', 'mi', 'stemi', 'nstemi']),
  ],
  // Anaemia by its cause: iron tablets are for the one, B12 injections for the others.
  [
    term('iron deficiency anemia', /\biron[- ]deficien\w* ana?emia\b/i, ['iron deficien*', 'low iron', 'iron tablet*', 'iron pill*', 'ferrous', 'ferritin']),
    term('pernicious anemia', /\bpernicious ana?emia\b/i, ['pernicious', 'intrinsic factor']),
    term('B12 deficiency anemia', /\b(?:B12|folate)[- ]deficien\w* ana?emia\b/i, ['b12 deficien*', 'low b12', 'folate deficien*', 'low folate']),
    term('aplastic anemia', /\baplastic ana?emia\b/i, ['aplastic']),
    term('sickle cell anemia', /\bsickle[- ]cell\b/i, ['sickle']),
    term('hemolytic anemia', /\bha?emolytic ana?emia\b/i, ['hemoly*', 'haemoly*']),
  ],
];
