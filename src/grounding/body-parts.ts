/**
 * Body parts that have a side, after stemming, each with the name a reason uses and the limb or region it belongs to
 * (a side given to the leg also tells which knee; a side given to the chest tells nothing about an ear).
 */
export type Region = 'leg' | 'arm' | 'head' | 'trunk';

const PARTS: Readonly<Record<Region, Readonly<Record<string, string>>>> = {
  leg: {
    hip: 'hip', thigh: 'thigh', knee: 'knee', patella: 'knee', kneecap: 'knee', shin: 'shin', calf: 'calf', calve: 'calf', ankle: 'ankle',
    foot: 'foot', feet: 'foot', heel: 'heel', toe: 'toe', hamstring: 'hamstring', quadricep: 'quadriceps', quad: 'quadriceps',
    achille: 'achilles', femur: 'femur', tibia: 'tibia', fibula: 'fibula', leg: 'leg', groin: 'groin', buttock: 'buttock', sole: 'foot',
    meniscu: 'knee', menisci: 'knee', acl: 'knee', mcl: 'knee', sciatic: 'leg', glute: 'buttock', hallux: 'toe', bunion: 'toe',
    // Anatomical words a note uses for the same places: "tenderness over the right lateral malleolus" is the ankle.
    hamstr: 'hamstring', meniscus: 'knee', malleolus: 'ankle', malleoli: 'ankle', patellar: 'knee', suprapatellar: 'knee', infrapatellar: 'knee',
    popliteal: 'knee', anserine: 'knee', trochanter: 'hip', trochanteric: 'hip', plantar: 'foot', metatarsal: 'foot',
    gluteal: 'buttock', sciatica: 'leg', inguinal: 'groin',
    // Conditions named for their place: "left meniscal tear", "right patellofemoral syndrome" are of that knee.
    meniscal: 'knee', patellofemoral: 'knee', chondromalacia: 'knee',
  },
  arm: {
    shoulder: 'shoulder', arm: 'arm', elbow: 'elbow', forearm: 'forearm', wrist: 'wrist', hand: 'hand', finger: 'finger',
    thumb: 'thumb', humeru: 'humerus', radiu: 'radius', ulna: 'ulna', clavicle: 'clavicle', collarbone: 'clavicle',
    scapula: 'scapula', palm: 'hand', knuckle: 'hand', pinky: 'finger', bicep: 'biceps', tricep: 'triceps', armpit: 'armpit',
    axilla: 'armpit', rotator: 'shoulder', olecranon: 'elbow', carpal: 'wrist', metacarpal: 'hand', deltoid: 'shoulder',
    axillary: 'armpit', trapezius: 'shoulder', humerus: 'humerus', radius: 'radius',
    // "Left medial epicondylitis" is the left elbow's; "right de Quervain's" the right wrist's.
    epicondylitis: 'elbow', epicondyle: 'elbow', epicondylar: 'elbow', quervain: 'wrist',
  },
  head: {
    eye: 'eye', ear: 'ear', eardrum: 'ear', temple: 'temple', cheek: 'cheek', jaw: 'jaw', tonsil: 'tonsil', pupil: 'eye',
    retina: 'eye', eyelid: 'eye', nostril: 'nostril', carotid: 'carotid', sinus: 'sinus', face: 'face', tympanic: 'ear', neck: 'neck',
    head: 'head', headache: 'head', facial: 'face', temporal: 'temple', mastoid: 'ear', earlobe: 'ear', maxillary: 'sinus',
    submandibular: 'jaw', periorbital: 'eye', conjunctiva: 'eye', tm: 'ear', sinuse: 'sinus',
    otitis: 'ear', conjunctivitis: 'eye', tonsillitis: 'tonsil', sinusitis: 'sinus',
    // A tooth's side is its quadrant's ("toothache lower left", "the upper right molar").
    tooth: 'tooth', teeth: 'tooth', toothache: 'tooth', molar: 'tooth', premolar: 'tooth', incisor: 'tooth',
  },
  trunk: {
    breast: 'breast', lung: 'lung', kidney: 'kidney', flank: 'flank', rib: 'rib', chest: 'chest', quadrant: 'quadrant',
    lobe: 'lobe', ovary: 'ovary', testicle: 'testicle', testi: 'testicle', side: 'side', abdomen: 'abdomen',
    ureter: 'kidney', nipple: 'breast', hemithorax: 'chest', lumbar: 'back', sacroiliac: 'back',
    abdominal: 'abdomen', belly: 'abdomen', tummy: 'abdomen', stomach: 'abdomen', paraspinal: 'back', pleural: 'lung',
    ventricular: 'ventricle', ventricle: 'ventricle', atrial: 'atrium', atrium: 'atrium', coronary: 'coronary artery',
    renal: 'kidney', costovertebral: 'flank', mastitis: 'breast', pyelonephritis: 'kidney', testis: 'testicle', ovarian: 'ovary', adnexa: 'ovary', adnexal: 'ovary', pectoral: 'chest',
    // Findings heard over a lung, and a body half's symptoms: "left rhonchi", "right-sided weakness".
    crackle: 'lung', rale: 'lung', rhonchi: 'lung', wheeze: 'lung', wheez: 'lung', weakness: 'body side', weak: 'body side',
    numbness: 'body side', numb: 'body side', tingl: 'body side', tingle: 'body side', tingly: 'body side', paresthesia: 'body side',
    // "Right lower lobe pneumonia" is of that lung.
    pneumonia: 'lung', hemiparesi: 'body side', hemiparesis: 'body side', hemiplegia: 'body side',
  },
};

