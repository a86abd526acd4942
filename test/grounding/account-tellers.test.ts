import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters: the note's informant must be the teller of the line that holds the account.
describe('who told it, read from the line that holds the account', () => {
  it('takes a companion\'s speaker label as the teller', () => {
    const t = [
      'Doctor: Who have you brought with you today?',
      'Son: I\'m her son, Tom.',
      'Doctor: Tom, is she eating?',
      'Son: Barely eating, maybe half a plate.',
      'Patient: I\'m just not hungry.',
    ].join('\n');
    expect(kinds({ subjective: 'Son reports she is barely eating.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Husband reports she is barely eating.' }, t)).toEqual(['attribution']);
  });

  it('takes the one a line quotes as the teller', () => {
    const t = [
      '[doctor] how has your temper been ?',
      '[patient] my sister says i have been much calmer lately .',
      '[doctor] that is good to hear .',
    ].join('\n');
    expect(kinds({ subjective: 'Sister says he has been calmer lately.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'His counsellor says he has been calmer lately.' }, t)).toEqual(['attribution']);
  });

  it('lets a companion who relays someone else\'s words be named as the teller too', () => {
    const t = [
      'Nurse: Has the cough been keeping him up?',
      'Grandmother: His mum says he coughs most of the night, and the school nurse sent him home on Friday.',
      'Nurse: Any fevers?',
      'Grandmother: Not that I have seen.',
    ].join('\n');
    expect(kinds({ subjective: 'Per grandmother, his mum says he coughs most of the night.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Mother reports he coughs most of the night.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Father reports he coughs most of the night.' }, t)).toEqual(['attribution']);
  });

  it('knows a speaker labelled by name is not the person they speak of as "her dad"', () => {
    const t = [
      'Ana Ruiz: Hi, I\'m here with my daughter. Her dad couldn\'t come, he\'s working.',
      'Dr Patel: What has been happening?',
      'Ana Ruiz: She has been vomiting after every meal since Sunday.',
      'Lucia Ruiz: I feel sick all the time.',
    ].join('\n');
    expect(kinds({ subjective: 'Father reports she has been vomiting after every meal since Sunday.' }, t)).toEqual(['attribution']);
  });

  it('leaves an account it cannot place with a teller, or one the named person tells', () => {
    const t = [
      '[doctor] has anyone noticed the snoring ?',
      '[patient] yeah , apparently i snore really loudly and stop breathing at night .',
      '[doctor] and your wife has heard it ?',
      '[patient] yes .',
    ].join('\n');
    expect(kinds({ subjective: 'Wife reports loud snoring and pauses in breathing at night.' }, t)).toEqual([]);
    const labelled = 'Doctor: Any changes at home?\nWife: He forgets where he put his keys every day.';
    expect(kinds({ subjective: 'Wife reports he forgets where he put his keys every day.' }, labelled)).toEqual([]);
  });
});
