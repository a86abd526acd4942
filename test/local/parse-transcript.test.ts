import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/text/parse-transcript.js';
import { normalizeAsrText } from '../../src/local/normalize-asr-text.js';

describe('normalizeAsrText', () => {
  it('undoes ASR tokenisation, fillers and stutters', () => {
    expect(normalizeAsrText("i , i , i do n't know , um , it's uh kinda sore .")).toBe("i don't know, it's kind of sore.");
  });

  it('drops a clause broken off and started again with the same subject, and nothing else', () => {
    expect(normalizeAsrText("Um, well I've had a , I've got a bit of a fever.")).toBe("I've got a bit of a fever.");
    expect(normalizeAsrText("I'm on, I'm taking methotrexate at the moment.")).toBe("I'm taking methotrexate at the moment.");
    // Another subject after the comma is no restart: the first clause stays.
    expect(normalizeAsrText("I'm allergic to the, I think it's penicillin.")).toMatch(/^I'm allergic to the/);
    expect(normalizeAsrText('The pain is in my back, I think.')).toBe('The pain is in my back, I think.');
  });

  it('reads a decimal point written as a full stop back as "point"', () => {
    expect(normalizeAsrText('add aldactone twelve . five milligrams daily .')).toBe('add aldactone twelve point five milligrams daily.');
    expect(normalizeAsrText('your temperature is ninety eight . two your pulse is fine')).toBe('your temperature is ninety eight point two your pulse is fine');
  });
});

describe('parseTranscript', () => {
  it('reads Doctor:/Patient: lines with 1-based line numbers, skipping blank lines', () => {
    const turns = parseTranscript('Doctor: How are you?\n\nPatient: My knee hurts.\n');
    expect(turns).toEqual([
      { role: 'clinician', text: 'How are you?', line: 1, label: 'Doctor' },
      { role: 'patient', text: 'My knee hurts.', line: 3, label: 'Patient' },
    ]);
  });

  it('reads ACI-Bench tags, including patient_guest, and continues untagged lines with the last speaker', () => {
    const turns = parseTranscript('[doctor] hi , andrew .\n[patient_guest] he fell .\n[patient] yes .\nand it hurts .');
    expect(turns.map((t) => [t.role, t.line])).toEqual([['clinician', 1], ['other', 2], ['patient', 3], ['patient', 4]]);
  });

  it('decides which diarised speaker is the clinician from questions and exam language', () => {
    const text = [
      'Speaker A: I have had a cough for two weeks.',
      'Speaker B: Do you have a fever? Any shortness of breath?',
      'Speaker A: No fever. My chest feels tight.',
      'Speaker B: Let me listen to your lungs. Take a deep breath. Lungs are clear. I am going to prescribe an inhaler.',
    ].join('\n');
    const roles = parseTranscript(text).map((t) => t.role);
    expect(roles).toEqual(['patient', 'clinician', 'patient', 'clinician']);
  });

  it('treats unlabelled text as clinician dictation', () => {
    const turns = parseTranscript('Patient is a 45-year-old male with back pain.\nLungs are clear.');
    expect(turns.every((t) => t.role === 'clinician')).toBe(true);
    expect(turns.map((t) => t.line)).toEqual([1, 2]);
  });
});
