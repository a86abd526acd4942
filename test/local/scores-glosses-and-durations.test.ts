import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { dropLayGloss } from '../../src/local/lay-glosses.js';
import { tellsTimeOnTreatment } from '../../src/local/treatment-duration.js';

const lines = (...l: string[]) => l.join('\n');

describe('a score given in the sentence after its scale is named is written with the scale (stop 48)', () => {
  it('names the scale for "your score is N" (GAD-7 and AUDIT, other words)', () => {
    const t = lines(
      'Counsellor: How have the worries been?', 'Client: Constant, especially at night.',
      'Counsellor: Thanks for filling in the GAD-7 before we started. Your total score is 13.',
      'Client: Is that bad?',
      'Counsellor: It sits in the moderate band.',
    );
    expect(generateLocalNote(t, { specialty: 'psychologist' }).objective).toContain('GAD-7 total score is 13');
    const u = lines(
      'Nurse: How much do you drink in a week?', 'Patient: Maybe a bottle of wine at weekends.',
      'Nurse: I went through the AUDIT questions with you just now. The score comes out at 9.',
      'Patient: Okay.',
    );
    expect(generateLocalNote(u, { specialty: 'registered_nurse' }).objective).toContain('AUDIT score comes out at 9');
  });

  it('leaves a score with no scale named just before as it was', () => {
    const t = lines(
      'Coach: How did the quiz go?', 'Client: Fine.',
      'Coach: Your score is 13.', 'Client: Great.',
      'Coach: Keep the breathing exercises going twice a day.',
    );
    expect(generateLocalNote(t, { specialty: 'psychologist' }).objective).not.toMatch(/GAD|PHQ|AUDIT/);
  });
});

describe("a lay gloss between a term and its finding is left out of the finding (stop 48)", () => {
  it('drops glosses of several kinds', () => {
    expect(dropLayGloss('The sclera, the whites of the eyes, look a bit yellow.')).toBe('The sclera look a bit yellow.');
    expect(dropLayGloss('And your reflexes, which is how the nerves answer the hammer, are brisk.')).toBe('And your reflexes are brisk.');
    expect(dropLayGloss('Your speech, the way the words come out, is a little slowed.')).toBe('Your speech is a little slowed.');
  });

  it('keeps a clause that is no gloss, and a gloss with a value in it', () => {
    expect(dropLayGloss('The knee, after the fall, is swollen.')).toBe('The knee, after the fall, is swollen.');
    expect(dropLayGloss('The pressure, the top number 150, is high.')).toBe('The pressure, the top number 150, is high.');
    expect(dropLayGloss('I met your daughter, the one who drives, is she coming?')).toBe('I met your daughter, the one who drives, is she coming?');
  });

  it('writes the mental-state finding without its gloss', () => {
    const t = lines(
      'Doctor: How is the mood?', 'Patient: Low. Nothing is fun.',
      'Doctor: Looking at you today, you are tidy and calm. Your affect, the way your face moves with what you say, is blunted.',
      'Patient: Okay.',
    );
    expect(generateLocalNote(t, { specialty: 'psychiatry' }).objective).toMatch(/affect is blunted/);
  });
});

describe('how long a treatment has run, told by the clinician, is history (stop 48)', () => {
  it('reads "we\'re at N weeks on…", "you\'re N months into…"', () => {
    expect(tellsTimeOnTreatment("So we're at about eight weeks on the 50 now.")).toBe(true);
    expect(tellsTimeOnTreatment("You're three months into the course.")).toBe(true);
  });

  it('leaves a duration planned or asked', () => {
    expect(tellsTimeOnTreatment("Once you're six weeks into the course, we'll review.")).toBe(false);
    expect(tellsTimeOnTreatment("You're two weeks into the course?")).toBe(false);
    expect(tellsTimeOnTreatment('You will be six weeks on the tablets by June.')).toBe(false);
  });

  it('keeps it in the Subjective', () => {
    const t = lines(
      'Doctor: Hello again. So we are at about eight weeks on the 50 now.', 'Patient: Yes, about that.',
      'Doctor: How is the sleep?', 'Patient: Better than it was.',
    );
    expect(generateLocalNote(t, { specialty: 'psychiatry' }).subjective).toContain('8 weeks on the 50');
  });
});
