import { describe, expect, it } from 'vitest';
import { detectGender, rewriteClinicianSpeech, rewritePatientSpeech } from '../../src/local/rewrite-person.js';

describe('rewritePatientSpeech', () => {
  it('moves first person to the patient, conjugating the verb', () => {
    expect(rewritePatientSpeech('i have been having pain in my knee', undefined)).toBe('the patient has been having pain in their knee');
    expect(rewritePatientSpeech('i just feel tired', 'male')).toBe('the patient just feels tired');
    expect(rewritePatientSpeech("i'm taking my meds and i try to walk", 'female')).toBe('the patient is taking her meds and she tries to walk');
  });

  it('keeps past tenses and modals as they are', () => {
    expect(rewritePatientSpeech('i took ibuprofen and i can walk', 'male')).toBe('the patient took ibuprofen and he can walk');
  });

  it('gives up (undefined) when it cannot conjugate safely', () => {
    expect(rewritePatientSpeech('i flibber every day', 'male')).toBeUndefined();
  });
});

describe('rewriteClinicianSpeech', () => {
  it('turns "you"/"your" into the patient, as subject and as object', () => {
    expect(rewriteClinicianSpeech('you have some tenderness over your knee', 'female')).toBe('the patient has some tenderness over her knee');
    expect(rewriteClinicianSpeech('i want you to weigh yourself every day', 'male')).toBe('I want him to weigh himself every day');
    expect(rewriteClinicianSpeech("i think you're retaining fluid", undefined)).toBe('I think the patient is retaining fluid');
  });

  it('skips inverted questions', () => {
    expect(rewriteClinicianSpeech('did you have any fever', 'male')).toBeUndefined();
  });
});

describe('detectGender', () => {
  it('uses explicit descriptions only', () => {
    expect(detectGender('brian is a 58 year old male with heart failure')).toBe('male');
    expect(detectGender('hi mrs. smith, nice to see you')).toBe('female');
    expect(detectGender('i miss my doses sometimes')).toBeUndefined();
  });
});
