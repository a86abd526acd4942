import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const planFindings = (plan: string, transcript: string) => checkGrounding({ plan }, transcript).filter((f) => f.kind === 'plan');

describe('plan items the conversation never discussed', () => {
  const knee = [
    '[doctor] so i want to get an mri of the right knee to look at the ligaments .',
    "[doctor] and i'm going to refer you to physical therapy three times a week .",
    '[patient] okay , sounds good .',
  ].join('\n');

  it('catches another imaging modality, test or treatment than the one discussed', () => {
    expect(planFindings('I have also recommended that we obtain a CT scan of the right knee to evaluate the ligaments.', knee)).toHaveLength(1);
    expect(planFindings('We will initiate formal occupational therapy 3 times per week to strengthen her right knee.', knee)).toHaveLength(1);
    expect(planFindings('Ordered echocardiogram and stress test.', knee)).toHaveLength(2);
  });

  it('catches a referral to a specialty nobody mentioned', () => {
    const t = "[doctor] i'm going to send you to the urologist for an ultrasound of your kidneys .\n[patient] okay .";
    expect(planFindings('Referral placed to urology for possible ultrasound.', t)).toEqual([]);
    expect(planFindings('Referral placed to neurology for possible ultrasound.', t).map((f) => f.reason)).toEqual([
      'the plan names neurology ("neurology"), which the transcript never mentions',
    ]);
  });

  it('does not take the adjective of a condition for a referral to its specialty', () => {
    const t = [
      'Doctor: Is there any significant family history of medical conditions, or psychiatric conditions?',
      'Patient: No. And no neurological problems either, my dad had rheumatoid arthritis.',
      "Doctor: OK, I'd like you to see your GP again in two weeks.",
    ].join('\n');
    expect(planFindings('Psychiatry referral.', t)).toHaveLength(1);
    expect(planFindings('Refer to neurology.', t)).toHaveLength(1);
    expect(planFindings('Refer to rheumatology.', t)).toHaveLength(1);
    const said = "Doctor: I'll refer you to a psychiatrist, and the neurologist and the rheumatology team will see you too.";
    expect(planFindings('Psychiatry referral. Refer to neurology and rheumatology.', said)).toEqual([]);
  });

  it('passes the items discussed, in the words a conversation uses for them', () => {
    expect(planFindings('I have recommended that we obtain an MRI of the right knee to further assess the ligaments.', knee)).toEqual([]);
    expect(planFindings('The patient was provided with a referral to formal physical therapy.', knee)).toEqual([]);
    const gp = "[doctor] we'll arrange a heart scan , an echo , and i'll ask the heart doctors to see you .\n[patient] right .";
    expect(planFindings('Arrange echo. Refer to cardiology.', gp)).toEqual([]);
    const gastro = "[doctor] i wan na refer you back to the gastroenterologist for another evaluation , okay ?";
    expect(planFindings('We will refer her back to gastroenterology for repeat evaluation.', gastro)).toEqual([]);
  });

  it('leaves a denied item, a bare "scan", and an assessment\'s results alone', () => {
    expect(planFindings('No need for an MRI at this time.', knee)).toEqual([]);
    expect(planFindings('Schedule MRI of the lumbar spine.', "[doctor] i'd like you to have a scan of your back .")).toEqual([]);
    expect(checkGrounding({ assessment: 'X-ray negative for fracture.' }, '[doctor] your knee looks fine .').filter((f) => f.kind === 'plan')).toEqual([]);
  });
});

describe('urgent care made routine', () => {
  const urgent = [
    'Doctor: With that pain going into your jaw I do not want to take any chances.',
    "Doctor: I'm going to call an ambulance for you now, they'll take you to A and E.",
    'Patient: Okay.',
  ].join('\n');
  const plan = (text: string, transcript: string) => checkGrounding({ plan: text }, transcript).filter((f) => f.kind === 'plan').map((f) => f.kind);

  it('catches a routine review where the doctor sent the patient to hospital now', () => {
    expect(plan('Routine GP appointment next week.', urgent)).toEqual(['plan']);
    expect(plan('Non-urgent referral to the chest pain clinic.', urgent)).toEqual(['plan']);
  });

  it('passes urgent care written as such, routine tests, and a safety net that arranges nothing', () => {
    expect(plan('Ambulance called, to A&E for assessment.', urgent)).toEqual([]);
    expect(plan('Routine bloods sent.', urgent)).toEqual([]);
    expect(plan('Further review possibly routine, possibly via A&E, depending on the second opinion.', urgent)).toEqual([]);
    const netted = "Doctor: We'll see you for a routine check in a month.\nDoctor: If the pain comes back, call an ambulance straight away.";
    expect(plan('Routine review in 1 month.', netted)).toEqual([]);
    expect(plan('Routine review in 4 weeks.', "Doctor: If the pain gets worse, go to A and E straight away.\nDoctor: Otherwise I'll see you in a month.")).toEqual([]);
  });
});

