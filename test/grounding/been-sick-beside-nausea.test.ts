import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).map((f) => f.kind);

describe('"been sick" set against feeling sick is vomiting', () => {
  const notVomited = ['GP: Do you feel sick at all?', 'Patient: Feeling sick all morning, but I haven\'t actually been sick.'].join('\n');
  const vomited = ['Nurse: Any nausea with it?', 'Mother: She felt queasy in the car.', 'Mother: And then she was sick twice when we got home.'].join('\n');
  const oneLine = ['Doctor: How is your tummy?', 'Patient: I feel sick constantly. I was sick last night too.'].join('\n');

  it('catches vomiting affirmed where the patient was not sick', () => {
    expect(kinds('Reports nausea and vomiting.', notVomited)).toContain('negation');
  });

  it('catches vomiting denied where the patient was sick', () => {
    expect(kinds('Nausea in the car, no vomiting.', vomited)).toContain('negation');
    expect(kinds('Constant nausea without vomiting.', oneLine)).toContain('negation');
  });

  it('supports the note that reads it the same way', () => {
    expect(kinds('Nausea since this morning, no vomiting.', notVomited)).toEqual([]);
    expect(kinds('Felt nauseous in the car, then vomited twice at home.', vomited)).toEqual([]);
  });

  it('leaves "been sick" meaning unwell alone where nobody speaks of nausea', () => {
    const unwell = ['Doctor: What is going on?', 'Patient: I have been sick all week with this cold, coughing and sneezing.'].join('\n');
    expect(kinds('Cough and sneezing for a week. No vomiting.', unwell)).toEqual([]);
  });
});
