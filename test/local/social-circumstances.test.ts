import { describe, expect, it } from 'vitest';
import { namesSocialNeed, tellsSocialHistory } from '../../src/local/social-circumstances.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('the patient\'s home, family, money and company', () => {
  it('is social history in several shapes', () => {
    expect(tellsSocialHistory('My daughter comes round on Wednesdays.')).toBe(true);
    expect(tellsSocialHistory("We're in a flat on the top floor and the lift is broken half the time.")).toBe(true);
    expect(tellsSocialHistory('The pension barely covers the heating.')).toBe(true);
    expect(tellsSocialHistory("Nobody really visits since my brother moved.")).toBe(true);
    expect(tellsSocialHistory('I stay with a friend for now.')).toBe(true);
  });

  it('is not told by a plain reaction or a plan', () => {
    expect(tellsSocialHistory('Okay, that sounds fine.')).toBe(false);
    expect(tellsSocialHistory('I will try the new tablets.')).toBe(false);
  });

  it('is kept in the history of a long visit', () => {
    const filler = Array.from({ length: 24 }, (_, k) => [`Worker: Question number ${k + 1}, is that alright?`, 'Client: Yes, that is alright.']).flat();
    const s = generateLocalNote([
      'Worker: Where are you living at the moment?',
      'Client: In a bedsit. The landlord wants me out by March.',
      'Worker: Do you have people around you?',
      'Client: Not really. My nephew phones sometimes.',
      ...filler,
      'Worker: I will call you on Friday.',
    ].join('\n')).subjective;
    expect(s).toMatch(/landlord/);
    expect(s).toMatch(/nephew/);
  });
});

describe('a need or barrier the clinician names', () => {
  it('is the assessment\'s, in several phrasings', () => {
    expect(namesSocialNeed('So money for food is a real worry: that is food insecurity.')).toBe(true);
    expect(namesSocialNeed('Getting here is the main transport barrier for him.')).toBe(true);
    expect(namesSocialNeed('She cannot afford the inhalers on her current income.')).toBe(true);
    expect(namesSocialNeed('He is quite socially isolated since the move.')).toBe(true);
    expect(namesSocialNeed('This is a lot of caregiver strain for one person.')).toBe(true);
  });

  it('is no need named when asked about or when the plan meets it', () => {
    expect(namesSocialNeed('Can you afford the prescriptions?')).toBe(false);
    expect(namesSocialNeed("I'll look at the transport barrier with the council.")).toBe(false);
  });

  it('goes to the assessment of the note', () => {
    const n = generateLocalNote([
      'Nurse: How do you get to the hospital for dialysis?',
      'Patient: My neighbour drives me, but he is away next month and I have no car.',
      'Nurse: And the shopping?',
      'Patient: I skip meals at the end of the week when the money runs out.',
      "Nurse: Thank you. So there's a transport barrier to your dialysis, and some food insecurity too.",
      "Nurse: I'll book hospital transport and refer you to the food bank.",
    ].join('\n'));
    expect(n.assessment).toMatch(/transport barrier/);
    expect(n.assessment).toMatch(/food insecurity/);
  });
});
