import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { LAYOUTS, renderLayout, type LayoutName, type Utterance } from '../eval/layout-render.js';
import { measureRoleAgreement, nameSpeakers, numberSpeakers, readPlainConversation } from '../eval/layout-invariance.js';

/** An invented home visit by a nurse, with the patient's son. */
const VISIT = `Nurse: Hello Mrs. Patel, I'm from the district nursing team. How has the leg been since Monday?
Patient: The wound on my right shin is weeping more, and it stings at night.
Son: She has not been sleeping well because of it.
Nurse: Any fever or shivers?
Patient: No fever. No shivers.
Nurse: Let me take the dressing off. The wound is four centimetres across, the edges are red and warm.
Patient: Is it infected?
Nurse: It looks like a wound infection. I will swab it and ask the GP for antibiotics today.
Son: Should she keep the leg up?
Nurse: Yes, keep it raised when sitting, and I will come back on Thursday to change the dressing.
`;

const utterances = readPlainConversation(VISIT)!;
const named: Utterance[] = nameSpeakers(utterances, readTranscript(VISIT).speakers);
const numbered: Utterance[] = numberSpeakers(utterances);
/** Layouts the reader still gets wrong on this visit: a known gap each, to be closed (an `it.fails` turns red when it is). */
// A relay call's typed side is one voice, so the son is read as the caller; the unlabelled lines of a captioning app
// and of Whisper (and YouTube's SBV captions) have no speakers for the reader (the note reads them as dictation, by what
// each sentence says). A run-on paragraph is cut into turns by what is said, between two voices only: the son's words
// are read as the patient's.
const GAPS = new Set<LayoutName>(['relay', 'live-captions', 'whisper', 'sbv', 'run-on-paragraph']);
/** Initials of role words ("N", "P", "S") are no convention anyone writes; these layouts are checked with names and ids. */
const NAMES_ONLY = new Set<LayoutName>(['initials', 'dash']);

describe('one visit in every export layout reads the same', () => {
  it('the source visit is read as three speakers', () => {
    expect(readTranscript(VISIT).speakers).toEqual({ Nurse: 'clinician', Patient: 'patient', Son: 'other' });
    expect(named.map((u) => u.speaker)).toContain('Tom Becker');
  });

  for (const layout of LAYOUTS) {
    const check = GAPS.has(layout) ? it.fails : it;
    check(`${layout}: every word kept with its speaker's role, with role labels, names and diarised ids`, () => {
      if (!NAMES_ONLY.has(layout)) expect(measureRoleAgreement(VISIT, renderLayout(layout, utterances))).toBe(1);
      expect(measureRoleAgreement(VISIT, renderLayout(layout, named))).toBe(1);
      expect(measureRoleAgreement(VISIT, renderLayout(layout, numbered))).toBe(1);
    });
  }

  it('relay: a two-party call is read with each word in its speaker\'s role', () => {
    const twoParty = VISIT.split('\n').filter((l) => !l.startsWith('Son:')).join('\n');
    const pair = readPlainConversation(twoParty)!;
    expect(measureRoleAgreement(twoParty, renderLayout('relay', pair))).toBe(1);
    expect(measureRoleAgreement(twoParty, renderLayout('relay', numberSpeakers(pair)))).toBe(1);
  });

  it('the measure falls when a speaker is misread', () => {
    const swapped = VISIT.replace(/^Son:/gm, 'Patient:');
    expect(measureRoleAgreement(VISIT, swapped)).toBeLessThan(0.9);
  });
});
