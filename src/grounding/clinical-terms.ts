/**
 * Symptoms and exam findings whose presence or absence the polarity check compares, each with the ways notes,
 * patients and examining clinicians say it. A symptom is what the patient reports or denies; a finding is what the
 * examiner finds or does not (an examiner may find the swelling a patient denies, so the two are kept apart).
 *
 * This is the checker's concept table: every wording of one concept, lay and clinical, US and UK ("the runs",
 * "loose stools", "diarrhoea"), so polarity, invented symptoms and a complaint's timeline are judged across registers.
 * Hand-curated from the wordings of the development dialogues and everyday British and American usage: no lay ↔
 * clinical vocabulary with a licence we can ship is installable from the npm registry (the only medical-terms
 * package there is a spelling dictionary).
 */
import { stemPhrase, stemToken } from './word-index.js';

export type TermKind = 'symptom' | 'finding';

const SYMPTOMS: Readonly<Record<string, readonly string[]>> = {
  // "Have you had a temperature?", "running a temperature": British speech for a fever (a temperature taken or read
  // out is a vital sign, which findTerms leaves alone).
  fever: ['fever', 'fevers', 'febrile', 'feverish', 'pyrexia', 'high temperature', 'a temperature', 'any temperature'],
  'hay fever': ['hay fever', 'hayfever'],
  chills: ['chills', 'chill', 'rigors', 'shivers', 'shivering', 'shivery'],
  'night sweats': ['night sweats', 'night sweat', 'sweats', 'sweating at night', 'sweaty at night'],
  'weight loss': ['weight loss', 'lost weight', 'lost any weight', 'losing weight', 'lose weight', 'unintentional weight loss'],
  'weight gain': ['weight gain', 'gained weight', 'gaining weight', 'put on weight'],
  fatigue: ['fatigue', 'fatigued', 'tiredness', 'tired', 'lethargy', 'lethargic', 'exhausted', 'exhaustion', 'low energy', 'lack of energy', 'wiped out', 'worn out', 'knackered'],
  'chest pain': ['chest pain', 'chest pains', 'chest discomfort', 'chest pressure', 'pain in the chest', 'pain in my chest', 'pain in your chest'],
  // Tightness is not pain to the patient who says "not really pain , it's more like a tightness".
  'chest tightness': ['chest tightness', 'tight chest', 'tightness in my chest', 'tightness in the chest', 'tightness in your chest', 'chest feels tight'],
  palpitations: ['palpitations', 'palpitation', 'heart racing', 'racing heart', 'heart pounding', 'heart fluttering', 'skipped beats', 'skipping beats', 'heart races', 'heart was racing', 'heart is racing', 'heart was pounding', 'heart is pounding', 'heart flutters'],
  'shortness of breath': ['shortness of breath', 'short of breath', 'dyspnea', 'dyspnoea', 'trouble breathing', 'difficulty breathing', 'breathless', 'breathlessness', 'sob', 'out of breath', 'hard to breathe', 'winded', 'out of puff', 'puffed out'],
  // Breathlessness on exertion is its own claim: "denies dyspnea on exertion" is not contradicted by breathlessness lying flat.
  'exertional dyspnea': ['dyspnea on exertion', 'dyspnoea on exertion', 'exertional dyspnea', 'doe', 'sobo', 'soboe', 'sob on exertion', 'short of breath on exertion', 'shortness of breath on exertion', 'breathless on exertion', 'breathlessness on exertion', 'short of breath when i walk', 'out of breath when i walk', 'winded when i walk', 'short of breath walking', 'short of breath with exertion', 'shortness of breath with exertion'],
  // Trouble on the stairs is its own claim: "any problems going up and down stairs ? — no" denies "pain going
  // up/downstairs" whatever else hurts.
  // Said as climbing them, not as a place ("fell down the stairs").
  'trouble on stairs': ['hills or stairs', 'hills and stairs', 'up and down stairs', 'up and down the stairs', 'upstairs and downstairs', 'up stairs', 'up the stairs', 'climbing stairs', 'climbing the stairs',
    'climb stairs', 'climb the stairs', 'flight of stairs', 'flights of stairs', 'problems with stairs', 'problems with the stairs', 'trouble with stairs', 'trouble with the stairs', 'difficulty with stairs', 'difficulty with the stairs'],
  orthopnea: ['orthopnea', 'orthopnoea', 'laying flat', 'lying flat', 'lie flat', 'lay flat'],
  cough: ['cough', 'coughing', 'coughs', 'productive cough', 'dry cough'],
  hemoptysis: ['hemoptysis', 'haemoptysis', 'coughing up blood', 'coughing up any blood', 'coughed up blood', 'coughed up any blood', 'cough up blood', 'cough up any blood', 'blood in the sputum', 'blood in sputum'],
  // "Have you brought anything up?", "coughing anything up?": what a cough brings up, in everyday words.
  sputum: ['sputum', 'phlegm', 'mucus', 'mucous', 'productive', 'bring anything up', 'bringing anything up', 'brought anything up', 'bring any up', 'brought any up',
    'cough anything up', 'coughing anything up', 'coughed anything up', 'coughing up anything', 'cough up anything', 'coughed up anything', 'coughing stuff up', 'coughing up stuff', 'coughing up any phlegm'],
  wheezing: ['wheezing', 'wheeze', 'wheezes', 'wheezy'],
  nausea: ['nausea', 'nauseous', 'nauseated', 'queasy', 'feel sick', 'feeling sick', 'felt sick', 'sick to my stomach', 'sick to his stomach', 'sick to her stomach', 'sick to your stomach', 'retching', 'dry heaving'],
  vomiting: ['vomiting', 'throwing up', 'threw up', 'thrown up', 'vomited', 'vomit', 'emesis', 'being sick', 'puking', 'puked', 'puke'],
  hematemesis: ['hematemesis', 'haematemesis', 'blood in vomit', 'blood in the vomit', 'blood in your vomit', 'blood in my vomit', 'vomiting blood', 'vomited blood', 'throwing up blood', 'threw up blood'],
  diarrhea: ['diarrhea', 'diarrhoea', 'loose stools', 'loose stool', 'watery stool', 'watery stools', 'runny stools', 'the runs', 'runny poo', 'loose poo', 'watery poo', 'loose bowels', 'runny tummy'],
  constipation: ['constipation', 'constipated', 'hard stools', 'bunged up', "can't go to the toilet", 'struggling to go'],
  'abdominal pain': ['abdominal pain', 'belly pain', 'stomach pain', 'stomach ache', 'stomachache', 'tummy ache', 'tummy pain', 'abdo pain', 'pain in my stomach', 'pain in the stomach', 'pain in your stomach', 'pain in the abdomen', 'abdominal discomfort', 'stomach hurts', 'belly hurts', 'belly ache', 'bellyache', 'sore tummy', 'tummy hurts', 'tummy cramps', 'stomach cramps', 'abdominal cramps', 'abdominal cramping', 'pain in my tummy', 'pain in your tummy', 'pain in the tummy', 'pain in my belly', 'pain in your belly'],
  bloating: ['bloating', 'bloated', 'distension'],
  heartburn: ['heartburn', 'acid reflux', 'reflux', 'indigestion'],
  'blood in stool': ['blood in stool', 'blood in stools', 'blood in the stool', 'blood in the stools', 'blood in his stool', 'blood in her stool', 'blood in your stool', 'blood in my stool', 'bloody stools', 'bloody stool', 'melena', 'black stools', 'tarry stools', 'tarry stool', 'black tarry stools', 'rectal bleeding', 'hematochezia', 'blood when i wipe', 'blood when you wipe', 'blood on the toilet paper', 'blood in the toilet', 'blood when you go to the toilet', 'blood when i go to the toilet', 'blood in my poo', 'blood in your poo', 'blood in the poo', 'pooing blood', 'bleeding from my bottom', 'bleeding from your bottom', 'bleeding from the back passage', 'blood from the back passage'],
  // Pain on swallowing is not difficulty swallowing: "denies dysphagia" stands beside "the painful swallowing you're having".
  dysphagia: ['dysphagia', 'difficulty swallowing', 'trouble swallowing', 'hard to swallow', 'food getting stuck', 'food gets stuck'],
  odynophagia: ['odynophagia', 'painful swallowing', 'pain on swallowing', 'pain when swallowing', 'hurts to swallow', 'hurts when i swallow', 'hurts when you swallow'],
  headache: ['headache', 'headaches', 'head ache', 'head pain'],
  dizziness: ['dizziness', 'dizzy', 'vertigo', 'lightheaded', 'lightheadedness', 'light headed', 'light headedness', 'room spinning', 'room is spinning', 'room was spinning', 'room spins', 'woozy', 'giddy', 'giddiness', 'head spinning', 'head is spinning'],
  syncope: ['syncope', 'fainting', 'fainted', 'passed out', 'passing out', 'blacked out', 'blackout', 'pass out'],
  'loss of consciousness': ['loss of consciousness', 'lose consciousness', 'lost consciousness', 'loc'],
  numbness: ['numbness', 'numb', 'numbing'],
  tingling: ['tingling', 'pins and needles', 'tingly'],
  // Abnormal sensation: the clinician's word for the numbness or tingling a patient describes (covered by both).
  paresthesia: ['paresthesia', 'paresthesias', 'paresthesiae', 'paraesthesia', 'paraesthesias', 'paraesthesiae', 'abnormal sensation', 'abnormal sensations', 'altered sensation'],
  weakness: ['weakness', 'weak', 'loss of strength'],
  'vision changes': ['vision changes', 'blurry vision', 'blurred vision', 'visual changes', 'visual disturbance', 'visual disturbances', 'double vision', 'diplopia', 'vision problems', 'trouble seeing', 'visual symptoms', 'visual sx', 'vision sx', 'loss of vision', 'problems with your vision', 'problems with my vision', 'changes in your vision', 'changes to your vision', 'changes in my vision'],
  photophobia: ['photophobia', 'sensitivity to light', 'light sensitivity', 'sensitive to light', 'bright lights', 'light bother', 'light bothers', 'lights bother', 'light hurt', 'light hurts'],
  'neck stiffness': ['neck stiffness', 'stiff neck', 'stiffness in your neck', 'stiffness in my neck', 'stiffness of the neck', 'stiffness of your neck'],
  seizure: ['seizure', 'seizures', 'convulsions', 'fitting'],
  confusion: ['confusion', 'confused', 'disoriented', 'muddled', 'muddle headed'],
  // A low sugar as people with diabetes say it ("any hypos?", "a low sugar"): a note's "denies hypoglycemia" is
  // judged by the answer.
  hypoglycemia: ['hypoglycemia', 'hypoglycaemia', 'hypoglycemic episodes', 'hypoglycaemic episodes', 'hypos', 'hypo', 'low blood sugar', 'low blood sugars', 'low sugar', 'low sugars'],
  // "Reports shakiness" is the "shaky" a patient denied, and the shakes of a low sugar or of withdrawal.
  tremor: ['tremor', 'tremors', 'shaking', 'shaky', 'shakiness', 'the shakes', 'trembling', 'tremulous', 'tremulousness'],
  rash: ['rash', 'rashes', 'skin rash'],
  itching: ['itching', 'itchy', 'pruritus', 'itch'],
  bruising: ['bruising', 'bruises', 'easy bruising'],
  bleeding: ['bleeding', 'bleed'],
  epistaxis: ['epistaxis', 'nosebleed', 'nosebleeds', 'nose bleed', 'nose bleeds', 'nose bleeding', 'bleeding from the nose', 'bleeding from my nose', 'bleeding from your nose',
    'blood from the nose', 'blood from my nose', 'blood from your nose', 'blood coming from the nose', 'blood coming from my nose', 'blood coming from your nose',
    'blood out of my nose', 'blood out of your nose', 'blood coming out of my nose', 'blood coming out of your nose', 'blood coming out your nose', 'blood when i blow my nose'],
  dysuria: ['dysuria', 'burning with urination', 'pain with urination', 'burning when i pee', 'pain when i pee', 'burning when urinating', 'painful urination', 'burning sensation when', 'pain passing urine', 'stinging when i pee', 'stings when i pee', 'burning when you pass', 'pain when you pass urine', 'pain when passing urine', 'burning when you pee', 'pain when you pee', 'stinging when you pee', 'burning when you urinate', 'burning when i urinate', 'hurts when i pee', 'hurts to pee', 'burns when i pee', 'burns when you pee', 'stings when i wee', 'stinging when i wee', 'burns when i wee', 'burning when i wee', 'pain when i wee', 'hurts when i wee', 'burning when you wee', 'stinging when you wee', 'pain when you wee', 'hurts to wee'],
  'urinary frequency': ['urinary frequency', 'frequent urination', 'urinating frequently', 'peeing more', 'going more often'],
  'urinary urgency': ['urinary urgency', 'urge to urinate', 'urge to pee'],
  nocturia: ['nocturia', 'getting up at night to pee', 'up at night to urinate'],
  hematuria: ['hematuria', 'haematuria', 'blood in urine', 'blood in the urine', 'blood in his urine', 'blood in her urine', 'blood in your urine', 'blood in my urine', 'blood in my wee', 'blood in your wee', 'blood in the wee', 'peeing blood', 'weeing blood', 'passing blood in the urine'],
  incontinence: ['incontinence', 'leaking urine', 'loss of bladder control', 'bladder control'],
  'urinary symptoms': ['urinary symptoms', 'urinary sx', 'urinary problems', 'urinary issues', 'waterworks', 'passing urine', 'pass urine', 'urinating', 'urination', 'peeing'],
  'bowel symptoms': ['bowel symptoms', 'bowel sx', 'bowel changes', 'change in bowel habit', 'changes in bowel habits', 'bowel habits', 'bowels', 'bowel movements', 'bowel movement', 'bowel problems'],
  'sore throat': ['sore throat', 'throat pain', 'painful throat', 'scratchy throat', 'throat hurt', 'throat hurts', 'throat hurting', 'throat is sore', 'throat been sore'],
  'nasal congestion': ['nasal congestion', 'congestion', 'stuffy nose', 'blocked nose', 'stuffed up', 'congested'],
  'runny nose': ['runny nose', 'rhinorrhea', 'rhinorrhoea', 'coryza', 'running nose', 'snotty nose', 'streaming nose', 'nose is running', 'nose running', 'sniffles', 'sniffly', 'green snot', 'nasal discharge'],
  sneezing: ['sneezing', 'sneeze'],
  'ear pain': ['ear pain', 'earache', 'ear ache', 'otalgia', 'pain in my ear'],
  'hearing loss': ['hearing loss', 'loss of hearing', 'trouble hearing', 'difficulty hearing', 'hard of hearing'],
  tinnitus: ['tinnitus', 'ringing in the ears', 'ringing in my ears', 'ringing in your ears', 'ears ringing', 'ears are ringing'],
  'joint pain': ['joint pain', 'joint pains', 'arthralgia', 'arthralgias', 'joints hurt', 'achy joints'],
  'joint swelling': ['joint swelling', 'swollen joints', 'swollen joint'],
  stiffness: ['stiffness', 'stiff'],
  myalgia: ['myalgia', 'myalgias', 'muscle aches', 'muscle pain', 'body aches', 'aching muscles', 'achy'],
  'back pain': ['back pain', 'backache', 'back ache', 'pain in my back', 'pain in the back', 'lower back pain', 'low back pain'],
  'neck pain': ['neck pain', 'pain in my neck'],
  'leg swelling': ['leg swelling', 'swelling in my legs', 'swelling in your legs', 'swelling in the legs', 'swollen legs', 'ankle swelling', 'swollen ankles', 'swelling in my ankles', 'swelling in your ankles', 'pedal edema', 'lower extremity edema', 'swelling of the legs', 'swelling in the lower extremities', 'swelling in her legs', 'swelling in his legs', 'peripheral edema', 'peripheral oedema', 'pedal oedema', 'ankle edema', 'ankle oedema', 'leg edema', 'leg oedema', 'swollen feet', 'swelling in my feet', 'swelling in your feet', 'swollen ankle',
    // A note's "lower extremity swelling" and a doctor's "swelling in your lower extremities" are the legs'.
    'lower extremity swelling', 'lower extremity oedema', 'extremity swelling', 'extremity edema', 'swelling in your lower extremities', 'swelling in his lower extremities', 'swelling in her lower extremities', 'swelling in her ankles', 'swelling in his ankles', 'swelling in the ankles', 'swelling of the ankles', 'swelling in the feet'],
  // "Thoughts that life is not worth living", "better off dead", "not wanting to be alive", "ending your life": the
  // passive wish and the active thought a risk screen asks about with it, in lay words.
  'suicidal ideation': ['suicidal ideation', 'suicidal thoughts', 'thoughts of suicide', 'thoughts of harming yourself', 'thoughts of self harm', 'self harm', 'si', 'suicidal', 'not worth living', 'not wanting to be alive', 'not want to be alive', 'not wanting to live', 'wanting to die', 'want to die', 'ending your life', 'ending my life', 'ending his life', 'ending her life', 'end your life', 'end my life', 'take your own life', 'taking your own life', 'kill yourself', 'killing yourself', 'kill myself', 'killing myself', 'kill himself', 'killing himself', 'kill herself', 'killing herself', 'take his own life', 'take her own life', 'better off dead'],
  'homicidal ideation': ['homicidal ideation', 'homicidal thoughts', 'thoughts of harming others', 'homicidal'],
  hallucinations: ['hallucinations', 'hearing voices', 'seeing things'],
  // The warning before a migraine or a seizure, in a clinician's word or the patient's picture of it.
  aura: ['aura', 'auras', 'zigzags', 'zigzag lines', 'zig zag lines', 'zig zags', 'flashing lights'],
  'low mood': ['low mood', 'depressed mood', 'feeling down', 'feeling depressed', 'mood sx', 'mood symptoms', 'depression'],
  anxiety: ['anxiety', 'anxious', 'nervousness'],
  // A panic attack is an event a patient has or has not had, not another word for the anxiety they describe.
  'panic attacks': ['panic attacks', 'panic attack', 'panic disorder'],
  'sleep problems': ['sleep problems', 'insomnia', 'trouble sleeping', 'difficulty sleeping', 'poor sleep'],
  nightmares: ['nightmares', 'nightmare', 'bad dreams', 'night terrors'],
  'decreased libido': ['decreased libido', 'low libido', 'reduced libido', 'loss of libido', 'lost libido', 'lower libido', 'libido decreased', 'decreased sex drive', 'low sex drive', 'lower sex drive', 'reduced sex drive', 'less sex drive', 'loss of sex drive', 'lost my sex drive', 'sex drive has decreased', 'sex drive decreased', 'sex drive has gone down', 'sex drive is low', 'sex drive has been low', 'sex drive has been lower', 'not interested in sex', 'no interest in sex', 'lost interest in sex'],
  'loss of appetite': ['loss of appetite', 'decreased appetite', 'poor appetite', 'reduced appetite', 'off food', 'off my food', 'off his food', 'off her food', 'off your food', 'not hungry', 'no appetite', 'lost my appetite', 'lost your appetite'],
  'excessive thirst': ['excessive thirst', 'polydipsia', 'thirsty'],
  polyuria: ['polyuria', 'urinating a lot', 'peeing a lot'],
  'vaginal discharge': ['vaginal discharge'],
  'calf pain': ['calf pain', 'pain in my calf', 'calf tenderness'],
  // An event a note may add: "reports a fall". Never the bare "fall" or "falls", which is also the season ("last fall").
  fall: ['a fall', 'had a fall', 'fell', 'fallen', 'tripped', 'slipped'],
  trauma: ['trauma', 'hit his head', 'hit her head', 'hit my head', 'head injury'],
  'speech disturbance': ['speech disturbance', 'speech disturbances', 'slurred speech', 'trouble speaking', 'difficulty speaking', 'speech problems', 'slurring',
    'problems with your speech', 'problem with your speech', 'problems with my speech', 'problem with my speech', 'trouble with your speech', 'difficulty with your speech', 'speech difficulties', 'word finding difficulty'],
  'facial droop': ['facial droop', 'facial asymmetry', 'face drooping', 'drooping'],
  claudication: ['claudication', 'pain when walking', 'leg pain when walking'],
  'pain with movement': ['pain with movement', 'pain on movement', 'pain with motion', 'pain with range of motion', 'pain with flexion', 'pain with extension', 'pain on flexion', 'pain on extension', 'pain with flexion and extension', 'pain on both flexion and extension', 'worse with movement', 'worse on movement', 'worse when you move it', 'worse when i move it', 'worse when you bend it', 'worse when i bend it', 'hurts to move', 'hurts to bend', 'painful to move', 'hurts when i move', 'hurts when you move', 'hurts when i bend', 'hurts when you bend', 'pain when i move', 'pain when you move'],
};

