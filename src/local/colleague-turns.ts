/**
 * Turns in which one clinician answers another: a nurse, an aide or a medic reporting what they saw (history in their
 * name, or a finding when measured), and a colleague reading back a task asked of them (nothing to write).
 */
import type { Turn } from './types.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';

/** "Yes, go ahead": the lead deciding, not reporting. */
const DECIDES = /^(?:yes|yeah|yep|no|nope|agreed|please|go ahead|let's|sure|definitely|absolutely)\b/i;
/** "So what I think this is: a lateral ankle sprain": the lead answering a colleague's "what's the damage?" judges. */
const OPINES = /^(?:(?:so|well|okay|right),?\s+)*(?:what i think|i think|i suspect|my (?:impression|diagnosis|working diagnosis)|here's what i think)\b/i;

/** A label that names someone learning the work: a student, a trainee, someone shadowing or observing. */
const LEARNER = /\b(?:student|trainee|learner|observer|observing|shadow(?:ing)?|apprentice)\b/i;

/** True when a clinician answers a learner's question: the lead teaching, whose answer is their own word, not history. */
export function answersLearner(turns: readonly Turn[], index: number): boolean {
  const [q, a] = [turns[index - 1], turns[index]];
  return q?.role === 'clinician' && a?.role === 'clinician' && LEARNER.test(q.label ?? '') && !LEARNER.test(a.label ?? '');
}

/** "Tom, can you draw up…", "could you grab the splint": a task asked of a colleague, not a question about the patient. */
const TASK_REQUEST = /^(?:[A-Z][a-z]+,\s+)?(?:can|could|would|will) you (?:please |just |quickly )?(?:draw up|prepare|grab|fetch|bring|set up|hand me|pass me|pop on|put on)\b/i;

/**
 * "Tom, can you draw up fentanyl, fifty micrograms?" — "Fifty micrograms fentanyl, drawing up.": a colleague reading a
 * task back to confirm it (closed-loop talk in a crew or a theatre) says nothing the request did not.
 */
export function findReadBacks(turns: Turn[]): Set<number> {
  const content = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4);
  const out = new Set<number>();
  for (let i = 1; i < turns.length; i++) {
    const [q, a] = [turns[i - 1]!, turns[i]!];
    if (q.role !== 'clinician' || a.role !== 'clinician' || !q.label || !a.label || q.label === a.label) continue;
    const asked = splitSentences(normalizeAsrText(q.text)).at(-1) ?? '';
    const said = content(a.text);
    if (TASK_REQUEST.test(asked) && said.length >= 2 && said.filter((w) => asked.toLowerCase().includes(w)).length >= said.length * 0.6) out.add(i);
  }
  return out;
}

/** Turns in which one clinician (a nurse, an aide, a medic) answers another's question about the patient. */
export function findInformantTurns(turns: Turn[]): Set<number> {
  const out = new Set<number>();
  // The clinician who leads the visit (most turns) answering a colleague's "So switch to oral?" with "Yes. Stop the IV…"
  // decides; it is no report of what was seen.
  const count = new Map<string, number>();
  for (const t of turns) if (t.role === 'clinician' && t.label) count.set(t.label.toLowerCase(), (count.get(t.label.toLowerCase()) ?? 0) + 1);
  const lead = [...count].sort((x, y) => y[1] - x[1])[0]?.[0];
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const a = turns[i]!;
    if (q.role !== 'clinician' || a.role !== 'clinician' || !q.label || !a.label || q.label.toLowerCase() === a.label.toLowerCase() || (a.label.toLowerCase() === lead && (DECIDES.test(a.text) || OPINES.test(a.text)))) continue;
    // "Should she have the x-rays now?" from a student: a learner asks to be taught, and the answer is the lead's own
    // reasoning and plan, not a report made to them.
    if (LEARNER.test(q.label)) continue;
    const last = splitSentences(normalizeAsrText(q.text)).at(-1) ?? '';
    // "Tom, can you draw up fentanyl, fifty micrograms?": a colleague doing a task asked of them reports nothing.
    if (TASK_REQUEST.test(last)) continue;
    if (/\?\s*$/.test(last) || /^(?:what have you (?:noticed|seen)|tell me)\b/i.test(last)) out.add(i);
  }
  return out;
}
