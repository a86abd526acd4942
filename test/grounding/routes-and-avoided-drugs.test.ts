import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: a crew giving drugs, a clinic advising on painkillers.
describe('how a drug goes in', () => {
  const t = [
    '[medic 1] start a line and give morphine five milligrams iv and metoclopramide ten im',
    '[medic 2] morphine five iv given',
  ].join('\n');

  it('catches a route the conversation did not give the drug', () => {
    expect(kinds({ plan: 'Morphine 5 mg IV; metoclopramide 10 mg IM.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Morphine 5 mg IM; metoclopramide 10 mg IM.' }, t)).toContain('plan');
    expect(kinds({ plan: 'Morphine 5 mg IV; metoclopramide 10 mg IV.' }, t)).toContain('plan');
  });

  it('leaves a route where the conversation gives the drug none', () => {
    expect(kinds({ plan: 'Paracetamol 1 g PO.' }, 'Doctor: Take paracetamol, one gram, up to four times a day.')).toEqual([]);
  });
});

describe('a drug the clinician said to keep away from', () => {
  const t = [
    'Doctor: For the pain, naproxen is the right one for you — but avoid codeine, it will make the constipation worse.',
    'Patient: Okay, no codeine.',
  ].join('\n');

  it('catches the plan giving it', () => {
    expect(kinds({ plan: 'Naproxen 500 mg BID PRN; avoid codeine.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Codeine 30 mg QID PRN for pain.' }, t)).toContain('plan');
  });

  it('leaves a drug kept only from one way of taking it', () => {
    const limited = 'Doctor: Take ibuprofen with food, and don\'t take ibuprofen on an empty stomach.';
    expect(kinds({ plan: 'Ibuprofen 400 mg TDS with food.' }, limited)).toEqual([]);
  });
});