const FINDINGS: Readonly<Record<string, readonly string[]>> = {
  edema: ['edema', 'oedema', 'pitting edema', 'pitting', 'non pitting edema'],
  tenderness: ['tenderness', 'tender', 'tender to palpation', 'pain to palpation', 'pain on palpation', 'pain with palpation', 'ttp', 'point tenderness', 'tenderness to palpation', 'it hurts when i press', 'hurt when i press'],
  swelling: ['swelling', 'swollen', 'swell'],
  effusion: ['effusion', 'effusions', 'fluid in the joint', 'fluid on the knee', 'joint effusion'],
  murmur: ['murmur', 'murmurs', 'systolic ejection murmur', 'heart murmur'],
  gallop: ['gallop', 'gallops'],
  rub: ['rub', 'rubs', 'friction rub'],
  bruit: ['bruit', 'bruits'],
  // "the canal is swollen and red": red said after the finding's verb or with another finding, never "red" alone ("red flags").
  erythema: ['erythema', 'erythematous', 'redness', 'looks red', 'look red', 'looks a bit red', 'looks quite red', 'looks very red', 'is red', 'are red', 'and red', 'red and swollen',
    'red and inflamed', 'red and angry', 'a bit red', 'very red', 'quite red', 'looking red', 'gone red'],
  warmth: ['warmth', 'warm to touch', 'warm to the touch', 'warmth to touch'],
  deformity: ['deformity', 'deformities', 'deformed'],
  // An eardrum (or a viscus) with a hole in it: "what I can see looks intact — not perforated".
  perforation: ['perforation', 'perforations', 'perforated', 'hole in the eardrum', 'hole in your eardrum', 'hole in my eardrum'],
  ecchymosis: ['ecchymosis', 'ecchymoses', 'bruising', 'bruise', 'bruised'],
  crepitus: ['crepitus', 'crepitation', 'crepitations', 'grinding'],
  crackles: ['crackles', 'crackle', 'rales', 'rale', 'crepitations', 'creps', 'crepts'],
  rhonchi: ['rhonchi', 'rhonchus'],
  stridor: ['stridor'],
  // Signs of work of breathing an examiner looks for in an asthmatic child or a breathless adult.
  retractions: ['retractions', 'retraction', 'retracting', 'recession', 'recessions', 'indrawing', 'tracheal tug'],
  'accessory muscle use': ['accessory muscle use', 'accessory muscles', 'accessory muscle', 'use of accessory muscles', 'using accessory muscles', 'using your neck muscles', 'using her neck muscles', 'using his neck muscles', 'using their neck muscles'],
  lymphadenopathy: ['lymphadenopathy', 'adenopathy', 'swollen glands', 'swollen lymph nodes', 'enlarged lymph nodes'],
  'jugular venous distension': ['jugular venous distension', 'jugular venous distention', 'jvd', 'jugular venous pressure', 'jvp'],
  guarding: ['guarding'],
  rebound: ['rebound', 'rebound tenderness'],
  rigidity: ['rigidity', 'rigid'],
  mass: ['mass', 'masses', 'lump', 'lumps'],
  hepatosplenomegaly: ['hepatosplenomegaly', 'hepatomegaly', 'splenomegaly', 'organomegaly'],
  thyromegaly: ['thyromegaly', 'goiter', 'goitre', 'enlarged thyroid'],
  clubbing: ['clubbing'],
  cyanosis: ['cyanosis', 'cyanotic', 'blue lips'],
  pallor: ['pallor', 'pale'],
  jaundice: ['jaundice', 'jaundiced', 'icterus', 'scleral icterus'],
  nystagmus: ['nystagmus'],
  clonus: ['clonus'],
  'straight leg raise': ['straight leg raise', 'straight leg raising', 'straight leg test', 'slr'],
  mcmurray: ['mcmurray', 'mcmurrays', 'mcmurray test', "mcmurray's"],
  lachman: ['lachman', 'lachmans', 'lachman test'],
  'drawer test': ['anterior drawer', 'posterior drawer', 'drawer test', 'drawer sign', 'drawer'],
  'varus valgus stress': ['varus', 'valgus', 'varus stress', 'valgus stress'],
  phalen: ['phalen', 'phalens', "phalen's"],
  tinel: ['tinel', 'tinels', "tinel's"],
  spurling: ['spurling', 'spurlings'],
  hawkins: ['hawkins', 'hawkins kennedy', 'neer', 'neers', 'impingement sign', 'empty can'],
  finkelstein: ['finkelstein', 'finkelsteins'],
  'murphy sign': ['murphy sign', 'murphys sign', "murphy's sign"],
  'mcburney point': ['mcburney', 'mcburneys', 'rovsing', 'psoas sign', 'obturator sign'],
  babinski: ['babinski', 'upgoing plantar', 'upgoing toes'],
  romberg: ['romberg'],
  'pronator drift': ['pronator drift'],
  'piano key': ['piano key', 'piano key test'],
  'cva tenderness': ['cva tenderness', 'costovertebral angle tenderness'],
  laxity: ['laxity', 'instability'],
  induration: ['induration', 'indurated', 'fluctuance', 'fluctuant'],
  drainage: ['drainage', 'exudate', 'pus', 'purulent'],
  spasm: ['spasm', 'spasms', 'muscle spasm', 'muscle spasms'],
  atrophy: ['atrophy', 'muscle wasting'],
  'antalgic gait': ['antalgic gait', 'antalgic', 'limp', 'limping'],
  'meningeal signs': ['meningism', 'meningismus', 'kernig', 'brudzinski'],
  'decreased range of motion': ['decreased range of motion', 'limited range of motion', 'reduced range of motion', 'restricted range of motion', 'limited rom', 'decreased rom'],
  'capillary refill delay': ['delayed capillary refill', 'sluggish capillary refill'],
  'acute distress': ['acute distress', 'distress', 'distressed'],
  'focal deficits': ['focal deficits', 'focal deficit', 'focal neurological deficits', 'focal neurology', 'neurological deficits', 'neuro deficits', 'focal neurological signs'],
  lesions: ['lesions', 'lesion', 'ulcers', 'ulceration'],
  // Imaging results are findings too: "the x-ray shows no fracture" is the examiner's negative.
  fracture: ['fracture', 'fractures', 'fractured', 'broken bone', 'broken bones'],
  dislocation: ['dislocation', 'dislocations', 'dislocated'],
};

