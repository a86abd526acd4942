import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A visit pasted a turn a line with no speaker labels: each question's answer is on the next line.
const SORE_THROAT = [
  'What brings you in today?',
  "My throat's been really sore for four days and I've had a temperature.",
  'Are you able to swallow?',
  'Only soft food, it really hurts.',
  'Any cough with it?',
  'No, no cough.',
  'Do you drink alcohol?',
  'Yes, a couple of beers at the weekend.',
  'Let me have a look. Your tonsils are swollen with white patches and your temperature is 38.1.',
  'Okay.',
  'This looks like tonsillitis, probably bacterial.',
  'Right.',
  "I'm going to give you penicillin V 500 mg four times a day for ten days.",
].join('\n');

describe('unlabelled dialogue pasted a turn a line', () => {
  const note = generateLocalNote(SORE_THROAT, { specialty: 'physician' });

  it("reads the line after a question as the patient's answer", () => {
    expect(note.subjective).toMatch(/sore for 4 days/);
    expect(note.subjective).toMatch(/denies cough/i);
    expect(note.subjective).toMatch(/alcohol: yes, a couple of beers/i);
    expect(note.plan).not.toMatch(/beers/);
  });

  it("keeps a lone 'Okay.' or 'Right.' out of the clinician's findings and plan", () => {
    expect(note.objective).toMatch(/tonsils are swollen/);
    expect(note.objective).not.toMatch(/^Okay\.$/m);
    expect(note.plan).not.toMatch(/^Right\.$/m);
    expect(note.plan).toMatch(/penicillin V 500 mg/);
  });
});

