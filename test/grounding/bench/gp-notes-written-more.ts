/**
 * A second batch of GP shorthand notes for dev PriMock57 transcripts (days 1–3 only), written in issue 15 as fresh
 * material the checker had not been tuned on: every finding on one is a false alarm (read by gp-notes-alarms.ts).
 * Written from the transcript alone, in other words than the consulting clinician's note.
 */
export const MORE_GP_NOTES: Readonly<Record<string, string>> = {
  day1_consultation03: `PC: L sided throbbing headache since midday today. Zigzag lines in vision a few mins before onset, then blurred vision both eyes. Photophobia - wearing sunglasses. Nauseous, vomited x2 today. Worse on moving head/neck or leaning forward. Non-radiating.
Similar headache a few wks ago, lasted a couple of days, settled with painkillers and rest.
Denies fevers, rashes. No speech difficulty, no limb numbness/weakness, no balance or coordination problems. No head injury, no falls. Not SOB.
ICE: worried re brain tumour - friend's mum died of one.
PMH: nil. Never dx with migraine.
DH: Microgynon x3/12 for contraception.
FH: mum - migraines, underactive thyroid. Nil else neuro.
SH: lives alone. Works in fashion, stressed ++ at work but not low in mood. No exercise. Non-smoker, no EtOH.
Imp: migraine with aura
Plan: headache diary. Paracetamol or co-codamol, NSAIDs (ibuprofen/naproxen). Consider prophylaxis - discuss at review next week. SN: not improving in 2-3/7 or worsening - come back straight away.`,
  day2_consultation07: `~60M. PC: central chest pressure started a couple of hrs ago while gardening (kneeling, not strenuous). "Like someone sitting on my chest", diffuse. Radiates to L arm and shoulder. Ongoing at time of call. Assoc nausea (no vomiting), sweaty, SOB, palpitations. First episode.
RFs: smoker 10/day for 15 yrs, HTN, overweight, FH - father died of MI ~60, mother heart problems. Not diabetic. Cholesterol never checked. EtOH 7-8 pints/week. Sedentary.
Allergy: aspirin - swelling, mild reaction. No other allergies.
SH: lives alone, owns a sushi restaurant.
Imp: ?ACS
Plan: ambulance called by colleague. Front door left open. Stayed on the line until crew arrived. ECG by ambulance crew. Pt to tell hospital about aspirin allergy.`,
  day1_consultation05: `PC: lower abdo pain below umbilicus 2/7, gradual onset, burning, constant, getting worse. Tender on pressing. Non-radiating.
Urine pink, ?blood. Frequency but drinking lots of fluids. No dysuria. Mild nausea, no vomiting. Feels hot and sweaty, temp not measured.
Bowels normal now - constipation last week, resolved. No diarrhoea.
Sexually active, same partner, last SI 4/7 ago. STI screen 6/12 ago - normal. Implanon inserted 1 yr ago, no barrier contraception. LMP 2/52 ago. Pregnancy possible.
No previous similar episodes.
Not SOB, no cough, no palpitations, no headaches, no visual problems.
PMH: nil. PSH: nil operations.
DH: Implanon only.
FH: nil relevant.
SH: house share with 2 flatmates, accountant. Non-smoker, social EtOH.
Imp: ?UTI ddx pregnancy-related, bowel cause
Plan: pregnancy test, urine tests. Empirical abx for UTI.`,
  day3_consultation06: `PC: stung by wasp while gardening ~15 mins ago. Now shallow breathing, chest tightness. Tingling lips. Throat not closing. Blotchy rash. No previous similar reaction.
PMH: eczema, aerosinusitis.
Allergies: penicillin
Imp: ?anaphylaxis, ddx urticarial reaction
Plan: wife to call ambulance now, go to hospital straight away. Take antihistamine at home while waiting.`,
};
