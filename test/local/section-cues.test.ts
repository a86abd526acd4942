import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('an assessment that opens with its topic', () => {
  it('sets the topic off with a comma in lower-case ASR text too', () => {
    const n = generateLocalNote(lines(
      'sw: the landlord sent you a letter in march',
      'client: yeah he wants us out by june',
      'sw: for your housing it sounds like you are at risk of losing the flat',
    ), { specialty: 'social_worker' });
    expect(n.assessment).toMatch(/^For (?:their|her|his) housing, it sounds like/m);
  });
});

describe('a heading written into a clinician turn of a dialogue', () => {
  const n = generateLocalNote(lines(
    'Dietitian: How have you been eating since the surgery?',
    'Patient: Not much, soup mostly. I have lost some weight.',
    'Dietitian: You weigh 58 kg today, down from 63 kg in June.',
    'Dietitian: For the record. Impression: moderate malnutrition after the bowel surgery. Plan: two oral nutritional supplements a day; small meals every three hours; weigh weekly at home; I will phone you in two weeks.',
    'Patient: Okay.',
  ), { specialty: 'dietitian_nutritionist' });

  it('places the sentences after "Impression:" and "Plan:" by the heading, each list item kept', () => {
    expect(n.assessment).toMatch(/moderate malnutrition after the bowel surgery/i);
    expect(n.plan).toMatch(/two oral nutritional supplements a day/i);
    expect(n.plan).toMatch(/small meals every 3 hours/i);
    expect(n.plan).toMatch(/weigh weekly at home/i);
    expect(n.plan).toMatch(/phone the patient in 2 weeks|phone (?:them|her|him) in 2 weeks/i);
    expect(n.objective).not.toMatch(/supplements|Plan:/);
  });
});

describe('an assessment stated as a reading of the course, without a diagnosis word', () => {
  it('writes progress and a comparison with before as the assessment, not the plan or the exam', () => {
    const n = generateLocalNote(lines(
      'Counsellor: How many drinks did you have on your heaviest day this week?',
      'Client: Four, down from ten.',
      'Counsellor: So the heavy days are fewer than last month, which is good progress, though the weekends are still hard.',
      'Counsellor: Keep the drink diary and we will meet next week.',
    ), { specialty: 'social_worker' });
    expect(n.assessment).toMatch(/heavy days are fewer than last month/);
    expect(n.plan).not.toMatch(/fewer than last month/);
  });

  it('writes "it is starting to look like" and "X rather than Y" as the assessment', () => {
    const n = generateLocalNote(lines(
      'Physio: Where is the pain?',
      'Patient: On the outside of my hip when I lie on it.',
      'Physio: Lie on your side for me. It is tender over the greater trochanter.',
      'Physio: It is starting to look like a tendon problem at the hip rather than something in the back.',
      'Physio: Do the side-lying leg lifts ten times twice a day.',
    ), { specialty: 'physical_therapy' });
    expect(n.assessment).toMatch(/starting to look like a tendon problem at the hip rather than something in the back/);
    expect(n.objective).not.toMatch(/starting to look like/);
  });
});

describe('readings said in words or in two words', () => {
  it('keeps a lower-case reading said in words as a finding', () => {
    const n = generateLocalNote(lines(
      '[pt] how is the shoulder pain since the rotator cuff repair',
      '[patient] a bit better the pain is worse at night and i can lift the kettle now',
      '[pt] okay squeeze this for me',
      '[pt] grip on the left is eleven kilos and the right is twenty six',
      '[pt] keep doing the band exercises twice a day',
    ), { specialty: 'physical_therapy' });
    expect(n.objective).toMatch(/grip on the left is 11 kg and the right is twenty six/i);
  });

  it('keeps a reading called out in two words ("Pulse 92.")', () => {
    const n = generateLocalNote(lines(
      'Nurse: How are you feeling today?',
      'Patient: Shivery, and my chest hurts when I cough.',
      'Nurse: Pulse 92. Temperature 38.4.',
      'Nurse: I will ask the doctor to see you this morning.',
    ), { specialty: 'registered_nurse' });
    expect(n.objective).toMatch(/Pulse 92/);
    expect(n.objective).toMatch(/Temperature 38\.4/);
  });

  it('reads "practise" as advice, as it reads "practice"', () => {
    const n = generateLocalNote(lines(
      'Therapist: How has your sleep been?',
      'Client: I lie awake worrying until two most nights.',
      'Therapist: Before you turn the light off, practise the body scan from the recording.',
    ), { specialty: 'psychotherapist' });
    expect(n.plan).toMatch(/practise the body scan/);
  });
});