/**
 * Words whose presence anywhere in the transcript means a term came up in some form, so an affirmed term is not
 * "never mentioned" (the patient says "my heart flutters", the note "palpitations"). Terms of one group stand in
 * for each other the same way (a note's "edema" for the transcript's "swelling").
 */
const MENTION_HINTS: Readonly<Record<string, readonly string[]>> = {
  edema: ['swell', 'swoll', 'puffy', 'edema', 'oedema', 'fluid leg', 'fluid ankle'], swelling: ['swell', 'swoll', 'puffy', 'edema', 'oedema'],
  'leg swelling': ['swell', 'swoll', 'puffy', 'edema', 'oedema'], 'joint swelling': ['swell', 'swoll'], effusion: ['swell', 'swoll', 'fluid'],
  tenderness: ['tender', 'palpa', 'ouch', 'pain press', 'pain push', 'pain touch', 'sore touch', 'sore press'], 'pain with movement': ['pain move', 'pain bend'],
  erythema: ['redne', 'erythe', 'inflam', 'red swoll', 'red skin', 'look red', 'red hot', 'red warm'], ecchymosis: ['bruis', 'ecchy', 'black blue'], bruising: ['bruis'],
  warmth: ['warm touch', 'hot touch', 'feel warm', 'feel hot'], crepitus: ['crepit', 'grind', 'click', 'crunch'],
  palpitations: ['palpi', 'heart racing', 'heart pound', 'heart flutt', 'heart skip', 'heart beat fast'], heartburn: ['heartb', 'acid', 'reflu', 'indig', 'burn chest'],
  orthopnea: ['lie flat', 'lay flat', 'lying flat', 'laying flat', 'pillow', 'breath lay down', 'breath lie down', 'breath lying down'], hematuria: ['blood urin', 'blood pee', 'pink urin', 'pink pee', 'red urin', 'dark urin'],
  'blood in stool': ['blood stool', 'blood poo', 'black stool', 'blood wipe', 'tarry', 'blood bowel'],
  'loss of appetite': ['appet', 'not eat', 'hungr'], 'decreased libido': ['libid', 'sex drive', 'sexual'], 'low mood': ['depre', 'mood', 'feel down', 'sad'], anxiety: ['anxi', 'nervo', 'panic', 'worri'], 'panic attacks': ['panic'],
  'back pain': ['back pain', 'back hurt', 'back sore', 'back ache', 'back play', 'bad back'], 'neck pain': ['neck pain', 'neck hurt', 'neck sore'],
  'abdominal pain': ['abdom', 'stomach pain', 'stomach hurt', 'belly', 'tummy', 'under rib'], 'joint pain': ['joint pain', 'joint hurt', 'joint ache'],
  fatigue: ['tired', 'energ', 'fatig', 'exhau', 'letha', 'drain', 'weary', 'wipe out', 'worn out', 'knacker'],
  // "I had to change the sheets" at night is how patients tell drenching sweats.
  'night sweats': ['change sheet', 'drench'], weakness: ['weak', 'stren'], dizziness: ['dizz', 'light head', 'spinn', 'vertig', 'faint'],
  'shortness of breath': ['breath', 'winde', 'puffed'], wheezing: ['wheez', 'whistl'], 'chest pain': ['chest pain', 'chest hurt', 'chest tight', 'chest press'],
  'sleep problems': ['sleep'], nightmares: ['dream'], numbness: ['numb'], tingling: ['tingl', 'pins needles'], paresthesia: ['numb', 'tingl', 'pins needles', 'paraes', 'pares', 'sensation'], stiffness: ['stiff'], myalgia: ['muscle ache', 'muscle pain', 'achy', 'aches'],
  'decreased range of motion': ['range motion', 'move', 'bend', 'stiff'], lymphadenopathy: ['gland', 'lymph'], 'antalgic gait': ['limp', 'gait'],
  // "brown discharge", "oozing", "weeping": what an examiner sees come out is the exudate a note writes.
  drainage: ['discharg', 'ooz', 'weep'],
  // "Lift the leg straight up for me", "raise your leg keeping it straight": the manoeuvre asked for in plain words.
  'straight leg raise': ['lift leg straight', 'raise leg straight', 'leg straight up', 'lift straight leg', 'raise straight leg'],
  // "I hold the heel and pull forward", "draw the shin forward": the drawer test done and told without its name.
  'drawer test': ['pull forward', 'draw forward', 'pull toward me', 'pull towards me'],
  spasm: ['spasm'], 'urinary frequency': ['pee often', 'pee lot', 'urin often', 'urin frequen', 'toilet often', 'toilet lot', 'wee lot', 'wee often', 'loo lot', 'loo often', 'bathroom lot', 'bathroom often'],
  dysuria: ['burn urin', 'burn pee', 'sting urin', 'sting pee', 'pain urin', 'pain pee', 'burn wee', 'hurt pee'], nausea: ['nause', 'feel sick', 'queas'],
  'vision changes': ['vision', 'blurr', 'see properly', 'sight'], laxity: ['unstab', 'give way', 'gives way', 'buckl', 'wobbl'],
  rash: ['rash', 'spots', 'bumps'], itching: ['itch', 'scratch'], chills: ['chill', 'shiver', 'cold shak', 'hot cold'], fever: ['fever', 'temperat', 'hot cold', 'shiver', 'burning up', 'hot sweaty'],
  'weight loss': ['weight', 'lost pound', 'lose pound'], 'weight gain': ['weight', 'gain pound', 'put on'], headache: ['head'],
  cough: ['cough'], 'sore throat': ['throat'], // An injury told in other words ("my foot twisted", "I got hurt at work") may be the fall a note writes.
  fall: ['tumbl', 'lost footing', 'lost my footing', 'lost balance', 'lost my balance', 'landed on', 'went over', 'knocked over', 'hit the ground', 'twist', 'sprain', 'accident', 'got hurt', 'hurt myself', 'hurt herself', 'hurt himself', 'rolled my', 'rolled it'], 'runny nose': ['nose', 'snot'], 'nasal congestion': ['nose', 'congest', 'stuff', 'block'],
  vomiting: ['vomit', 'sick', 'throw', 'was sick', 'been sick', 'being sick', 'sick yesterday', 'sick last night'], polyuria: ['pee lot', 'toilet lot', 'loo lot', 'wee lot', 'urin lot', 'pee more', 'toilet more', 'loo more', 'wee more'],
  // "I do wake up at night at least one time to go to the bathroom" is nocturia in lay words.
  nocturia: ['night pee', 'night urin', 'night toilet', 'night bathroom', 'night wee', 'night loo', 'wake night', 'get up night', 'up once night', 'up twice night', 'up night'],
  'urinary urgency': ['rush toilet', 'urgen', 'hold it', 'desperate', 'rush loo'], 'excessive thirst': ['thirst', 'drink lot', 'drinking lot'], diarrhea: ['loose', 'watery', 'runs', 'toilet'], constipation: ['consti', 'hard stool', 'not go'],
};

