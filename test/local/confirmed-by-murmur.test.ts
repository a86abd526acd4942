import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// On the telephone many patients confirm by murmur alone ("Mm-hm", "mhm"), and a clinician often puts a denial to them
// ("No vomiting at all?") for a "no" to agree with.
describe('facts confirmed only by "mm-hm", and denials agreed with', () => {
  const n = generateLocalNote([
    'Doctor: Hello, it\'s Dr Rahman calling about your water infection. You\'re still taking the nitrofurantoin, twice a day?',
    'Patient: Mhm.',
    'Doctor: And the burning when you pass urine, is it better?',
    'Patient: Yes.',
    'Doctor: No vomiting at all?',
    'Patient: No, none.',
    'Doctor: Still feeling achy?',
    'Patient: Mm hm, a little.',
    'Doctor: Good. Finish the course and ring us if the fever comes back.',
  ].join('\n'), { specialty: 'physician' });

  it('writes what a murmur confirms in the Subjective', () => {
    expect(n.subjective).toMatch(/still taking the nitrofurantoin/i);
    expect(n.subjective).toMatch(/achy/i);
  });

  it('writes a denial the patient agreed with as a denial', () => {
    expect(n.subjective).toMatch(/no vomiting|denies vomiting/i);
  });

  it('leaves a "yes" to a denial unread, since it can mean either', () => {
    const y = generateLocalNote([
      'Doctor: Any problems with your tummy?',
      'Patient: It\'s been sore for two days.',
      'Doctor: No diarrhoea?',
      'Patient: Yes.',
      'Doctor: Let\'s get a stool sample.',
    ].join('\n'), { specialty: 'physician' });
    expect(y.subjective).not.toMatch(/no diarrhoea/i);
  });
});