describe('a finding dictated to an assistant or under its site', () => {
  const n = generateLocalNote(lines(
    'Dr. Shah: What brings you in?',
    'Mr. Cole: The filling on the top right fell out on Sunday and it is sensitive to cold.',
    'Dr. Shah: Let me take a look.',
    'Dr. Shah: Sarah, can you note, tooth 16, there is a lost amalgam with a cavity on the distal surface.',
    'Dr. Shah: The bitewing films show no periapical lesion and the enamel looks healthy.',
    'Dr. Shah: So this is a lost filling, and the tooth itself is healthy.',
    'Dr. Shah: I will place a composite filling today.',
  ), { specialty: 'dentist' });

  it('writes what is noted, without the aside, in the exam', () => {
    expect(n.objective).toMatch(/lost amalgam with a cavity on the distal surface/);
    expect(n.objective).not.toMatch(/can you note/i);
  });

  it('writes what radiographs show as a result, not the assessment', () => {
    expect(n.objective).toMatch(/bitewing films show no periapical lesion/i);
    expect(n.assessment).not.toMatch(/bitewing/i);
  });
});

describe('an explanation of cause and a reading of the response, as the assessment', () => {
  it('writes "went low because you…" as the assessment', () => {
    const n = generateLocalNote(lines(
      'Nurse: What happened this morning?',
      'Patient: I felt shaky and sweaty at work and my meter said 3.1.',
      'Nurse: Did you have breakfast?',
      'Patient: No, I was running late.',
      'Nurse: Let me check your sugar now. It is 6.2 on my meter.',
      'Nurse: So this is hypoglycaemia.',
      'Nurse: Your sugar went low because you took your gliclazide and skipped breakfast.',
      'Nurse: The shakiness is from the adrenaline your body releases when the sugar drops.',
      'Nurse: Always eat within an hour of taking the gliclazide.',
    ), { specialty: 'registered_nurse' });
    expect(n.assessment).toMatch(/went low because the patient took their gliclazide/);
    expect(n.plan).toMatch(/eat within an hour/);
  });

  it('writes "moving in the right direction" and "responding" as the assessment, not the exam', () => {
    const n = generateLocalNote(lines(
      'Physio: How is the knee since you started the exercises?',
      'Patient: Less sore on the stairs, maybe a three out of ten now.',
      'Physio: Knee bend is 120 degrees today, up from 95.',
      'Physio: So the swelling is heading in the right direction and the quads are responding to the work.',
      'Physio: Keep doing the step-ups twice a day.',
    ), { specialty: 'physical_therapy' });
    expect(n.assessment).toMatch(/heading in the right direction/);
    expect(n.objective).not.toMatch(/right direction/);
  });
});

