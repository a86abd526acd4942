import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// The concept table joins a patient's words and a clinician's (ACI-Bench and PriMock57 wordings, CC BY 4.0).
describe('a symptom is judged in whichever register the conversation used', () => {
  it('paraesthesia is the numbness or the tingling the patient describes', () => {
    const numb = '[doctor] any numbness or tingling in your feet ?\n[patient] my feet go numb when it is cold , but no tingling .';
    expect(kinds({ subjective: 'Reports paraesthesia in the feet.' }, numb)).toEqual([]);
    expect(kinds({ subjective: 'Denies paraesthesia.' }, numb)).toEqual(['negation']);
    const neither = '[doctor] any numbness or tingling in your arm ?\n[patient] no .';
    expect(kinds({ subjective: 'Reports paraesthesia.' }, neither)).toEqual(['negation']);
    expect(kinds({ subjective: 'Denies paraesthesia.' }, neither)).toEqual([]);
  });

  it('"woozy", "the runs", "peripheral oedema" and "off my food" are the dizziness, diarrhoea, leg swelling and appetite said', () => {
    const t = [
      '[patient] running up and down the stairs , it was pretty warm , so i did feel a little bit dizzy .',
      "Patient: And I've had the runs since Tuesday.",
      '[patient] i have had some swelling in my ankles .',
      "Patient: I've been a bit off my food.",
    ].join('\n');
    expect(kinds({ subjective: 'Dizziness on the stairs. Diarrhoea. Peripheral oedema. Reduced appetite.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Denies feeling woozy.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Denies diarrhoea.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Denies peripheral oedema.' }, t)).toEqual(['negation']);
  });

  it('a note\'s "mucous" is the mucus asked about', () => {
    const t = 'Doctor: Sure OK. Bit of both and is there any blood or mucus?\nPatient: No blood. What do you mean mucus?\nDoctor: No, so no mucus, OK. Any fever at all?';
    expect(kinds({ subjective: 'No mucous, no blood.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Ongoing mucous, no blood.' }, t)).toEqual(['negation']);
  });

  it('a phrase that is itself a complaint only when negated is not read as one ("can\'t catch my breath")', () => {
    const t = "[patient] yeah i i feel like i'm just choking a few minutes after i lay down to sleep i just ca n't catch my breath";
    expect(kinds({ subjective: 'Shortness of breath when lying down.' }, t)).toEqual([]);
  });

  it('nocturia is "I wake up at night to go to the bathroom" (MTS-Dialog, tune half); a visit of other things never brings it up', () => {
    const night = 'Doctor: Have you ever noticed any swelling there?\nPatient: Yeah, I check my feet regularly and no swelling as such. I do wake up at night at least one time to go to the bathroom.';
    expect(kinds({ subjective: 'She has nocturia x 1.' }, night)).toEqual([]);
    expect(kinds({ subjective: 'She has nocturia x 1.' }, 'Doctor: Any swelling?\nPatient: I check my feet regularly and no swelling as such.')).toEqual(['negation']);
  });
});
