import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Visits written for these tests (invented patients): a shoulder rehab review, a ward round, a video review of
// headaches and a therapy session.
const visit = (specialty: string, ...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty });

describe('a rehab review', () => {
  const OPENING = ['Physio: How has the shoulder been since the op?', 'Client: Better. I stopped using the sling on Monday.'];

  it('keeps the walking aid or sling given up, and a pain score said after its question', () => {
    const n = visit('physical_therapy', 'Physio: How has the hip been?', 'Client: Better. I ditched the walking stick last week.',
      'Physio: Pain?', 'Client: Mostly fine. Maybe a four out of ten at night.');
    expect(n.subjective).toMatch(/walking stick/);
    expect(n.subjective).toMatch(/4\/10|four out of ten/);
  });

  it('reads "how are you with stairs?" with its answer', () => {
    const n = visit('physical_therapy', ...OPENING, 'Physio: How are you with dressing?', 'Client: Tops are hard. I need help with my bra.');
    expect(n.subjective).toMatch(/Dressing: tops are hard/);
  });

  it('denies each item of "No X. No Y." answering two questions', () => {
    const n = visit('physical_therapy', ...OPENING, 'Physio: Any clicking? Any catching?', 'Client: No clicking. No catching. It aches after work.');
    expect(n.subjective).toMatch(/No clicking\./);
    expect(n.subjective).toMatch(/No catching\./);
  });

  it('writes a range said in words as its number, and a graded finding as the exam', () => {
    const n = visit('physical_therapy', ...OPENING, 'Physio: Let me measure. Abduction is a hundred and twenty.',
      'Physio: Sweep test on the knee. I\'d call it a trace effusion.');
    expect(n.objective).toMatch(/Abduction is 120/);
    expect(n.objective).toMatch(/trace effusion/);
    expect(n.assessment).not.toMatch(/trace effusion/);
  });

  it('opens the plan at "the plan." and keeps restrictions and "I want you doing…"', () => {
    const n = visit('physical_therapy', ...OPENING, 'Physio: Let me see you lift it. Abduction is a hundred and twenty.',
      'Physio: Right, the plan.', 'Physio: For the stiffness I want you doing pendulum swings, five minutes, four times a day.',
      'Physio: No lifting, no swimming.', 'Physio: Overhead work is not before eight weeks.');
    expect(n.plan).toMatch(/pendulum swings/);
    expect(n.plan).toMatch(/No lifting, no swimming/);
    expect(n.plan).toMatch(/not before 8 weeks/);
  });

  it('leaves out fetching the room\'s kit and "we\'ll come back to that"', () => {
    const n = visit('physical_therapy', ...OPENING, 'Physio: What about work?', 'Client: Still off.', 'Physio: We\'ll come back to work.',
      'Physio: Sam, can you grab the goniometer and the tape measure?', 'Physio: Abduction is a hundred and twenty.');
    expect(n.plan).not.toMatch(/goniometer|come back to work/);
  });
});

describe('a ward round and a video review', () => {
  it('reads a nurse\'s reading as a finding though a later clause says "yesterday", and white cells as a result', () => {
    const n = visit('physician', 'Dr Lee: Morning. How are you feeling?', 'Patient: Much better, I had my breakfast.',
      'Dr Lee: Kay, what are the obs like?', 'Nurse Kay: Temp 37.2 this morning, she hasn\'t spiked since yesterday evening.',
      'Dr Lee: Bloods?', 'Dr Patel: White cells 9.8, from 15.1.');
    expect(n.objective).toMatch(/Temp 37\.2/);
    expect(n.objective).toMatch(/white cells 9\.8/i);
  });

  it('writes the course of a named condition and "we call that…" as the assessment', () => {
    const n = visit('physician', 'Dr Lee: How are you feeling?', 'Patient: Much better.', 'Dr Lee: Let me listen to your chest. Chest is clear.',
      'Dr Lee: The cellulitis on your shin has resolved.',
      'Dr Lee: Taking codeine most days can keep the pain going, we call that medication overuse headache.');
    expect(n.assessment).toMatch(/cellulitis on (?:her|his|their) shin has resolved/);
    expect(n.assessment).toMatch(/medication overuse headache/);
  });

  it('opens a video exam at "a couple of quick checks on the camera" and keeps "No drift."', () => {
    const n = visit('nurse_practitioner', 'NP: How are the headaches?', 'Pt: Worse, about ten a month.',
      'NP: I\'d just like to do a couple of quick checks on the camera.', 'NP: Can you come a bit closer.', 'NP: Hold both arms out, close your eyes.', 'Pt: Like this?', 'NP: No drift.');
    expect(n.objective).toMatch(/No drift/);
    expect(n.plan).not.toMatch(/quick checks|come a bit closer/);
  });
});