describe('instructions to a companion and a trial named before its result', () => {
  it('writes a task asked of a parent by their role, or handed to someone else, as plan', () => {
    const n = generateLocalNote(lines(
      'Doctor: How long has his ear been hurting?',
      'Dad: Since Friday, and he had a temperature of 38.5 last night.',
      'Doctor: His right eardrum is red and bulging. This is an ear infection.',
      'Doctor: Dad, can you give him the amoxicillin three times a day for five days.',
      'Doctor: Ask the nursery staff to keep him in the shade this week.',
    ));
    expect(n.plan).toMatch(/give him the amoxicillin 3 times a day/);
    expect(n.plan).toMatch(/nursery staff to keep him in the shade/);
    expect(n.objective).not.toMatch(/nursery|amoxicillin/);
  });

  it('joins what is tried to how it went', () => {
    const n = generateLocalNote(lines(
      'Therapist: How is the eating going since the stroke?',
      'Patient: I choke on water sometimes.',
      'Therapist: Does food get stuck?',
      'Patient: Bread does.',
      'Therapist: Let me watch you swallow. Now a teaspoon of yoghurt, level 4. That clears in one swallow with no cough.',
      'Therapist: Keep to soft foods this week and sip water slowly.',
    ), { specialty: 'slp' });
    expect(n.objective).toMatch(/A teaspoon of yoghurt, level 4: that clears in one swallow/i);
  });
});

describe('a risk estimated, when results are due, a family tree and muscles seen in a session', () => {
  const n = generateLocalNote(lines(
    'Counsellor: Your sister tested positive for a BRCA2 variant, is that right?',
    'Client: Yes, in May. My mum had breast cancer at 41.',
    'Counsellor: I have drawn your family tree across three generations, with four breast cancers on your mum\'s side.',
    'Counsellor: Given your sister\'s result, you have a 50% chance of carrying the same variant.',
    'Counsellor: We will take a blood sample today. Results usually take about four weeks.',
  ), { specialty: 'genetic_counselling' });

  it('writes the risk as the assessment, the family tree as a finding and the wait for results as plan', () => {
    expect(n.assessment).toMatch(/50% chance of carrying the same variant/);
    expect(n.objective).toMatch(/family tree across three generations/);
    expect(n.plan).toMatch(/Results usually take about 4 weeks/);
    expect(n.objective).not.toMatch(/50% chance|Results usually/);
  });

  it('writes tight hamstrings seen in a session without an announced exam as a finding', () => {
    const m = generateLocalNote(lines(
      'Instructor: How has the back been this week?',
      'Client: The low back pain is worse in the mornings, about four out of ten, better once I get moving.',
      'Instructor: Let\'s begin seated. Your hamstrings are tight on both sides, more on the right.',
      'Instructor: For home, do the seated forward bend for five minutes every evening.',
    ), { specialty: 'exercise_therapy' });
    expect(m.objective).toMatch(/hamstrings are tight on both sides/);
  });
});

describe('the nature of a problem judged without a diagnosis word', () => {
  it('writes "mostly muscular" and "looks viral" as the assessment', () => {
    const n = generateLocalNote(lines(
      'Doctor: Where does it hurt?',
      'Patient: Across my shoulders since I started the new job, and I have had a sore throat for three days.',
      'Doctor: Your throat is a little red, no pus on the tonsils. Your trapezius muscles are tender on both sides.',
      'Doctor: The shoulder pain is mostly muscular, from the desk set-up.',
      'Doctor: The sore throat looks viral.',
      'Doctor: Try warm salt water gargles and raise your screen to eye level.',
    ));
    expect(n.assessment).toMatch(/mostly muscular/);
    expect(n.assessment).toMatch(/sore throat looks viral/);
    expect(n.objective).not.toMatch(/muscular, from the desk/);
  });
});

describe('an opinion given and a task set, in plain words', () => {
  const n = generateLocalNote(lines(
    'Therapist: How have the evenings been?',
    'Client: I keep going over the argument with my manager, I can\'t switch off and I sleep about five hours.',
    'Therapist: My sense is that the rumination is keeping the low mood going.',
    'Therapist: Your homework this week is to set a fifteen minute worry slot at six each evening.',
  ), { specialty: 'psychotherapist' });

  it('writes "my sense is that…" as the assessment and "your homework this week is…" as plan', () => {
    expect(n.assessment).toMatch(/rumination is keeping the low mood going/);
    expect(n.plan).toMatch(/fifteen minute worry slot|15 minute worry slot/);
  });
});
