/**
 * A fictional clinic visit standing in for speech recognition: the dialogue depends only on the audio's sha256, so a
 * test can tell which upload a transcript came from. Names, organisations and occupations are marked as entities so
 * PII redaction can be applied the way the service does.
 */
export type PiiPolicy = 'person_name' | 'organization' | 'occupation';

type Part = string | { entity: PiiPolicy; text: string };

interface Turn {
  speaker: 'A' | 'B';
  parts: Part[];
}

export interface Redaction {
  policies: readonly string[];
  sub: 'hash' | 'entity_name';
}

export interface DialogueUtterance {
  speaker: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
}

const PATIENTS = ['Maria Okafor', 'Daniel Brandt', 'Priya Venkat', 'Tomas Lindqvist'];
const CLINICIANS = ['Dr. Helen Park', 'Dr. Samuel Reyes'];
const EMPLOYERS = ['Northfield Logistics', 'Lakeside Primary School', 'Harbor Bakery'];
const JOBS = ['warehouse supervisor', 'schoolteacher', 'baker'];
const COMPLAINTS = [
  { complaint: 'lower back pain', exam: 'tenderness over the lumbar paraspinal muscles', plan: 'start physical therapy twice a week and use ibuprofen 400 mg as needed' },
  { complaint: 'a dry cough', exam: 'clear lungs on auscultation and an oxygen saturation of 98 percent', plan: 'use honey and fluids and return if a fever develops' },
  { complaint: 'morning headaches', exam: 'a normal neurological exam and blood pressure of 142 over 88', plan: 'keep a headache diary and recheck the blood pressure in two weeks' },
  { complaint: 'knee pain after running', exam: 'mild swelling of the right knee with a full range of motion', plan: 'rest from running for two weeks and schedule a follow-up visit' },
];

function pick<T>(list: readonly T[], sha256: string, byte: number): T {
  return list[(parseInt(sha256.slice(byte * 2, byte * 2 + 2), 16) || 0) % list.length]!;
}

export function buildDialogue(sha256: string): Turn[] {
  const patient = { entity: 'person_name', text: pick(PATIENTS, sha256, 0) } as const;
  const clinician = { entity: 'person_name', text: pick(CLINICIANS, sha256, 1) } as const;
  const c = pick(COMPLAINTS, sha256, 2);
  const days = (parseInt(sha256.slice(6, 8), 16) % 12) + 2;
  return [
    { speaker: 'A', parts: ['Good morning, I am ', clinician, '. Can you confirm your name for me?'] },
    { speaker: 'B', parts: ['Yes, it is ', patient, '. I work as a ', { entity: 'occupation', text: pick(JOBS, sha256, 3) }, ' at ', { entity: 'organization', text: pick(EMPLOYERS, sha256, 4) }, '.'] },
    { speaker: 'A', parts: ['What brings you in today?'] },
    { speaker: 'B', parts: [`I have had ${c.complaint} for ${days} days. It is worse in the evening and I feel tired.`] },
    { speaker: 'A', parts: [`On examination I find ${c.exam}.`] },
    { speaker: 'A', parts: [`I recommend that you ${c.plan}.`] },
    { speaker: 'B', parts: ['Thank you, that sounds good.'] },
  ];
}

function renderPart(part: Part, redaction: Redaction | undefined): string {
  if (typeof part === 'string') return part;
  if (!redaction || !redaction.policies.includes(part.entity)) return part.text;
  // "hash" keeps the length (one # per character, spaces too), "entity_name" names the kind.
  return redaction.sub === 'entity_name' ? `[${part.entity.toUpperCase()}]` : '#'.repeat(part.text.length);
}

/** Utterances with start/end times from a steady speaking rate (about 150 words a minute). */
export function renderUtterances(turns: readonly Turn[], redaction: Redaction | undefined): DialogueUtterance[] {
  let clock = 400;
  return turns.map((turn) => {
    const text = turn.parts.map((p) => renderPart(p, redaction)).join('');
    const start = clock;
    const end = start + text.split(/\s+/).length * 400;
    clock = end + 300;
    return { speaker: turn.speaker, text, start, end, confidence: 0.93 };
  });
}
