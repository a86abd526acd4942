import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a pre-operative visit', () => {
  const n = generateLocalNote([
    'Nurse: How is the hearing on the left?',
    'Patient: Muffled, and it has been for a year. I have to turn the TV right up.',
    'Nurse: Any nosebleeds?',
    'Patient: A few, mostly in winter.',
    "Nurse: I've taken your bloods and your swabs, and they're all fine.",
    'Nurse: The surgeon confirmed last week that it is otosclerosis in the left ear.',
    'Nurse: The operation will be on the left ear, under a general anaesthetic, as a day case.',
    "Nurse: Afterwards you'll keep the ear dry for two weeks and avoid flying for a month.",
  ].join('\n'));

  it('writes what will be done and what to do after as plan', () => {
    expect(n.plan).toMatch(/operation will be on the left ear/);
    expect(n.plan).toMatch(/keep the ear dry for 2 weeks/);
  });

  it('writes a colleague\'s diagnosis as assessment and a test done with its result as objective', () => {
    expect(n.assessment).toMatch(/otosclerosis/);
    expect(n.objective).toMatch(/bloods and (?:the patient's|his|her|their) swabs, and they're all fine/);
  });

  it('reads a count of nosebleeds with its topic', () => {
    expect(n.subjective).toMatch(/Nosebleeds: a few, mostly in winter\./);
  });
});

describe('a result to be watched, and findings seen on photos', () => {
  it('keeps the result as objective, and a finding after a long lead', () => {
    const n = generateLocalNote([
      'dr: how is the skin?',
      'pt: better, less itchy than last month.',
      "dr: your bloods from last week: kidney tests are normal, and your cholesterol is a little raised at 6.1, which we'll keep an eye on.",
      'dr: from the photos you sent this morning and what i can see on the video, there are far fewer patches on your elbows and knees.',
      'dr: so your psoriasis is responding well. carry on with the methotrexate.',
    ].join('\n'));
    expect(n.objective).toMatch(/cholesterol is a little raised at 6\.1/);
    expect(n.objective).toMatch(/far fewer patches on (?:the patient's|his|her|their) elbows/);
  });
});

describe('a clinic letter with no headings', () => {
  it('places what follows the diagnosis as plan, and a request of the GP', () => {
    const n = generateLocalNote('Thank you for referring Mr Adam Lee, a 64-year-old joiner, whom I saw today. He has had a painful '
      + 'lump in the palm of his left hand for a year and cannot lay the hand flat. On examination there is a cord over the ring finger '
      + 'with a 40 degree contracture at the knuckle. This is Dupuytren\'s disease, and he would like it treated. It will be done under '
      + 'local anaesthetic as a day case, and I have added him to the waiting list. I would be grateful if you could review his blood '
      + 'pressure before the operation.');
    expect(n.objective).toMatch(/cord over the ring finger/);
    expect(n.plan).toMatch(/local anaesthetic as a day case/);
    expect(n.plan).toMatch(/grateful if you could review his blood pressure/);
    expect(n.subjective).not.toMatch(/waiting list|grateful/);
  });
});
