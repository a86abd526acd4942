/**
 * The words that speak for a clinical encounter, for the clinical-content gate (clinical-content.ts). Each distinct
 * match counts once. Besides symptoms, body parts, findings, medicines and clinicians, the everyday words of care
 * count too — daily living, feelings, a child's development, drinking, the places and people of care — because a
 * social worker's, a keyworker's or a speech therapist's visit names no symptom at all. These words are common
 * enough elsewhere; the gate weighs them against the signs of other kinds of text (non-clinical-signs.ts).
 */
import { caseless } from '../text/caseless-pattern.js';

/** Words and phrases that, taken together, only clinical talk uses. Each distinct match counts once. */
export const CLINICAL_CUE = caseless(String.raw`\b(?:${[
  // symptoms and complaints
  'pain(?:ful)?', 'aches?', 'aching', 'hurts?', 'hurting', 'sore(?:ness)?', 'fevers?', 'feverish', 'chills', 'coughs?', 'coughing',
  'nause(?:a|ous)', 'vomit(?:ing|ed)?', 'throwing up', 'threw up', 'diarrh(?:o)?ea', 'constipat\\w*', 'dizz\\w*', 'lightheaded',
  'headaches?', 'migraines?', 'fatigue[ds]?', 'tired(?:ness)?', 'numb(?:ness)?', 'tingl\\w*', 'itch\\w*', 'rash(?:es)?',
  'swell\\w*', 'swollen', 'bleed\\w*', 'bruis\\w*', 'wheez\\w*', 'short(?:ness)? of breath', 'palpitations?', 'faint\\w*',
  'sweats', 'sweaty', 'cramp\\w*', 'stiff(?:ness)?', 'injur\\w*', 'symptoms?', 'appetite', 'insomnia', 'hoarse\\w*',
  'discharge', 'urinat\\w*', 'peeing', 'bowel movements?', 'stools?', 'sputum', 'phlegm', 'congest\\w*', 'runny nose',
  'sneez\\w*', 'sore throat', 'limp\\w*', 'seizures?', 'anxious', 'anxiety', 'depress\\w*', 'suicid\\w*', 'panic attacks?',
  // mind, habits and the history a clinician takes
  'grie(?:f|ving)', 'bereave\\w*', 'tearful', 'mood', 'sleep(?:ing)?', 'nightmares?', 'self-harm', 'hurting yourself', 'smok\\w*',
  'tobacco', 'alcohol', 'drinks? (?:a|per) (?:day|week)', 'recreational drugs', 'pregnan\\w*', 'period', 'menstrual', 'medical history',
  'family history', 'social history', 'surgeries', 'disability', 'symptom', 'stutter\\w*', 'swallow\\w*', 'speech', 'aphasia',
  'choking', 'eviction', 'evicted', 'homeless\\w*', 'shelter', 'food bank', 'food stamps', 'medicaid', 'medicare',
  'case manag\\w*', 'caseworker', 'safety plan', 'domestic violence', 'abuse', 'substance use', 'genetic\\w*', 'mutation', 'hereditary', 'brca\\d?', 'calories', 'protein', 'carbs', 'blood sugars?', 'insulin',
  // body, as people speak of their own
  'chest', 'abdomen', 'abdominal', 'belly', 'tummy', 'throat', 'lungs?', 'kidneys?', 'liver', 'bladder', 'spine', 'knees?',
  'ankles?', 'wrists?', 'elbows?', 'hips?', 'shoulders?', 'neck', 'ears?', 'eyes?', 'teeth', 'tooth', 'gums?', 'skin', 'toes?',
  'fingers?', 'forehead', 'jaw', 'pelvis', 'groin', 'uterus', 'prostate', 'heels?', 'foot', 'feet', 'calf', 'calves', 'muscles?', 'joints?',
  // examining, measuring, results
  'exam(?:ination)?', 'examine', 'blood pressure', 'heart rate', 'pulse', 'temperature', 'oxygen', 'saturation', 'mmhg',
  'bpm', 'weight', 'bmi', 'tender(?:ness)?', 'murmurs?', 'reflexes', 'range of motion', 'x-?rays?', 'mri', 'ct scan',
  'ultrasound', 'blood work', 'bloodwork', 'labs?', 'a1c', 'hba1c', 'sugars', 'cholesterol', 'glucose', 'urine', 'biopsy', 'ekg', 'ecg',
  'vitals?', 'stethoscope', 'swab', 'culture',
  // care
  'doctor', 'doc', 'physician', 'nurse', 'clinic', 'hospital', 'emergency room', 'the er', 'ambulance', 'pharmacy',
  'pharmacist', 'dentist', 'therapist', 'patient', 'diagnos\\w*', 'prescri\\w*', 'medications?', 'medicines?', 'meds',
  'pills?', 'tablets?', 'capsules?', 'doses?', 'dosage', 'mg', 'milligrams?', 'mcg', 'inhaler', 'injections?', 'vaccin\\w*',
  'allerg\\w*', 'surgery', 'surgical', 'stitches', 'sutures?', 'referral', 'follow[- ]?up', 'appointment', 'vet', 'veterinar\\w*',
  'physio\\w*', 'chiropract\\w*', 'paramedics?', 'ems', 'triage', 'counsel(?:l)?ing', 'therapy', 'counsel(?:l)?or',
  // therapy, rehabilitation and animal care, where the visit names few symptoms or medicines
  'worr(?:y|ied|ies|ying)', 'catastrophi\\w*', 'thought records?', 'coping', 'overwhelmed', 'lonel(?:y|iness)', 'cr(?:y|ying|ied)',
  'walking (?:frame|stick|aid)', 'zimmer frame', 'walker', 'crutch(?:es)?', 'wheelchair', 'sit to stand', 'timed up and go',
  'mobility', 'exercises', 'stretch(?:es|ing)', 'paws?', 'flea\\w*', 'worming', 'neutered', 'spayed', 'litter (?:tray|box)',
  'hydroly[sz]ed', 'food trial', 'scratch(?:ing|es|y)', 'food diary', 'carb counting', 'sugary drinks', 'portion sizes?',
  // how a carer opens and follows up
  'feel(?:s|ing)? (?:better|worse|low|down|sad|anxious|dizzy|sick|unwell)', 'how (?:are|have) you been(?: feeling)?', 'unwell', 'poorly',
  'last (?:session|visit|appointment)', 'next (?:session|visit|appointment)', 'home visit', 'recover(?:y|ing|ed)', 'healing',
  'unsteady', 'weigh(?:s|ed)',
  'phq-?9', 'gad-?7', 'scale of (?:zero|one|0|1) to (?:ten|10)', 'out of (?:ten|10)', 'occupational therap\\w*', 'adls?',
].join('|')})\b`, 'g');
/** The everyday words of care: what a visit about living, feeling, growing or drinking talks of. */
export const CARE_CUE = caseless(String.raw`\b(?:${[
  // daily living and function
  'washing and dressing', 'get(?:ting)? (?:washed|dressed)', 'dress(?:ing)? (?:my|him|her|your)sel(?:f|ves)', 'the toilet',
  'commode', 'grab rails?', 'bath board', 'stair ?lift', 'pendant alarm', 'had (?:a|two|three|some|several) falls?', 'falls? at home', 'fell over', 'tripped', 'legs? (?:go|went|gave)',
  'stairs', 'can(?:no|\')t (?:reach|walk|stand|bend|grip|lift|sleep|eat|swallow|breathe|hear|see)',
  'grip', 'kneel\\w*', 'squat\\w*', 'mobility aid', 'wobbly',
  // feelings and the talk of a session
  'upset(?:ting)?', 'scared', 'frightened', 'stressed', 'stress', 'guilty', 'ashamed', 'embarrassed', 'frustrated', 'angry',
  'exhaust(?:ed|ing)', 'knackered', 'on (?:my|our) knees', 'low moments?', 'emotional', 'relieved', 'can(?:no|\')t cope',
  'how (?:are|is|have|has) (?:you|he|she|they|things)(?: been)? (?:getting on|managing|coping|doing|going|feeling)',
  'how(?:\'s| is| has| was| have) (?:the|your|his|her|their) (?:last )?(?:\\w+ )?(?:week|weeks|night|nights|days?) (?:been|going|gone)',
  'how do you feel', 'in (?:your|him|her)self', 'what went through your mind',
  // growing up, feeding and a baby's day
  'nappies', 'nappy', 'feeds? every', 'feeding', 'latch\\w*', 'breast(?:feeding|milk)?', 'weaning', 'cot',
  'babbl\\w*', 'first words', '(?:the|a|an) [a-z]{1,2} sounds?', 'milestones?', 'behind for', 'bedtime', 'naps?', 'tantrums?', 'meltdowns?',
  // drinking and drugs
  'drink(?:ing|s)?', 'drunk', 'cans', 'spirits', 'dry days?', 'sober\\w*', 'relapse\\w*', 'cravings?', 'withdrawal',
  'the shakes', 'shaky', 'sweat(?:ing|s)?', 'detox',
  // eating and weight
  'breakfast', 'meals?', 'snacks?', 'hungry', 'starving', 'portions?', 'diet', 'scales', 'kilos?', 'pounds? (?:on|off)',
  // the places, people and services of care
  'ward', 'admission', 'admitted', 'a&e', 'a and e', 'gp', 'carers?', 'care home', 'day centre',
  'social worker', 'keyworker', 'key worker', 'health visitor', 'midwife', 'dietitian', 'dietician', 'podiatrist', 'osteopath',
  'audiologist', 'optician', 'occupational health', 'speech (?:and language )?therap\\w*', 'ot', 'slt',
  'check-?up', 'referr\\w*', 'crisis line',
  // the history a clinician takes and the body as anyone names it
  'medical', 'health(?:y)?', 'conditions?', 'hospitali[sz]\\w*', 'history of', 'blood', 'heart', 'vision', 'eyesight', 'hearing',
  'breath(?:e|ing|less\\w*)?', 'brain', 'stomach', '(?:my|your|his|her|their|left|right|both) (?:hands?|arms?|legs?)', 'chemo\\w*', 'diabetic', 'poison\\w*',
  'ingest\\w*', 'discharged', 'feel(?:s|ing)? (?:strange|funny|off|weird|odd|faint|shaky|wobbly)', 'confus\\w*', 'memory', 'forgetful', 'muddled', 'live alone', 'sexual(?:ly)?',
  // an animal's keeping
  'lame', 'hutch', 'droppings', 'kennel', 'litter', 'off (?:his|her|its) (?:food|feed)', 'colic', 'hooves?',
].join('|')})\b`, 'g');
