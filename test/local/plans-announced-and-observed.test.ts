import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

// Visits written for these tests (invented patients): an antenatal check at 30 weeks and a medication review for
// anxiety on citalopram.
const visit = (specialty: string, ...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty });

const ANTENATAL = [
  'Midwife: How are you getting on?',
  'Priya: Tired, and the indigestion is awful, especially after dinner.',
  'Midwife: Is baby moving well?',
  'Priya: She kicks all evening.',
  'Midwife: Let me measure your bump. Fundal height is 30 centimetres. Now let\'s listen to the heartbeat. 140, lovely.',
  'Priya: Do I need the injection today?',
  'Midwife: Yes, anti-D today, since you\'re rhesus negative.',
];

describe('an antenatal check', () => {
  const note = visit('nurse_practitioner', ...ANTENATAL, 'Midwife: So for the plan.',
    'Midwife: For the indigestion, small frequent meals, don\'t lie down straight after eating, and raise the head of the bed.',
    'Midwife: I\'ll see you in two weeks.');

  it('keeps a patient\'s complaint of indigestion and the baby\'s kicks in the history', () => {
    expect(note.subjective).toMatch(/indigestion is awful/);
    expect(note.subjective).toMatch(/kicks all evening/);
  });

  it('does not put "let\'s listen to the heartbeat" in the plan', () => {
    expect(note.plan).not.toMatch(/listen/i);
  });

  it('reads a treatment named with "today" as the plan', () => {
    expect(note.plan).toMatch(/anti-D today/i);
  });

  it('opens the plan at "so for the plan", without writing it, and keeps advice given as a list', () => {
    expect(note.plan).not.toMatch(/for the plan/i);
    expect(note.plan).toMatch(/small frequent meals, don't lie down/);
  });
});

describe('a medication review', () => {
  const note = visit('psychiatrist',
    'Dr Hale: It\'s been about six weeks since we started the citalopram. How have things been?',
    'Tom: Better. I\'m sleeping through, and the worry is maybe a four out of ten now.',
    'Dr Hale: I have to say, you look a lot calmer today. You\'re smiling, you\'re more talkative than last time.',
    'Tom: I feel more like myself.',
    'Dr Hale: So here\'s how I see it. The anxiety has responded well to the citalopram.',
    'Dr Hale: Let\'s keep the citalopram at 20 mg and review in eight weeks.');

  it('keeps how long since the change as history, not an observation', () => {
    expect(note.subjective).toMatch(/6 weeks since we started the citalopram/);
    expect(note.objective).not.toMatch(/weeks since/);
  });

  it('writes what the clinician sees, after "I have to say", as an observation', () => {
    expect(note.objective).toMatch(/calmer today/);
    expect(note.objective).toMatch(/smiling/);
    expect(note.subjective).not.toMatch(/smiling/);
  });
});

// A chiropody visit written for these tests (invented patient): a corn under the foot and a nail procedure.
describe('a foot clinic visit with a procedure', () => {
  const FOOT = [
    'Pod: Come on through, pop yourself up on the chair. What brings you in?',
    'Ruth: My right second toe, the nail is digging in, about a month now.',
    'Pod: Any numbness or tingling in your feet?',
    'Ruth: No.',
    'Pod: Shoes and socks off, let\'s have a look.',
    'Pod: Right second toe, the medial nail border is ingrowing, and the fold is red.',
    'Pod: I\'m going to touch you with this little nylon thread, say yes when you feel it. Ten out of ten on both feet.',
    'Ruth: What\'s the verdict?',
    'Pod: It\'s an ingrown toenail. Your pulses and feeling are good, so your feet are low risk.',
    'Pod: The best fix is a partial nail avulsion under local.',
    'Pod: I\'ve trimmed the corn on the left foot while you were numb.',
    'Pod: Come back in one week for a dressing check.'];
  const note = visit('podiatrist', ...FOOT);

  it('leaves what places the patient or starts a test out of the plan', () => {
    expect(note.plan).not.toMatch(/chair|nylon|socks/i);
  });

  it('reads a finding after the named toe as the exam', () => {
    expect(note.objective).toMatch(/medial nail border is ingrowing/);
  });

  it('reads a graded risk as the assessment and the option chosen as the plan', () => {
    expect(note.assessment).toMatch(/low risk/);
    expect(note.plan).toMatch(/best fix is a partial nail avulsion/);
  });

  it('keeps a procedure done in the visit in the plan, and the checker does not read "numb" as a symptom', () => {
    expect(note.plan).toMatch(/trimmed the corn/);
    expect(checkGrounding(note, FOOT.join('\n')).filter((f) => /numb/.test(f.claim))).toEqual([]);
  });
});

describe('a result read out with the condition it shows', () => {
  it('cuts "…, so a mild anaemia" into the result and the judgement', () => {
    const note = visit('physician', 'Dr Kaur: How have you been?', 'Mr Dunn: Tired all the time, and short of breath on the hill.',
      'Dr Kaur: Let me look at your results. Your ferritin was 6, which is very low, so an iron deficiency.',
      'Dr Kaur: We will start ferrous sulfate 200 mg once a day.');
    expect(note.objective).toMatch(/ferritin was 6, which is very low\./);
    expect(note.assessment).toMatch(/An iron deficiency/);
  });
});

describe('the clinician explaining why and what to expect', () => {
  const note = visit('physician', 'Dr Ng: What happened this morning?', 'Mrs Bell: He went all shaky and sweaty before lunch.',
    'Dr Ng: Let me check his sugar. It is 3.1.', 'Dr Ng: So here\'s how I see it.',
    'Dr Ng: I think the low sugar happened because he skipped breakfast after his gliclazide.',
    'Dr Ng: His sugar can drop again later today, so check it before tea.');

  it('reads a cause given after "I think" as the judgement', () => {
    expect(note.assessment).toMatch(/low sugar happened because he skipped breakfast/);
  });

  it('reads what may happen again as the judgement, not a result', () => {
    expect(note.assessment).toMatch(/can drop again/);
    expect(note.objective).not.toMatch(/drop again/);
  });
});

describe('a dental visit: what the problem is doing and whether a treatment is needed', () => {
  const note = visit('dentist', 'Dr Ito: What seems to be the trouble?', 'Sam: My upper left molar has ached for a week.',
    'Dr Ito: Lie back for me. There is a deep cavity on 26, tender to tapping.',
    'Dr Ito: So this is irreversible pulpitis, and the infection is starting to affect the bone around the root.',
    'Sam: Do I need antibiotics?', 'Dr Ito: No, antibiotics won\'t help this kind of toothache, the nerve needs taking out.',
    'Dr Ito: We will start the root canal today.');

  it('reads what the condition is starting to affect as the judgement, not a treatment started', () => {
    expect(note.assessment).toMatch(/starting to affect the bone/);
    expect(note.plan).not.toMatch(/starting to affect/);
  });

  it('reads the answer to "do I need antibiotics?" as the plan', () => {
    expect(note.plan).toMatch(/antibiotics won't help/i);
  });
});