export interface BodyPart {
  name: string;
  region: Region;
}

const PART_INDEX: ReadonlyMap<string, BodyPart> = new Map(
  (Object.entries(PARTS) as [Region, Readonly<Record<string, string>>][]).flatMap(([region, parts]) =>
    Object.entries(parts).map(([stem, name]) => [stem, { name, region }] as const),
  ),
);

/** Words before "back" that make it the body part ("my lower back"), not "come back" or "back in two weeks". */
const BACK_LEADS = new Set(['lower', 'upper', 'mid', 'low', 'my', 'his', 'her', 'your', 'their', 'the', 'sided', 'side', 'left', 'right', 'bilateral', 'inferior', 'superior', 'middle']);

/** The body part a stemmed token names; "upper/lower extremity" take the limb from the word before. */
export function readBodyPart(stem: string | undefined, before: string | undefined, after?: string): BodyPart | undefined {
  if (stem === undefined) return undefined;
  if (stem === 'back') return BACK_LEADS.has(before ?? '') && !['of', 'to', 'in', 'into', 'up', 'out', 'then'].includes(after ?? '') ? { name: 'back', region: 'trunk' } : undefined;
  if (stem === 'extremity' || stem === 'extremitie' || stem === 'limb') {
    return before === 'upper' ? { name: 'arm', region: 'arm' } : before === 'lower' ? { name: 'leg', region: 'leg' } : undefined;
  }
  return PART_INDEX.get(stem);
}

/** The body part at token i of a stemmed clause: "side effects" are not a side. */
export function readPartAt(stems: readonly string[], tokens: readonly string[], i: number): BodyPart | undefined {
  const stem = stems[i];
  if (stem === 'side' && ['effect', 'effects'].includes(tokens[i + 1] ?? '')) return undefined;
  return readBodyPart(stem, tokens[i - 1], tokens[i + 1]);
}
/** Written shorthand for a side and a part: "LLQ", "RUL", "L knee", "(R) wrist", "Lt shoulder", "Rt. ankle". */
const SHORTHAND: readonly [RegExp, string][] = [
  [/\bLLQ\b/g, 'left lower quadrant'], [/\bRLQ\b/g, 'right lower quadrant'], [/\bLUQ\b/g, 'left upper quadrant'],
  [/\bRUQ\b/g, 'right upper quadrant'], [/\bLLL\b/g, 'left lower lobe'], [/\bRLL\b/g, 'right lower lobe'],
  [/\bLUL\b/g, 'left upper lobe'], [/\bRUL\b/g, 'right upper lobe'], [/\bRML\b/g, 'right middle lobe'],
  [/\bLLE\b/g, 'left lower extremity'], [/\bRLE\b/g, 'right lower extremity'], [/\bLUE\b/g, 'left upper extremity'],
  [/\bRUE\b/g, 'right upper extremity'], [/\bBLE\b/g, 'bilateral lower extremity'],
  [/(?:\(L\)|\bL)(?=\s+[a-z])/g, 'left'], [/(?:\(R\)|\bR)(?=\s+[a-z])/g, 'right'],
  [/\b[Ll]t\.?(?=\s+[a-z])/g, 'left'], [/\b[Rr]t\.?(?=\s+[a-z])/g, 'right'],
];

export function expandSideShorthand(text: string): string {
  return SHORTHAND.reduce((t, [re, by]) => t.replace(re, by), text);
}
