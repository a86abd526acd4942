import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history');

describe('work lost against the work the patient talked of', () => {
  const started = [
    "Patient: I think it all started around when I took on the new job, about two months back.",
    'Doctor: How are you finding work?',
    "Patient: It's busy, long hours, but I like it.",
  ].join('\n');

  it('catches "Lost job" and "Unemployed" where the patient spoke of a job and never of losing one', () => {
    expect(history('SH: Lost job 2 months ago.', started)).toHaveLength(1);
    expect(history('Currently unemployed, lives with wife.', started)).toHaveLength(1);
  });

  it('passes work lost in the patient\'s words, a denial, and a conversation silent on work', () => {
    expect(history('Was made redundant in March.', "Patient: Work's been a nightmare, they let me go in March, the whole team was made redundant.")).toEqual([]);
    expect(history('Unemployed since the summer.', "Doctor: Are you working at the moment?\nPatient: No, I'm not working, I'm looking for a job.")).toEqual([]);
    expect(history('Not unemployed; works from home.', started)).toEqual([]);
    expect(history('Lost job recently.', 'Patient: My knee has been sore for a week.')).toEqual([]);
  });

  it('reads time off work as work lost: "off work", "signed off", "unable to work"', () => {
    const working = "Doctor: Have you managed to keep going to work with this?\nPatient: Yeah, I've been in every day, it's just uncomfortable.";
    expect(history('Has been off work since Monday.', working)).toHaveLength(1);
    expect(history('Unable to work due to the pain.', working)).toHaveLength(1);
    expect(history('Off work for the last week.', "Doctor: Are you working?\nPatient: I've had the week off, I just couldn't face it.")).toEqual([]);
    expect(history('Signed off sick by her GP.', 'Doctor: How is work?\nPatient: My GP gave me a sick note for two weeks.')).toEqual([]);
  });
});
