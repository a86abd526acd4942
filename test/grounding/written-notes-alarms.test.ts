import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Issue 15: false alarms on clinician-style notes written for devset encounters (test/grounding/bench/written-notes,
// the tune half). Each case is a sentence of such a note with its transcript lines: the faithful wording passes and a
// changed fact is still caught.
describe('wordings of faithful clinician notes', () => {
  it('reads "gastro-oesophageal" as one word, not "gastro" (gastroenteritis)', () => {
    const t = 'GP: The chest burning is reflux, acid coming up from the stomach.';
    expect(kinds({ assessment: 'Gastro-oesophageal reflux.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Gastro-oesophageal reflux and gastroenteritis.' }, t)).toEqual(['diagnosis']);
  });

  it('takes "no rash" to a list question as denying the rash only', () => {
    const t = "Doctor: Good. Any rash, any vomiting or diarrhoea?\nMum: No rash. He was sick once with the coughing, that's all.";
    expect(kinds({ subjective: 'Vomited x1 post-tussive.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Rash on trunk.' }, t)).toEqual(['negation']);
  });

  it('takes a "no" to "any new weakness?" as no new weakness, and a grip of four out of five as weakness', () => {
    const t = 'Speaker 1: Any new weakness, any new episodes?\nSpeaker 2: No, nothing new.\nSpeaker 1: Squeeze my fingers. Right grip four out of five, left is normal.';
    expect(kinds({ assessment: 'Residual word-finding difficulty and mild right hand weakness.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Residual word-finding difficulty and mild right hand numbness.' }, t)).toEqual(['diagnosis']);
    expect(kinds({ subjective: 'Weakness of the hand.' }, 'Doctor: Any weakness in the hand?\nPatient: No.')).toEqual(['negation']);
  });

  it('reads "since I saw you last month" as a review one month ago', () => {
    const t = 'Dr. Haddad: Hi Sam, come in. How have things been since I saw you last month?\nSam: Honestly, not great. I feel low pretty much every day.';
    expect(kinds({ subjective: 'Sam returns for follow-up of depression, one month after last review.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Sam returns for follow-up of depression, 3 months after last review.' }, t)).toEqual(['number']);
  });

  it('reads "Right side non-tender" against the side examined first, not the tender left', () => {
    const t = [
      'GP: Now your tummy... I\'ll start on the right, away from the pain. That\'s fine up here, isn\'t it?',
      'Pt: Yes, that\'s fine.',
      'GP: And moving across to the left... that\'s tender, isn\'t it?',
      'Pt: Ooh, yes. That\'s it.',
      'GP: Quite tender in the left lower side.',
    ].join('\n');
    expect(kinds({ objective: 'Right side non-tender. Tender left lower quadrant.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Left side non-tender.' }, t)).toContain('exam');
  });

  it('reads "hot and cold" as chills and "under my ribs on the right" as the right upper quadrant', () => {
    const t = "Dr. Reyes: What's brought you in?\nPt: Pain, here, under my ribs on the right. It goes through to my right shoulder blade.\nDr. Reyes: Fevers?\nPt: Hot and cold, yeah.\nDr. Reyes: Soft on the left... and here on the right under the ribs?\nPt: Ow, yes, that's it.";
    expect(kinds({ subjective: 'Right upper quadrant pain. Subjective fevers and chills.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Left upper quadrant pain.' }, t)).toEqual(['laterality']);
    expect(kinds({ subjective: 'Night sweats.' }, t)).toEqual(['negation']);
  });

  it('reads a back "playing up" as back pain', () => {
    const t = "Patient: Oh, yes, well, I've had my back playing up, so I've been taking ibuprofen, the four hundred ones, about three times a day.";
    expect(kinds({ subjective: 'Taking ibuprofen 400mg TDS for ~1/12 for back pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Taking ibuprofen 400mg TDS for ~1/12 for knee pain.' }, t)).not.toEqual([]);
  });

  it('takes a cause named by its drug class ("NSAID-related") as said by the drug', () => {
    const t = "Doctor: I think this is most likely gastritis. The ibuprofen is very likely the main cause, because anti-inflammatories can irritate the stomach lining.";
    expect(kinds({ assessment: 'Imp: gastritis, likely NSAID-related, caffeine contributing.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: gastritis, likely alcohol-related.' }, t)).toEqual(['diagnosis']);
  });

  it('takes conditions a pair of results "make unlikely" as raised, not asserted', () => {
    const t = "Dr. Reyes: I think your gallbladder's inflamed, it's called cholecystitis. The normal bilirubin and lipase mean the stone isn't blocking the main duct or irritating the pancreas.";
    expect(kinds({ assessment: 'Acute cholecystitis. Normal bilirubin and lipase make common bile duct obstruction and pancreatitis unlikely.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Acute cholecystitis and appendicitis.' }, t)).toEqual(['diagnosis']);
  });

  it('reads synovitis as an inflammatory arthritis', () => {
    const t = "Dr. Kowalski: There's swelling over the knuckles of both hands and the wrists, they're tender when I squeeze, that's synovitis, inflammation of the joint lining. I'm confident this is systemic lupus erythematosus, lupus.";
    expect(kinds({ assessment: 'Systemic lupus erythematosus with inflammatory arthritis.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Systemic lupus erythematosus with nephritis.' }, t)).toEqual(['diagnosis']);
  });

  it('reads "RIF and LIF non-tender" against a tenderness limited to another place', () => {
    const t = "Doctor: And now lower down, on the right side, down by your hip bone?\nPatient: No, that's fine, that doesn't hurt.\nDoctor: Okay, lovely. So from what I can see you look well, and it's only tender at the top in the middle.";
    expect(kinds({ objective: 'Tender epigastrium. RIF and LIF non-tender.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Abdomen non-tender.' }, t)).toEqual(['exam']);
  });

  it('reads obstetric "10/40" as weeks of pregnancy and "LMP 3/3" as a date', () => {
    const t = [
      'Midwife Rosa: When was the first day of your last period?',
      "Chloe: The 3rd of March, so I think I'm about ten weeks.",
      'Midwife Rosa: Because of that blood pressure, the doctors recommend aspirin 150 mg every night from twelve weeks.',
      "Midwife Rosa: I'll see you again at sixteen weeks.",
    ].join('\n');
    expect(kinds({ subjective: 'LMP 3/3, ~10/40.', plan: 'Aspirin 150mg ON from 12/40. Next appt 16/40.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'LMP 3/3, ~14/40.' }, t)).toEqual(['number']);
    expect(kinds({ plan: 'Next appt 20/40.' }, t)).toEqual(['number']);
  });

  it('reads "for another month" as one month', () => {
    const t = 'Ortho: The stiffness is normal after six weeks in plaster.\nOrtho: No heavy lifting or gym for another month.';
    expect(kinds({ plan: 'No heavy lifting/gym 1/12.' }, t)).toEqual([]);
    expect(kinds({ plan: 'No heavy lifting/gym 3/12.' }, t)).toEqual(['number']);
  });

  it('reads "up once at night" as nocturia', () => {
    const t = 'Urologist: Any burning, going more often, getting up at night?\nMr Lee: Up once at night, same as always.';
    expect(kinds({ subjective: 'Nocturia x1, unchanged.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Nocturia x1.' }, 'Urologist: Any burning?\nMr Lee: No.')).toEqual(['negation']);
  });

  it('reads GP drug names "co-amox" (co-amoxiclav, not amoxicillin) and "fluclox"', () => {
    const t = "GP: I'm going to start you on an antibiotic, co-amoxiclav, one tablet three times a day for five days.";
    expect(kinds({ plan: 'Abx: co-amox 1 tab TDS 5/7.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Amoxicillin 1 tab TDS 5/7.' }, t)).toEqual(['medication']);
    const skin = "Doctor: I'll give you flucloxacillin five hundred milligrams four times a day.";
    expect(kinds({ plan: 'Fluclox 500mg QDS.' }, skin)).toEqual([]);
    expect(kinds({ plan: 'Fluclox 250mg QDS.' }, skin)).toEqual(['number']);
  });

  it('takes "1.5/52" for "about ten days"', () => {
    const t = "Patient: I've had the cough for about ten days.";
    expect(kinds({ subjective: 'Cough 1.5/52.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Cough 2.5/52.' }, t)).toEqual(['number']);
  });

  it('reads "I feel wiped out" as fatigue and changing the sheets at night as night sweats', () => {
    const t = "Sarah: Yeah, I've been feverish, like hot and then shivery, especially at night, I had to change the sheets.\nSarah: No, no cough, no. My nose is fine. It's just the throat, and I feel, I feel wiped out.";
    expect(kinds({ subjective: 'Fevers esp at night, night sweats. Nil cough/coryza. Fatigued.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Night sweats.' }, 'Sarah: My throat is sore and I feel wiped out.')).toEqual(['negation']);
    expect(kinds({ subjective: 'Fatigued.' }, "Sarah: I had to change the sheets, I've been so sweaty.")).toEqual(['negation']);
  });
});
