/**
 * Vocabulary that tells what a clinician's sentence does wherever it falls in the visit: names a diagnosis,
 * starts or changes a medicine, orders, refers, admits, books a follow-up, gives return precautions, reports a
 * measured value or an exam finding. Patterns, not a parser: each is checked on one cleaned sentence.
 */
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';

/** Words that name a condition: suffixes (-itis, -osis, -algia…) and common terms without one. */
const DX_SUFFIX = String.raw`\w+(?:itis|osis|algia|emia|aemia|pathy|opathy|oma|plasia|trophy|ectasis|lithiasis|uria|rrhea|rrhoea|spasm|plegia|paresis|penia|cytosis|megaly)`;
const DX_WORDS = String.raw`(?:(?:under|over)active (?:thyroid|bladder)|cataracts?|(?:depressive|manic|hypomanic|psychotic|mixed|dissociative) (?:episode|illness|disorder|features)|episode of (?:depression|mania|psychosis)|pvcs?|pacs?|premature (?:ventricular|atrial) (?:contractions|beats)|ectopy|ectopic beats|pressure (?:injury|injuries|ulcer|sore)|bedsores?|(?:head|knee|ankle|shoulder|back|sports|work|wrist|hand|eye) injury|bleeding risk|risk of bleeding|not safe|unsafe|fall risk|risk of falls?|high risk|at risk|bleeding|nodule|overuse|bph|enlarged prostate|preeclampsia|eclampsia|allerg(?:y|ies)|hemorrhage|haemorrhage|bleed|clot|embolism|aneurysm|dissection|infarct|heart attack|sepsis|suspect|infected|inflamed|fractured|broken|torn|sprained|strained|dislocated|high blood pressure|high cholesterol|vertigo|bppv|pregnant|headaches?|dysfunction|incontinence|dementia|seizures?|epilepsy|lupus|palsy|carpal tunnel|hemorrhoids|fibroids|menopause|urticaria|virus|stomach bug|autism|bipolar|schizophrenia|ocd|withdrawal|addiction|cracked tooth|decay|tmj|bruxism|impacted|parvo|kennel cough|fleas|ear mites|adherence|nonadherence|non-adherence|compliance|technique|hypothyroidism|hyperthyroidism|ibs|irritable bowel|cancer|tumou?r|malignancy|carcinoma|tension|myofascial|postural|sprain|strain|tear|fracture|dislocation|subluxation|subluxed|instability|infection|syndrome|disease|disorder|deficiency|insufficiency|failure|reflux|gerd|uti|copd|asthma|pneumonia|bronchitis|influenza|flu|covid|cold|migraine|migraines|diabetes|prediabetes|hypertension|hyperlipidemia|hypothyroidism|hyperthyroidism|obesity|overweight|depression|anxiety|panic|ptsd|adhd|insomnia|apno?ea|dermatitis|eczema|psoriasis|acne|cellulitis|abscess|ulcer|hernia|stroke|tia|concussion|sciatica|radiculopathy|impingement|tendinopathy|tendinitis|tendonitis|bursitis|fasciitis|arthritis|osteoarthritis|gout|dysphagia|aphasia|dysarthria|hemiparesis|neuropathy|anaphylaxis|anaphylactic reaction|allergic reaction|exacerbation|flare|flare-up|cervicalgia|trigger points?|diastasis(?: recti)?|(?:weak|weakened) pelvic floor|pelvic floor (?:weakness|dysfunction)|(?:local|injection[- ]site|vaccine|site|skin|expected|normal|mild) reactions?|pulpitis|caries|cavity|gingivitis|periodontitis|malocclusion|nstemi|stemi|acs|acute coronary syndrome|angina|arrhythmia|afib|atrial fibrillation|heart failure|chf|dehydration|hypoglycemia|hyperglycemia|hyperkalemia|hypokalemia|interaction|duplication|toxicity|overdose|intolerance|side effect|pregnancy|otitis media|ear infection|strep throat|sinusitis|conjunctivitis|pink eye|gastroenteritis|food poisoning|appendicitis|cholecystitis|pancreatitis|kidney stone|colic|croup|bronchiolitis|rsv|mono|shingles|chickenpox|measles|lyme|scabies|lice|ringworm|impetigo|wart|warts|mole|cyst|lipoma|polyp|mass|nodule|lesion|laceration|contusion|abrasion|burn|bite|whiplash|spondylosis|stenosis|scoliosis|kyphosis|plantar fasciitis|neuroma|bunion|hammertoe|ingrown|obstruction|blockage|blocked|indiscretion|insecurity|grief|burnout|stress|low back pain|back pain|neck pain|knee pain|hip pain|shoulder pain|chlamydia|gonorrh?oea|gonorrhea|syphilis|thrush|candidiasis|trichomoniasis|bacterial vaginosis|genital herpes|cold sores?|anaemia|anemia|glaucoma|tinnitus|epistaxis|glandular fever|norovirus|whooping cough|pertussis|endometriosis|pcos|polycystic ovar(?:y|ies)|menorrhagia|dvt|deep vein thrombosis|pulmonary embolism|frozen shoulder|tennis elbow|golfer's elbow|hearing loss|deafness|presbycusis|sight loss|vision loss|(?:speech|language|phonological|developmental|motor|global|expressive|receptive|articulation|fluency|speech and language) (?:delay|disorder)|speech sound disorder|stammer|stutter|dyslexia|dyspraxia|apraxia)`;
export const DIAGNOSIS_TERM = caseless(String.raw`\b(?:${DX_SUFFIX}|${DX_WORDS})(?:e?s)?\b`);
/** "I think the cough is from the lisinopril": a symptom put down to a drug. */
const DRUG_CAUSE = caseless(/\b(?:is|are|'s) (?:probably |likely |most likely )?(?:from|caused by|due to|(?:a |an )?(?:common |known |typical |possible |likely |usual )?side effect of|(?:an? )?(?:allergic )?reaction to|related to) (?:the |your |his |her )?/);
/** "The back tightness is probably from sitting", "the soreness is from a shallow latch": a symptom put down to a cause. */
const SYMPTOM_CAUSE = caseless(/\b(?:the|your|his|her|their|that|this) (?:[\w-]+ ){0,2}?(?:pain|ache|aching|tightness|soreness|stiffness|swelling|numbness|tingling|bleeding|cough|rash|itch\w*|headaches?|weakness|fatigue|tiredness|dizziness|cramping|cramps|spasms?|symptoms?|weight loss|weight gain|redness|discharge|fussiness|crying|snoring|breathlessness) (?:is|are|'s|seems? to be) (?:probably |likely |most likely |mostly |partly |all |just )?(?:from|caused by|due to|because of|coming from|related to|down to)\b/);
/** "So Luna has hyperthyroidism", "he's got a mild croup": someone has a named condition. */
const HAS_DX = caseless(String.raw`\b(?:has|have|'s got|has got|'ve got|is having|are having|'re having) (?:a |an |some )?(?:[a-z-]+\s+){0,2}?(?:${DX_SUFFIX}|${DX_WORDS})\b`);
/**
 * "You're in the freezing phase", "he's at stage 3": the stage of a condition is the clinician's judgement of it;
 * "so she's neutropenic", "you're slightly anaemic": a result read as the condition it shows is the judgement too.
 */
const YOU_ARE_DX = caseless(/\byou(?:'re| are) (?:not )?(?:pregnant|anemic|diabetic|prediabetic|dehydrated|hypertensive|in (?:a|an) \w+ flare)\b|\b(?:you|he|she|they)(?:'re|'s| are| is) (?:(?:now|still|slightly|mildly|a bit|a little|quite|very|severely|moderately|probably|likely) )*(?:not )?(?:\w+(?:aemic|emic|penic)|septic)\b|\b(?:you|he|she|they)(?:'re|'s| are| is) (?:now |still )?(?:in|at) (?:the |an? )?(?:early |late |acute |chronic )?(?:[a-z]+ )?(?:phase|stage)\b/);

/** "So you have cervicalgia", "this looks like…", "consistent with…", "I think it's…": a clinician naming a problem. */
const DX_FRAMES = [
  /\b(?:it|this|that|these|they|which|what you have|what you're describing|what she has|what he has|your symptoms?|your \w+|the \w+|everything)\s+(?:(?:really|most|more|very|pretty|all|certainly|definitely|probably)\s+)*(?:looks?|sounds?|seems?|fits?|appears?|is|are|'s|'re)\s+(?:(?:really|most|more|very|pretty|much|certainly|definitely|probably|a lot)\s+)*(?:like|consistent with|to be|in keeping with|suggestive of|likely|probably)\b/i,
  /\b(?:consistent with|fits? (?:with|the picture of)|points? to|in keeping with|suggestive of|compatible with|meets? (?:the )?criteria for)\b/i,
  /\b(?:makes? me (?:think|suspect|worry|concerned)(?: about| of)?|(?:it|this|that|which) means (?:you have|your|that)|(?:can|could|would|may|might) explain|explains)\b/i,
  /\b(?:the )?main (?:issues?|problems?|concerns?) (?:is|are|here)\b/i,
  /\b(?:fits?|matches)\b/i,
  /\b(?:that's|this is|which is) (?:likely |probably |most likely )?(?:why|what's causing|the reason)\b/i,
  /\b(?:makes? (?:you|him|her|it|this|them) (?:a|an)|i'm thinking|my guess is|we're treating (?:this|it) as|treat (?:this|it) as|the (?:likely |most likely )?cause (?:is|of)|caused by|is causing|are causing|is from|are from|is due to|a side effect of|related to)\b/i,
  /\b(?:puts? (?:this|you|it|her|him|them) in|falls? in|in|within) the [\w -]{0,40}range\b/i,
  /^(?:looks|sounds|seems|appears) (?:like|to be)\b|^(?:possible|probable|suspected|likely|presumed|early|acute|chronic|mild|moderate|severe)\b/i,
  /\b(?:i think|i believe|i suspect|i'm (?:pretty )?(?:sure|concerned|worried)|my (?:concern|worry|impression|assessment|diagnosis) is|the diagnosis is|diagnosis of|i'm diagnosing|we're (?:looking at|dealing with)|you(?:'ve| have)? (?:still |also )?got|you have|he has|she has|they have|this is|it's|these are|that's|what you(?:'re| are) describing is|what you(?:'ve got| have) is|what we call|we call (?:this|it)|(?:most|more) likely|likely|probably|signs of|symptoms of|suspected|suspicion (?:of|for)|rule out|could be|may be|might be|concerned (?:about|for|that)|worried (?:about|that))\b/i,
];
const NOT_A_DIAGNOSIS = caseless(/\b(?:history of|had (?:a|an)|last (?:time|year|visit) (?:you|we|she|he|i)|years? ago|in the past|used to|your (?:mom|dad|mother|father|sister|brother)|if you have|do you have|have you|did you|any|no sign|no signs|no evidence|ruled out|doesn't look like|does not look like|not (?:a|an|likely)|unlikely)\b/);

/** "Your diabetes is not at goal", "your blood pressure is still not well controlled", "you're progressing well". */
const STATUS = caseless(/\b(?:(?:your|his|her|the|this|that) (?:\w+ ){0,3}?(?:is|are|has been|remains?|seems?|looks?)|you(?:'re| are)|(?:he|she)(?:'s| is)|everything(?:'s| is)|it(?:'s| is))\s+(?:still\s+|now\s+|overall\s+|really\s+|right\s+|definitely\s+|doing\s+|a (?:little|bit)\s+)?(?:not (?:yet )?)?(?:un|poorly |well |partly |partially |rate |reasonably |fairly )?(?:a |an )?(?:at goal|above goal|below goal|(?:above|below|at|on|off) target|gaining (?:weight )?(?:well|nicely)|doing (?:really|very|so|extremely) (?:well|great)|controlled|under control|stable|improving|improved|worse|worsening|getting worse|getting better|progressing(?: well| normally| as expected)?|better|resolved|resolving|healing well|in remission|undertreated|under-treated|overtreated|inadequately treated|suboptimally (?:controlled|treated)|healthy|growing well|developing (?:normally|well)|on track|recovering(?: well| nicely| as expected)?|doing (?:well|great|fine)|tolerating (?:[\w-]+ ){0,2}well|progressing nicely|making (?:good|great|steady) progress|healing(?: (?:slowly|nicely|as expected))?|(?:a )?normal (?:post-?op(?:erative)?|recovery) course)\b/);
const STATUS_SUBJECT = caseless(/\b(?:blood pressure|pressure|sugars?|a1c|diabetes|weight|pain|symptoms?|condition|everything|you(?:'re| are) (?:progressing|improving)|progressing|improving|healing|inr|cholesterol|asthma|copd|depression|anxiety|mood)\b/);

const SELF_EVIDENT_STATUS = caseless(/\b(?:gaining (?:weight )?(?:well|nicely)|doing (?:really|very|so|extremely) well|healthy,? (?:growing,? )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|month|week)[- ]old|growing well|developing normally|undertreated|overtreated|inadequately treated|on track|on schedule|progressing (?:well|normally|as expected|nicely)|recovering (?:well|nicely|as expected)|tolerating (?:[\w-]+ ){0,2}well|making (?:good|great|steady) progress|normal (?:post-?op(?:erative)?|recovery) course)\b/);

export function isStatusStatement(sentence: string): boolean {
  if (!/\b(?:if|unless|should|in case)\b/i.test(sentence) && STATUS.test(sentence) && SELF_EVIDENT_STATUS.test(sentence)) return true;
  return !/\b(?:if|unless|should|in case)\b/i.test(sentence) && STATUS.test(sentence) && (STATUS_SUBJECT.test(sentence) || DIAGNOSIS_TERM.test(sentence)) && !/\?$/.test(sentence)
    && !/\b(?:last (?:time|visit)|you (?:said|mentioned)|has it been|have you been)\b/i.test(sentence);
}

/**
 * Frames that name a problem whatever the problem is called, for conditions no lexicon lists: "this sounds like an
 * enlarged prostate", "I'm worried about preeclampsia", "what we call BPH". Pronouns, plans and praise are not problems.
 */
const OPEN_DX_FRAME = caseless(/\b(?:(?:this|it|that|what you have|what you're describing|your symptoms|everything)(?:'s| is| are)? (?:most likely |probably |likely |really )?(?:sounds?|looks?|seems?) (?:like|consistent with)|consistent with|makes? me (?:think (?:about|of)|suspect|worry about)|meets? (?:the )?(?:[\w-]+ ){0,3}criteria(?: for)?|i'm (?:worried|concerned) (?:about|for|that this (?:is|could be|might be))|i (?:suspect|think (?:this|it) (?:is|could be|might be))|what we call|this is called|the diagnosis is|my (?:impression|diagnosis) is|what i'm (?:hearing|seeing|noticing) (?:here )?is|the (?:main|biggest|big|key) (?:risks?|problems?|issues?|concerns?|things? to work on) (?:here )?(?:is|are))\s+(?:an? |some |the )?(?!you\b|your\b|yours\b|we\b|i\b|it\b|him\b|her\b|them\b|this\b|that\b|a plan\b|plan\b|good\b|great\b|fun\b|a lot\b|lots\b|everything\b|nothing\b|something\b|anything\b|things\b|what\b|how\b|when\b|if\b)[a-z][\w'-]*/);
/** "This is chemotherapy-induced nausea.": a short "this is …" naming something that is not praise or reassurance. */
const THIS_IS_DX = caseless(/^(?:(?:so|okay|and|well),?\s+)?(?:(?:this|it|that)(?:'s| is)|(?:these|those) are|they're|they are) (?:a |an |some |likely |probably |most likely |classic |typical )?(?!going\b|not\b|normal\b|good\b|great\b|fine\b|okay\b|ok\b|important\b|common\b|what\b|how\b|why\b|when\b|where\b|because\b|your\b|my\b|the\b|all\b|just\b|very\b|really\b|pretty\b|quite\b|too\b|so\b|hard\b|easy\b|nothing\b|something\b|up\b|time\b|possible\b|better\b|worse\b|fair\b|true\b|right\b|correct\b|perfect\b|helpful\b|safe\b|easier\b|better\b|been\b|done\b|over\b|here\b|there\b|from\b|for\b|to\b|in\b|on\b|at\b|about\b|like\b|that\b|this\b|a (?:good|great|little|lot|bit|few|couple|big|small|long|short)\b)[a-z][\w-]*(?: [a-z][\w-]*){0,4}\.?$/);
/** "It's a saliva sample", "it's a nasal spray": a thing handed over or done, not a condition. */
const THING_NOT_CONDITION = caseless(/\b(?:samples?|tests?|pills?|tablets?|capsules?|medications?|medicines?|shots?|creams?|sprays?|drops|procedures?|exercises?|programs?|appointments?|forms?|referrals?|visits?|study|scans?|kits?|devices?|machines?|apps?|numbers?|calls?|letters?|brochures?|handouts?|questionnaires?|swabs?|patch(?:es)?|gels?|ointments?|dressings?|boots?|braces?|splints?)\.?$/);
const FUTURE_OR_PLAN = caseless(/\b(?:going to|gonna|will|'ll|let's|want (?:you|him|her) to|should|need to|prescrib\w*|order\w*|refer\w*|schedule)\b/);

let findingWord: CaselessPattern | undefined;
/** Built on first use: the finding vocabulary is declared further down. */
function startsWithFinding(text: string): boolean {
  findingWord ??= caseless(String.raw`^(?:${FINDING}|${STANDALONE_WORDS}|\w+(?:ful|ed|ing|ive))\b`);
  return findingWord.test(text);
}

/** "So your heart failure is acting up", "your rheumatoid arthritis is affecting your grip": a condition's course. */
let conditionSubject: CaselessPattern | undefined;
function startsWithCondition(sentence: string): boolean {
  conditionSubject ??= caseless(String.raw`^(?:(?:so|and|now|well|okay),?\s+)?(?:your|his|her|their|the|this|[a-z][a-z]+'s) (?:[a-z-]+ ){0,2}?(?:${DX_SUFFIX}|${DX_WORDS})(?:e?s)? (?:is|are|has|have|seems|looks|was|were|'s|keeps|isn't|hasn't)\b`);
  return conditionSubject.test(sentence);
}

export function isDiagnosisStatement(sentence: string): boolean {
  if (startsWithCondition(sentence.trim()) && !/\?$/.test(sentence) && !FUTURE_OR_PLAN.test(sentence)) return true;
  // "This is GI stasis, probably from the tooth spurs": the naming is the first clause.
  const firstClause = sentence.trim().split(/,\s+|\s+(?:probably|because|which|from|with|and)\s+/)[0]!.replace(/[.\s]*$/, '.');
  const named = THIS_IS_DX.exec(firstClause);
  if (named && !FUTURE_OR_PLAN.test(firstClause) && !THING_NOT_CONDITION.test(firstClause) && !VISIT_REASON.test(firstClause) && !startsWithFinding(firstClause.replace(/^(?:(?:so|okay|and|well),?\s+)?(?:this|it|that)(?:'s| is) (?:a |an |some |likely |probably |most likely |classic |typical )?/i, ''))) return true;
  if (/\byou(?:'ve| have) (?:torn|broken|fractured|sprained|strained|pulled|dislocated|injured|damaged|ruptured|bruised)\b/i.test(sentence) && !/\?$/.test(sentence)) return true;
  // "What I'm hearing is the pursue-withdraw cycle: …": a naming before a colon is read without what it explains.
  const beforeColon = sentence.split(/:\s/)[0]!;
  if (OPEN_DX_FRAME.test(beforeColon) && !/\?$/.test(sentence) && !FUTURE_OR_PLAN.test(beforeColon) && beforeColon.split(/\s+/).length <= 24
    && !/\b(?:if|whether|you said|you mentioned)\b/i.test(sentence)) return true;
  if (namesSymptomAsCondition(sentence)) return true;
  if (SYMPTOM_CAUSE.test(sentence) && !/\?$/.test(sentence) && !/\b(?:if|whether|you said|you mentioned|was|were)\b/i.test(sentence)) return true;
  const cause = DRUG_CAUSE.exec(sentence);
  if (cause && !/\?$/.test(sentence) && findDrugs(sentence.slice(cause.index)).length > 0 && !/\b(?:if|whether)\b/i.test(sentence)) return true;
  if (isStatusStatement(sentence) && !/\b(?:presents?|presenting|here (?:today )?for|history of)\b/i.test(sentence)) return true;
  if (YOU_ARE_DX.test(sentence) && !/\?$/.test(sentence)) return true;
  if (!DIAGNOSIS_TERM.test(sentence) || NOT_A_DIAGNOSIS.test(sentence) || VISIT_REASON.test(sentence)) return false;
  return DX_FRAMES.some((re) => {
    const m = re.exec(sentence);
    return m !== null && DIAGNOSIS_TERM.test(sentence.slice(m.index, m.index + m[0].length + 80));
  }) || hasConditionSubject(sentence);
}

/**
 * "The tingling in your fingers is a mild peripheral neuropathy", "the heartburn is reflux from the pregnancy": a
 * symptom the patient told of, named as the condition it is, is the clinician's judgement wherever it is said.
 */
let symptomNamed: CaselessPattern | undefined;
function namesSymptomAsCondition(sentence: string): boolean {
  symptomNamed ??= caseless(String.raw`^(?:(?:so|and|okay|now|well),?\s+)?(?:the|your|his|her|their|that|this) (?:[\w-]+ ){0,4}?(?:pain|ache|aching|tightness|soreness|stiffness|swelling|numbness|tingling|pins and needles|bleeding|cough|rash|itch\w*|itchiness|headaches?|weakness|tiredness|dizziness|symptoms?|redness|burning|heartburn|breathlessness|palpitations)(?: [\w-]+){0,4}? (?:is|are|'s) (?:(?:a|an|probably|likely|most likely|just|almost certainly) )*(?:(?:mild|moderate|severe|early|small|slight|typical|classic) )?(?:[a-z-]+ ){0,2}?(?:${DX_SUFFIX}|${DX_WORDS})\b`);
  return symptomNamed.test(sentence.trim()) && !/\?$/.test(sentence) && !FUTURE_OR_PLAN.test(sentence) && !/\b(?:if|whether|you said|you mentioned|not)\b/i.test(sentence);
}

/** HAS_DX with a person (or an animal, or a name) as the subject, not a body part ("tooth 19 has deep decay"). */
function hasConditionSubject(sentence: string): boolean {
  const m = HAS_DX.exec(sentence);
  if (!m) return false;
  const words = sentence.slice(0, m.index).trim().split(/\s+/);
  while (words.length > 1 && /^(?:does|do|did|really|also|definitely|probably|still|now|certainly|clearly|likely)$/i.test(words.at(-1)!)) words.pop();
  const before = words.at(-1) ?? '';
  // "Karen, your mum has sepsis": told to a relative, the relative's mum is the patient.
  return /^(?:you|he|she|they|we|patient|child|baby|dog|cat|puppy|kitten|mum|mom|dad|mother|father|husband|wife|son|daughter|grandma|grandmother|grandpa|grandfather|nan|(?:[A-Z][a-z]+))$/.test(before.replace(/[^A-Za-z]/g, '')) && !/^(?:It|This|That|There|Tooth|The)$/.test(before);
}

/** Drug names by suffix or by name (common ones a suffix misses). */
const DRUG_SUFFIX = String.raw`\w{3,}(?:pril|sartan|olol|dipine|statin|formin|gliptin|gliflozin|glutide|azole|cillin|mycin|micin|cycline|floxacin|prazole|tidine|zepam|oxetine|triptan|dronate|parin|xaban|gatran|mab|caine|codone|morphone|profen|fenac|oxacin|thiazide|semide|tropium|afil|setron|tadine|pramine|triptyline|peridol|apine|idone|zosin|azosin)`;
const DRUG_NAMES = String.raw`(?:ketorolac|toradol|ibuprofen|advil|motrin|tylenol|acetaminophen|paracetamol|aspirin|naproxen|aleve|warfarin|coumadin|eliquis|xarelto|plavix|clopidogrel|metformin|insulin|lantus|humalog|ozempic|lisinopril|losartan|amlodipine|metoprolol|atenolol|hydrochlorothiazide|hctz|furosemide|lasix|spironolactone|potassium|atorvastatin|lipitor|rosuvastatin|crestor|simvastatin|pravastatin|levothyroxine|synthroid|albuterol|salbutamol|ventolin|proair|spiriva|symbicort|advair|flovent|fluticasone|budesonide|montelukast|singulair|prednisone|prednisolone|dexamethasone|methylprednisolone|medrol|amoxicillin|augmentin|clavulanate|azithromycin|zithromax|doxycycline|cephalexin|keflex|ciprofloxacin|cipro|levofloxacin|nitrofurantoin|macrobid|bactrim|sulfamethoxazole|trimethoprim|metronidazole|flagyl|clindamycin|penicillin|ceftriaxone|vancomycin|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|paroxetine|bupropion|wellbutrin|venlafaxine|effexor|duloxetine|cymbalta|trazodone|mirtazapine|buspirone|hydroxyzine|lorazepam|ativan|alprazolam|xanax|clonazepam|diazepam|gabapentin|pregabalin|lyrica|cyclobenzaprine|flexeril|methocarbamol|tizanidine|tramadol|oxycodone|hydrocodone|morphine|fentanyl|codeine|sumatriptan|imitrex|rizatriptan|propranolol|topiramate|amitriptyline|nortriptyline|omeprazole|prilosec|pantoprazole|esomeprazole|famotidine|pepcid|tums|ondansetron|zofran|maropitant|cerenia|loperamide|imodium|dioralyte|miralax|docusate|senna|cetirizine|zyrtec|loratadine|claritin|fexofenadine|allegra|diphenhydramine|benadryl|epinephrine|epipen|nitroglycerin|heparin|enoxaparin|lovenox|digoxin|amiodarone|diltiazem|verapamil|carvedilol|hydralazine|clonidine|tamsulosin|finasteride|sildenafil|viagra|estradiol|progesterone|testosterone|lidocaine|chlorhexidine|triamcinolone|hydrocortisone|mupirocin|bacitracin|neosporin|ketoconazole|clotrimazole|terbinafine|nystatin|fluconazole|valacyclovir|acyclovir|oseltamivir|tamiflu|methotrexate|humira|allopurinol|colchicine|iron|ferrous sulfate|vitamin d|b12|folic acid|multivitamin|melatonin|magnesium|calcium|fish oil|metamucil|mebeverine|antihistamines?|antibiotics?|steroids?|inhalers?|muscle relaxers?|muscle relaxants?|blood thinners?|water pills?|statins?|antidepressants?|d10|dextrose|saline|fluids|gtn|glyceryl trinitrate|alendronic acid|co-codamol|co-amoxiclav|mefloquine|malarone|atovaquone|levetiracetam|keppra|valproate|lamotrigine|lithium|methylphenidate|ritalin|zopiclone|varenicline|champix|beclometasone|clenil|qvar|fostair|seretide|relvar|flutiform|trelegy|beclomethasone|cefalexin|oramorph|buprenorphine|methadone|naloxone|gliclazide|lactulose|movicol|laxido|betamethasone|clobetasol|permethrin|aciclovir|valaciclovir|letrozole|anastrozole|tamoxifen|salmeterol|formoterol|mirabegron|oxybutynin|solifenacin|tolterodine|nicotine (?:patch(?:es)?|gum|replacement|lozenges?)|hrt|emollients?)`;
export const DRUG = caseless(String.raw`\b(?:${DRUG_SUFFIX}|${DRUG_NAMES})\b`, 'g');

export function findDrugs(sentence: string): string[] {
  return sentence.match(DRUG) ?? [];
}

/** Tests, imaging and procedures a clinician orders. */
export const TEST_WORDS = String.raw`(?:x-?rays?|mri|ct(?: scan)?|cat scan|ultrasound|echo(?:cardiogram)?|ekg|ecg|labs?|lab work|blood ?work|blood tests?|cbc|cmp|bmp|metabolic panel|lipid panel|a1c|tsh|thyroid|urinalysis|urine (?:test|culture|sample)|culture|swab|biopsy|stress test|spirometry|colonoscopy|mammogram|scan|panel|troponin|inr|d-dimer|cultures|imaging|study|swallow study|barium swallow|sleep study|holter|monitor|test(?:ing)?|screening|dexa|bone density|pap|strep test|covid test|pregnancy test|glucose tolerance test|eye exam)`;

const PLAN_VERBS = caseless(/\b(?:i(?:'m| am)? (?:going to|gonna) (?:start|prescribe|put|give|send|order|refer|get|check|draw|schedule|increase|decrease|lower|raise|switch|change|add|stop|hold|place|admit|call|book|set|arrange|request|recommend|have|do|try|repeat|recheck|keep|continue|write|fit|show|teach|use|treat|swab|run|cover|see)|i(?:'ll| will| would like to|'d like to| want to| wanna) (?:clean|wrap|dress|numb|drain|remove|trim|start|prescribe|put|give|send|order|refer|get|check|draw|schedule|increase|decrease|lower|raise|switch|change|add|stop|hold|place|admit|call|ring|phone|book|set|arrange|request|recommend|have|do|try|repeat|recheck|keep|continue|write|see|fit|show|teach|use|treat|swab|run|cover)|we(?:'ll| will|'re going to| are going to|'re gonna| want to| need to|'d like to| can) (?:start|prescribe|put|give|send|order|refer|get|check|draw|schedule|increase|decrease|lower|switch|change|add|stop|hold|place|admit|call|book|set|arrange|request|repeat|recheck|keep|continue|see|follow|treat|do|try|use|run|swab|talk|meet|reassess|transport|take|monitor|fit|show|teach|cover|work)|let's (?:start|try|get|check|do|schedule|increase|decrease|switch|change|add|stop|hold|plan|follow|keep|continue|meet|book|set|aim|repeat|recheck|talk|practice|work|use|go)|i(?:'d| would) (?:like|recommend|suggest|advise)|i recommend|i suggest|i advise|i can (?:book|schedule|send|call|get|give|refer|order|see|set)|i'm (?:also |now |just )?(?:prescribing|ordering|referring|starting|sending|adding|increasing|giving|placing|requesting|booking|calling|putting|switching|stopping|changing|progressing|continuing|updating|advancing|modifying)|we're (?:starting|sending|giving|adding|admitting|increasing|putting|going|doing|ordering)|you(?:'ll| will) (?:need|be|have|want|get|start|take|go)|you (?:need|should|can|may|must) (?:to )?(?:take|use|start|stop|continue|keep|avoid|ice|rest|elevate|drink|eat|come|go|call|get|see|try|do|wear|limit|cut|apply|give|bring|feed|practice|floss|brush|hold|skip|book|follow|replace|aim|work)|(?:^|[,;]\s*(?:and\s+)?|\band then\s+|\bthen\s+|\bplease\s+|\bjust\s+)(?:take|start|stop|hold|continue|keep|avoid|ice|rest|elevate|drink|apply|use|wear|call|come back|go to|return|bring|feed|give|limit|cut back|try|do|floss|brush|skip|book|replace|swap|aim|practice|work up|breathe|inhale|exhale|shake|wait|eat|sleep|walk|stretch|wash|clean(?!,? (?:and )?(?:dry|intact))|change|remove|check|measure|record|write down|weigh|watch|put|place|soak|cover|finish|get up|moisturize|massage|gargle|rinse|spit|chew|sit|stand)\b)/);
const PLAN_NOUNS = caseless(/\b(?:follow[- ]?up|come back|see (?:you|him|her|them) (?:back|again|in)|recheck|return (?:if|to|for|in)|call (?:us|me|911|the office|back|if)|go to the (?:er|emergency|hospital)|emergency room|911|999|admit(?:ted)?|admission|observation|refer(?:ral|red|ring)?|consult|prescri\w+|refill|dose|mg\b|milligrams?|twice a day|once a day|three times a day|every \w+ hours|as needed|daily|weekly|nightly|at night|physical therapy|home exercise|exercise program|stretch(?:es|ing)?|brace|splint|crutches|sling|ice|heat|diet|fluids|rest|surgery|procedure|injection|vaccine|tdap|tetanus|booster|immuniz\w*|transport|disposition|appointment|next (?:visit|session|week|month)|in \d+ (?:days?|weeks?|months?)|\d+(?: to \d+)? (?:days?|weeks?|months?)|results|in (?:a|one|two|three|four|six) (?:days?|weeks?|months?)|times a week|sessions?|therapy|treatment|needles?|stimulation|minutes|massage|manipulation|adjustment|mobilization|traction|taping|cupping|program|exercises?|activit(?:y|ies)|goals?|log|diary|journal|walking|steps|water|drinks?|meals?|foods?|snacks?|portions?|calories|protein|vegetables|fruits?|sodium|salt|sugar|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekly|practice|work|school|liquids|dressings?|wound care|x-?ray|culture|monitor\w*|education|instructions|pill ?box|rinse|floss\w*|crown|filling|cleaning|call|meet\w*|visit|results|incision|drainage|biopsy|excision|removal|repair|debridement|ambulance|hospital|a&e|emergency department|paramedics|for (?:the |your |his |her )?(?:pain|fever|nausea|itch\w*|swelling|infection|cough|sleep|anxiety))(?:e?s)?\b/);
/** "You were started on…", "last time we…": plan words that describe the past belong to the history. */
const PAST_PLAN = caseless(/\b(?:last (?:time|visit|week|month|year)|ago|were (?:started|put|given|told)|was (?:started|prescribed)|you(?:'ve| have) been (?:taking|on|using)|you're (?:still )?(?:taking|on)|had (?:you|him|her) on|previously)\b/);

const TEST_WORD = caseless(String.raw`\b${TEST_WORDS}\b`);
const PLAN_ANYWHERE = caseless(/\b(?:(?:gets?|getting|receives?|will get|is getting|is due for) (?:(?:her|his|their|your|the) )?(?:[\w-]+ )?(?:vaccines?|shots?|immunizations?|boosters?)|you(?:'ll| will) need (?:a|an|some|to)|helps a lot|really helps|can really help|(?:the )?treatment (?:is|will be|here is)|the plan is|refused (?:transport|treatment|care)|declined (?:transport|treatment)|signed out|against medical advice|light duty|modified duty|work restrictions?|off work|out of work|no lifting|return to work|(?:school|work) note|avoidance of|read (?:the )?labels|results (?:take|will take|should be back|come back in)|re-?test\w*|(?:neurosurgery|cardiology|surgery|orthopedics|ortho|neurology|gi|urology|the surgeon|the surgical team|the specialist|psychiatry|social work) (?:is|are|will|has been|have been) (?:on (?:their|the|its) way|coming|consulted|called|paged|see|come|evaluate)|(?:is|are|she's|he's|you're|they're) (?:also )?due for|can help (?:at home|with)|(?:helps|will help) with the|(?:sutures|stitches|staples|cast|splint|brace|drain)s? (?:will |can |should )?(?:come|comes) (?:out|off)|removed in \d+|follow[- ]?up|come back in|(?:'ll|will|want to|like to|let's|need to) see (?:you|him|her|them) (?:back|again)|see you (?:back )?in|recheck in|return in|reassess\w*|re-?evaluate|you(?:'ll| will) be admitted|admit(?:ting)? you|call 911|go to the (?:er|emergency)|referr(?:al|ing) (?:you|him|her|them) (?:to|for))\b/);

/** "Presents today for follow-up of…", "a 58-year-old here for…": the reason for the visit, not a plan. */
const VISIT_REASON = caseless(/\b(?:this is an? (?:[\w-]+ ){0,2}?(?:follow[- ]?up|new patient|annual|routine|well|initial|post-?op(?:erative)?|telehealth|video|phone)(?: \w+)? (?:visit|appointment|exam|check|call)|presents?|presenting|here (?:today )?(?:for|because|about)|here because|brought (?:in|her|him) (?:for|because)|(?:coming|came|come) in (?:today )?for|in today for|year[- ]old|history of)\b/);

/** "Losing some weight would also take pressure off the knee": advice with a gerund subject. */
const GERUND_ADVICE = caseless(/^(?!(?:it|this|that|which|what|nothing|something|anything|everything|he|she|they|you|i|we)\b)[a-z][\w-]*(?: [\w-]+){0,4}(?:,[^,]{1,40},)? (?:can|will|may|might|should|would) (?:really |also )?help (?:to )?(?:slow|reduce|prevent|ease|relieve|soothe|calm|heal|with|the|your|his|her|their|keep|control|improve|lower)\b|^(?!(?:it|this|that|which|what|nothing|something|he|she|they|you|i|we)\b)[a-z][\w-]*(?: [\w-]+){0,3} (?:helps?|help) (?:with|to|the|your|his|her|their|relieve|ease|soothe|reduce)\b|^(?:if [^,]{0,80},\s*)?(?:(?:so|and|also|eh|uh|um)[\s,]+)*(?:losing|getting|cutting|doing|taking|starting|stopping|avoiding|keeping|using|wearing|drinking|eating|walking|sleeping|elevating|icing|stretching|quitting)\b[^.?!]{0,60}\b(?:would|will|can|could|should|may|might) (?:also )?(?:help|take|reduce|improve|make|lower|ease|protect|prevent)\b|^it(?:'s| is) (?:really |just |all |about |mostly )*(?:making sure|keeping|getting|drinking|resting)\b/);
const STRONG_PLAN = caseless(/^(?:(?:for|about|as for|regarding) [^,]{1,30},\s*)?(?:(?:so|and|okay|now|also|first|then|for now|today|first goal|please)[\s,]+)*(?:go ahead and|you(?:'ll)? need(?= (?:a |an |some |new |to )?\w)|i(?:'d| would) (?:also |really |just )?(?:like|want) (?:you |him |her |them )?to|i(?:'d| would) (?:also )?like (?:a|an|some)(?= )|we should|we need to|we(?:'ll| will) need to|we (?:may|might) need to|i (?:also )?want to (?:help|get|start|check|make sure|try|switch|change|add)|i recommend|i'd recommend|i suggest|i'd suggest|let's|we(?:'ll| will)|i want (?:you|him|her) to|you should|(?:he|she|they) should|(?:he|she) needs to|i'll have you|i'm going to have you|don't|do not|never|avoid|try to|make sure|keep|continue|it would be (?:helpful|good|best|a good idea|important|sensible) (?:if|to)|i think it (?:might|would|may) be (?:worth|best|a good idea)|it (?:might|would|may) be worth|i(?:'d)? advise|(?:maybe,? )?you (?:can|could|might want to),? (?!be\b|see\b|have\b|hear\b|feel\b|tell\b)\w+|the other thing (?:which|that) is important)\s+(?!ask\b|talk\b|look\b|listen\b|examine\b|take a look|go over|review\b|see how|check (?:your|you|him|her)\b|start by|get started|do (?:a|an|your|the) (?:quick )?(?:exam|physical|test)|start with|move on|take a listen|have a look|feel\b|measure\b|test\b|get you checked in|see\b|hear\b)/);

/** A procedure done in the visit: "I'm going to debride the callus", "I'll take off these steri-strips". */
const PROCEDURE = caseless(/\b(?:i|we)(?:'m| am|'re| are) (?:now |just |also )?(?:giving (?:you|him|her|them)|handing (?:you|him|her|them)|fitting (?:you|him|her|them)|cleaning|putting on|applying|placing|changing|removing|debriding|injecting|numbing|suturing|stitching|wrapping|taping|draining|trimming|paring|dressing|splinting|irrigating|packing)\b|\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna|'re gonna| can| could)(?: (?:just|also|now|go ahead and))? (?:debride|pare|freeze|inject|aspirate|irrigate|suture|stitch|lance|incise|excise|extract|drain|numb|splint|cast|remove|take (?:out|off)|trim|clean (?:out|up)?|dress|wrap|tape|apply|fill|polish|scale|biopsy|cauterize|reduce|adjust|manipulate|mobilize|release|needle|cup|massage)\b(?! (?:you|your|at|over|through|about)\b)/);
/** "The team recommends a short stay…", "testing is recommended": a recommendation said of others or in the passive. */
const RECOMMENDED = caseless(/\b(?:the (?:team|doctors?|surgeons?|therapists?)|our team|we all) (?:recommends?|suggests?|advises?|would like)\b|\b(?:is|are) (?:recommended|advised)\b/);

export function isPlanStatement(sentence: string): boolean {
  if (VISIT_REASON.test(sentence)) return false;
  if ((PROCEDURE.test(sentence) || RECOMMENDED.test(sentence)) && !/\?$/.test(sentence) && !/\b(?:if|last (?:time|visit)|ago)\b/i.test(sentence)) return true;
  if ((STRONG_PLAN.test(sentence) || GERUND_ADVICE.test(sentence)) && !/\?$/.test(sentence)) return true;
  if (PLAN_ANYWHERE.test(sentence) && !/\?$/.test(sentence) && !/\b(?:last (?:time|visit)|ago|were (?:started|put|given|told))\b/i.test(sentence)) return true;
  if (PAST_PLAN.test(sentence) && !/\b(?:now|today|instead|going forward|from now)\b/i.test(sentence)) return false;
  if (PLAN_ANYWHERE.test(sentence)) return true;
  return PLAN_VERBS.test(sentence) && (PLAN_NOUNS.test(sentence) || TEST_WORD.test(sentence) || findDrugs(sentence).length > 0);
}

/** "And your breathing is getting really worse, then you would need to take yourself to A and E": the "if" left unsaid. */
export function isUnsaidIfPrecaution(sentence: string): boolean {
  return /^(?:and|but|so)?,?\s*(?:your|his|her|the) [a-z ]{2,30} (?:is|are|gets?|getting|keeps?) [^,]{0,40}\b(?:worse|bad|worsening)\b[^,]{0,20},\s*then (?:you|he|she|they) (?:would |will |should |must )?(?:need to |have to )?(?:go|come|call|ring|take|seek|get)\b/i.test(sentence);
}

/** "If it gets worse… come back / go to the ER": return precautions. */
export function isReturnPrecaution(sentence: string): boolean {
  // "Things to look out for would be worsening tummy pain…": safety-netting named as such, whatever follows.
  if (/^(?:(?:so|and|but|also|okay|now),?\s+)?(?:the )?(?:main |important )?(?:things|signs|symptoms|red flags|warning signs) (?:to|you should|i'd like you to|i want you to|we'd want you to) (?:look out for|watch (?:out )?for|be aware of|keep an eye (?:out )?(?:on|for))\b/i.test(sentence)) return true;
  // "Otherwise, if he's not better in 48 hours, bring him back"; "…, I want him seen the same day".
  if (/^(?:(?:and|but|so|also|otherwise|then|the important (?:part|thing)(?: is)?),?:?\s+)?if\b/i.test(sentence) && /\b(?:call|come (?:right |straight )?back|come in|return|go (?:to|straight to)|seek|911|999|bring (?:him|her|them) (?:back|in)|see (?:him|her|you|them)|see (?:your|a|the) (?:doctor|gp|provider|physician|pediatrician|dentist|vet)|be seen|(?:him|her|them|you) seen)\b/i.test(sentence)) return true;
  if (isUnsaidIfPrecaution(sentence)) return true;
  return /\b(?:if|should|when|in case)\b.{0,80}\b(?:worse|worsen\w*|doesn't (?:improve|get better|go away)|not (?:better|improving|resolved)|develop|notice|get|start|stop|can't|cannot|come back|return|persist\w*|spread\w*|fever|trouble|changes?)\b/i.test(sentence)
    && /\b(?:call|come back|come in|return|go to|seek|911|999|er\b|emergency|let (?:me|us) know|contact|book|see (?:us|me)|see (?:your|a|the) (?:doctor|gp|provider|physician|pediatrician|dentist|vet)|bring (?:him|her|them))\b/i.test(sentence);
}

/** Named labs, scores and body measurements that carry a value. */
export const VALUE_NAMES = String.raw`(?:\w+ levels?|balance|peak flow|vision|visual acuity|eye pressure|intraocular pressure|iop|cup to disc(?: ratio)?|acuity|troponin|inr|a1c|hemoglobin a1c|hba1c|hemoglobin|hgb|hematocrit|ferritin|iron|potassium|sodium|creatinine|egfr|gfr|bun|glucose|blood sugar|sugar|ldl|hdl|cholesterol|triglycerides|tsh|t4|white (?:blood )?(?:cell )?count|wbc|platelets?|psa|vitamin d|b12|alt|ast|bilirubin|lipase|lactate|d-dimer|bnp|crp|sed rate|esr|phq-?9|phq|gad-?7|gad|score|weight|bmi|body mass index|waist|height|grip(?: strength)?|flexion|extension|abduction|rotation|range of motion|strength|fundal height|fetal heart rate|heart rate|pulse|blood pressure|temperature|temp|oxygen(?: saturation)?|saturation|sat|sats|respiratory rate|resp rate|ejection fraction|pocket depths?|pockets?|peak flow|fev1|pain scale|inr)`;
const VALUE_WITH_NUMBER = caseless(String.raw`\b\d+(?:st|nd|rd|th) percentile\b|\b${VALUE_NAMES}\b[^.?!]{0,40}?\b\d+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\s*(?:%(?!\w)|(?:mg\/dl|mmol|percent|pounds|lbs?|kg|kilos?|kilograms?|degrees|cm|centimeters|millimeters|mm|breaths (?:a|per) minute)\b)`);

export function hasMeasuredValue(sentence: string): boolean {
  return VALUE_WITH_NUMBER.test(sentence);
}

/** A lab or test being ordered rather than reported. */
const ORDER_SHAPE = caseless(String.raw`\b(?:order\w*|check\w*|draw|get|run|repeat|recheck|send|request\w*|schedule|do|needs?)\b[^.?!]{0,40}\b${TEST_WORDS}\b|\b${TEST_WORDS}\b[^.?!]{0,30}\b(?:ordered|pending|next (?:week|month|visit)|in \w+ (?:weeks?|months?))`);
const ORDER_TENSE = caseless(/\b(?:will|'ll|going to|gonna|let's|want to|would like|'d like|need to|(?:she|he|they|the patient) (?:also )?needs?|(?:we|you|i) (?:also )?need (?:a|an|some)|i'm ordering|ordering|requesting|schedule|repeat|recheck|next|pending)\b/);

export function isOrder(sentence: string): boolean {
  return ORDER_TENSE.test(sentence) && ORDER_SHAPE.test(sentence);
}

const BODY = String.raw`(?:cords?|vocal (?:cords?|folds?)|gumline|dix-hallpike|hallpike|romberg|straight leg raise|drawer(?: test)?|lachman|mcmurray|hawkins|neer|phalen|tinel|murphy's|mcburney|psoas|finkelstein|spurling|faber|apley|thompson|thinking|thought process|nails?|fingernails?|scalp|patch(?:es)?|plaques?|inhaler|technique|voice|swallow\w*|liquids?|solids|bolus|larynx|cough reflex|trial|ear|ears|eardrum|eardrums|tympanic membranes?|tm|canal|throat|tonsils?|pharynx|nose|nasal|sinus(?:es)?|eyes?|pupils?|conjunctiva\w*|lungs?|breath sounds|chest|heart|abdomen|belly|bowel sounds|liver|spleen|skin|rash|wound|ulcer|incision|lesion|gums?|teeth|tooth|molar|premolar|incisor|pockets?|tongue|mouth|neck|lymph nodes?|thyroid|back|spine|lumbar|cervical|thoracic|paraspinals?|trapezius|muscles?|joint|joint line|knee|knees|hip|hips|shoulder|shoulders|elbow|wrist|hand|hands|fingers?|thumb|snuffbox|ankle|ankles|foot|feet|heel|toe|toes|leg|legs|calf|calves|arm|arms|extremit\w+|pulses|reflexes|sensation|gait|strength|grip|range of motion|flexion|extension|rotation|abduction|bladder|uterus|cervix|fundus|prostate|rectal|stool|coat|mucous membranes|gum color|lymph|abdominal|face|facial|speech|mood|affect|thought|insight|judgment|cognition|orientation|mental status|c\d|l\d|t\d|s1)`;
const FINDING = String.raw`(?:polyps?|mucus|pus|lame|lameness|heat|warmth|bounding|sensitive|inflamed|comedones|papules|pustules|breathy|strained|hoarse|raspy|cavities|plaque|confused|lethargic|drowsy|responsive|unresponsive|agitated|nystagmus|tearful|teary|constricted|organized|disorganized|pressured|goal-directed|pitting|scale|scaly|silvery|pink|well-defined|flaking|crusting|incorrect|correct|coughing|cough|wet|delayed|pocketing|residue|aspiration|penetration|red|reddened|bulging|swollen|swelling|inflamed|erythema|erythematous|enlarged|tender|tenderness|warm|hot|pale|pallor|cyanotic|dry|moist|clear|normal|abnormal|intact|decreased|diminished|absent|reduced|limited|restricted|full|weak|positive|negative|present|crackles|rales|rhonchi|wheez\w*|murmur|rub|gallop|regular|irregular|distended|soft|firm|hard|guarding|rebound|mass|masses|nodules?|lesions?|ulcer\w*|vesicles?|plaques?|papules?|pustules?|drainage|discharge|pus|purulent|bleeding|decay|cavity|caries|calculus|tartar|fractured|cracked|loose|mobile|crepitus|spasm|spasms|effusion|deformity|bruising|ecchymosis|laceration|abrasion|scar|o?edema|jvd|shortened|rotated|externally rotated|asymmetric|symmetric|equal|reactive|unremarkable|benign|clean|healing|infected|dehydrated|painful|tense|tight|guarded|slurred|flat|anxious|depressed|congruent|linear|alert|oriented|coherent|appropriate|stable|mild|moderate|severe|(?:\d+|one|two|three|four|five) out of (?:5|five)|\d\/5|degrees)`;
const FINDING_SENTENCE = caseless(String.raw`\b${BODY}\b[^.?!]{0,60}\b${FINDING}\b|\b${FINDING}\b[^.?!]{0,40}\b${BODY}\b`);

const STANDALONE_WORDS = String.raw`(?:stridor|retractions|nystagmus|murmurs?|crackles|rales|rhonchi|o?edema|crepitus|erythema|exudate|tender|sore|stiff)`;
const STANDALONE_FINDING = caseless(/\b(?:lame|lameness|nasal polyps|comedones|hoof testers|digital pulses?|tearful|teary|confused|lethargic|postictal|unresponsive|cavities|plaque|stridor|retractions|nystagmus|murmurs?|wheez\w+|crackles|rales|rhonchi|o?edema|clubbing|cyanosis|jaundice|pallor|lymphadenopathy|hepatomegaly|splenomegaly|tachycardi\w*|bradycardi\w*|afebrile|febrile|diaphoretic|ataxia|tremor|effusion|crepitus|erythema|exudate|ecchymosis|hematoma|guarding|rebound|distension|distention)\b/);

export function isExamFinding(sentence: string): boolean {
  return (FINDING_SENTENCE.test(sentence) || STANDALONE_FINDING.test(sentence)) && !/\b(?:will|'ll|going to|gonna|want you to|if you|do you|does it|did you|have you|can you|could you|should|let's)\b/i.test(sentence);
}

/** "There's a bit of tartar here", "tight right there": a finding pointed at on the body in front of the clinician. */
let pointedFinding: CaselessPattern | undefined;
export function isPointedFinding(sentence: string): boolean {
  pointedFinding ??= caseless(String.raw`\b(?:${FINDING}|${STANDALONE_WORDS}|tightness|tension|knots?|tartar|callus)\b[^.?!]{0,40}\b(?:right here|here|right there|on this side)[.!]?$`);
  return pointedFinding.test(sentence) && !/\?$/.test(sentence) && !/\b(?:will|'ll|going to|if you|do you|does it|did you|have you|can you|could you|should|let's|tell me)\b/i.test(sentence);
}

/** A finding stated as seen now ("her right leg is shortened", "I'm feeling trigger points"), not recalled history. */
export function isPresentFinding(sentence: string): boolean {
  return isExamFinding(sentence)
    && /\b(?:is|are|you're|you were|he's|she's|it's|looks?|appears?|shows?|feels?(?! like)|has (?:a|an|no)|there(?:'s| is| are)|i(?:'m| am) (?:feeling|seeing|hearing|noting)|i (?:can )?(?:feel|see|hear|note|appreciate))\b/i.test(sentence)
    && !/\b(?:been|you said|you mentioned|you(?:'ve| have)|feels? like|you feel|used to|last (?:time|week|visit))\b/i.test(sentence);
}
