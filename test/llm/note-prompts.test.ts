import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { TRANSCRIPT_TAG, buildNoteMessages, formatUtterances } from '../../src/llm/index.js';

const base = { specialty: 'physical_therapy' } as const;

function countTags(text: string): number {
  return text.split(TRANSCRIPT_TAG).length - 1;
}

describe('buildNoteMessages', () => {
  // Issue 12: the gateway's {{ transcript }} tag is filled only where transcript_id is known (not in the March 2026
  // gateway), so a prompt relying on it could reach the model with the bare tag. The text is always written in.
  it('writes the transcript text into the prompt, never the gateway tag', () => {
    const messages = buildNoteMessages({ ...base, transcript: 'Patient reports knee pain since Tuesday.' });
    const content = messages.map((m) => m.content).join('\n');
    expect(content).toContain('<transcript>\nPatient reports knee pain since Tuesday.\n</transcript>');
    expect(countTags(content)).toBe(0);
  });

  it('writes speaker turns into the prompt when utterances exist', () => {
    const utterances = [
      { speaker: 'A', text: 'What brings you in?' },
      { speaker: 'B', text: 'My knee hurts.' },
      { speaker: 'B', text: 'Since Tuesday.' },
    ];
    const messages = buildNoteMessages({ ...base, transcript: 'the same visit as plain text', utterances });
    const content = messages[0]?.content ?? '';
    expect(content).toContain('Speaker A: What brings you in?\nSpeaker B: My knee hurts. Since Tuesday.');
    expect(content).not.toContain('the same visit as plain text');
    expect(countTags(content)).toBe(0);
  });

  it('falls back to the text when the utterances hold no words', () => {
    const content = buildNoteMessages({ ...base, transcript: 'Plain text of the visit.', utterances: [{ speaker: 'A', text: '  ' }] })[0]?.content ?? '';
    expect(content).toContain('<transcript>\nPlain text of the visit.\n</transcript>');
  });

  it('inlines a plain transcript and defuses tags in anything the user wrote', () => {
    const messages = buildNoteMessages({
      ...base,
      transcript: 'The visit.',
      template: 'Keep it short {{ transcript }}',
      context: { patient_history: 'See {{ transcript }} above', patient_info: { age: 54, allergies: ['penicillin'] } },
    });
    const content = messages[0]?.content ?? '';
    expect(countTags(content)).toBe(0);
    expect(content).toContain('Keep it short {{transcript}}');
    expect(content).toContain('Allergies: penicillin');
    expect(content).toContain('Age: 54');

    const inline = buildNoteMessages({ ...base, transcript: 'Patient says {{ transcript }} twice.' })[0]?.content ?? '';
    expect(countTags(inline)).toBe(0);
    expect(inline).toContain('Patient says {{transcript}} twice.');
  });

  it('names the specialty, the template, and asks for exactly the requested JSON keys', () => {
    const whole = buildNoteMessages({ ...base, transcript: 'x', template: 'bullet points only' })[0]?.content ?? '';
    expect(whole).toContain('Physical Therapy encounter');
    expect(whole).toContain('bullet points only');
    expect(whole).toContain('exactly these keys: "subjective", "objective", "assessment", "plan"');
    const plan = buildNoteMessages({ ...base, transcript: 'x', sections: ['plan'] })[0]?.content ?? '';
    expect(plan).toContain('exactly this key: "plan"');
    expect(plan).not.toContain('- subjective:');
    expect(buildNoteMessages({ ...base, transcript: 'x', template: 'standard' })[0]?.content).not.toContain('template or style');
  });

  it('refuses to build a prompt with no transcript at all', () => {
    expect(() => buildNoteMessages({ ...base, transcript: '  ' })).toThrow(UsageError);
  });
});

describe('formatUtterances', () => {
  it('merges consecutive turns of one speaker and squeezes whitespace', () => {
    expect(
      formatUtterances([
        { speaker: 'A', text: ' Hello.\n' },
        { speaker: 'A', text: 'Sit down.' },
        { speaker: 'B', text: '' },
        { speaker: 'B', text: 'Thanks.' },
        { speaker: 'A', text: 'Right.' },
      ]),
    ).toBe('Speaker A: Hello. Sit down.\nSpeaker B: Thanks.\nSpeaker A: Right.');
  });
});
