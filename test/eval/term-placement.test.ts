import { describe, expect, it } from 'vitest';
import { newPlacementScore, readSectionFacts, scorePlacement } from './term-placement.js';

const clinician = {
  subjective: '3/7 hx of diarrhoea and vomiting. No blood in stool.',
  objective: '',
  assessment: 'Imp: gastroenteritis',
  plan: 'Paracetamol if feverish. Return if short of breath.',
};
const transcript = [
  'Doctor: How long have you had the diarrhoea?',
  'Patient: Three days, and I keep vomiting. No blood. I have a stomach bug I think.',
  'Doctor: Sounds like gastroenteritis. Take paracetamol if you get a fever, and call if you get short of breath.',
].join('\n');

describe('facts read from a clinician note', () => {
  it('reads conditions in the assessment, drugs in the plan and symptoms in the history, not a plan\'s safety-netting', () => {
    expect(readSectionFacts('assessment', clinician.assessment).map((f) => f.label)).toEqual(['gastroenteritis']);
    expect(readSectionFacts('plan', clinician.plan).map((f) => [f.kind, f.label])).toEqual([['drug', 'paracetamol']]);
    expect(readSectionFacts('subjective', clinician.subjective).map((f) => f.label)).toEqual(expect.arrayContaining(['diarrhea', 'vomiting']));
  });
});

describe('scoring an engine note', () => {
  it('counts a fact in the right section, in another section, or lost', () => {
    const score = newPlacementScore();
    const engine = {
      subjective: 'Diarrhea for 3 days with vomiting. Denies blood in stool.',
      objective: '',
      assessment: '',
      plan: 'Paracetamol if fever. Gastroenteritis likely.',
    };
    scorePlacement(score, clinician, transcript, engine);
    expect(score.bySection.get('assessment')).toEqual({ facts: 1, right: 0 });
    expect(score.bySection.get('plan')).toEqual({ facts: 1, right: 1 });
    expect(score.misses.map((m) => [m.fact.label, m.foundIn])).toContainEqual(['gastroenteritis', ['plan']]);
    expect(score.anywhere).toBeGreaterThan(score.right);
  });

  it('leaves out a fact the transcript never says (a chart fact is no engine miss)', () => {
    const score = newPlacementScore();
    scorePlacement(score, { ...clinician, assessment: 'Imp: gastroenteritis. Known asthma.' }, transcript, clinician);
    expect(score.misses.map((m) => m.fact.label)).not.toContain('asthma');
    expect(score.bySection.get('assessment')).toEqual({ facts: 1, right: 1 });
  });
});
