import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

const lines = (...l: string[]) => l.join('\n');
const roleOf = (text: string, label: string) => readTranscript(text).speakers[label];

describe('a patient sending home readings in a group chat is not taken for staff', () => {
  it('reads the sender who asks what the readings mean as the patient', () => {
    const chat = lines(
      'Nurse Lowe: Morning both, can you send this week\'s numbers?',
      'Dev: Blood pressure 148/92 on Monday, blood pressure 151/95 on Tuesday, pulse 88 both days.',
      'Dev: Should I worry about these?',
      'Asha: He forgot the evening tablet twice.',
      'Nurse Lowe: Not an emergency, but higher than we want. Take the tablet every evening with dinner.',
      'Dev: Okay, will set an alarm.',
    );
    expect(roleOf(chat, 'Dev')).toBe('patient');
    expect(roleOf(chat, 'Asha')).not.toBe('clinician');
  });

  it('still reads a colleague handing over readings as staff', () => {
    const handover = lines(
      'Doctor: Who have we got next?',
      'Kemi: Mr Obi, bed four. Blood pressure 92/60, heart rate 118, temperature 38.9 this morning.',
      'Doctor: Thanks. Mr Obi, how are you feeling?',
      'Mr Obi: I feel shivery and my chest hurts when I cough.',
      'Doctor: We will start antibiotics and fluids now.',
    );
    expect(roleOf(handover, 'Kemi')).toBe('clinician');
    expect(roleOf(handover, 'Mr Obi')).toBe('patient');
  });
});
