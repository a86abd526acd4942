import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: the words around a number that say it is no value of the note's.
describe('numbers that name something rather than measure it', () => {
  it('does not take "out of ten" or "on a scale of zero to ten" as a value of ten', () => {
    const t = 'Doctor: Out of ten, how bad is the headache?\nPatient: A five.\nDoctor: And you take sertraline 50 mg?\nPatient: Yes, 50.';
    expect(kinds({ subjective: 'Headache 5/10. Sertraline 50 mg daily.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Sertraline 10 mg daily.' }, t)).toContain('number');
    expect(kinds({ subjective: 'Sertraline 10 mg daily.' }, 'Doctor: On a scale of zero to ten? Patient: Six. Doctor: Sertraline 50 mg, yes?')).toContain('number');
  });

  it('reads "v three r" as a lead and a drug strength said after "for the pain" as no rating', () => {
    const t = '[medic] pain out of ten\n[patient] seven\n[medic] lead v three r is flat , give two of morphine iv for the pain';
    expect(kinds({ subjective: 'Pain 7/10.', plan: 'Morphine 2 mg IV.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Pain 3/10.' }, t)).toContain('number');
    expect(kinds({ subjective: 'Pain 2/10.' }, t)).toContain('number');
  });

  it('judges lab shorthand written right before its value ("K 5.9", "Cr 2.1")', () => {
    const t = 'Doctor: Your potassium came back at 4.2 and the creatinine at 1.1, both fine.';
    expect(kinds({ objective: 'K 4.2, Cr 1.1.' }, t)).toEqual([]);
    expect(kinds({ objective: 'K 5.9.' }, t)).toContain('number');
    expect(kinds({ objective: 'Cr 2.1.' }, t)).toContain('number');
  });
});
