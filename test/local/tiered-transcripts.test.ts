import { describe, expect, it } from 'vitest';
import { unfoldTieredTranscript } from '../../src/text/tiered-transcripts.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// Invented tiered transcripts of the CHAT family, in two other shapes: a roster with names and codes outside the
// standard set, a translation tier and coding tiers; and one with no roster, standard codes and spaces for tabs.
const ROSTERED = [
  '@Begin',
  '@Participants:\tKID Milo Target_Child, DAD Father, THR Rosa Speech_Therapist',
  '@ID:\tspa|clinic|KID|3;11.|male|||Target_Child|||',
  '*THR:\tMilo, can you tell me what the dog is doing?',
  '*KID:\tel perro &-uh come [/] come.',
  '%eng:\tthe dog eats.',
  '%mor:\tdet|the n|dog v|eat-3S .',
  '*DAD:\the mixes both languages at home, mostly Spanish with his grandmother.',
  '%com:\tchild looks at father before answering',
  '*THR:\tthat is very common (.) and it is fine.',
  '@End',
];

const STANDARD = [
  '@Languages: eng',
  '*INV: what shall we build today ?',
  '*CHI: a tower xxx big one !',
  '%act: stacks six blocks then knocks them down',
  '*MOT: she has been stacking everything since her birthday.',
  '*INV: lovely . does she name colours yet ?',
  '*MOT: red and blue, not the others.',
];

describe('a CHAT-style tiered transcript', () => {
  it('labels main tiers by the roster, reads a translation in place of the foreign words, and drops coding tiers and headers', () => {
    const out = unfoldTieredTranscript(ROSTERED)!;
    expect(out[0]).toBe('');
    expect(out[3]).toBe('Rosa (Speech Therapist): Milo, can you tell me what the dog is doing?');
    expect(out[4]).toBe('');
    expect(out[5]).toBe('Milo (Child): the dog eats.');
    expect(out[6]).toBe('');
    expect(out[8]).toBe('Rosa (Speech Therapist): child looks at father before answering.');
    expect(out[9]).toBe('Rosa (Speech Therapist): that is very common and it is fine.');
    const r = readTranscript(ROSTERED.join('\n'));
    expect(r.speakers).toEqual({ 'Rosa (Speech Therapist)': 'clinician', 'Milo (Child)': 'patient', 'Father': 'other' });
    expect(r.turns.map((t) => t.line)).toEqual([4, 6, 8, 9, 10]);
  });

  it('gives the standard codes their roles when there is no roster, and drops the convention’s marks', () => {
    const r = readTranscript(STANDARD.join('\n'));
    expect(r.speakers).toEqual({ Clinician: 'clinician', Child: 'patient', Mother: 'other' });
    expect(r.turns.find((t) => t.label === 'Child')!.text).toBe('a tower big one!');
    expect(r.turns.find((t) => t.line === 4)).toMatchObject({ role: 'clinician', label: 'Clinician', text: 'stacks six blocks then knocks them down.' });
  });

  it('leaves other transcripts alone', () => {
    expect(unfoldTieredTranscript(['Doctor: hello', 'Patient: hi', 'Doctor: what brings you in', 'Patient: my knee'])).toBeUndefined();
    // Emphasis in a typed note is no main tier.
    expect(unfoldTieredTranscript(['*NB: call back tomorrow*', 'Patient seen with wife.', 'Knee swollen.', 'Plan: rest.'])).toBeUndefined();
  });
});
