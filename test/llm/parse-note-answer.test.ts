import { describe, expect, it } from 'vitest';
import { ModelAnswerError, parseNoteAnswer } from '../../src/llm/index.js';
import { splitHeadingSections } from '../../src/note/index.js';

const note = { subjective: 'Knee pain for 3 days.', objective: 'Mild swelling.', assessment: 'Likely strain.', plan: 'Rest, ice, review in 2 weeks.' };

describe('parseNoteAnswer: JSON first', () => {
  it('reads plain, fenced and wrapped JSON', () => {
    expect(parseNoteAnswer(JSON.stringify(note))).toEqual(note);
    expect(parseNoteAnswer(`Here you go:\n\`\`\`json\n${JSON.stringify(note, null, 2)}\n\`\`\`\nHope it helps.`)).toEqual(note);
    expect(parseNoteAnswer(`Sure! ${JSON.stringify(note)} Done.`)).toEqual(note);
  });

  it('reads just the expected keys for one section', () => {
    expect(parseNoteAnswer('{"plan": " Rest. "}', ['plan'])).toEqual({ plan: 'Rest.' });
  });

  it('does not accept extra or missing keys or non-strings as JSON', () => {
    expect(() => parseNoteAnswer(JSON.stringify({ ...note, extra: 'x' }))).toThrow(ModelAnswerError);
    expect(() => parseNoteAnswer(JSON.stringify({ ...note, plan: ['a', 'b'] }))).toThrow(ModelAnswerError);
    expect(() => parseNoteAnswer(JSON.stringify({ subjective: 'x' }))).toThrow(ModelAnswerError);
  });
});

describe('parseNoteAnswer: section headings second', () => {
  const bodies = ['Knee pain for 3 days.', 'Mild swelling.', 'Likely strain.', 'Rest, ice, review in 2 weeks.'];
  const styles: Record<string, (title: string, letter: string) => string> = {
    colon: (t) => `${t}:`,
    markdown: (t) => `## ${t}`,
    letter: (_t, l) => `${l}:`,
    upper: (t) => t.toUpperCase(),
    bold: (t) => `**${t}**`,
    'bold colon': (t) => `**${t}:**`,
    numbered: (t) => `${'1'}. ${t}:`,
  };
  for (const [name, heading] of Object.entries(styles)) {
    it(`reads ${name} headings`, () => {
      const text = ['Subjective', 'Objective', 'Assessment', 'Plan'].map((t, i) => `${heading(t, t[0]!)}\n${bodies[i]}`).join('\n\n');
      expect(parseNoteAnswer(`Here is the note.\n\n${text}\n`)).toEqual(note);
    });
  }

  it('reads content on the heading line and keeps multi-line bodies', () => {
    const text = 'Subjective: Knee pain.\nWorse on stairs.\nObjective: Swelling.\nAssessment: Strain.\nPlan:\n- Rest\n- Ice\n---';
    expect(parseNoteAnswer(text)).toEqual({ subjective: 'Knee pain.\nWorse on stairs.', objective: 'Swelling.', assessment: 'Strain.', plan: '- Rest\n- Ice' });
  });

  it('treats sentences that start with a section word, repeats and lower-case letters as text', () => {
    const text = 'Subjective:\nPlan to run again soon.\ns: lower-case letter\nObjective:\nP: 88 bpm\nAssessment:\nStrain.\nPlan:\nRest.\nPlan: recheck in 2 weeks.';
    const sections = parseNoteAnswer(text);
    expect(sections.subjective).toBe('Plan to run again soon.\ns: lower-case letter');
    expect(sections.objective).toBe('P: 88 bpm');
    expect(sections.plan).toBe('Rest.\nPlan: recheck in 2 weeks.');
  });

  it('needs every expected section', () => {
    expect(splitHeadingSections('Subjective: a\nPlan: b')).toEqual({ subjective: 'a', plan: 'b' });
    expect(() => parseNoteAnswer('Subjective: a\nPlan: b')).toThrow(ModelAnswerError);
    expect(parseNoteAnswer('Subjective: a\nPlan: b', ['plan'])).toEqual({ plan: 'b' });
  });
});

describe('parseNoteAnswer: the raw answer survives a failure', () => {
  it('throws ModelAnswerError carrying the raw answer, exit 1', () => {
    const raw = "I'm sorry, I can't help with that.";
    let caught: unknown;
    try {
      parseNoteAnswer(raw);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ModelAnswerError);
    expect((caught as ModelAnswerError).rawAnswer).toBe(raw);
    expect((caught as ModelAnswerError).exitCode).toBe(1);
    expect(() => parseNoteAnswer('')).toThrow(/empty answer/);
  });
});