/** Words, or words said together, that bring up the term in a transcript. */
export function listMentionHints(term: string): readonly string[] {
  return MENTION_HINTS[term] ?? [];
}

export interface TermPhrase {
  stems: string[];
  term: string;
  kind: TermKind;
}

const PHRASES: readonly TermPhrase[] = [
  ...Object.entries(SYMPTOMS).flatMap(([term, phrases]) => phrases.map((p) => ({ stems: stemPhrase(p), term, kind: 'symptom' as const }))),
  ...Object.entries(FINDINGS).flatMap(([term, phrases]) => phrases.map((p) => ({ stems: stemPhrase(p), term, kind: 'finding' as const }))),
].sort((a, b) => b.stems.length - a.stems.length);

const BY_FIRST: ReadonlyMap<string, TermPhrase[]> = (() => {
  const map = new Map<string, TermPhrase[]>();
  for (const p of PHRASES) map.set(p.stems[0] as string, [...(map.get(p.stems[0] as string) ?? []), p]);
  return map;
})();

export interface TermHit {
  term: string;
  kind: TermKind;
  /** Token position of the first word. */
  index: number;
  length: number;
  /** A negation inside the span itself: "my knee doesn't really hurt". */
  negatedInside?: boolean;
}

const MEASURING = new Set(['take', 'took', 'tak', 'check', 'measur', 'record', 'done', 'do', 'did']);

