import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('values listed side by side', () => {
  const balance = 'Physio: Stand on your right leg for me. That was 20 seconds. Now the left. Left leg, 35 seconds.\nPatient: The right one is still wobbly.';

  it('passes a list given to the sides the conversation gave', () => {
    expect(reasons({ objective: 'SLS R 20 s, L 35 s.' }, balance)).toEqual([]);
  });

  it('flags a list written the other way round', () => {
    expect(reasons({ objective: 'SLS R 35 s, L 20 s.' }, balance).join(' ')).toMatch(/other|gives it to the/);
  });

  it('flags grades out of five swapped between the sides', () => {
    const t = 'Doctor: Push your feet down against me. Plantarflexion, I would say 4 out of 5 on the left. Now the other one. Right is a 5.\nPatient: The left feels weak.';
    expect(reasons({ objective: 'Plantarflexion 4/5 L, 5/5 R.' }, t)).toEqual([]);
    expect(reasons({ objective: 'Plantarflexion 4/5 R, 5/5 L.' }, t).join(' ')).toMatch(/gives it to the/);
  });

  it('leaves a value the conversation says of no side, or of both, alone', () => {
    const t = 'Nurse: Grip is 30 on the right and 30 on the left, and then 28 when we repeated it.\nPatient: OK.';
    expect(reasons({ objective: 'Grip R 28 kg, L 30 kg.' }, t)).toEqual([]);
  });
});

describe('opposing qualifiers', () => {
  it('flags a qualifier the conversation never says where it says the opposite', () => {
    const t = 'Doctor: The bruise is over the outer side of the ankle, right on the lateral malleolus.\nPatient: It hurts there.';
    expect(reasons({ objective: 'Bruising over medial malleolus.' }, t).join(' ')).toMatch(/medial/);
    expect(reasons({ objective: 'Bruising over lateral malleolus.' }, t)).toEqual([]);
  });

  it('flags a changed cause of a condition', () => {
    const t = 'Doctor: This is a bacterial conjunctivitis, the sticky yellow discharge tells me that.\nPatient: Do I need drops?';
    expect(reasons({ assessment: 'Viral conjunctivitis.' }, t).join(' ')).toMatch(/viral/);
    expect(reasons({ assessment: 'Bacterial conjunctivitis.' }, t)).toEqual([]);
  });

  it('does not flag a qualifier whose everyday word was said', () => {
    const t = 'Doctor: It is tender on the inside of the knee, not on the lateral joint line.\nPatient: Yes, the inside.';
    expect(reasons({ objective: 'Medial joint line tenderness.' }, t)).toEqual([]);
  });

  it('does not flag where the opposite was only denied', () => {
    const t = 'Doctor: There is no deep infection here, it is just the skin.\nPatient: Good.';
    expect(reasons({ assessment: 'Superficial skin infection.' }, t)).toEqual([]);
  });
});
