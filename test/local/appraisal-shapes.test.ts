import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isAppraisalShape, splitRuledOutAndFindings } from '../../src/local/appraisal-shapes.js';

const lines = (...l: string[]) => l.join('\n');

describe('a cause weighed with no object is the assessment (stop 48)', () => {
  it('reads "is contributing", "is playing a part", "is to blame" after an opinion, in any words', () => {
    expect(isAppraisalShape('And honestly, I think the night shifts are contributing.', false, false)).toBe(true);
    expect(isAppraisalShape('I suspect the new shoes are playing a part too.', false, true)).toBe(true);
    expect(isAppraisalShape('My guess is the dust at work is to blame.', false, true)).toBe(true);
  });

  it('leaves a question, a condition, or someone else\'s contribution alone', () => {
    expect(isAppraisalShape('Do you think the night shifts are contributing?', true, true)).toBe(false);
    expect(isAppraisalShape('If the shifts are contributing, we can look again.', false, true)).toBe(false);
    expect(isAppraisalShape('I think you are contributing a lot to her care.', false, true)).toBe(false);
  });

  it('places the weighed cause in the Assessment of a visit', () => {
    const t = lines(
      'Nurse: How are the headaches?', 'Client: Still most afternoons, and I live on energy drinks at the moment.',
      'Nurse: Your blood pressure is 124 over 78 today.',
      'Nurse: Honestly, I think the energy drinks are contributing.',
      'Nurse: Try cutting them down to one a day.',
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.assessment).toContain('energy drinks are contributing');
    expect(n.plan).not.toContain('contributing');
  });
});

describe('a concern ranked, an outlook left alone, a response judged, a site named as its condition (stop 48)', () => {
  it('reads each shape once the history is taken', () => {
    expect(isAppraisalShape('The bleeding gum is the main worry for me.', false, true)).toBe(true);
    expect(isAppraisalShape('My biggest concern is the weight loss.', false, true)).toBe(true);
    expect(isAppraisalShape("The tendon is irritated and it won't calm down on its own.", false, true)).toBe(true);
    expect(isAppraisalShape("He's responded nicely to the splint.", false, true)).toBe(true);
    expect(isAppraisalShape('The lower left five is early decay.', false, true)).toBe(true);
    expect(isAppraisalShape('That ear is otitis externa.', false, true)).toBe(true);
  });

  it('leaves plain findings, plans and the past told in the history alone', () => {
    expect(isAppraisalShape('The lower left five is sound.', false, true)).toBe(false);
    expect(isAppraisalShape('My biggest concern is that you take it with food.', false, true)).toBe(false);
    expect(isAppraisalShape('The next step is the fracture clinic on Monday.', false, true)).toBe(false);
    expect(isAppraisalShape("He's responded nicely to the splint.", false, false)).toBe(false);
    expect(isAppraisalShape('The tendon is irritated.', false, true)).toBe(false);
    // A finding that carries the condition after a preposition is what was seen, not the appraisal.
    expect(isAppraisalShape('Both ankles are puffy with cellulitis.', false, true)).toBe(false);
    expect(isAppraisalShape('The left shin is tender with cellulitis.', false, true)).toBe(false);
  });

  it('keeps a judgement said under an exam topic in the Assessment', () => {
    const t = lines(
      'Dentist: Any pain with sweets?', 'Patient: A twinge on the left, top.',
      'Dentist: Open for me. Upper left. The upper left six is early decay, just into the enamel.',
      'Patient: Oh no.',
      "Dentist: And the gum on the right is inflamed and it won't settle by itself.",
      "Dentist: We'll paint fluoride on the six today.",
    );
    const n = generateLocalNote(t, { specialty: 'dentist' });
    expect(n.assessment).toContain('early decay');
    expect(n.assessment).toContain("won't settle by itself");
  });
});

describe('a cause weighed, then what is done about it, in one sentence (stop 48)', () => {
  it('splits the appraisal (Assessment) from the decision (Plan)', () => {
    const t = lines(
      'Doctor: How is the reflux?', 'Patient: Worse at night, most nights.',
      'Doctor: Your tummy is soft and not tender.',
      "Doctor: I think the late suppers are contributing, so I'd like you to eat before seven.",
      'Patient: Okay.',
      "Doctor: I suspect the extra coffee is playing a part, so we'll cut it to one cup a day.",
    );
    const n = generateLocalNote(t, { specialty: 'general_practice' });
    expect(n.assessment).toContain('late suppers are contributing');
    expect(n.plan).toMatch(/eat before seven/);
    expect(n.assessment).toContain('extra coffee is playing a part');
    expect(n.plan).toContain('one cup a day');
  });

  it('leaves preventive care that falls due to the plan', () => {
    expect(isAppraisalShape("You're due for your eye screening.", false, true)).toBe(false);
  });
});

describe('a condition ruled out in so many words, and the findings said after it (stop 48)', () => {
  it('reads "no signs of <condition>" as the judgement, but not a plain sign like infection', () => {
    expect(isAppraisalShape('There are no signs of a torn cartilage, no meniscal tear.', false, true)).toBe(true);
    expect(isAppraisalShape('No evidence of a stress fracture.', false, true)).toBe(true);
    expect(isAppraisalShape("There's no sign of infection.", false, true)).toBe(false);
  });

  it('cuts the ruling out from the findings that bear it out', () => {
    expect(splitRuledOutAndFindings('And there are no signs of a pinched nerve, no radiculopathy, your power, reflexes and feeling all look normal.'))
      .toEqual(['And there are no signs of a pinched nerve, no radiculopathy.', 'Your power, reflexes and feeling all look normal.']);
    expect(splitRuledOutAndFindings('No evidence of a fracture, the bones are intact.')).toEqual(['No evidence of a fracture.', 'The bones are intact.']);
  });

  it('leaves a sentence whose first part rules nothing out', () => {
    expect(splitRuledOutAndFindings('I pressed along the spine, your reflexes are all normal.')).toEqual(['I pressed along the spine, your reflexes are all normal.']);
  });

  it('places each part in its own section', () => {
    const t = lines(
      'Physio: Any pins and needles down the leg?', 'Patient: None at all.',
      'Physio: Lie back for me. Straight leg raise is fine both sides.',
      'Physio: So there are no signs of a trapped nerve, no sciatica, your strength, reflexes and feeling all look normal.',
      'Physio: Keep walking daily.',
    );
    const n = generateLocalNote(t, { specialty: 'physiotherapy' });
    expect(n.assessment).toContain('no sciatica');
    expect(n.objective).toMatch(/strength, reflexes and feeling all look normal/);
  });
});
