/**
 * Where on the body a finding is said to be: "tenderness over the lateral epicondyle" is not contradicted by "no
 * tenderness at the sternoclavicular joint". Sites are words of anatomy and direction, compared by their first five
 * letters, read in a few words around the mention.
 */
import type { TermHit } from './clinical-terms.js';

const SITE_WORDS = [
  'lateral', 'medial', 'anterior', 'posterior', 'anterolateral', 'anteromedial', 'posterolateral', 'posteromedial', 'dorsal',
  'plantar', 'volar', 'palmar', 'proximal', 'distal', 'superior', 'inferior', 'midline', 'paraspinal', 'lumbar', 'cervical',
  'thoracic', 'sacral', 'sacroiliac', 'neck', 'back', 'spine', 'knee', 'ankle', 'foot', 'feet', 'toe', 'heel', 'hand', 'wrist',
  'finger', 'thumb', 'elbow', 'shoulder', 'hip', 'groin', 'thigh', 'calf', 'calves', 'shin', 'leg', 'arm', 'forearm', 'chest',
  'breast', 'abdomen', 'belly', 'stomach', 'flank', 'kidney', 'costovertebral', 'cva', 'face', 'head', 'scalp', 'forehead',
  'temple', 'jaw', 'cheek', 'eye', 'ear', 'nose', 'sinus', 'throat', 'tonsil', 'lip', 'tongue', 'mouth', 'skin', 'lung', 'heart',
  'quadrant', 'epigastric', 'epigastrium', 'suprapubic', 'periumbilical', 'umbilical', 'pelvic', 'pelvis', 'epicondyle',
  'malleolus', 'olecranon', 'tuberosity', 'trochanter', 'trochanteric', 'patella', 'patellar', 'joint', 'phalanx', 'knuckle',
  'tendon', 'achilles', 'clavicle', 'sternoclavicular', 'acromioclavicular', 'scapula', 'sternum', 'rib', 'ribs', 'buttock',
  'gluteal', 'hamstring', 'quadricep', 'bicep', 'tricep', 'rotator', 'meniscus', 'spinous', 'process', 'metatarsal', 'metacarpal',
  'navicular', 'snuffbox', 'tibia', 'tibial', 'fibula', 'fibular', 'femur', 'humerus', 'radial', 'ulnar', 'carpal', 'tarsal',
  'occipital', 'frontal', 'temporal', 'mastoid', 'axilla', 'axillary', 'inguinal', 'submandibular', 'supraclavicular', 'incision',
  'wound', 'scar', 'extremity', 'extremities', 'upper', 'lower', 'iliac', 'renal', 'loin',
  // "the canal is swollen and red": the ear canal is a place of its own, not the skin behind the ear.
  'canal',
  // A ligament is not the bone beside it: "no tenderness on the bones" says nothing of a tender ligament (the Ottawa
  // rules). "Bony" is read only right before its finding (readSites).
  'ligament', 'talofibular', 'calcaneofibular', 'collateral', 'cruciate', 'bone',
];

const SITES = new Set([...SITE_WORDS.map((w) => w.slice(0, 5)), 'neck', 'abdom', 'calf', 'foot', 'mp', 'mcp', 'mtp', 'pip', 'atfl', 'cfl', 'acl', 'pcl', 'mcl', 'lcl', 'ucl']);
/** Words that are sites only together with another ("upper" of "upper quadrant"): never alone a place. */
const WEAK_SITES = new Set(['upper', 'lower', 'proce', 'joint']);
/** Directions within a part: "lateral" and "medial" of one knee are different places. */
const DIRECTIONS = new Set(['later', 'media', 'anter', 'poste', 'dorsa', 'plant', 'volar', 'palma', 'proxi', 'dista', 'super', 'infer', 'midli', 'paras']);

const BEFORE = 6;
const AFTER = 8;
/** A part named earlier in a long dictation ("now let me look at your knee … some tenderness") still places it. */
const CONTEXT_REACH = 40;

export function isSiteWord(word: string): boolean {
  return SITES.has(word.slice(0, 5));
}

/** Plain words for directions: "outside of the elbow" is its lateral aspect. */
const PLAIN_DIRECTIONS: Readonly<Record<string, string>> = { outsi: 'later', insid: 'media', front: 'anter' };
/** Words for one place: the cervical region is the neck, the abdomen the belly; a finger's "MP joint" is its metacarpophalangeal joint, "PIP" its proximal one. */
const SAME_PLACE: Readonly<Record<string, string>> = { cervi: 'neck', belly: 'abdom', stoma: 'abdom', calve: 'calf', feet: 'foot', iliac: 'quadr', mp: 'metac', mcp: 'metac', mtp: 'metat', pip: 'proxi', bones: 'bone', atfl: 'talof', cfl: 'calca' };

