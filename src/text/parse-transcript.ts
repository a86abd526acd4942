/**
 * Reads the transcript shapes people paste: `Doctor:` / `Patient:` lines, ACI-Bench `[doctor]` tags,
 * diarised `Speaker A:` text and unlabelled dictation. Untagged lines continue the previous speaker.
 */
import type { Role, Turn } from './turns.js';
import { assignDiarisedRoles } from './infer-speaker-roles.js';

const BRACKET_TAG = /^\s*\[([a-z_ -]{1,30})\]\s*/i;
const NAMED_LABEL = /^\s*(doctor|dr\.?|physician|clinician|provider|nurse|np|pa|md|patient|pt|mother|father|mom|dad|parent|caregiver|guest|family|wife|husband|daughter|son|interpreter)\s*(\([^)]*\))?\s*:\s*/i;
const DIARISED_LABEL = /^\s*((?:speaker|spk|person|voice)[ _-]?[a-z0-9]{1,3}|s[0-9]{1,2})\s*:\s*/i;

export function resolveLabelRole(label: string): Role | undefined {
  const l = label.toLowerCase().replace(/[^a-z_]/g, '');
  if (/^(doctor|dr|physician|clinician|provider|nurse|np|pa|md)$/.test(l)) return 'clinician';
  if (/^(patient|pt)$/.test(l)) return 'patient';
  if (l.length > 0) return 'other';
  return undefined;
}

interface RawLine { label: string | undefined; kind: 'tag' | 'named' | 'diarised' | 'none'; text: string; line: number }

function splitLabel(raw: string, line: number): RawLine {
  for (const [kind, re] of [['tag', BRACKET_TAG], ['named', NAMED_LABEL], ['diarised', DIARISED_LABEL]] as const) {
    const m = re.exec(raw);
    if (m) return { label: m[1]!.trim(), kind, text: raw.slice(m[0].length).trim(), line };
  }
  return { label: undefined, kind: 'none', text: raw.trim(), line };
}

export function parseTranscript(transcript: string): Turn[] {
  const raws = transcript
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i) => splitLabel(text, i + 1))
    .filter((r) => r.text !== '' || r.label !== undefined);
  const diarisedRoles = assignDiarisedRoles(
    raws.filter((r) => r.kind === 'diarised').map((r) => ({ label: r.label!.toLowerCase(), text: r.text })),
  );
  const labelled = raws.some((r) => r.kind !== 'none');
  const turns: Turn[] = [];
  let current: Role = 'clinician';
  for (const r of raws) {
    if (r.kind === 'diarised') current = diarisedRoles.get(r.label!.toLowerCase()) ?? 'other';
    else if (r.kind !== 'none') current = resolveLabelRole(r.label!) ?? 'other';
    // Unlabelled text is dictation, which clinicians produce; within labelled text it continues the last speaker.
    else if (!labelled) current = 'clinician';
    if (r.text !== '') turns.push({ role: current, text: r.text, line: r.line });
  }
  return turns;
}
