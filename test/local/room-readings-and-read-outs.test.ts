import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Visits written for these tests (invented patients): a child's chesty cough with a diarised helper who reads the
// scale and thermometer, a GP reading a urine under the microscope, a skin check and a dietitian's advice.
const visit = (specialty: string, ...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty });

describe('readings taken in the room and results read out', () => {
  it('writes a weight read off the scale by an unnamed helper as a finding', () => {
    const n = visit('pediatrics', 'Dr. Lena Ortiz: Hello both, what brings Ollie in today?', 'Kerry Watts: He has had a chesty cough for four days and he is off his food.',
      'Dr. Lena Ortiz: Any vomiting?', 'Kerry Watts: No, nothing like that.', 'Speaker 3: Doctor, he was 14.2 kilos on the scale, and his temp is 38.3.',
      'Dr. Lena Ortiz: Thanks. Let me listen to his chest. There are crackles at the right base.', 'Dr. Lena Ortiz: I think this is a chest infection, so we will start amoxicillin.');
    expect(n.objective).toMatch(/14\.2 kg/);
    expect(n.objective).toMatch(/38\.3/);
    expect(n.subjective).not.toMatch(/14\.2/);
  });

  it('writes a single reading by a helper who also positions the patient as a finding, not as a companion\'s report', () => {
    const n = visit('physician', 'Speaker A: Hello Mr Lee, I hear you have a lump on your back. How long has it been there?',
      'Speaker B: About two months, and it has got bigger. It is sore when I lie on it.', 'Speaker A: Any fevers?', 'Speaker B: No fevers.',
      'Speaker C: Pulse is 72, Doctor.', 'Speaker A: Thank you. Let me have a look. There is a 3 cm smooth mobile lump, not red.',
      'Speaker C: Sure. Roll onto your side for me, Mr Lee.', 'Speaker A: I think this is a cyst, and we will remove it under local anaesthetic next week.');
    expect(n.objective).toMatch(/Pulse is 72/);
    expect(n.subjective).not.toMatch(/Pulse|72/);
  });

  it('writes what a test named alone showed, read out as amounts, as its result', () => {
    const n = visit('physician', 'Dr: What can I do for you?', 'Patient: It burns when I pee, since Sunday.', 'Dr: Let me look at the sample under the microscope.',
      'Dr: Right, the urine. Lots of white cells and a few red cells. I didn\'t see any casts.', 'Dr: That fits with a bladder infection. I will give you nitrofurantoin for three days.');
    expect(n.objective).toMatch(/white cells and a few red cells/);
    expect(n.objective).toMatch(/casts/);
    expect(n.plan).not.toMatch(/white cells/);
  });

  it('reads a finding whose place is said first ("between his toes he\'s got…") as a finding', () => {
    const n = visit('physician', 'Dr: What brings you in?', 'Patient: An itchy patch on my leg for a month.', 'Dr: Let me have a look.',
      'Dr: Okay. Between his toes he\'s got some peeling, on both feet.', 'Dr: I think it is athlete\'s foot. Use the cream twice a day.');
    expect(n.objective).toMatch(/peeling/);
    expect(n.subjective).not.toMatch(/peeling/);
  });

  it('writes a change sized as a share ("by about a third", "by 20%") as the plan, not a reading', () => {
    const n = visit('dietitian', 'Dietitian: How has the eating been?', 'Client: I snack a lot in the evening and my portions are big.',
      'Dietitian: I\'d reduce your portion sizes by about a third and keep the snacks to fruit.', 'Dietitian: And I\'d reduce the juice by about 50%.');
    expect(n.plan).toMatch(/portion sizes by about a third/);
    expect(n.plan).toMatch(/juice by about 50%/);
    expect(n.objective).not.toMatch(/50%|third/);
  });
});