function toSite(word: string): string {
  const stem = word.slice(0, 5);
  return PLAIN_DIRECTIONS[stem] ?? SAME_PLACE[stem] ?? stem;
}

function siteStems(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => toSite(w)).filter((w) => SITES.has(w) && !WEAK_SITES.has(w)))];
}

/**
 * "left"/"right" said right before a part, inside the mention or around it ("my left knee doesn't hurt"); not the side
 * of a part another mention names ("stuffy nose , left ear pain": the left is the ear's).
 */
function readSides(tokens: readonly string[], from: number, to: number, isOthers: (k: number) => boolean): string[] {
  const sides: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k += 1) {
    const t = tokens[k] as string;
    if (t !== 'left' && t !== 'right') continue;
    // "Right side non-tender": "side" after a side is the place a finding is denied at.
    const part = [k + 1, k + 2].find((j) => { const w = tokens[j]; return w !== undefined && ((SITES.has(w.slice(0, 5)) && !DIRECTIONS.has(w.slice(0, 5))) || (j === k + 1 && w === 'side')); });
    if (part !== undefined && !isOthers(part)) sides.push(t);
  }
  return [...new Set(sides)];
}

/**
 * The site words said around a mention, as five-letter stems (with its side); failing those, the last part named
 * before it. Other mentions bound the window: in "ecchymosis over the malleolus , swelling , tenderness of the
 * anterior talofibular ligament" the anterior place is the tenderness's.
 */
export function readSites(tokens: readonly string[], hit: TermHit, hits: readonly TermHit[] = []): string[] {
  const others = hits.filter((h) => h.index !== hit.index);
  const isOthers = (k: number) => others.some((h) => k >= h.index && k < h.index + h.length);
  // "no bony tenderness": "bony" places only the finding it qualifies, not its neighbours ("fracture; no bony lesion").
  const bony = tokens[hit.index - 1] === 'bony' ? ['bone'] : [];
  return [...new Set([...bony, ...readPlaces(tokens, hit, hits, isOthers)]), ...readSides(tokens, hit.index - 3, hit.index + hit.length + 3, isOthers)];
}

function readPlaces(tokens: readonly string[], hit: TermHit, hits: readonly TermHit[], isOthers: (k: number) => boolean): string[] {
  // "ecchymosis or bruising over the lateral malleolus": a gloss of the same finding does not bound its place.
  const isGloss = (h: TermHit) => h.term === hit.term || (tokens[h.index - 1] === 'or' && h.index - 1 === hit.index + hit.length) || (tokens[hit.index - 1] === 'or' && hit.index - 1 === h.index + h.length);
  const others = hits.filter((h) => !isGloss(h));
  const previous = others.filter((h) => h.index + h.length <= hit.index).map((h) => h.index + h.length);
  // "knee swelling , ankle tenderness": the part said just before the next mention is that mention's.
  const next = others.filter((h) => h.index > hit.index).map((h) => {
    let k = h.index;
    while (k - 1 > hit.index + hit.length && (isSiteWord(tokens[k - 1] as string) || ['left', 'right'].includes(tokens[k - 1] as string))) k -= 1;
    return k;
  });
  const start = Math.max(0, hit.index - BEFORE, ...previous);
  let before = tokens.slice(start, hit.index);
  const cut = before.map((t) => ['.', ';', '?'].includes(t)).lastIndexOf(true);
  if (cut >= 0) before = before.slice(cut + 1);
  let after = tokens.slice(hit.index + hit.length, Math.min(hit.index + hit.length + AFTER, ...next));
  const stop = after.findIndex((t) => ['.', ';', '?', 'but', 'and'].includes(t));
  if (stop >= 0) after = after.slice(0, stop);
  // "no tenderness at the sternoclavicular joint": a place introduced after the finding is its place.
  const placed = after.findIndex((t) => ['at', 'over', 'on', 'of', 'in', 'along', 'to', 'around', 'about', 'across', 'near'].includes(t));
  // "… outside of the elbow": a direction said just before the place word is part of it.
  const own = placed >= 0 && placed <= 1 ? siteStems(after) : [];
  if (own.length > 0) return own;
  const near = siteStems([...before, ...after]);
  if (near.length > 0) return near;
  // A part another mention names is that mention's: in "runny nose , ear pain" the ear pain is not the nose's, and
  // the cough after "sore throat , cough" is not the throat's.
  const from = Math.max(0, hit.index - CONTEXT_REACH);
  for (let k = start - 1; k >= from; k -= 1) {
    if (['.', '?'].includes(tokens[k] as string)) break;
    if (isOthers(k)) continue;
    const stem = toSite(tokens[k] as string);
    if (SITES.has(stem) && !WEAK_SITES.has(stem) && !DIRECTIONS.has(stem)) return [stem];
  }
  return [];
}

