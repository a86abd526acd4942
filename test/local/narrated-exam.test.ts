import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// An examiner narrating at the couch pauses between acts: what each pause ends is a request, what follows is what it showed.
describe('an exam narrated with pauses', () => {
  const n = generateLocalNote([
    'Doctor: What seems to be the trouble?',
    'Patient: My right ankle has been aching for a fortnight, since the fun run.',
    'Doctor: The healthcare assistant weighed you earlier... eighty-two kilos. Okay, let\'s watch you walk up the corridor... and turn... she\'s walking on the outside of the foot, heel lifting early... good.',
    'Doctor: Let\'s look at the ankle itself... no bruising... bends right up... now the tendon... as I squeeze the calf the foot moves normally, that\'s a negative Thompson test.',
    'Doctor: Pressing behind the bone is very tender, and that\'s sore?',
    'Patient: Yes, that\'s sore.',
    'Doctor: Your ankle\'s fine, I think this is Achilles tendinopathy. Start calf raises daily and see the physio in two weeks.',
  ].join('\n'), { specialty: 'physician' });

  it('keeps the reading and the findings said after each pause in the Objective', () => {
    expect(n.objective).toMatch(/weight 82 kg/i);
    expect(n.objective).toMatch(/walking on the outside of the foot/i);
    expect(n.objective).toMatch(/no bruising/i);
    expect(n.objective).toMatch(/bends right up/i);
    expect(n.objective).toMatch(/foot moves normally/i);
    expect(n.objective).toMatch(/very tender/i);
  });

  it('leaves the requests out of the Plan', () => {
    expect(n.plan).not.toMatch(/walk up the corridor|look at the ankle/i);
    expect(n.plan).toMatch(/calf raises/i);
  });

  it('keeps a hesitation inside a sentence as one sentence', () => {
    const h = generateLocalNote([
      'Doctor: Any problems with your chest?',
      'Patient: A cough for three weeks, green phlegm.',
      'Doctor: I think it\'s... probably a chest infection. I\'ll start you on... amoxicillin, 500 mg three times a day for five days.',
    ].join('\n'), { specialty: 'physician' });
    expect(h.assessment).toMatch(/probably a chest infection/i);
    expect(h.plan).toMatch(/amoxicillin/i);
  });
});

// A video visit asks for the exam aloud, and ends it aloud; neither is the plan.
describe('asking for the exam and ending it', () => {
  const n = generateLocalNote([
    'Doctor: How long has the rash been there?',
    'Patient: About a week, it\'s itchy, on my arms.',
    'Doctor: I\'d like to have a quick look if that\'s okay. Hold your arm up to the camera for me.',
    'Doctor: There\'s a red scaly patch on the inner elbow. You can put your top back on.',
    'Doctor: This looks like eczema. Use the emollient twice a day and hydrocortisone cream for a week.',
  ].join('\n'), { specialty: 'physician' });

  it('writes neither the request nor its ending in the Plan', () => {
    expect(n.plan).not.toMatch(/quick look|top back on/i);
    expect(n.plan).toMatch(/emollient/i);
    expect(n.objective).toMatch(/red scaly patch/i);
  });
});

// "…in front of you... the left only gets…", "Shirt off if you can... lift…": a pronoun after a preposition and a modal
// that ends its condition close the act, so the pause after them ends a sentence.
describe('a pause after an object pronoun or a closed condition', () => {
  const n = generateLocalNote([
    'Doctor: What brings you in?',
    'Patient: My right shoulder has been stiff for three months.',
    "Doctor: Jumper off if you can... I'll try moving it for you... external rotation is badly reduced on the right, both active and passive.",
    'Doctor: This is a frozen shoulder. I will refer you to the physio.',
  ].join('\n'), { specialty: 'physician' });

  it('keeps the finding said after the pause in the Objective, not the Plan', () => {
    expect(n.objective).toMatch(/external rotation is badly reduced/i);
    expect(n.plan).not.toMatch(/external rotation|jumper off/i);
  });
});
