import type { NoteContext } from '../note/index.js';

/** The documented `context` object as prompt lines; undefined when there is nothing in it. */
export function describeContext(context: NoteContext | undefined): string | undefined {
  if (!context) return undefined;
  const lines: string[] = [];
  const p = context.patient_info;
  if (p) {
    if (p.name) lines.push(`Patient name: ${p.name}`);
    if (p.age !== undefined) lines.push(`Age: ${p.age}`);
    if (p.gender) lines.push(`Gender: ${p.gender}`);
    if (p.medications?.length) lines.push(`Current medications: ${p.medications.join('; ')}`);
    if (p.allergies?.length) lines.push(`Allergies: ${p.allergies.join('; ')}`);
    if (p.medical_history) lines.push(`Medical history: ${p.medical_history}`);
  }
  if (context.patient_history) lines.push(`Patient history: ${context.patient_history}`);
  for (const m of context.chat_messages ?? []) {
    lines.push(`Note from ${m.role}${m.timestamp ? ` (${m.timestamp})` : ''}: ${m.content}`);
  }
  if (context.custom_instructions) lines.push(`Instructions for this note: ${context.custom_instructions}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
