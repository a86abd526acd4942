import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { readNoteSmoking } from '../../src/grounding/smoking-check.js';

const smoking = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => /smoker/.test(f.reason));

describe('smoking status against the conversation', () => {
  it('catches "Smoker, 10/day" where the patient never smoked, and "Non-smoker" where they smoke ten a day', () => {
    expect(smoking('Smoker, 10/day.', '[doctor] do you smoke ?\n[patient] no , never have .')).toHaveLength(1);
    expect(smoking('Current smoker.', "[doctor] do you smoke at all ?\n[patient] no , i do n't .")).toHaveLength(1);
    expect(smoking('Non-smoker.', '[doctor] do you smoke ?\n[patient] yeah , about ten a day .')).toHaveLength(1);
    expect(smoking('Smokes 20 cigarettes a day.', '[doctor] do you smoke ?\n[patient] i used to , i quit five years ago .')).toHaveLength(1);
  });

  it('reads the smoking item of a social history told as a list that names other people', () => {
    const smokes = 'Doctor: Do you smoke?\nPatient: Yes, I do, about fifteen a day.';
    expect(smoking('SH: non-smoker, lives with husband and two children.', smokes)).toHaveLength(1);
    expect(smoking('Never smoked; wife drinks socially.', smokes)).toHaveLength(1);
    expect(readNoteSmoking('Smoker 20/day, advised to stop.')?.status).toBe('current');
    // The other person's own smoking item is still theirs.
    expect(readNoteSmoking('Non-smoker, but husband smokes.')?.status).toBe('never');
    expect(readNoteSmoking('Her husband is a smoker, she is not.')).toBeUndefined();
  });

  it('reads "i try not to smoke , but i do , occasionally" as a smoker', () => {
    const tries = '[doctor] do you smoke ?\n[patient] i try not to smoke , but i do , occasionally .';
    expect(smoking('Denies smoking.', tries)).toHaveLength(1);
    expect(smoking('Occasional smoker.', tries)).toEqual([]);
  });

  it('passes what was said, and statuses the conversation cannot contradict', () => {
    expect(smoking('Non-smoker.', '[doctor] do you smoke ?\n[patient] no .')).toEqual([]);
    expect(smoking('Ex-smoker, quit 5 years ago.', '[doctor] do you smoke ?\n[patient] i used to , i quit five years ago .')).toEqual([]);
    // "do you smoke ? — no" is what an ex-smoker answers too; the quit date may come from the chart.
    expect(smoking('Ex-smoker, quit 2010.', '[doctor] do you smoke ?\n[patient] no .')).toEqual([]);
    expect(smoking("Doesn't smoke.", "[doctor] so you do n't smoke ?\n[patient] correct .")).toEqual([]);
    expect(smoking('Smokes 10 a day, trying to quit.', "[doctor] do you smoke ?\n[patient] yeah , i'm trying to quit .")).toEqual([]);
    // One history told in two statements.
    expect(smoking('Smokes 1 ppd for 40 years. Quit 3 months ago.', '[doctor] do you smoke ?\n[patient] i stopped three months ago .')).toEqual([]);
  });

  it('leaves other people and other substances alone', () => {
    expect(smoking('Non-smoker.', '[doctor] does anyone at home smoke ?\n[patient] yes , my husband smokes a pack a day .')).toEqual([]);
    expect(smoking('Smokes cannabis daily.', '[doctor] do you smoke cigarettes ?\n[patient] no .')).toEqual([]);
    expect(smoking('Smoker.', "[doctor] do you smoke ?\n[patient] i do n't smoke cigarettes , only cigars .")).toEqual([]);
    expect(smoking('Non-smoker.', "[doctor] do you smoke or drink ?\n[patient] i drink socially , but i don't smoke .")).toEqual([]);
  });

  it('reads the note\'s own wording of each status', () => {
    expect(readNoteSmoking('SH: lives alone, nil smoker/etOH/recreational drugs')?.status).toBe('never');
    expect(readNoteSmoking('Denies alcohol, tobacco, or drug use.')?.status).toBe('never');
    expect(readNoteSmoking('The patient used to be a smoker.')?.status).toBe('former');
    expect(readNoteSmoking('Denies alcohol use, but is a smoker.')?.status).toBe('current');
    expect(readNoteSmoking('Smoked 1 PPD for 15 years.')).toBeUndefined();
    expect(readNoteSmoking('Counselled on smoking cessation.')).toBeUndefined();
  });
});

describe('a review-of-systems verb before the habit ("Endorses tobacco use")', () => {
  const never = '[doctor] do you smoke ?\n[patient] no , never have .';
  it('affirms current smoking, caught where the patient never smoked', () => {
    expect(readNoteSmoking('Endorses tobacco use.')?.status).toBe('current');
    expect(readNoteSmoking('Positive for tobacco; no alcohol, drug abuse.')?.status).toBe('current');
    expect(smoking('Complains of tobacco; no alcohol, drug abuse.', never)).toHaveLength(1);
  });

  it('a denial or advice is not read as smoking', () => {
    expect(readNoteSmoking('No tobacco, alcohol, or drug abuse.')?.status).toBe('never');
    expect(readNoteSmoking('Reports smoking cessation advice given.')).toBeUndefined();
    expect(smoking('Denies tobacco use.', never)).toEqual([]);
  });
});

describe('a yes to "do you smoke or drink?"', () => {
  const asked = [
    'Doctor: Do you smoke or drink at all?',
    'Patient: Yeah.',
    'Doctor: How much would you say?',
    "Patient: Well, I don't smoke. I have a couple of glasses of wine at the weekend.",
  ].join('\n');

  it('is not a smoker\'s yes: the non-smoker the patient then says decides', () => {
    expect(checkGrounding({ subjective: 'SH: Smoker, 15/day. Drinks wine at weekends.' }, asked).map((f) => f.reason).join(' ')).toContain('non-smoker');
    expect(checkGrounding({ subjective: 'SH: Non-smoker. Drinks wine at weekends.' }, asked)).toEqual([]);
  });

  it('a yes to smoking alone still makes a smoker', () => {
    expect(checkGrounding({ subjective: 'Non-smoker.' }, 'Doctor: Do you smoke?\nPatient: Yeah, about ten a day.').map((f) => f.reason).join(' ')).toContain('current smoker');
  });
});