const READING = new Set(['read', 'reading', 'check', 'measur', 'record', 'is', 'was', 'were', 'of', 'at', 'thermometer']);

/** "let me take a temperature", "i haven't done any temperature reading": the vital sign, not a fever. */
function isTemperatureTaken(stems: readonly string[], i: number): boolean {
  if (!/^temperatur/.test(stems[i + 1] ?? '')) return false;
  const next = stems[i + 2] ?? '';
  return MEASURING.has(stems[i - 1] ?? '') || /^\d/.test(next) || READING.has(next);
}

const NOT_A_FALL = new Set(['asleep', 'apart', 'ill', 'sick', 'pregnant', 'behind', 'through', 'of', 'short', 'within', 'below', 'love'].map(stemToken));

/** "a fall in blood pressure", "a fall in her haemoglobin": a value that dropped (a fall "in the garden" is a fall). */
const FALLING_VALUES = new Set(['blood', 'bp', 'pressure', 'hemoglobin', 'haemoglobin', 'hb', 'hgb', 'sat', 'sats', 'saturation', 'oxygen', 'sodium', 'potassium', 'level', 'gfr', 'egfr', 'count', 'platelet', 'weight', 'temperature'].map(stemToken));
function isFallInValue(stems: readonly string[], after: number): boolean {
  return stems[after] === 'in' && [1, 2].some((k) => FALLING_VALUES.has(stems[after + k] ?? ''));
}

