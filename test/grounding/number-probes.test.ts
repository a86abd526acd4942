import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Correct notes written for these probes, each from the conversation beside it: nothing here should be flagged.
type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const PROBES: { name: string; transcript: string; note: Note }[] = [
  {
    name: 'GP: paracetamol continued in grams',
    transcript: 'Doctor: How are you getting on with the paracetamol?\nPatient: Fine, two tablets four times a day.\nDoctor: Good, carry on with the 1000 milligrams four times a day then.',
    note: { subjective: 'Taking paracetamol 1 g QDS, helpful.', plan: 'Continue paracetamol 1 g QDS.' },
  },
  {
    name: 'dietetics: weight with conversion and a bare repeat',
    transcript: 'Dietitian: What did you weigh today?\nPatient: 65 kilos. I was 70 at Christmas, so about five kilos in three months.\nDietitian: And how much are you managing to eat?\nPatient: About half of what I used to eat.',
    note: { subjective: 'Weight 65 kg (143 lb), down from 70 kg at Christmas, ~5 kg loss over 3 months. Eating approx 50% of usual intake.' },
  },
  {
    name: 'physio: exercise schedule per week',
    transcript: 'Physio: How often are you doing the exercises?\nPatient: Three times a week, and I walk most days, maybe five days a week for half an hour.\nPhysio: Keep doing them three times a week.',
    note: { subjective: 'HEP 3x/wk; walks 5 days/week for 30 min.', plan: 'Continue HEP 3x/week.' },
  },
  {
    name: 'pharmacy: metformin twice a day written bd',
    transcript: 'Pharmacist: Which dose of metformin are you on?\nPatient: 500 milligrams, twice a day with meals.\nPharmacist: Right, keep taking the 500 twice a day.',
    note: { subjective: 'Metformin 500mg bd with meals.', plan: 'Continue metformin 500 mg BD.' },
  },
  {
    name: 'rheumatology: weekly methotrexate and daily folic acid',
    transcript: 'Doctor: You take methotrexate 15 milligrams once a week on a Monday?\nPatient: Yes, and the folic acid 5 milligrams once a week on Thursday.\nDoctor: Good. Carry on with the 15.',
    note: { subjective: 'MTX 15 mg weekly (Mon), folic acid 5 mg weekly (Thu).', plan: 'Continue methotrexate 15 mg once weekly.' },
  },
  {
    name: 'psychiatry: taper',
    transcript: 'Doctor: We will bring the sertraline down. Take 50 milligrams a day for two weeks, then 25 milligrams a day for two weeks, then stop.\nPatient: OK.',
    note: { plan: 'Taper sertraline: 50 mg OD x 2/52, then 25 mg OD x 2/52, then stop.' },
  },
  {
    name: 'vet: dog weight in two places',
    transcript: 'Vet: Let us pop her on the scales. She is 24.5 kilos.\nOwner: She was 26 last time.\nVet: So she has lost a kilo and a half. Meloxicam once a day with food, and weigh her again in four weeks.',
    note: { objective: 'Wt 24.5 kg (prev 26 kg).', plan: 'Meloxicam PO SID with food. Recheck weight in 4 weeks.' },
  },
  {
    name: 'nursing: obs and fluids',
    transcript: 'Nurse: Temperature is 37.8, pulse 96.\nPatient: I have drunk about a litre and a half today.\nNurse: That is good, try for two litres a day.',
    note: { objective: 'T 37.8, HR 96.', subjective: 'Oral intake ~1.5 L today.', plan: 'Encourage oral fluids 2 L/day.' },
  },
  {
    name: 'GP: smoker count range',
    transcript: 'Doctor: How many do you smoke?\nPatient: Ten to fifteen a day, for about 20 years.',
    note: { subjective: 'Smokes 10-15 cig/day, ~20 yrs.' },
  },
  {
    name: 'GP: alcohol units per week',
    transcript: 'Doctor: How much do you drink?\nPatient: A bottle of wine at the weekend, so about ten units a week.',
    note: { subjective: 'Alcohol ~10 units/wk (weekend wine).' },
  },
  {
    name: 'dietetics: weight, unit in one place only',
    transcript: 'Dietitian: Your weight today is 82 kilos.\nPatient: I was 85 in June.\nDietitian: So three kilos in about four months, well done. BMI is 29.',
    note: { subjective: 'Weight 82 kg; 85 kg in June.', objective: 'Wt 82. BMI 29.', assessment: '3 kg loss over ~4 months.' },
  },
  {
    name: 'physio: range as a fraction',
    transcript: 'Physio: Your shoulder lifts to about half of the other side, and the pain is about a third of what it was.\nPatient: It feels much better.',
    note: { objective: 'Shoulder flexion approx 50% of contralateral side.', subjective: 'Pain reduced to ~33% of baseline.' },
  },
  {
    name: 'pharmacy: inhaler puffs',
    transcript: 'Pharmacist: How are you using the Clenil?\nPatient: Two puffs twice a day, morning and night.\nPharmacist: Carry on with that.',
    note: { subjective: 'Clenil 2 puffs BD.', plan: 'Continue Clenil 2 puffs BD.' },
  },
  {
    name: 'GP: levothyroxine micrograms continued',
    transcript: 'Doctor: Your thyroid test is fine on the 100 micrograms of levothyroxine.\nPatient: Good.\nDoctor: Stay on 100 micrograms once a day.',
    note: { plan: 'Continue levothyroxine 100 mcg OD.' },
  },
  {
    name: 'psychiatry: sleep hours and days',
    transcript: 'Doctor: How is your sleep?\nPatient: About four or five hours a night, and I have had maybe three bad days this week.',
    note: { subjective: 'Sleeping ~4-5 h/night; 3 low days this week.' },
  },
  {
    name: 'GP: amoxicillin course',
    transcript: 'Doctor: I will give you amoxicillin 500 milligrams three times a day for seven days.\nPatient: OK.',
    note: { plan: 'Amoxicillin 500 mg TDS x 7/7.' },
  },
  {
    name: 'nursing: weight in stones and kilos',
    transcript: 'Nurse: You are 90 kilos today.\nPatient: That is about 14 stone, I was 92 last month.',
    note: { objective: 'Weight 90 kg (~14 st), 92 kg last month.' },
  },
  {
    name: 'GP: ibuprofen dose written in grams and continued as tablets',
    transcript: 'Doctor: Keep on the ibuprofen, 400 milligrams three times a day with food.\nPatient: Yes.',
    note: { plan: 'Continue ibuprofen 400mg TDS with food.' },
  },
  {
    name: 'GP: continued as a count of tablets',
    transcript: 'Doctor: How is the pain with the paracetamol?\nPatient: Better. I take two 500s four times a day.\nDoctor: Keep taking the 2 tablets four times a day.',
    note: { plan: 'Continue paracetamol 500 mg 2 tabs QDS.' },
  },
  {
    name: 'asthma nurse: continued as puffs',
    transcript: 'Nurse: Which Clenil do you have?\nPatient: The 100 microgram one.\nNurse: Carry on with 2 puffs twice a day.',
    note: { plan: 'Continue Clenil 100 mcg 2 puffs BD.' },
  },
  {
    name: 'GP: weight then pulse',
    transcript: 'Nurse: She is 80 kilos, pulse 78, blood pressure 130 over 80.\nPatient: Is that OK?',
    note: { objective: 'Wt 80 kg. HR 78. BP 130/80.' },
  },
  {
    name: 'GP: weight then age',
    transcript: 'Doctor: You are 70 kilos and you are 72 now, is that right?\nPatient: Yes, 72 in May.',
    note: { subjective: '72-year-old, weight 70 kg.' },
  },
  {
    name: 'GP: daily drug and a weekly symptom in the reply',
    transcript: 'Doctor: Are you still taking the omeprazole?\nPatient: Yes, every morning, but the heartburn still comes twice a week.',
    note: { subjective: 'Omeprazole 20 mg once daily; breakthrough heartburn 2x/week.' },
  },
  {
    name: 'pharmacy: weekly alendronate, daily calcium',
    transcript: 'Pharmacist: How do you take the alendronic acid?\nPatient: Once a week on Sunday, before breakfast, and the Adcal every day.',
    note: { subjective: 'Alendronic acid weekly (Sun); Adcal-D3 daily.' },
  },
  {
    name: 'vet: twice daily written BID',
    transcript: 'Vet: Give the gabapentin twice a day, morning and evening.\nOwner: With food?\nVet: Yes, with food is fine.',
    note: { plan: 'Gabapentin PO BID with food.' },
  },
  {
    name: 'psychiatry: half a tablet',
    transcript: 'Doctor: Take half a tablet of the zopiclone at night, so 3.75 milligrams, only when you need it.\nPatient: OK.',
    note: { plan: 'Zopiclone 3.75 mg (half tab) nocte PRN.' },
  },
  {
    name: 'practice nurse: weight then waist',
    transcript: 'Nurse: You are 70 kilos and your waist is 80.\nPatient: OK.',
    note: { objective: 'Wt 70 kg, waist 80 cm.' },
  },
  {
    name: 'practice nurse: weight then pulse in bpm',
    transcript: 'Nurse: Weight 72 kilos, pulse 68.\nPatient: OK.',
    note: { objective: 'Wt 72 kg. Pulse 68 bpm.' },
  },
  {
    name: 'GP: metformin continued in grams, weekly vitamin D beside a daily walk',
    transcript: 'Doctor: Keep taking the metformin 1000 milligrams twice a day. And the vitamin D?\nPatient: Yes, 20,000 units once a week, and I walk every day for an hour.',
    note: { subjective: 'Vitamin D 20,000 units once weekly. Walks 1 h daily.', plan: 'Continue metformin 1 g BD.' },
  },
];

describe('correct notes with numbers (false-alarm probes)', () => {
  for (const probe of PROBES) {
    it(`are not flagged: ${probe.name}`, () => {
      expect(checkGrounding(probe.note, probe.transcript).map((f) => `${f.kind}: ${f.claim} — ${f.reason}`)).toEqual([]);
    });
  }
});
