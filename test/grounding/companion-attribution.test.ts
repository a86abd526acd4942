import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Consultations written for these tests, with companions speaking under their own labels.
const attributions = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'attribution');

describe('the companion a note names as informant', () => {
  const sleep = [
    'Doctor: What brings you in today, Mr Evans?',
    'Patient: My daughter made me come, I feel fine.',
    'Daughter: He snores really loudly and then stops breathing for a few seconds, it scares me when I stay over.',
    'Doctor: How long has that been going on?',
    'Daughter: At least six months.',
  ].join('\n');

  it('is caught when another companion said it (wife for the daughter)', () => {
    const found = attributions('Wife reports he snores loudly and stops breathing for a few seconds at night.', sleep);
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toContain('daughter');
    expect(found[0]?.lines).toEqual([3]);
  });

  it('passes the companion who said it, and one named "per"', () => {
    expect(attributions('Daughter reports he snores loudly and stops breathing for a few seconds.', sleep)).toEqual([]);
    expect(attributions('Per daughter, snores loudly and stops breathing for a few seconds, for at least six months.', sleep)).toEqual([]);
  });

  it('passes a companion the patient quotes when no other companion told it', () => {
    const relayed = 'Doctor: Any snoring?\nPatient: My wife says I snore really loudly and stop breathing for a few seconds.\nMum: He did that as a boy too.';
    expect(attributions('Wife reports he snores loudly and stops breathing for a few seconds.', relayed)).toEqual([]);
  });

  it('is caught for a nurse named where the mother told it', () => {
    const ward = [
      'Nurse: Her temperature was 38.4 at six this morning and she had paracetamol.',
      'Mum: She has hardly eaten anything since yesterday and only had two wet nappies.',
      'Doctor: Thank you both.',
    ].join('\n');
    expect(attributions('Nurse reports she has hardly eaten since yesterday and only two wet nappies.', ward)).toHaveLength(1);
    expect(attributions('Mother reports she has hardly eaten since yesterday and only two wet nappies.', ward)).toEqual([]);
    expect(attributions('Nurse reports temperature 38.4 this morning, paracetamol given.', ward)).toEqual([]);
  });

  it('leaves short accounts and unlabelled conversations alone', () => {
    expect(attributions('Wife reports snoring.', sleep)).toEqual([]);
    const plain = '[doctor] any snoring ?\n[patient] my wife says i snore loudly and stop breathing for a few seconds .';
    expect(attributions('Wife reports he snores loudly and stops breathing for a few seconds.', plain)).toEqual([]);
  });
});
