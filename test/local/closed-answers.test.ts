import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('closed questions the readers did not take', () => {
  const n = generateLocalNote([
    'Doctor: So you came off the bike on the way to work. Was a helmet worn?',
    'Patient: No.',
    'Doctor: Is this your first head injury?',
    'Patient: Third, actually.',
    'Doctor: Do you feel dizzy when you turn over in bed?',
    'Patient: A bit, yes, mostly in the evenings.',
    'Doctor: Any chest infections this winter?',
    'Patient: Loads, maybe four since October.',
    'Doctor: Your pupils are equal and reacting and there is a graze over the left temple. This is a mild concussion.',
  ].join('\n'));

  it('reads a passive question with its subject: "Was a helmet worn?" — "No."', () => {
    expect(n.subjective).toMatch(/A helmet was not worn\./);
  });

  it('reads an ordinal answer to "is this your first …?"', () => {
    expect(n.subjective).toMatch(/Third head injury\./);
  });

  it('keeps a qualified yes with what was asked', () => {
    expect(n.subjective).toMatch(/Feel dizzy when (?:the patient|he|she) turns over in bed: a bit, yes, mostly in the evenings\./);
  });

  it('keeps a count given in words with its topic', () => {
    expect(n.subjective).toMatch(/Chest infections this winter: loads, maybe four since October\./);
  });
});

describe('an antenatal question about movements', () => {
  it('keeps the count under the topic', () => {
    const n = generateLocalNote([
      'Midwife: Have you felt any movements today?',
      'Patient: A couple, maybe two or three little ones after breakfast.',
      'Midwife: Your bump measures 31 centimetres.',
    ].join('\n'));
    expect(n.subjective).toMatch(/Movements: a couple, maybe two or three little ones after breakfast\./);
  });
});

describe('a question about a current medicine answered in other words', () => {
  it('writes the medicine and dose asked about with the answer', () => {
    const n = generateLocalNote([
      'Doctor: Is he taking the levothyroxine 100 micrograms every morning?',
      'Daughter: He misses it a couple of times a week because he forgets before breakfast.',
      'Doctor: His pulse is 58 and his skin is dry.',
    ].join('\n'));
    expect(n.subjective).toMatch(/Taking the levothyroxine 100 (?:micrograms|mcg) every morning: he misses it a couple of times a week/i);
  });

  it('leaves an answer that names the medicine itself as it is', () => {
    const n = generateLocalNote([
      'Doctor: Are you taking any supplements, like iron?',
      'Patient: I already started taking my iron pills again last week.',
      'Doctor: Your haemoglobin is 104.',
    ].join('\n'));
    expect(n.subjective).not.toMatch(/Taking any supplements/);
  });
});

// "What does the blood look like? Bright red, or darker?" — "Bright red.": the options offered alone after the question.
describe('an answer that names one of the options offered', () => {
  it('keeps the option named in the history', () => {
    const n = generateLocalNote([
      'Doctor: What brings you in?',
      'Patient: I have been seeing blood when I go to the toilet.',
      'Doctor: What does the blood look like? Bright red, or darker?',
      'Patient: Bright red. It is on the paper when I wipe.',
      'Doctor: This looks like haemorrhoids. I will prescribe a cream.',
    ].join('\n'));
    expect(n.subjective).toMatch(/Bright red\./);
  });
});
