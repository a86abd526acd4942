import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('an exam opened by placing the body, and what is seen or felt said casually (round z)', () => {
  it('"hop on the scales for me" opens the exam: the weight and what the coach sees are Objective', () => {
    const t = lines(
      "Coach: How's the knee been?", 'Member: Better, I can do stairs now.',
      'Coach: Hop on the scales for me.',
      "Coach: You're at 62 kilos.",
      'Coach: The left knee still drifts in when you squat.',
    );
    const n = generateLocalNote(t, { specialty: 'exercise_therapy' });
    expect(n.objective).toContain('62 kg');
    expect(n.objective).toContain('left knee still drifts in');
    expect(n.subjective).not.toContain('62');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"lie face down for me" opens the exam; the findings that follow have no exam words', () => {
    const n = generateLocalNote(lines(
      'Therapist: What brings you in?', 'Client: My neck has been stiff for three weeks.',
      'Therapist: Lie face down for me.',
      'Therapist: That knot has softened a lot now.',
      'Therapist: Walking in, you held onto the wall the whole way.',
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toContain('knot has softened');
    expect(n.objective).toContain('held onto the wall');
  });

  it('a request and what it shows in one breath are two sentences, the finding kept', () => {
    const n = generateLocalNote(lines(
      "Therapist: How's the neck?", 'Client: Sore on the right for three weeks.',
      "Therapist: Turn your head to the right for me, you're only getting about halfway compared to the left.",
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toContain('halfway compared to the left');
    expect(n.objective).not.toContain('for me');
  });

  it('advice given during the exam is plan when it says when or what for; a manoeuvre is not', () => {
    const n = generateLocalNote(lines(
      "Nurse: How's feeding going?", 'Mum: My nipple is cracked and it hurts.',
      'Nurse: Let me have a look at the latch.',
      'Nurse: Use some lanolin on the crack after feeds.',
      'Nurse: Raise the laptop up on some books so the screen is at eye level.',
      'Nurse: Turn your head to the left for me.',
    ), { specialty: 'registered_nurse' });
    expect(n.plan).toContain('lanolin on the crack after feeds');
    expect(n.plan).toContain('so the screen is at eye level');
    expect([n.objective, n.plan].join('\n')).not.toContain('Turn');
  });
});
