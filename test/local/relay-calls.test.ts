import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// A typed relay call: the call taker voiced in ordinary case, the Deaf caller typed in capitals, "GA" after each turn.
const PHARMACY_LINE = [
  '[RELAY: CALL FROM A TEXT PHONE USER. PLEASE SAY GA AT THE END OF YOUR TURN]',
  '',
  'Good evening, pharmacy advice line, Omar speaking. What can I do for you? GA',
  '',
  'HELLO I STARTED AMOXICILLIN YESTERDAY AND NOW I HAVE AN ITCHY RASH ON MY CHEST GA',
  '',
  'Sorry to hear that. Any swelling of your lips or tongue, or trouble breathing? GA',
  '',
  'NO SWELLING AND BREATHING IS FINE GA',
  '',
  '[RELAY: CALLER IS TYPING]',
  '',
  'ALSO I TOOK ONE CETIRIZINE AN HOUR AGO GA',
  '',
  'That sounds like a mild allergic rash. Stop the amoxicillin tonight and ring your doctor in the morning for a different antibiotic. GA',
  '',
  'OK THANK YOU GA TO SK',
  '',
  'Take care. SK',
].join('\n');

// Another service: the operator's notes in parentheses, "Q GA" after a question, the typed side first.
const CLINIC_CALLBACK = [
  '(OPERATOR 12: CONNECTING TO THE CLINIC)',
  'HI ITS MARTA RETURNING THE CALL ABOUT MY BLOOD TEST GA',
  'Hi Marta, thanks for calling back. Your iron level came back low. Are you still feeling tired? Q GA',
  'YES VERY TIRED AND SHORT OF BREATH ON STAIRS GA',
  'Okay. We will start iron tablets once a day and repeat the blood test in eight weeks. GA',
  'OK GOT IT SK',
].join('\n');

describe('a text relay call, the typed voice in capitals', () => {
  it('tells the two voices apart by their case and drops the relay markers and operator lines', () => {
    const reading = readTranscript(PHARMACY_LINE);
    const caller = reading.turns.filter((t) => t.role === 'patient').map((t) => t.text);
    expect(caller.join(' ')).toMatch(/^Hello I started amoxicillin yesterday/);
    expect(caller.join(' ')).toMatch(/cetirizine/i);
    expect(reading.turns.find((t) => /mild allergic rash/.test(t.text))!.role).toBe('clinician');
    expect(reading.turns.some((t) => /\bGA\b|\bSK\b|RELAY|typing/i.test(t.text))).toBe(false);
    const other = readTranscript(CLINIC_CALLBACK);
    expect(other.turns.find((t) => /short of breath/i.test(t.text))!.role).toBe('patient');
    expect(other.turns.find((t) => /iron tablets/.test(t.text))!.role).toBe('clinician');
    expect(other.turns.some((t) => /OPERATOR|\bQ\b|\bGA\b/.test(t.text))).toBe(false);
  });

  it('writes the caller\'s typed words as history in sentence case', () => {
    const note = generateLocalNote(PHARMACY_LINE, { specialty: 'pharmacist' });
    expect(note.subjective).toMatch(/itchy rash on (?:the patient's|their|my) chest/i);
    expect(note.subjective).not.toMatch(/AMOXICILLIN/);
    expect(note.plan).toMatch(/stop the amoxicillin/i);
  });

  it('leaves alone a dictation with a heading in capitals and an unlabelled text without relay markers', () => {
    const dictation = ['CLINIC LETTER FOLLOW UP', 'Seen today with her husband.', 'KNEE EXAMINATION NORMAL TODAY', 'Full range of movement.', 'PLAN AND ADVICE GIVEN TODAY', 'Review in three months.'].join('\n');
    expect(readTranscript(dictation).labelled).toBe(false);
    expect(readTranscript('Is it the Georgia office? GA\nYes.').turns.map((t) => t.text)).toContain('Is it the Georgia office? GA');
  });
});
