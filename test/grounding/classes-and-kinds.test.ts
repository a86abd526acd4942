import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Sentences follow the ACI-Bench and PriMock57 notes and dialogues (CC BY 4.0) the checker is measured on.
describe('a drug named where the conversation said its everyday class', () => {
  const eczema = [
    'Patient: I bought a steroid cream at the pharmacy last night. But it apparently didn\'t help.',
    'Doctor: I wonder whether giving you a stronger prescription of a steroid may be beneficial.',
    'Doctor: And keep using your blue inhaler when you are wheezy.',
  ].join('\n');

  it('takes "a steroid cream" for Betnovate and the "blue inhaler" for salbutamol', () => {
    expect(kinds({ plan: 'Steroid cream - Betnovate BD. Salbutamol inhaler PRN.' }, eczema)).toEqual([]);
  });

  it('still catches a drug of another class, and a named steroid cream where no class was said', () => {
    expect(kinds({ plan: 'Steroid cream - Betnovate BD. Amoxicillin TDS.' }, eczema)).toEqual(['medication']);
    const plain = 'Doctor: I will give you a cream for the rash.\nDoctor: And use your inhaler.';
    expect(kinds({ plan: 'Betnovate BD. Salbutamol PRN.' }, plain)).toEqual(['medication', 'medication']);
  });
});

describe('a diagnosis the conversation names in general words, or reads off its cause', () => {
  it('takes "skin cancer removed" for the basal cell carcinoma the pathology named, but not a mole', () => {
    const said = "[doctor] okay . and you had a skin cancer removed about five months ago as well .";
    expect(kinds({ assessment: 'Status post basal cell carcinoma removal.' }, said)).toEqual([]);
    expect(kinds({ assessment: 'Status post basal cell carcinoma removal.' }, '[doctor] and you had a mole removed about five months ago .')).toEqual(['diagnosis']);
  });

  it('takes methotrexate for immunosuppression, and flags immunosuppression where no such drug was said', () => {
    const assessment = 'Imp: probable LRTI, possibly secondary to immunosuppression';
    const onMtx = 'Patient: Uh, yeah, um, Methotrexate, Methotrexate, that\'s.\nDoctor: So you\'re taking Methotrexate at the moment. A chest infection, I think.';
    expect(kinds({ assessment }, onMtx)).toEqual([]);
    expect(kinds({ assessment }, 'Patient: I take ibuprofen sometimes.\nDoctor: A chest infection, I think.')).toEqual(['diagnosis']);
  });
});

describe('a range said by counting', () => {
  const said = '[doctor] your symptoms are going to get better significantly over the first you know four five six seven days';

  it('reads "four five six seven days" as four to seven days', () => {
    expect(kinds({ plan: 'His symptoms will likely improve over the next 4 to 6 days.' }, said)).toEqual([]);
    expect(kinds({ subjective: 'Night sweats for the past 3/7.' }, 'Doctor: And this has been going on for last uh three four days, has it?')).toEqual([]);
  });

  it('still catches a range outside it, and a lone number is not a run', () => {
    expect(kinds({ plan: 'His symptoms will likely improve over the next 8 to 9 days.' }, said)).toEqual(['number']);
    expect(kinds({ subjective: 'Cough for 2 weeks.' }, '[patient] i have two children , three weeks of cough .')).toEqual(['number']);
  });
});
