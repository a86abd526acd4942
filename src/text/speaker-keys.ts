/**
 * A key at the head of a transcript that says who each label is, in any of the ways transcribers write it:
 * "Speakers: OT = occupational therapist; MARISOL = client's daughter", "Key: D - doctor, P - patient", or one pair a
 * line ("RN: ward nurse" under a "Speaker key:" heading). Nobody says it, so it is blanked (with its heading); and a
 * label it names that says no role itself, or another ("MARISOL:", "SRA. LÓPEZ:"), is written with the role it gives
 * ("MARISOL (client's daughter):"), so the label reader takes the role as from a typed label. Line for line, so line
 * numbers still point into the file as given. cast-lines.ts reads the other way round ("Therapist: Elspeth Grayling").
 */
import { labelKey, roleFromLabel, splitLabel } from './speaker-labels.js';

/** Where a key may stand: among the first lines that hold anything. */
const HEAD_LINES = 8;
const KEY_HEADING = /^\s*(?:speakers?|speaker key|key|key to speakers|participants|present|legend|abbreviations)\s*:\s*/i;
const PARTS = /\s*[;|·•]\s*|\s*,\s+(?=[^,]{1,30}\s*(?:=|\s[-–—]\s))/;
/** "OT = occupational therapist (English)": a label, a sign, and what the label stands for. */
const PAIR = /^([\p{L}][\p{L}0-9 .'’_-]{0,30}?)\s*(=|\s[-–—]\s|:)\s*(.{2,60})$/u;

/** A description as the role words the lexicon reads: its language or other asides in parentheses left out. */
function describedRole(description: string): string | undefined {
  const words = description.replace(/\([^)]*\)/g, ' ').replace(/[.,]+\s*$/, '').replace(/\s+/g, ' ').trim();
  if (words === '' || roleFromLabel(words) === undefined) return undefined;
  // "Kofi Boateng, veterinary surgeon", "owner, Sue Marsh": a name beside the role. Only the parts that name a role go
  // into the label, since a label's parenthesis holds a role's words, never a name and a comma.
  const parts = words.split(/\s*,\s*/);
  const roled = parts.filter((p) => roleFromLabel(p) !== undefined);
  return roled.length > 0 && roled.length < parts.length ? roled.join(' ') : words;
}

/** The pairs of a key line (label → role words), when every part of it is one; undefined for any other line. */
function readKeyLine(line: string, alone: boolean): Map<string, string> | undefined {
  const body = line.replace(KEY_HEADING, '');
  const parts = body.split(PARTS).filter((p) => p.trim() !== '');
  const pairs = new Map<string, string>();
  let equals = false;
  for (const part of parts) {
    const m = PAIR.exec(part.trim());
    const role = m ? describedRole(m[3]!) : undefined;
    if (!m || !role) return undefined;
    equals ||= m[2] === '=';
    pairs.set(labelKey(m[1]!), role);
  }
  // A colon or a dash between two words is any labelled line; a key says so by its heading, its '=', or its several pairs.
  const keyed = equals || KEY_HEADING.test(line) || pairs.size >= 2 || alone;
  return pairs.size > 0 && keyed ? pairs : undefined;
}

export function readSpeakerKey(given: readonly string[]): string[] {
  const head = given.flatMap((l, i) => (l.trim() !== '' ? [i] : [])).slice(0, HEAD_LINES);
  const roles = new Map<string, string>();
  const keyLines = new Set<number>();
  // One pair a line counts under a heading that stands alone ("Speaker key:").
  let underHeading = false;
  for (const i of head) {
    const line = given[i]!;
    if (KEY_HEADING.test(line) && line.replace(KEY_HEADING, '').trim() === '') {
      keyLines.add(i);
      underHeading = true;
      continue;
    }
    const pairs = readKeyLine(line, underHeading);
    if (!pairs) {
      underHeading = false;
      continue;
    }
    keyLines.add(i);
    for (const [k, v] of pairs) roles.set(k, v);
  }
  // A key names the speakers of the turns below it: at least one of its labels must be used.
  const used = given.some((l, i) => !keyLines.has(i) && roles.has(labelKey(splitLabel(l, 0).label ?? '')));
  if (roles.size === 0 || !used) return [...given];
  return given.map((l, i) => {
    if (keyLines.has(i)) return '';
    const label = splitLabel(l, 0).label;
    const role = label === undefined ? undefined : roles.get(labelKey(label));
    const at = label === undefined ? -1 : l.indexOf(label);
    // (A label whose own word the key gives another role, "VISITOR = patient", takes the key's.)
    if (role === undefined || roleFromLabel(label!) === roleFromLabel(role) || at < 0) return l;
    return `${l.slice(0, at + label!.length)} (${role})${l.slice(at + label!.length)}`;
  });
}