/** Words after "over the", "at the" that are no place: "tender at the time", "pain on the left". */
const NOT_PLACES = new Set(['time', 'moment', 'end', 'start', 'same', 'left', 'right', 'rest', 'exam', 'examination', 'visit', 'day', 'weekend', 'phone']);

/**
 * A finding placed where the site words cannot name it ("Tender over the ATFL", "tenderness at the pes anserine")
 * is at one place all the same: a denial the transcript gives at other named places ("no tenderness at the fibular
 * head") does not speak to it, while an unplaced one still does.
 */
export function readNoteSites(tokens: readonly string[], hit: TermHit, hits: readonly TermHit[]): string[] {
  const sites = readSites(tokens, hit, hits);
  if (sites.length > 0) return sites;
  const [preposition, article, word] = tokens.slice(hit.index + hit.length, hit.index + hit.length + 3);
  const placed = ['over', 'at', 'along', 'around'].includes(preposition ?? '') && ['the', 'his', 'her', 'their'].includes(article ?? '');
  return placed && word !== undefined && /^[a-z]/.test(word) && !NOT_PLACES.has(word) && !isSiteWord(word) ? [NAMED_PLACE] : sites;
}

/** The parts a whole clause names, with a side said right before one ("the x ray of your right knee" → knee, right). */
export function readClauseSites(tokens: readonly string[]): string[] {
  return [...siteStems(tokens).filter((s) => !DIRECTIONS.has(s)), ...readSides(tokens, 0, tokens.length, () => false)];
}

/**
 * Landmarks and the region they lie in (five-letter stems): an x-ray of the elbow that shows no fracture speaks for
 * the medial epicondyle. Only a landmark against its bare region: two landmarks of one region (the greater tuberosity
 * and the acromioclavicular joint) stay different places.
 */
const REGION_OF: Readonly<Record<string, string>> = {
  epico: 'elbow', olecr: 'elbow', tuber: 'shoul', rotat: 'shoul', acrom: 'shoul', malle: 'ankle', achil: 'ankle',
  troch: 'hip', patel: 'knee', menis: 'knee', snuff: 'wrist', carpa: 'wrist', metat: 'foot', tarsa: 'foot', navic: 'foot',
  metac: 'hand', knuck: 'hand', phala: 'finge', tonsi: 'throa', epiga: 'abdom', periu: 'abdom', quadr: 'abdom',
};

function isLandmarkOfRegion(landmarks: readonly string[], regions: readonly string[]): boolean {
  return regions.every((r) => !(r in REGION_OF)) && landmarks.some((s) => regions.includes(REGION_OF[s] ?? ''));
}

/** A place said in words the site list lacks ("only tender at the top in the middle"): somewhere within a region. */
export const NAMED_PLACE = 'named place';
/** Whole regions, which an unnamed place within them may be; a named sub-site (a quadrant, a joint) is another place. */
const BROAD_REGIONS = new Set(['abdom', 'chest', 'back', 'neck', 'head', 'leg', 'arm', 'foot', 'hand', 'skin']);

function isWithinRegion(sites: readonly string[]): boolean {
  return sites.filter((s) => s !== 'left' && s !== 'right' && !DIRECTIONS.has(s)).every((s) => BROAD_REGIONS.has(s));
}

/**
 * Two mentions are about the same place unless they name different parts, or different directions of one part
 * ("the lateral aspect" is not "the medial aspect").
 */
export function isSameSite(a: readonly string[], b: readonly string[]): boolean {
  if (b.includes(NAMED_PLACE) !== a.includes(NAMED_PLACE)) return isWithinRegion(b.includes(NAMED_PLACE) ? a : b);
  const sides = (x: readonly string[]) => x.filter((s) => s === 'left' || s === 'right');
  const directions = (x: readonly string[]) => x.filter((s) => DIRECTIONS.has(s));
  const parts = (x: readonly string[]) => x.filter((s) => !DIRECTIONS.has(s) && s !== 'left' && s !== 'right');
  const [sa, sb, da, db, pa, pb] = [sides(a), sides(b), directions(a), directions(b), parts(a), parts(b)];
  if (sa.length === 1 && sb.length === 1 && sa[0] !== sb[0]) return false;
  if (da.length > 0 && db.length > 0 && !da.some((s) => db.includes(s))) return false;
  return pa.length === 0 || pb.length === 0 || pa.some((s) => pb.includes(s)) || isLandmarkOfRegion(pa, pb) || isLandmarkOfRegion(pb, pa);
}

/** How many places two mentions share (a side, a direction or a part each count). */
export function countSharedSites(a: readonly string[], b: readonly string[]): number {
  return a.filter((s) => b.includes(s)).length;
}
