/** A made-up ASR-style encounter (no real patient): lower case, numbers spelled out, speaker tags. */
export const TRANSCRIPT = `[doctor] hi , how are you doing today ?
[patient] not great . my right knee has been hurting for about three weeks .
[doctor] okay . did you injure it ?
[patient] i twisted it playing soccer . the pain is about six out of ten .
[doctor] any fever or chills ?
[patient] no .
[doctor] any chest pain ?
[patient] yes , i get some chest pain when i climb stairs .
[doctor] are you taking any medications ?
[patient] i take lisinopril ten milligrams every day and ibuprofen four hundred milligrams when the knee hurts .
[doctor] any allergies ?
[patient] no allergies .
[doctor] your blood pressure is one thirty over eighty five , heart rate is seventy two , temperature ninety eight point six .
[doctor] oxygen saturation is ninety eight percent and respiratory rate is sixteen . you weigh eighty kilograms .
[doctor] on exam , there is swelling of the right knee with tenderness over the medial joint line .
[doctor] i think this is a medial meniscus strain . we will get an x-ray of the right knee .
[doctor] keep taking the lisinopril ten milligrams daily , and you can take ibuprofen four hundred milligrams three times a day for two weeks .
[doctor] come back in four weeks if it is not better .
[patient] okay , thank you .`;

/**
 * What the offline engine makes of it: sentences copied from the transcript, first person turned into third
 * person, vitals normalised ("BP 130/85 mmHg", "HR 72 bpm", "98.6 °F", "SpO2 98%", "RR 16 /min", "80 kg").
 */
export const OFFLINE_NOTE = {
  subjective: [
    'The patient reports that the right knee has been hurting for about three weeks.',
    'The patient twisted it playing soccer. The pain is about 6/10.',
    'Denies fever or chills.',
    'The patient gets some chest pain when climbing stairs.',
    'The patient takes lisinopril 10 mg every day and ibuprofen 400 mg when the knee hurts.',
    'No allergies.',
  ].join('\n'),
  objective: [
    '- BP 130/85 mmHg',
    '- HR 72 bpm',
    '- Temp 98.6 °F',
    '- SpO2 98%',
    '- RR 16 /min',
    '- Weight 80 kg',
    'On exam, there is swelling of the right knee with tenderness over the medial joint line.',
  ].join('\n'),
  assessment: 'Medial meniscus strain of the right knee.',
  plan: [
    '1. X-ray of the right knee.',
    '2. Continue lisinopril 10 mg daily.',
    '3. Ibuprofen 400 mg three times a day for 2 weeks.',
    '4. Return in 4 weeks if not better.',
  ].join('\n'),
};