describe('procedures and treatments a plan may put in place of the one discussed', () => {
  const mri = "Doctor: I'd like to get an MRI of the knee to look at the meniscus, and in the meantime ice and ibuprofen.";
  const bloods = "Doctor: We'll check your other antibody levels with some more blood work and go from there.";

  it('catches an arthroscopy, a steroid injection, IVIG or antibiotics nobody mentioned', () => {
    expect(planFindings('Refer for knee arthroscopy.', mri)).toHaveLength(1);
    expect(planFindings('Cortisone injection to the knee today.', mri)).toHaveLength(1);
    expect(planFindings('Start IVIG infusions monthly.', bloods)).toHaveLength(1);
    expect(planFindings('Course of oral antibiotics.', mri)).toHaveLength(1);
  });

  it('passes them in the words a conversation uses', () => {
    expect(planFindings('Refer for knee arthroscopy.', "Doctor: If the MRI shows a tear we'll take a look with a keyhole camera.")).toEqual([]);
    expect(planFindings('Steroid injection given.', "Doctor: I'll give you a shot of cortisone into the joint.")).toEqual([]);
    expect(planFindings('Start antibiotics.', "Doctor: I'm going to give you a week of amoxicillin for the chest infection.")).toEqual([]);
    expect(planFindings('No antibiotics needed.', mri)).toEqual([]);
  });
});

describe('a test put off that was to be done now', () => {
  const now = "Doctor: I'd like you to have some blood tests today, the nurse can take them before you leave.\nPatient: Okay.";
  const timing = (assessment: string, transcript: string) => checkGrounding({ assessment }, transcript).filter((f) => f.kind === 'plan').map((f) => f.kind);

  it('catches bloods or a pregnancy test moved to later', () => {
    expect(timing('Bloods in 2 weeks, then review.', now)).toEqual(['plan']);
    expect(timing('Pregnancy test next week.', 'Doctor: Can you do a pregnancy test today and ring us if it is positive?')).toEqual(['plan']);
  });

  it('passes the time said, a test said to be later too, and a test said with no time', () => {
    expect(timing('Bloods today with the nurse; review in 2 weeks.', now)).toEqual([]);
    expect(timing('Bloods in 2 weeks.', "Doctor: Blood tests today, and we'll repeat the blood tests in two weeks.")).toEqual([]);
    expect(timing('Bloods next week.', 'Doctor: We will need some blood tests.')).toEqual([]);
  });
});

describe('a treatment or test the plan withholds that the conversation put in place', () => {
  const uti = [
    'Doctor: Right, OK. So it may be possible that you might be having an infection in the urine.',
    'Doctor: Um, it might be worth taking a three day course of antibiotics.',
    'Patient: OK.',
    'Doctor: So, are you happy to take a course of antibiotics, if I send it through to the pharmacy?',
    'Patient: Yes, that is fine.',
  ].join('\n');
  const withheld = (plan: string, transcript: string) => checkGrounding({ plan }, transcript).filter((f) => /withholds/.test(f.reason));

  it('catches "no Abx for now" where the clinician prescribed a course', () => {
    expect(withheld('Advised fluids, no Abx for now.', uti)).toHaveLength(1);
    expect(withheld('Antibiotics not indicated at present.', uti)).toHaveLength(1);
  });

  it('passes a plan that gives it, or one the conversation also held back or made conditional', () => {
    expect(withheld('Advised 3/7 course Abx.', uti)).toEqual([]);
    const held = "Doctor: This sounds viral, so we won't need antibiotics for now.\nPatient: OK.";
    expect(withheld('No antibiotics for now.', held)).toEqual([]);
    const ifWorse = "Doctor: If it gets worse over the weekend, I'll start you on antibiotics.\nPatient: OK.";
    expect(withheld('No antibiotics for now; safety-net advice given.', ifWorse)).toEqual([]);
    expect(withheld('No antibiotics unless fever develops.', uti)).toEqual([]);
  });
});

describe('a drug the plan stops that the clinician let go on', () => {
  const cold = [
    'Patient: I have been taking lemsip, maybe two or three a day.',
    "Doctor: It's fine to carry on what you're doing at the moment, with the lemsip. That contains paracetamol so don't take any other paracetamol containing products.",
  ].join('\n');
  const headache = [
    'Doctor: So, similar to Ibuprofen, but taking naproxen instead of Ibuprofen, not at the same time.',
    'Doctor: You can take Paracetamol along with that.',
  ].join('\n');
  const stopped = (plan: string, transcript: string) => checkGrounding({ plan }, transcript).filter((f) => /plan stops/.test(f.reason)).map((f) => /stops "([^"]+)"/.exec(f.reason)?.[1]);

  it('catches "stop" or "not to take" where the clinician said carry on or can take', () => {
    expect(stopped('Advised to stop lemsips and take regular paracetamol instead.', cold)).toEqual(['lemsips']);
    expect(stopped('Not to take alongside paracetamol.', headache)).toEqual(['paracetamol']);
  });

  it('passes what the clinician said, and a stop the clinician said too', () => {
    expect(stopped('Advised continue lemsips but no other paracetamol containing products.', cold)).toEqual([]);
    expect(stopped('Naproxen instead of ibuprofen; stop ibuprofen. Can take alongside paracetamol.', headache)).toEqual([]);
  });
});