describe('a visit pasted a turn a line whose questions name no "you"', () => {
  const note = generateLocalNote([
    "Hi there, I'm Sam, one of the practitioners here. What happened?",
    'I was washing up and a glass broke in my hand, the palm side by the thumb.',
    'When did it happen?',
    'About an hour ago. I wrapped it in a tea towel.',
    'Are you right or left handed?',
    'Right-handed.',
    "Okay, let's have a look. There's a laceration over the base of the thumb, about 4 centimetres long.",
    'Is it deep?',
    "It goes through the skin into the fat, but I can't see any tendon.",
    'Any allergies?',
    'Only to penicillin, I come out in a rash.',
    "So this is a simple laceration. I'll numb it with lidocaine 1 percent and close it with five stitches of 4-0 nylon.",
  ].join('\n'), { specialty: 'physician' });

  it('reads the line after "What happened?" or "When did it happen?" as the answer', () => {
    expect(note.subjective).toMatch(/glass broke in (?:their|the patient's) hand/);
    expect(note.subjective).toMatch(/Onset: about an hour ago/);
  });

  it('writes a choice answered by naming one option, not a yes', () => {
    expect(note.subjective).toContain('Right-handed.');
    expect(note.subjective).not.toMatch(/The patient is right\./);
  });

  it('leaves a patient\'s own yes/no question to the clinician to answer', () => {
    expect(note.objective).toMatch(/goes through the skin into the fat/);
    expect(note.subjective).not.toMatch(/skin into the fat/);
  });
});

describe("a patient's own question on a line of its own", () => {
  const note = generateLocalNote([
    'What can I do for you today?',
    "I keep getting pins and needles in my right hand, it's been going on for four months.",
    'Does it wake you at night?',
    'Yes, it wakes me up and I have to shake it.',
    'Do you drop things?',
    'I do, I dropped a mug last week.',
    'What do you do for work?',
    "I'm a hairdresser.",
    'Let me examine you. Tinel\'s test is positive over the right wrist and sensation is reduced over the index finger.',
    'So what is it?',
    "It's carpal tunnel syndrome. The nerve at the wrist is squashed, which gives exactly what you're describing.",
    'Right. Is it serious?',
    "No, it's very common. I'll give you a wrist splint to wear at night and refer you for nerve conduction studies.",
  ].join('\n'), { specialty: 'physician' });

  it("reads the clinician's answer after it as the clinician's", () => {
    expect(note.assessment).toMatch(/carpal tunnel syndrome/i);
    expect(note.subjective).not.toMatch(/carpal tunnel/i);
    expect(note.plan).toMatch(/wrist splint/);
    expect(note.plan).toMatch(/nerve conduction studies/);
  });

  it("does not write the patient's question into the clinician's plan", () => {
    expect([note.objective, note.assessment, note.plan].join('\n')).not.toMatch(/what is it|is it serious/i);
  });
});

// When one speaker's lines ask nearly every question, each line is that speaker's whole turn: an answer after a
// question that offered a choice, and the clinician's answer to the patient's own question, keep their speakers.
describe('unlabelled lines that alternate speakers', () => {
  const note = generateLocalNote([
    'What brings you in today?',
    "I've had a cough for three weeks.",
    'What colour is the phlegm? Green, or clear?',
    'Green. It comes up mostly in the mornings.',
    'Any fever with it?',
    'No fever.',
    'Do you smoke?',
    'Ten a day.',
    'Have you had anything like this before?',
    'Not really.',
    "Let me listen to your chest. There are crackles at the right base.",
    'Is it a chest infection then?',
    'Yes, I think this is a chest infection. I will start amoxicillin 500 mg three times a day for five days.',
    'How long will it take to clear?',
    'Usually about a week. If you get short of breath, get seen the same day.',
  ].join('\n'), { specialty: 'physician' });

  it("reads the line after a choice question as the patient's answer", () => {
    expect(note.subjective).toMatch(/Green\./);
    expect(note.subjective).toMatch(/mostly in the mornings/);
  });

  it("keeps the clinician's answer to the patient's question out of the history", () => {
    expect(note.subjective).not.toMatch(/short of breath|about a week/i);
    expect(note.plan).toMatch(/short of breath/i);
  });
});

describe('a parent answering for a child, pasted a turn a line', () => {
  const visit = [
    'Hello, can you hear me okay? Is that Mr Jones with Ollie?',
    "Yes, hi, that's us.",
    "Great. So what's been happening with Ollie?",
    "He's had a temperature since Tuesday, up to 39.2 last night,",
    'and he keeps pulling at his right ear and crying.',
    'Okay. Is he eating and drinking?',
    "Not eating much but he's drinking milk and water, and he's had four wet nappies today.",
    'Any rash, any vomiting?',
    "No rash, no vomiting. He's grumpy but he's playing a bit between doses of Calpol.",
    "That's reassuring. Has he had any ear infections before?",
    'One last winter, it got better with antibiotics.',
    'So the right eardrum is red and bulging. The left one looks normal.',
    'This is a right middle ear infection, acute otitis media.',
    "I'm going to prescribe amoxicillin, 5 millilitres three times a day for five days.",
  ].join('\n');
  const note = generateLocalNote(visit, { specialty: 'physician' });

  it('reads the line after "Is he…?" as the parent\'s answer, and the line after that as the clinician again', () => {
    expect(note.subjective).toMatch(/temperature since Tuesday, up to 39\.2 last night, and he keeps pulling at his right ear/);
    expect(note.subjective).toMatch(/Not eating much but he's drinking milk and water/);
    expect(note.objective).not.toMatch(/temperature since Tuesday|Not eating much/);
    expect(note.objective).toMatch(/right eardrum is red and bulging/);
    expect(note.subjective).not.toMatch(/reassuring/);
  });
});

describe('a guessed amount said with a rising tone in an unlabelled visit', () => {
  it('goes on with the answer instead of becoming the clinician\'s question', () => {
    const n = generateLocalNote([
      'How much do you smoke at the moment?',
      'About twenty a day. Roll-ups mostly.',
      'And how long have you smoked for?',
      "Since I was fifteen. So, what... thirty years? I'm forty-five.",
      'Have you tried to quit before?',
      'Twice. Once with patches, but they made my skin itchy.',
      'Any other health problems?',
      'A bit of asthma, I have a blue inhaler.',
    ].join('\n'));
    expect(n.subjective).toMatch(/30 years/);
    expect(n.plan).not.toMatch(/30 years/);
  });
});
