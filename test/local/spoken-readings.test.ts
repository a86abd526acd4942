import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { announcedMeasure, readBareReading } from '../../src/local/spoken-readings.js';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';

describe('a measure announced, then its value said bare', () => {
  it('keeps a peak flow read out in the next turn, with its name', () => {
    const n = generateLocalNote([
      'Nurse: How has the wheeze been?',
      'Patient: Worse at night, I use my blue inhaler most evenings.',
      "Nurse: Right, let's get a peak flow from you. Deep breath and blow hard.",
      'Patient: Was that okay?',
      'Nurse: Good. Three hundred and forty, and the best you have managed is about four fifty.',
    ].join('\n'));
    expect(n.objective).toMatch(/Peak flow 340, and the best/);
    expect(n.plan).not.toMatch(/peak flow/i);
  });

  it('keeps sats after the probe goes on, and a pressure after "pressure now"', () => {
    const n = generateLocalNote([
      'Doctor: Any chest pain today?',
      'Patient: No, just the breathlessness walking up the hill.',
      "Doctor: I'll clip this on your finger. Ninety-five.",
      'Doctor: Blood pressure now. One forty-six over ninety.',
    ].join('\n'));
    expect(n.objective).toMatch(/95%/);
    expect(n.objective).toMatch(/146\/90 mmHg/);
  });

  it('keeps each side of a measure taken on both sides', () => {
    const n = generateLocalNote([
      'therapist: how is the hand?',
      'client: weak, i keep dropping the kettle.',
      'therapist: grip on the dynamometer, right hand first. thirty kilos.',
      'therapist: now the left. eleven.',
    ].join('\n'));
    expect(n.objective).toMatch(/Grip 30 kg/);
    expect(n.objective).toMatch(/Grip \(left\) 11/);
  });

  it("reads a colleague's obs said in words as findings", () => {
    const n = generateLocalNote([
      'Dr Ray: How is she doing, Tom?',
      'Nurse Tom: Temp thirty-seven point nine. Resps eighteen. Sats ninety-seven on air.',
      'Dr Ray: Thanks. How are you feeling?',
      'Patient: A bit achy but better than yesterday.',
    ].join('\n'));
    expect(n.objective).toMatch(/Temp 37\.9/);
    expect(n.objective).toMatch(/Resps 18 \/min/);
    expect(n.objective).toMatch(/Sats 97% on air/);
    expect(n.subjective).not.toMatch(/37\.9/);
  });

  it('does not take a plan to measure, or a count of days, for a reading', () => {
    expect(announcedMeasure('We will check your blood pressure again next week.')).toBeUndefined();
    expect(announcedMeasure('Blood pressure tablets?')).toBeUndefined();
    expect(readBareReading('Two days ago.')).toBeUndefined();
    expect(readBareReading('Three times a week, maybe more.')).toBeUndefined();
    expect(readBareReading('One thirty over eighty-five.')).toBe('130/85.');
  });

  it('takes no run of values jotted down for a reading, but keeps one value with a second for comparison', () => {
    expect(readBareReading('2.6, 1.9, 0.4, thirty, seventy.')).toBeUndefined();
    expect(readBareReading('Seventy-two, 74 last time.')).toBe('72, 74 last time.');
    const n = generateLocalNote([
      "Nurse: I'll take your temperature as well. Thirty-seven point one, fine.",
      'Patient: Good.',
      'Nurse: Noting the sizes before I lose them. 2.6, 1.9, 0.4, thirty, seventy.',
    ].join('\n'));
    expect(n.objective).toMatch(/Temperature 37\.1/);
    expect(n.objective).not.toMatch(/Temperature 2\.6/);
  });

  it('writes a body mass index and drained volumes with digits', () => {
    expect(normalizeMeasurements('that gives a body mass index of thirty-one')).toBe('that gives a body mass index of 31');
    expect(normalizeMeasurements('the drain has put out forty mls')).toBe('the drain has put out 40 mL');
  });
});

describe('a test or site named alone opens what it showed', () => {
  const n = generateLocalNote([
    'Physio: What happened?',
    'Patient: I went over on my ankle jumping for a rebound and heard a crack.',
    'Physio: Up on the couch. Left ankle. Swollen over the outside and bruised under the bone.',
    'Physio: Anterior drawer. More give than the other side, with a soft end feel.',
    "Physio: Thompson's. Calf squeeze moves the foot, so that's fine.",
    'Physio: So a sprain of the outer ligaments, probably grade two.',
  ].join('\n'));

  it('writes each finding under the test or site it was found by, in the objective', () => {
    expect(n.objective).toMatch(/Anterior drawer: more give than the other side/);
    expect(n.objective).toMatch(/Thompson's: calf squeeze moves the foot/);
    expect(n.objective).toMatch(/Left ankle: swollen over the outside/);
    expect(n.assessment).toMatch(/sprain/);
  });
});

describe('a value said in words in a sentence that names what was measured', () => {
  it('is a finding, not an assessment', () => {
    const n = generateLocalNote([
      'therapist: how is the elbow?',
      'client: still stiff when I reach for things.',
      "therapist: let's measure it. bend it up for me.",
      "therapist: that's flexion, only a hundred and ten degrees, and straightening is nearly full.",
      "therapist: you're doing well but the bending still needs work.",
    ].join('\n'));
    expect(n.objective).toMatch(/flexion, only 110 degrees/);
  });
});
