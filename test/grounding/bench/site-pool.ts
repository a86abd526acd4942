/**
 * The places and findings the benchmark gives an invented side, written apart from the checker's body-part list
 * (src/grounding/body-parts.ts) and never read from it: limbs and joints, but also the multi-word sites, organs and
 * one-sided findings a note names ("lower quadrant tenderness", "pleural effusion", "weakness", "crackles").
 *
 * Each entry is "phrase" or "phrase|sided": a sided entry takes "left-sided …" / "right-sided …" (a finding with no
 * part of its own: "right-sided weakness"); the others take the side before the phrase ("left lower quadrant").
 */
const ROWS: readonly string[] = [
  // Trunk and abdomen
  'lower quadrant', 'upper quadrant', 'lower quadrant tenderness', 'upper quadrant pain', 'flank', 'flank pain', 'CVA tenderness',
  'costovertebral angle', 'chest wall', 'chest pain|sided', 'hemithorax', 'rib', 'ribs', 'breast', 'nipple', 'axilla', 'groin',
  'inguinal hernia', 'inguinal', 'kidney', 'hydronephrosis', 'adnexal tenderness', 'ovary', 'testicle', 'scrotal swelling',
  'abdominal pain|sided', 'abdominal tenderness|sided', 'paraspinal tenderness', 'paraspinal muscles', 'sacroiliac joint', 'SI joint',
  'lower back pain|sided', 'back pain|sided', 'trapezius', 'scapula', 'shoulder blade',
  // Lungs and heart
  'pleural effusion', 'lower lobe', 'upper lobe', 'lung base', 'basilar crackles', 'crackles', 'rales', 'wheezing', 'wheezes',
  'rhonchi', 'decreased breath sounds', 'breath sounds', 'pneumothorax', 'pneumonia', 'carotid bruit',
  // Head and neck
  'eye', 'pupil', 'eyelid', 'conjunctiva', 'ear', 'ear canal', 'tympanic membrane', 'eardrum', 'otitis media', 'mastoid',
  'maxillary sinus', 'sinus tenderness', 'cheek', 'jaw', 'temporomandibular joint', 'TMJ', 'temple', 'temporal headache',
  'facial droop', 'facial numbness', 'tonsil', 'tonsillar swelling', 'cervical lymphadenopathy', 'lymph node', 'submandibular',
  'neck pain|sided', 'headache|sided',
  // Arms
  'shoulder', 'rotator cuff', 'AC joint', 'biceps tendon', 'arm', 'upper arm', 'elbow', 'lateral epicondyle', 'forearm', 'wrist',
  'carpal tunnel syndrome', 'hand', 'thumb', 'index finger', 'ring finger', 'finger', 'upper extremity', 'arm weakness',
  // Legs
  'hip', 'greater trochanter', 'buttock', 'gluteal', 'thigh', 'hamstring', 'quadriceps', 'knee', 'medial joint line',
  'joint line tenderness', 'patella', 'kneecap', 'meniscus', 'calf', 'calf tenderness', 'shin', 'ankle', 'lateral malleolus',
  'Achilles tendon', 'foot', 'heel', 'plantar fascia', 'great toe', 'big toe', 'toe', 'lower extremity', 'leg', 'leg swelling',
  'lower extremity edema', 'pedal edema', 'ankle swelling', 'sciatica', 'radiculopathy',
  // Findings without a part of their own
  'weakness|sided', 'numbness|sided', 'tingling|sided', 'hemiparesis|sided', 'paresthesias|sided',
];

export interface PoolSite {
  phrase: string;
  sided: boolean;
}

export const SITE_POOL: readonly PoolSite[] = ROWS.map((row) => ({ phrase: row.split('|')[0] ?? row, sided: row.endsWith('|sided') }))
  .sort((a, b) => b.phrase.length - a.phrase.length);
