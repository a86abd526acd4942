import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('staff the clinician names or sends for a reading', () => {
  it('reads a first-name speaker asked by name for a reading as staff, and the reading as the exam', () => {
    const text = [
      'Dr. Haines: Good afternoon. What seems to be the trouble with Pepper?',
      "Jo Marsh: She's been scratching her ears all week and shaking her head.",
      'Dr. Haines: Any discharge or smell?',
      'Jo Marsh: A bit of a smell, yes.',
      'Dr. Haines: Priya, could you get a weight for me, please?',
      'Priya: Okay. Weight is 8.6 kg.',
      'Dr. Haines: Thanks. Both ear canals are red with brown wax.',
    ].join('\n');
    expect(readTranscript(text).speakers).toMatchObject({ Priya: 'clinician', 'Jo Marsh': 'other' });
    const n = generateLocalNote(text);
    expect(n.objective).toMatch(/8\.6 kg/);
    expect(n.subjective).not.toMatch(/8\.6/);
  });

  it('reads a speaker introduced as "my assistant" as staff', () => {
    const text = [
      "Dr. Ruiz: Hello, I'm Dr. Ruiz and this is Noor, my surgery assistant.",
      'Noor: Hello.',
      'Patient: Hi. My upper left filling fell out on Friday.',
      'Dr. Ruiz: Does it hurt with sweet things?',
      'Patient: A little.',
      'Noor: I will get the mirror ready.',
    ].join('\n');
    expect(readTranscript(text).speakers).toMatchObject({ Noor: 'clinician', Patient: 'patient' });
  });

  it('leaves a child asked by name to say a word, and a wife introduced by name, as they are', () => {
    const text = [
      "Therapist: Hi both. This is Mia, isn't it? And this is Dan, my husband, says Mum.",
      'Mum: Yes, hi. She still says "tat" for "cat".',
      'Therapist: Mia, can you say "kite" for me?',
      'Mia: Tite.',
      'Therapist: Mia, could you get the blue car?',
      'Mia: Car!',
    ].join('\n');
    expect(readTranscript(text).speakers.Mia).not.toBe('clinician');
  });
});
