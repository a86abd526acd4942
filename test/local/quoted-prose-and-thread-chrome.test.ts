import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

const read = (lines: string[]) => readTranscript(lines.join('\n')).turns.map((t) => [t.role, t.label ?? '', t.text]);
const saidBy = (lines: string[], words: string) => read(lines).find(([, , text]) => text === words)?.slice(0, 2);

describe('a visit written up as prose with quoted speech', () => {
  const writeUp = [
    'Placement diary, week 2',
    '',
    'Mr Okafor arrived early. Dr Lindqvist, the podiatrist, asked him to take off his shoes. "What seems to be the trouble?" she asked.',
    '"My heel," Mr Okafor said. "Every morning, first steps out of bed." He pointed at the inside of his left heel.',
    'Dr Lindqvist asked whether it ever woke him. "No, never at night."',
    '"And any numbness in the toes?" she asked.',
    '"No, no numbness."',
    'She pressed along the sole and said quietly, "Tender at the medial heel, no swelling."',
    'Then she explained, "This looks like plantar fasciitis," and he nodded.',
  ];

  it('gives each quotation to the person the sentence names, or to the one answering the question before it', () => {
    expect(saidBy(writeUp, 'My heel,')).toEqual(['patient', 'Mr Okafor']);
    expect(saidBy(writeUp, 'Every morning, first steps out of bed.')).toEqual(['patient', 'Mr Okafor']);
    expect(saidBy(writeUp, 'No, never at night.')).toEqual(['patient', 'Mr Okafor']);
    expect(saidBy(writeUp, 'No, no numbness.')).toEqual(['patient', 'Mr Okafor']);
    expect(saidBy(writeUp, 'And any numbness in the toes?')).toEqual(['clinician', 'Dr Lindqvist (podiatrist)']);
    expect(saidBy(writeUp, 'Tender at the medial heel, no swelling.')).toEqual(['clinician', 'Dr Lindqvist (podiatrist)']);
  });

  it('reads the narration as an account of the visit, not as the last speaker', () => {
    const narration = read(writeUp).find(([, , text]) => text!.startsWith('He pointed'));
    expect(narration?.[0]).toBe('clinician');
  });

  it('reads a second shape: curly quotes, the speaker named after the words, no role given', () => {
    const story = [
      '“How long has the cough been going?” asked Nurse Adeyemi.',
      '“Three weeks,” Tomasz replied. “Worse at night.”',
      '“Any blood when you cough?”',
      '“None.”',
      'Nurse Adeyemi listened to his chest. “Clear on both sides,” she said.',
    ];
    expect(saidBy(story, 'None.')).toEqual(['patient', 'Tomasz']);
    expect(saidBy(story, 'Clear on both sides,')?.[1]).toBe('Nurse Adeyemi');
    expect(saidBy(story, 'Clear on both sides,')?.[0]).toBe('clinician');
  });

  it('leaves a labelled transcript with quotations in it alone', () => {
    const labelled = ['Doctor: She said "take two" and "rest", right?', 'Patient: Yes, "take two" she said.', 'Doctor: And "rest"?', 'Patient: "Rest," yes.', 'Doctor: "Good," I said.'];
    expect(read(labelled).map(([, label]) => label)).toEqual(['Doctor', 'Patient', 'Doctor', 'Patient', 'Doctor']);
  });
});

describe("a portal message thread's title block and notices", () => {
  it('drops the subject, participants and breadcrumb above the messages and the closing notice', () => {
    const thread = [
      'Inbox > Care team messages',
      'Subject: my son\'s inhaler dose',
      'Participants: Rhea Bhatt (parent); Carlos Mendes, RN',
      '',
      'Rhea Bhatt    03/04/2026 7:55 PM',
      'He used the blue inhaler four times today.',
      '',
      'Carlos Mendes, RN    03/04/2026 8:20 PM',
      'Thanks Rhea. Is he wheezy now?',
      '',
      'Rhea Bhatt    03/04/2026 8:31 PM',
      'A little, less than this morning.',
      '',
      '*** Thread closed by Carlos Mendes, RN ***',
    ];
    const texts = read(thread).map(([, , text]) => text);
    expect(texts.some((t) => /Subject|Participants|Inbox|closed/.test(t!))).toBe(false);
    expect(texts).toContain('He used the blue inhaler four times today.');
  });

  it('keeps a line that merely mentions a closed message', () => {
    const chat = ['Doctor: Did you get my message?', 'Patient: Yes, the message was read and closed on my phone.', 'Doctor: Good.'];
    expect(read(chat).map(([, , text]) => text)).toContain('Yes, the message was read and closed on my phone.');
  });
});
