import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

describe('laterality', () => {
  it('catches a side the conversation never gives the part', () => {
    const [finding] = checkGrounding({ subjective: 'Reports left ankle swelling.' }, '[patient] my ankle has been swollen for a week .');
    expect(finding).toMatchObject({ kind: 'laterality', reason: '"left ankle": the transcript mentions the ankle but never says which side', lines: [1] });
  });

  it('takes the side from the answer to "which knee?" and from the limb', () => {
    const t = '[doctor] which knee is it ?\n[patient] the right one .\n[patient] and my right leg gives way , my foot too .';
    expect(checkGrounding({ subjective: 'Right knee pain. Right foot pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Left knee pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('"both knees" supports either knee, and nothing else', () => {
    const t = '[patient] both knees ache in the morning , and my left shoulder .';
    expect(checkGrounding({ subjective: 'Right knee pain. Left shoulder pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Right shoulder pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('reads written shorthand: LLQ is the left lower quadrant', () => {
    const t = 'Doctor: Whereabouts is the pain?\nPatient: Lower tummy, on the left side.';
    expect(checkGrounding({ subjective: 'Associated LLQ pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Associated RLQ pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('gives a side to findings and halves of the body: "right-sided weakness", "left rhonchi", "left lower quadrant tenderness"', () => {
    const t = [
      '[patient] i have felt weak and my tummy has been sore for two days .',
      '[doctor] let me listen to your lungs . some rhonchi there . and i will press on your belly . does that hurt ?',
    ].join('\n');
    const sides = (objective: string) => checkGrounding({ objective }, t).filter((f) => f.kind === 'laterality').map((f) => f.claim);
    expect(sides('Right-sided weakness.')).toEqual(['Right-sided weakness.']);
    expect(sides('Coarse left rhonchi at the bases.')).toEqual(['Coarse left rhonchi at the bases.']);
    expect(sides('Left lower quadrant tenderness to palpation.')).toEqual(['Left lower quadrant tenderness to palpation.']);
    expect(sides('Rhonchi at the bases. Weakness. Lower quadrant tenderness.')).toEqual([]);
  });

  it('"bilateral" needs both sides, "both" or a plural in the conversation; a normal exam may say it', () => {
    const t = '[patient] my left ankle is swollen . my knees ache on the stairs .\n[doctor] your ear looks a bit red .';
    const sides = (objective: string) => checkGrounding({ objective }, t).filter((f) => f.kind === 'laterality').map((f) => f.reason);
    expect(sides('Bilateral ankle swelling.')).toEqual(['"bilateral ankle" is not supported: the transcript gives the ankle only the left']);
    expect(sides('Erythema of the bilateral ear canals.')).toEqual(['"bilateral ear": the transcript mentions one ear and never says both sides']);
    expect(sides('Bilateral knee crepitus. Left ankle swelling.')).toEqual([]);
    expect(sides('Bilateral ankles nontender to palpation.')).toEqual([]);
  });

  it('takes the side from "on the left side at the back" in answer to "whereabouts in your head?"', () => {
    const t = 'Doctor: Can you just tell me whereabouts in your head it is?\nPatient: It\'s on the left side at the back, sort of here.';
    expect(checkGrounding({ subjective: 'Left-sided posterior headache.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Right-sided headache.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });
});

describe('sides said another way, and normal findings on the other side', () => {
  it('"pain on my left back" gives the back a side ("i left back home" does not)', () => {
    expect(kinds({ subjective: 'Left-sided back pain.' }, '[patient] started having pain on my left back')).toEqual([]);
    expect(kinds({ subjective: 'Right-sided back pain.' }, '[patient] started having pain on my left back')).toEqual(['laterality']);
    expect(kinds({ subjective: 'Left-sided back pain.' }, '[patient] my back hurts , so i left back home early')).toEqual(['laterality']);
  });

  it('a normal finding may be of the side examined only to compare; a finding on it may not', () => {
    const t = '[doctor] on your knee exam , there is some edema and some erythema of your right knee , but your left knee looks fine , okay ?';
    expect(kinds({ objective: 'Left knee exam is normal.' }, t)).toEqual([]);
    expect(kinds({ objective: 'There is edema and erythema of the left knee with pain to palpation.' }, t)).toContain('laterality');
    // "normal" said of something else in the sentence excuses nothing.
    expect(kinds({ plan: 'The most likely cause of his left knee edema is overuse from running given his history, exam and a normal x-ray.' }, t)).toContain('laterality');
  });

  it('a side said at the end of a clause, and a side given to the limb anywhere, reach a part said without one', () => {
    const t = [
      '[patient] it seems to happen to all my fingers but i notice it more in my thumb and pointer finger .',
      '[doctor] okay what about your right hand any problems with that hand',
      "[patient] no i do n't seem to have any problems with my right hand so far it's just mostly my left",
      '[doctor] okay . and any neck pain ?',
      '[patient] no .',
      '[doctor] you seem a little bit weaker on that left hand .',
    ].join('\n');
    expect(kinds({ subjective: 'Numbness most noticeable in the left thumb.' }, t)).toEqual([]);
    const right = ['[patient] i notice it more in my thumb .', '[doctor] okay .', '[patient] yeah .', '[doctor] you seem a little bit weaker on that left hand .'].join('\n');
    expect(kinds({ subjective: 'Numbness most noticeable in the right thumb.' }, right)).toEqual(['laterality']);
  });
});

describe('"bilateral" is held to what the conversation says of the complaint', () => {
  it('"bilateral back pain" is a claim about the back; the back said without a side is not both', () => {
    const t = '[patient] my lower back has been killing me since i moved the boxes .';
    expect(kinds({ subjective: 'He presents with bilateral back pain.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'He presents with bilateral back pain.' }, `${t}\n[patient] it's on both sides .`)).toEqual([]);
  });

  it('"headaches" and "fingers" in the plural are not both sides; "knees" are', () => {
    const t = '[patient] i keep getting these headaches on the left side of my head .\n[patient] and my fingers go numb .';
    expect(kinds({ subjective: 'Bilateral headache.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Left-sided headache.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Bilateral knee pain.' }, '[patient] my knees were just killing me .')).toEqual([]);
  });

  it('the sides said of the same complaint decide, not a side said of the exam\'s movements', () => {
    const t = [
      '[patient] the pain is on the right side of my neck .',
      '[doctor] okay , turn your neck to the left for me . any pain ?',
      '[patient] no .',
    ].join('\n');
    expect(kinds({ subjective: 'Bilateral neck pain.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Right-sided neck pain.' }, t)).toEqual([]);
  });
});

describe('a side shown rather than said', () => {
  it('"which knee? — this one" and "it\'s on this side, here" leave the side to the note; a side never shown or said is invented', () => {
    expect(kinds({ subjective: 'Right knee pain.' }, '[doctor] which knee is it ?\n[patient] this one .')).toEqual([]);
    expect(kinds({ subjective: 'Left-sided headache.' }, "Doctor: Where is the headache?\nPatient: It's on this side, here.")).toEqual([]);
    expect(kinds({ subjective: 'Left-sided headache.' }, 'Doctor: Where is the headache?\nPatient: All over really, it throbs.')).toEqual(['laterality']);
  });

  it('a side shown does not excuse the other side said', () => {
    const t = "[doctor] which knee is it ?\n[patient] this one .\n[patient] my right knee , it swells up after running .";
    expect(kinds({ subjective: 'Left knee pain.' }, t)).toEqual(['laterality']);
  });
});

describe('laterality: anatomical words for the same places', () => {
  const t = '[doctor] on exam of your ankle there is tenderness over the outer bone , and your knee looks fine .';

  it('reads a side given to the malleolus, the patellar tendon or the trochanter as a side of the ankle, knee or hip', () => {
    expect(checkGrounding({ objective: 'Tenderness over the right lateral malleolus.' }, t).map((f) => f.kind)).toEqual(['laterality']);
    expect(checkGrounding({ objective: 'Left patellar tendon nontender.' }, t).map((f) => f.kind)).toEqual(['laterality']);
    expect(checkGrounding({ objective: 'Tenderness over the lateral malleolus.' }, t)).toEqual([]);
  });

  it('takes "bilateral carpal tunnel" as both wrists', () => {
    const both = '[doctor] my wrist exam shows you have some bilateral carpal tunnel syndrome .\n[doctor] i will give you a wrist splint .';
    expect(checkGrounding({ plan: 'Bilateral wrist splints.' }, both)).toEqual([]);
  });
});

describe('laterality: sides written the ways notes write them', () => {
  it('reads "left back pain" as a side of the back, but not "it comes right back"', () => {
    const t = '[patient] i developed this real sudden onset of pain in my right back .';
    expect(kinds({ subjective: 'Sudden onset of left back pain.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Sudden onset of right back pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'It is relieved by Tylenol, but then it comes right back.' }, '[patient] my back hurts and tylenol helps .')).toEqual([]);
  });

  it('reads a side written after the part and its complaint: "elbow swelling left", "knee pain, right"', () => {
    const t = '[patient] my right elbow has been swollen for a week .';
    expect(kinds({ subjective: 'Spontaneous elbow swelling left.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Spontaneous elbow swelling right.' }, t)).toEqual([]);
  });

  it('reads a side of the heart\'s chambers and arteries: "right ventricular hypertrophy" for a left one', () => {
    const t = '[doctor] your ecg showed some left ventricular hypertrophy .';
    expect(kinds({ objective: 'ECG: right ventricular hypertrophy.' }, t)).toEqual(['laterality']);
    expect(kinds({ objective: 'ECG: left ventricular hypertrophy.' }, t)).toEqual([]);
  });

  it('hears "on the right" as a side even when the sentence runs on: "flank tenderness on the right so …"', () => {
    const t = '[doctor] there is cva located near your flank tenderness on the right so that means that everything looks good';
    expect(kinds({ objective: 'Flank tenderness on the right.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Left flank tenderness.' }, t)).toEqual(['laterality']);
  });
});

describe('laterality: "Lt" and "Rt" for a side', () => {
  const t = '[patient] my right shoulder has been aching since i fell , and my ankle is a bit swollen .';
  it('catches "Lt shoulder pain" for a right shoulder and "Rt. ankle swelling" for an ankle said without a side', () => {
    expect(kinds({ subjective: 'Lt shoulder pain since a fall.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Rt. ankle swelling.' }, t)).toEqual(['laterality']);
  });

  it('passes "Rt shoulder pain"', () => {
    expect(kinds({ subjective: 'Rt shoulder pain since a fall. Ankle swelling.' }, t)).toEqual([]);
  });
});

describe('laterality: a side the conversation calls fine', () => {
  const t = [
    '[patient] i occasionally get a ringing in my left ear , just on the one side .',
    '[doctor] just to clarify , the difficulty you have in hearing , is that both ears or just the left ear ?',
    '[patient] just the left .',
    '[doctor] alright , so your right ear is fine .',
  ].join('\n');
  it('catches a complaint put on the side said to be fine', () => {
    expect(kinds({ subjective: 'Difficulty hearing in the right ear for 6 weeks with tinnitus.' }, t)).toEqual(['laterality']);
  });

  it('passes the complaint on its side, and the fine side called normal', () => {
    expect(kinds({ subjective: 'Difficulty hearing in the left ear for 6 weeks with tinnitus. Right ear normal.' }, t)).toEqual([]);
  });

  it('a dictation with "or" in it offers no choice of sides: its left lower quadrant stays left', () => {
    const dictated = '[doctor] so on abdominal exam there is slight tenderness to palpation of the left lower quadrant no rebounding or guarding and any masses on the right side\n[patient] okay';
    expect(kinds({ objective: 'Slight tenderness to palpation of the left lower quadrant.' }, dictated)).toEqual([]);
  });
});

describe('laterality: a side from nowhere', () => {
  it('flags a side for a part the conversation never mentions when it never names that side for anything', () => {
    const t = '[patient] i have had a cough for a week .\n[doctor] any fever ?\n[patient] no .';
    expect(kinds({ objective: 'Crackles at the right lung base.' }, t)).toEqual(['laterality']);
  });

  it('leaves it alone when the side is said of something else', () => {
    const t = '[patient] i have had a cough for a week and a pain on my right side .';
    expect(kinds({ objective: 'Crackles at the right lung base.' }, t)).toEqual([]);
  });
});

describe('laterality: "wheezing" heard over one lung', () => {
  it('reads "right wheezing" as a side of the lungs (the stem of "wheezing" is "wheez")', () => {
    const t = '[doctor] listening to your lungs i hear some wheezing on the left .';
    expect(kinds({ objective: 'There is some right wheezing.' }, t)).toEqual(['laterality']);
    expect(kinds({ objective: 'There is some left wheezing.' }, t)).toEqual([]);
  });
});

describe('laterality: parts whose stem the table had wrong', () => {
  it('reads "left meniscus" as the knee and "right sinuses" as the sinus', () => {
    expect(kinds({ subjective: 'Pain over the left medial meniscus.' }, '[patient] my right knee hurts on the inside .')).toEqual(['laterality']);
    expect(kinds({ objective: 'Tenderness over the right maxillary sinuses.' }, '[doctor] your left sinus is tender when i press .')).toEqual(['laterality']);
  });

  it('reads a dictated "R base" as the right side, as in the note', () => {
    const t = 'Ward round day 2. Chest coarse crackles R base, otherwise clear. HS normal.';
    expect(checkGrounding({ objective: 'Chest coarse crackles R base, otherwise clear.' }, t)).toEqual([]);
    expect(checkGrounding({ objective: 'Chest coarse crackles L base, otherwise clear.' }, t)).toEqual([expect.objectContaining({ kind: 'laterality' })]);
  });

  it('reads a condition named for its place as that place: epicondylitis is of the elbow, otitis of the ear', () => {
    const t = 'Patient: My right elbow hurts on the inside whenever I grip things.\nDoctor: It is tender over the inner bone of the elbow. This is golfer\'s elbow, medial epicondylitis.';
    expect(kinds({ assessment: 'Right medial epicondylitis.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Left medial epicondylitis.' }, t)).toEqual(['laterality']);
    const ear = 'Guest_family: She keeps pulling at her left ear and she had a fever last night.\nDoctor: It is an ear infection, otitis media.';
    expect(kinds({ assessment: 'Left otitis media.' }, ear)).toEqual([]);
    expect(kinds({ assessment: 'Right otitis media.' }, ear)).toEqual(['laterality']);
  });
});

describe('laterality: a side the patient corrects, and one asked after and denied', () => {
  const knees = [
    "Patient: I think I've overdone my workouts, and now my knees are hurting.",
    "Doctor: Right. And, you said before, it's both knees.",
    "Patient: So it's more, um, it's actually my right knee that hurts.",
    'Doctor: And, any problems with your left one?',
    'Patient: No.',
  ].join('\n');

  it('catches the other side where the recap was corrected and the other side denied', () => {
    expect(kinds({ subjective: 'PC: L knee pain' }, knees)).toEqual(['laterality']);
  });

  it('passes the side corrected to, and a recap nobody corrects', () => {
    expect(kinds({ subjective: 'PC: R knee pain' }, knees)).toEqual([]);
    const both = "Doctor: You said before, it's both knees.\nPatient: Yes, both of them, the left is worse.";
    expect(kinds({ subjective: 'PC: L knee pain' }, both)).toEqual([]);
    const yes = "Patient: It's my right knee that hurts.\nDoctor: And any problems with your left one?\nPatient: Yes, a bit.";
    expect(kinds({ subjective: 'Bilateral knee pain, R worse than L.' }, yes)).toEqual([]);
  });
});
