import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A nosebleed clinic (the dev set's round-17 ENT encounter, shortened): the patient has nosebleeds and denies
// bleeding from the gums; "the bleeds" are the nosebleeds.
const TRANSCRIPT = [
  "Dr Nwosu: Hello Graham, I'm Dr Nwosu, one of the ENT doctors. Your GP says you've been having nosebleeds.",
  "Graham: That's right. For about three weeks now, six or seven of them, always the left side.",
  'Dr Nwosu: Do you bruise easily, or bleed from your gums when you brush?',
  'Graham: No, nothing like that.',
  'Dr Nwosu: Any blockage on that side, or blood-stained discharge between the bleeds?',
  "Graham: No, it's clear otherwise.",
  'Graham: And if it bleeds again?',
].join('\n');

function noteWith(subjective: string) {
  return { subjective, objective: '', assessment: '', plan: '' };
}

describe('bleeding and its narrower kinds', () => {
  it('an affirmed nosebleed supports "the bleeds", and a denied gum bleed does not contradict it', () => {
    const note = noteWith('The patient has been having nosebleeds for about three weeks, always the left side. The patient does not bruise easily, or bleed from their gums when the patient brushes. The patient denies blockage on that side, or blood-stained discharge between the bleeds.');
    expect(checkGrounding(note, TRANSCRIPT)).toEqual([]);
  });

  it('still reports bleeding the conversation denies and no narrower bleed affirms', () => {
    const transcript = ['Doctor: Do you bruise easily, or bleed from your gums when you brush?', 'Patient: No, nothing like that.'].join('\n');
    const findings = checkGrounding(noteWith('The patient reports bleeding when brushing.'), transcript);
    expect(findings.map((f) => f.kind)).toEqual(['negation']);
  });

  it('still reports a note that contradicts itself when no narrower bleed is affirmed', () => {
    const transcript = ['Doctor: Any bleeding anywhere?', 'Patient: Not that I have noticed.'].join('\n');
    const findings = checkGrounding(noteWith('The patient reports bleeding after falls. Denies bleeding.'), transcript);
    expect(findings.length).toBeGreaterThan(0);
  });
});
