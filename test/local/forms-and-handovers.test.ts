import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { unfoldQuestionnaire } from '../../src/text/questionnaire-lines.js';

// Records written for these tests (invented patients), in the layouts clinics paste: an online consultation form,
// a pre-visit questionnaire before the visit itself, a nurse line's call record, a ward nurse's SBAR handover.
const ECONSULT = [
  'Online consultation - submitted 09:14',
  'What is the problem? I have a red itchy rash on both my hands.',
  'When did it start? About 3 weeks ago',
  'Does anything make it better or worse? Worse after washing up, better with moisturiser',
  'Do you have any other symptoms? No',
  '',
  'GP response 11:02:',
  'From your photos the rash on both hands looks like hand eczema, probably irritant from washing. I have prescribed hydrocortisone 1% cream twice daily for 2 weeks.',
].join('\n');

const INTAKE = [
  'Pre-visit questionnaire',
  'Reason for visit: Sore throat and earache',
  'How long have you had these symptoms?: 5 days',
  'Fever?: Yes, up to 38.9',
  'Smoking: No',
  '',
  "Dr Patel: Hi Lucy, I've read your form. Any trouble swallowing?",
  'Lucy: Swallowing hurts, and now my left ear hurts too.',
  'Dr Patel: Your tonsils are swollen with white patches. This looks like tonsillitis.',
].join('\n');

const CALL_RECORD = [
  'Protocol: Abdominal Pain - Female',
  'Q: Is the pain severe? A: No',
  'Q: Any vomiting? A: Vomited once',
  'Q: Pain location? A: Right lower abdomen',
  'Disposition: See in Emergency Department within 4 hours',
  'Care advice given: Nothing to eat or drink until seen.',
].join('\n');

const SBAR = [
  'Situation: Mrs Clarke in bed 4 is more confused this afternoon and her oxygen saturation has dropped to 89% on room air.',
  'Background: Admitted two days ago after a fall at home. Known COPD, on apixaban 5 mg twice daily.',
  'Assessment: Respiratory rate 26, heart rate 112 irregular, temperature 38.4. Crackles at the right base. I think she may have a chest infection.',
  'Recommendation: Please review her within 30 minutes. Consider a chest X-ray and antibiotics.',
].join('\n');

describe('questionnaires pasted as text', () => {
  it('reads each "question? answer" line of a form as the form asking and the patient answering', () => {
    const { turns } = readTranscript(ECONSULT);
    expect(turns.slice(0, 4).map((t) => [t.role, t.text])).toEqual([
      ['clinician', 'What is the problem?'], ['patient', 'I have a red itchy rash on both my hands.'],
      ['clinician', 'When did it start?'], ['patient', 'About 3 weeks ago'],
    ]);
    const note = generateLocalNote(ECONSULT, { specialty: 'generic' });
    expect(note.subjective).toMatch(/about 3 weeks ago/i);
    expect(note.subjective).toMatch(/denies other symptoms/i);
    expect(note.assessment).toMatch(/hand eczema/);
    expect(note.plan).toMatch(/hydrocortisone 1% cream twice daily for 2 weeks/);
  });

  it("reads a field answered yes or no ('Smoking: No') with the form's questions, and the visit after it as before", () => {
    const { turns, speakers } = readTranscript(INTAKE);
    expect(turns.find((t) => t.text === 'No')?.role).toBe('patient');
    // The form's answers do not take the patient's place: Lucy, who speaks of herself, is still the patient.
    expect(speakers).toMatchObject({ 'Dr Patel': 'clinician', Lucy: 'patient' });
    const note = generateLocalNote(INTAKE, { specialty: 'generic' });
    expect(note.subjective).toMatch(/denies smoking/i);
    expect(note.subjective).toMatch(/Fever: up to 38\.9/);
    expect(note.objective).not.toMatch(/38\.9/);
  });

  it('leaves a dictation with one or two questions in it, and labelled turns, as they are', () => {
    const dictation = ['Any fever? None.', 'Chest clear.', 'Plan: review in a week.'];
    expect(unfoldQuestionnaire(dictation)).toEqual(dictation);
    const labelled = ['Doctor: Any fever? No.', 'Doctor: Any cough? No.', 'Doctor: Any rash? No.'];
    expect(unfoldQuestionnaire(labelled)).toEqual(labelled);
    const story = ['Okay. Any fever? Let me check.', 'So, how long? A week or so.', 'What did you take? Paracetamol.'];
    // (Two questions answered on their lines and one that a sentence opens are not yet a form.)
    expect(unfoldQuestionnaire(story)).toEqual(story);
  });
});

describe("a nurse line's call record", () => {
  it('reads the disposition and care advice after the last answer as the record, in the plan', () => {
    const { turns } = readTranscript(CALL_RECORD);
    expect(turns.filter((t) => /^(?:Disposition|Care advice)/.test(t.text)).map((t) => t.role)).toEqual(['clinician', 'clinician']);
    const note = generateLocalNote(CALL_RECORD, { specialty: 'triage' });
    expect(note.plan).toMatch(/See in Emergency Department within 4 hours/);
    expect(note.plan).toMatch(/Nothing to eat or drink until seen/);
    expect(note.subjective).not.toMatch(/Nothing to eat/);
  });

  it('keeps the side in an answer that opens with it ("Right lower abdomen" is no "right" of assent)', () => {
    expect(generateLocalNote(CALL_RECORD, { specialty: 'triage' }).subjective).toMatch(/right lower abdomen/i);
  });
});

describe('an SBAR handover', () => {
  it('reads Situation and Background as history, the observations under Assessment as the examination, Recommendation as the plan', () => {
    const note = generateLocalNote(SBAR, { specialty: 'nursing' });
    expect(note.subjective).toMatch(/more confused this afternoon/);
    expect(note.subjective).toMatch(/Known COPD, on apixaban 5 mg twice daily/);
    expect(note.objective).toMatch(/Respiratory rate 26/);
    expect(note.objective).toMatch(/Crackles at the right base/);
    expect(note.assessment).toMatch(/chest infection/);
    expect(note.assessment).not.toMatch(/Respiratory rate/);
    expect(note.plan).toMatch(/review her within 30 minutes/);
  });

  it('reads a spoken "Impression." after a spoken "Background." as the judgement, not as observations', () => {
    const dictated = [
      'Community physio visit note.',
      'Background.',
      'He broke his right wrist in a fall last month and the cast came off on Monday.',
      'He lives with his son in a flat on the third floor with a lift.',
      'Observations.',
      'Grip strength was 12 kilos on the right against 30 on the left.',
      'He could not open a jar or turn the tap without help.',
      'So, impression.',
      'Reduced dexterity in the right hand, affecting dressing and cooking.',
      'He is at risk of losing his independence with cooking.',
      'Plan.',
      'Hand therapy twice a week and a jar opener today.',
    ].join('\n');
    const note = generateLocalNote(dictated, { specialty: 'occupational_therapy' });
    expect(note.assessment).toMatch(/Reduced dexterity in the right hand/);
    expect(note.assessment).toMatch(/risk of losing his independence/);
    expect(note.objective).not.toMatch(/Reduced dexterity in the right hand/);
    expect(note.objective).toMatch(/Grip strength/);
  });

  it('keeps "Assessment:" of an ordinary dictation as the assessment', () => {
    const note = generateLocalNote('History: cough for a week.\nExam: chest clear.\nAssessment: viral bronchitis.\nPlan: fluids and rest.', { specialty: 'generic' });
    expect(note.assessment).toMatch(/viral bronchitis/i);
  });
});
