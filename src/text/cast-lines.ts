/**
 * A line at the head of a transcript that says who is who, as session and meeting exports write it above the turns:
 * "Therapist: Elspeth Grayling · Client: Noor Hadley · 50 min · video", "Clinician: Dr Amos | Patient: Jo Bell".
 * Nobody says it, so it is blanked; and a speaker it names, labelled by name alone ("Noor:"), is labelled with the
 * role it gives ("Noor (Client):"), so the label reader takes the role as it would from a typed label. Line for line,
 * so line numbers still point into the file as given.
 */
import { letters } from './letter-pattern.js';
import { labelKey, roleFromLabel, splitLabel } from './speaker-labels.js';

/** Where the cast line may stand: among the first lines that hold anything. */
const HEAD_LINES = 5;
const SEPARATOR = /\s+[·•|;]\s+|\s{2,}|\t+/;
const PAIR = letters(String.raw`^([\p{L}][\p{L} '’-]{1,30}?)\s*:\s*((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})$`);

interface Cast { line: number; roles: Map<string, string> }

/** The role each person of a cast line is given, by full name and by first name; undefined for any other line. */
function readCast(line: string): Map<string, string> | undefined {
  const roles = new Map<string, string>();
  let pairs = 0;
  for (const part of line.trim().split(SEPARATOR)) {
    const m = PAIR.exec(part.trim());
    if (!m || roleFromLabel(m[1]!) === undefined || roleFromLabel(m[2]!) !== undefined) continue;
    pairs++;
    const name = m[2]!.replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+/, '');
    roles.set(name.toLowerCase(), m[1]!.trim());
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (!roles.has(first)) roles.set(first, m[1]!.trim());
  }
  return pairs >= 2 ? roles : undefined;
}

function findCast(lines: readonly string[]): Cast | undefined {
  const head = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : [])).slice(0, HEAD_LINES);
  for (const i of head) {
    const roles = readCast(lines[i]!);
    if (roles) return { line: i, roles };
  }
  return undefined;
}

/** The lines with a cast line blanked and the speakers it names labelled with their roles; others unchanged. */
export function readCastLine(lines: readonly string[]): string[] {
  const cast = findCast(lines);
  // A line naming people above no labelled turns (a letter's "To: … · From: …") is left as written.
  if (!cast || !lines.some((l, i) => i !== cast.line && splitLabel(l, 0).label !== undefined)) return [...lines];
  return lines.map((l, i) => {
    if (i === cast.line) return '';
    const label = splitLabel(l, 0).label;
    if (label === undefined || roleFromLabel(label) !== undefined) return l;
    const role = cast.roles.get(labelKey(label));
    const at = l.indexOf(label);
    if (role === undefined || at < 0) return l;
    return `${l.slice(0, at + label.length)} (${role})${l.slice(at + label.length)}`;
  });
}