describe('a therapy session', () => {
  it('writes what keeps a problem going as the formulation, and a "same time next" booking survives a long plan', () => {
    const n = visit('psychotherapist', 'Therapist: How has the week been?', 'Client: I avoided the lift at work every day.', 'Therapist: Let us look at that.',
      'Therapist: Taking the stairs feels like it helps, but it keeps the fear going.',
      'Therapist: Homework.', 'Therapist: Take the lift one floor, twice a day, and rate your fear before and after in the diary.',
      'Therapist: Read the leaflet on panic and mark the parts that fit you, and bring it with you next time.',
      'Therapist: Practise the slow breathing for ten minutes each evening, even on good days, and write down what you notice.',
      'Therapist: If you feel unsafe at any point, ring the crisis line or 111 straight away.',
      'Therapist: Same time next Thursday.');
    expect(n.assessment).toMatch(/keeps the fear going/);
    expect(n.plan).toMatch(/Same time next Thursday/);
  });

  it('reads a denial after "what about the X," with the question it leads to', () => {
    const n = visit('psychotherapist', 'Therapist: How has the week been?', 'Client: Mixed.', 'Therapist: Before we start, what about the gym, have you been to the gym this week?',
      'Client: No. I walked instead.');
    expect(n.subjective).toMatch(/has not been to the gym this week/);
  });
});

describe('a long veterinary plan', () => {
  it('keeps every item of a plan said one by one', () => {
    const n = visit('veterinary', 'Vet: What has Bramble been up to?', 'Owner: She has been limping on her back left leg since Sunday.',
      'Vet: Let me feel the leg. There is swelling over the knee and a positive drawer.', 'Vet: I think she has torn her cruciate ligament.',
      'Vet: Today I would like x-rays under sedation so we can see the joint properly.',
      'Vet: I will start meloxicam, one drop per kilo on her food once a day, and stop the aspirin you have been giving her.',
      'Vet: Lead walks only, ten minutes, three times a day, for the next six weeks.',
      'Vet: No running, no jumping on and off the sofa, and use a ramp for the car.',
      'Vet: She is a bit heavy, so cut her food by a fifth and no treats from the table.',
      'Vet: Give her a joint supplement with fish oil every day with breakfast.',
      'Vet: Keep her off the stairs at home, carry her up if you can, and put a rug down on the kitchen floor so she does not slip.',
      'Vet: We will talk about surgery once we have the x-rays, and I will ring you this afternoon with the results.',
      'Vet: If she stops eating, vomits or goes completely lame, call us straight away.',
      'Vet: I want to see her again in two weeks for a recheck.');
    expect(n.plan).toMatch(/Lead walks only/);
    expect(n.plan).toMatch(/cut her food by a fifth/);
    expect(n.plan).toMatch(/ring (?:you|the owner|them)/i);
    expect(n.plan).toMatch(/two weeks|2 weeks/);
    expect(n.plan).toMatch(/rug down on the kitchen floor/);
  });
});