/** Term mentions in a stemmed token list, longest phrase first, no overlaps. */
export function findTerms(stems: readonly string[]): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < stems.length; i += 1) {
    const match = (BY_FIRST.get(stems[i] as string) ?? []).find((p) => p.stems.every((w, k) => stems[i + k] === w));
    // "coughed up any blood" is about the blood (hemoptysis when the lexicon has the phrase), not a cough.
    if (match?.term === 'cough' && stems.slice(i + 1, i + 4).includes('up')) continue;
    if (match?.term === 'fever' && isTemperatureTaken(stems, i)) continue;
    if (match?.term === 'suicidal ideation' && match.stems.length === 1 && match.stems[0] === 'si' && isYesOrJoint(stems, i)) continue;
    // "fell asleep", "fell ill", "a fall in blood pressure": no one fell.
    if (match?.term === 'fall' && (NOT_A_FALL.has(stems[i + match.stems.length] ?? '') || isFallInValue(stems, i + match.stems.length))) continue;
    if (match) {
      hits.push({ term: match.term, kind: match.kind, index: i, length: match.stems.length });
      i += match.stems.length - 1;
    } else if (isBareFallAsked(stems, i)) {
      hits.push({ term: 'fall', kind: 'symptom', index: i, length: 1 });
    }
  }
  return hits;
}

