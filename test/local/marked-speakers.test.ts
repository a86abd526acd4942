import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

const read = (lines: string[]) => readTranscript(lines.join('\n')).turns.map((t) => [t.role, t.label ?? '', t.text]);

describe('emoji speaker labels with a legend', () => {
  const visit = [
    'Key: 👨‍⚕️ = doctor | 🧑 = patient | 👵 = grandmother',
    '',
    '👨‍⚕️: Morning. What brings you along?',
    '🧑: My wrist has been aching since the fall on Sunday.',
    '👵: She landed right on it.',
    '👨‍⚕️: Any numbness in the fingers?',
    '🧑: No, none.',
  ];

  it('reads each emoji as the speaker the legend names, and drops the legend', () => {
    const turns = read(visit);
    expect(turns.map(([role]) => role)).toEqual(['clinician', 'patient', 'other', 'clinician', 'patient']);
    expect(turns[1]).toEqual(['patient', 'Patient', 'My wrist has been aching since the fall on Sunday.']);
    expect(turns.some(([, , text]) => text!.includes('Key'))).toBe(false);
  });

  it('leaves emoji alone where no legend names them', () => {
    const turns = readTranscript(visit.slice(2).join('\n'));
    expect(turns.labelled).toBe(false);
    const chat = ['Doctor: Feeling better? 🙂', 'Patient: Much better 👍', 'Doctor: Great.'];
    expect(read(chat).map(([, , text]) => text)).toEqual(['Feeling better? 🙂', 'Much better 👍', 'Great.']);
  });
});

describe('live captions naming the speaker in parentheses', () => {
  const captions = [
    '[CAPTIONS START]',
    '(NURSE) GOOD AFTERNOON. HOW HAS',
    'THE COUGH BEEN SINCE MONDAY, AND',
    'IS HE EATING AND DRINKING?',
    '(FATHER) STILL BAD AT NIGHT. HE',
    'WAKES UP COUGHING AROUND TWO AND',
    'THEN AGAIN AT FIVE, BUT HE IS',
    'EATING FINE DURING THE DAY.',
    '(NURSE) ANY FEVER OR TROUBLE',
    'BREATHING THAT WORRIED YOU?',
    '(FATHER) NO FEVER AT ALL, AND NO',
    'TROUBLE BREATHING THAT I NOTICED.',
    '[STETHOSCOPE EXAM]',
    '(NURSE) OKAY. I WILL LISTEN TO',
    'HIS CHEST NOW AND THEN WE CAN',
    'TALK ABOUT WHAT TO DO NEXT.',
  ];

  it('reads the name in parentheses as the speaker and joins the wrapped lines', () => {
    const turns = read(captions);
    expect(turns.map(([role, label]) => `${role}:${label}`)).toEqual(['clinician:NURSE', 'other:FATHER', 'clinician:NURSE', 'other:FATHER', 'clinician:NURSE']);
    expect(turns[1]![2]).toBe('Still bad at night. He wakes up coughing around two and then again at five, but he is eating fine during the day.');
    expect(turns.some(([, label]) => /captions/i.test(label ?? ""))).toBe(false);
  });

  it('keeps a sound in parentheses as no speaker, and a text with one named voice as it was', () => {
    const sounds = ['Doctor: Take a deep breath.', '(COUGHS) Sorry.', 'Doctor: No problem.', '(COUGHS) It catches.', 'Doctor: And again.', '(LAUGHS) Okay.', '(COUGHS) There.'];
    expect(read(sounds).every(([, label]) => label === 'Doctor')).toBe(true);
  });
});

describe('inline time marks before each sentence', () => {
  it('takes the marks out of the words', () => {
    const turns = read([
      'Physio (Dana): <00:05> Hi there. <00:07> How is the ankle?',
      'Client: <00:09> Better. <00:11> It swelled for 3 days.',
      'Physio (Dana): <00:14> Good. <00:16> Let us test it.',
    ]);
    expect(turns[1]![2]).toBe('Better. It swelled for 3 days.');
    expect(turns.every(([, , text]) => !text!.includes('<'))).toBe(true);
  });

  it('leaves a lone angle-bracketed time as it was', () => {
    expect(read(['Doctor: The scan is booked <10:30>.', 'Patient: Fine.'])[0]![2]).toBe('The scan is booked <10:30>.');
  });
});
