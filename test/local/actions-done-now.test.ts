import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isActionDoneNow } from '../../src/local/actions-done-now.js';

// Calls written for these tests (invented patients): lower-case speech-to-text from ambulance crews, where what the
// crew does is said as it is done, not announced as a plan.
describe('a treatment given now, said in the words of the moment', () => {
  it('reads a medicine the patient is asked to take now as done', () => {
    expect(isActionDoneNow('sir i need you to swallow these two tablets of paracetamol for me')).toBe(true);
    expect(isActionDoneNow("okay love can you hold this spray under your tongue it's the gtn")).toBe(true);
    expect(isActionDoneNow("i want you to chew these it's 300 milligrams of aspirin")).toBe(true);
    // (no medicine named: advice on eating, not a treatment)
    expect(isActionDoneNow('i want you to chew slowly and take small bites')).toBe(false);
  });

  it('reads access or equipment put on the patient as done', () => {
    expect(isActionDoneNow('we have a 20 gauge in the right hand flushing fine')).toBe(true);
    expect(isActionDoneNow("i've placed the defib pads just in case")).toBe(true);
    expect(isActionDoneNow("we've got a line in her left forearm")).toBe(true);
  });

  it('reads the hospital told and the tracing sent as done', () => {
    expect(isActionDoneNow('pat can you pre-alert resus at st anne\'s please')).toBe(true);
    expect(isActionDoneNow('calling it in now as a stroke alert')).toBe(true);
    expect(isActionDoneNow('twelve lead transmitted to the receiving cardiologist')).toBe(true);
  });

  it('reads a medicine handed over as done', () => {
    expect(isActionDoneNow('here is some ondansetron in your drip for the sickness')).toBe(true);
    expect(isActionDoneNow('this is a glyceryl trinitrate spray under your tongue')).toBe(true);
    expect(isActionDoneNow('these are two paracetamol for the pain')).toBe(true);
  });

  it('leaves talk about treatment that is not being given alone', () => {
    expect(isActionDoneNow('if the pressure drops i will call it in')).toBe(false);
    expect(isActionDoneNow('do you take aspirin at home')).toBe(false);
    expect(isActionDoneNow('they gave him a 20 gauge in the hand last time')).toBe(false);
  });

  describe('in a lower-case call', () => {
    const call = [
      'medic: hi sir i\'m dana from the ambulance what happened today',
      'patient: the left side of my face went funny and my arm is weak',
      'medic: when did it start',
      'patient: about half an hour ago at lunch',
      'emt: blood pressure 182 over 100 sugar is 6.2',
      'emt: i\'ve got an 18 gauge in the right forearm',
      'medic: lee can you call it in stroke alert to the general',
      'medic: sir i need you to take these two tablets of paracetamol for the headache',
    ];
    const note = generateLocalNote(call.join('\n'), { specialty: 'paramedic' });
    it('writes the crew\'s actions in the plan', () => {
      expect(note.plan).toMatch(/18 gauge/);
    expect(note.plan).toMatch(/stroke alert/i);
    expect(note.plan).toMatch(/paracetamol/);
      expect(note.subjective).not.toMatch(/18 gauge|stroke alert/i);
    });
  });
});