/** Words after which a bare "si" is a reported answer: "she says si", "he answered si". */
const SAYING = new Set(['say', 'says', 'said', 'answer', 'answers', 'answered', 'reply', 'replies', 'replied', 'yes', 'dice'].map(stemToken));
const PUNCTUATION_RE = /^[,.;!?]$/;

/**
 * "SI" is the chart's suicidal ideation, but a bare "si" in an interpreted visit is the Spanish "sí" (yes): doubled
 * ("si, si"), after a word of saying ("she says si"), or standing alone before a comma or stop ("Si, most nights").
 * Before "joint" it is the sacroiliac joint ("left SI joint tender").
 */
function isYesOrJoint(stems: readonly string[], i: number): boolean {
  const [before] = stems.slice(0, i).filter((t) => !PUNCTUATION_RE.test(t)).slice(-1);
  const [after] = stems.slice(i + 1).filter((t) => !PUNCTUATION_RE.test(t));
  if (after === 'joint' || after === 'joints' || before === 'si' || after === 'si' || (before !== undefined && SAYING.has(before))) return true;
  const opensClause = i === 0 || /^[.!?]$/.test(stems[i - 1] ?? '');
  return opensClause && (i + 1 >= stems.length || /^[,.!?]$/.test(stems[i + 1] ?? ''));
}

const FALL_STEMS = new Set(['fall', 'falls'].map(stemToken));

const FALL_COUNTERS = new Set(['no', 'any']);
const FALL_MORE = new Set(['other', 'more', 'new', 'further'].map(stemToken));

/** "no fall, no injury", "any other falls?": a bare "fall" after "no" or "any" is the event, never the season. */
function isBareFallAsked(stems: readonly string[], i: number): boolean {
  const counted = FALL_COUNTERS.has(stems[i - 1] ?? '') || (FALL_MORE.has(stems[i - 1] ?? '') && FALL_COUNTERS.has(stems[i - 2] ?? ''));
  return FALL_STEMS.has(stems[i] ?? '') && counted && !NOT_A_FALL.has(stems[i + 1] ?? '') && !isFallInValue(stems, i + 1);
}

/** Every way of saying a term, for reasons and for reading it in the transcript. */
export function listTermPhrases(term: string): readonly string[] {
  return SYMPTOMS[term] ?? FINDINGS[term] ?? [term];
}
