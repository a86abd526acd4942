/**
 * GP shorthand notes written for this benchmark (by the grounding team, not by the consulting clinicians) for dev
 * PriMock57 transcripts (days 1–3 only: held-out days 4–5 are never read). Each is faithful to its transcript, in
 * the styles GP notes take ("3/7 hx", "nil", "N+V", "O/E (video)", "Rx … BD", safety-netting), so every finding on
 * one is a false alarm unless it is listed in KNOWN_UNSUPPORTED. A dev-only false-alarm source: gp-notes-alarms.ts.
 */

/** Facts these notes state that the transcript cannot support (the recording lost the drug's name). */
export const KNOWN_UNSUPPORTED: readonly string[] = ['prochlorperazine'];

export const WRITTEN_GP_NOTES: Readonly<Record<string, string>> = {
  day1_consultation09: `19F c/o dysuria 3/7, stinging. Crampy lower abdo pain on voiding, non-radiating, not like period pain. No frequency. Small amount of blood in urine earlier today. Urine smells a bit odd.
Denies N+V, fevers, loin pain. BO normal, no diarrhoea.
Sexually active, regular BF x2/12, uses condoms. No PV discharge. Never had STI screen. LMP 2/52 ago, doesn't think she's pregnant.
PMH: IBS
DH: nil regular. Tried OTC bicarbonate a couple of days ago - no help.
Allergies: clindamycin - swelling
SH: student (biology), lives in flat with friends. Non-smoker. EtOH socially at weekends.
Imp: simple UTI
Plan: nitrofurantoin or trimethoprim 1 tab BD for 3/7. Push fluids, cranberry juice. Pregnancy test if not improving. Avoid SI until sx settle, continue barrier contraception. SN: high temps, back pain, generally more unwell - call back. Review end of week if not better.`,
  day1_consultation10: `19F uni student. <1/52 hx dysuria (burning/stinging) and frequency. Urine pink today ?haematuria. Achy suprapubic pain, worse on micturition, no radiation to back/flanks. No N/V. Nil fevers. Bowels - background IBS, no new sx.
Long term BF, on COCP, no condoms. Last UPSI ~1/52 ago. LMP 2/52. No PV discharge.
Smoked cannabis once ~1.5/52 ago at a party - advised to avoid.
PMH: IBS
DH: combined pill, IBS med (pt unsure of name)
Allergy: clindamycin
FH: nil renal/bladder
SH: lives in halls with flatmate, studying English. Non-smoker, occasional social EtOH.
Imp: uncomplicated UTI/cystitis
Plan: MSU - to drop sample at practice. Trimethoprim or nitrofurantoin, 3 day course. Fluids, paracetamol PRN for pain. Review next week if no better. SN: fever, back pain, vomiting - call.`,
  day2_consultation02: `53M. PC: swelling L elbow noticed ~1/52 ago in the shower. Painless, slightly warm, feels like fluid inside. No trauma, moves it normally. Desk job. No previous episodes.
PMH: OA (dx by GP a few yrs ago). Peanut allergy.
DH: nil regular. NKDA.
FH: not aware of any rheum disease.
SH: runs 2-3x/week.
O/E (video): swelling L elbow, warm compared with surrounding skin, feels odd on pressing next to the tip. Dry skin over tip of elbow. No eczema.
Imp: bursitis L elbow. Not suggestive of septic arthritis.
Plan: ibuprofen 400mg BD OTC after food, stop if heartburn. Bloods - inflammatory markers, infection, rheumatological antibodies, gout. Results in approx 5-6/7. F/U after bloods, face to face or phone/video. SN: if elbow becomes very red, painful or redness spreads - urgent appt.`,
  day2_consultation10: `PC: L sided headache, woke him at 0530 this morning, still present.
Hx of headaches before but less severe, usually frontal across the front of the head. Mild photophobia - eyes a bit sore. Was dizzy on waking, now settled. Nil nausea. Better lying down.
No neck stiffness, no fever.
Stressed at work for ~2/12, late nights. Mood ok, gets frustrated. Anxiety ~2 yrs on sertraline. No thoughts of self harm.
Tried paracetamol - not helped.
PMH: anxiety
DH: sertraline
Allergies: NKDA
FH: mum - anxiety. No FH migraine.
SH: lives with partner, has a cat. Runs 3x a week.
Imp: tension headache vs migraine
Plan:
- ibuprofen first line (higher dose), can continue paracetamol
- consider a week off work, self cert
- self-refer to local counselling
- 7-8 hrs sleep/night, 1.5-2L fluids/day
- F/U 1/52, consider bloods if no better
- safety net advice given, link to headache red flags in notes`,
  day3_consultation04: `2-3/7 hx SOB, wheeze and cough. Noticed when running, now on brisk walking. Salbutamol not helping. Nil sputum.
Asthma - usually well controlled. Never admitted. Last attack 3-4 yrs ago, no oral steroids. Last asthma review ~2 yrs ago. Best PEFR ~380.
Meds: salbutamol PRN, Clenil 3 puffs BD, Cetraben, hydrocortisone cream
Allergies: NKDA. Hay fever.
FH: brother asthma, sister eczema
Imp: mild exacerbation of asthma
Plan: F2F GP appt in next few days - chest exam, PEFR, ?abx/steroids. In the meantime increase Clenil to 4 puffs BD, salbutamol up to every 2-4 hrs. If breathing worse - A&E.`,
  day1_consultation13: `26F. HA 3/7, all over but mainly around R eye. Constant but fluctuates, 8/10. Dull, occ sharp. Gradual onset at work, worse next morning.
Shooting lights at onset. Photophobia. Nil loss of vision/blurred vision. Nauseated, nil vomiting. No speech disturbance, no limb weakness. No head injury. No rash.
Ibuprofen 3 tabs/day x2/7 - no relief. Previous headaches settled with ibuprofen.
Has had 2 days off work. Works in IT.
PMH: nil. No previous migraines.
DH: nil regular
NKDA
FH: mum + sister - migraines
SH: lives with 3 housemates. Social smoker, social EtOH. Wears glasses since age 5.
ICE: worried it's migraine (FH). Wants something stronger.
Imp: ?migraine
Plan:
- Ibuprofen - can take up to 2 tabs TDS
- or naproxen; + paracetamol/codeine
- headache diary
- eye test advised
- review 1-2/52, discuss prophylaxis if more frequent episodes
- SN: vision problems, limb weakness, feeling unwell -> call`,
  day2_consultation08: `Fever x1/52 with sweats, myalgia, nausea, reduced oral intake, fatigue. Night sweats, alternating hot/cold. OTC paracetamol + ibuprofen - takes the edge off.
No cough/coryza/sore throat. No ear pain. No diarrhoea. No neck stiffness. No rash. No joint swelling. No urinary sx - no dysuria, no frequency.
Usual screen-related headaches, unchanged.
Travel: Vietnam, back 4/52 ago. Trekking + cycling through rural farmland. Took daily malaria prophylaxis (2 tabs, name unknown).
PMH: chronic back pain - under physio (posture)
DH: Seroxat
Allergies: NKDA. Hay fever.
FH: father - MI, died aged 68
SH: nurse, vaccinations up to date incl Hep B. Non-smoker. Moderate EtOH. Exercises a few times a week.
Imp: PUO in returning traveller - ?malaria
Plan: F2F exam today in clinic (central London) or local A&E. Bloods: thick + thin films for malaria, inflammatory markers. Off work until sorted.`,
  day3_consultation08: `Cough and cold 5/7. Dry hacking cough, coryza, myalgia, occasional headache, chills. No sputum, no haemoptysis. No SOB, no wheeze.
Taking paracetamol, no ibuprofen.
PMH: T2DM (5-6 yrs), HTN
DH: metformin, lisinopril
BMs fine. BP this morning - normal range per pt.
O/E: mild erythema at back of throat, tonsils not enlarged. No neck glands.
Imp: viral URTI
Plan: Day Nurse/Night Nurse OK with current meds. No Rx needed. SN: SOB, wheeze, sx > 3/52 or becoming unwell - get in touch.`,
  day1_consultation07: `50M. 4-5/7 hx (since Sat) of feeling run down, coryzal sx. Cough - mostly dry, worse in AM, small amount of phlegm. Runny nose. Sore throat, hoarse (shouting at football). Ears ok. Mild SOB, nil chest pain. Feels hot/cold and sweaty at night - temp not measured. D x1 on first day, now resolved. Nil N/V/abdo pain. Appetite ok, maintaining fluids. Generalised stiffness elbows + knees.
PMH: T2DM, HTN, overweight
DH: metformin, lisinopril, occasional aspirin
NKDA
SH: lives with wife, works in steel parts factory. EtOH ~9 pints/wk. Occasional smoker, cutting down with vape.
Imp: viral illness ?early flu
Plan: rest, fluids, regular paracetamol. Delayed script for amoxicillin 1 tab TDS - start if still SOB/run down after 24-48hrs. Review next week if not better.`,
  day2_consultation05: `32M, doctor (plastic surgery). 1.5-2/12 of intermittent episodes: R hand pins and needles/numbness, R arm weakness, leg weaker, abnormal gait noticed by colleague. Episodes last a few days, previously weekly to monthly, now a couple of times a day. Fatigue, occasional nausea. Last couple of days: can't hold cup, harder to drink, feels something in throat during episodes. No speech disturbance. No visual sx (wears glasses). Currently asymptomatic.
FH: father - carotid surgery to reduce stroke risk
Prev screening (after dad's op): cholesterol, BP, diabetes all ok
DH: aspirin 75mg OD (self-started)
Allergies: penicillin
SH: lives with wife
Imp: ?TIA
Plan: urgent referral to TIA clinic - expect to be seen within 1-2 days (carotid US, ?brain scan). TIA clinic + PALS numbers left in notes. If sx return and persist -> A&E. Discuss aspirin with GP.`,
  day1_consultation11: `27M
PC: D&V
HPC: 3/7 profuse watery diarrhoea, ~hourly when awake. Nil PR blood. Crampy central lower abdo pain, intermittent, 6/10. Nauseous, vomited x1 after milk. Feels feverish - temp not checked. PU ok, maybe less often. Keeping fluids down but goes straight through. Brother similar sx x5/7.
PMH: nil
DH: nil regular, OTC paracetamol
NKDA
FH: father - colon Ca (stage 3)
SH: lives with mum + sister, office job (govt). Social smoker. EtOH - beer midweek, binges 1-2x/month.
A: viral gastroenteritis
P: push fluids, OTC Dioralyte. Soft diet, build up as tolerated. PRN paracetamol for fever/abdo pain. Avoid EtOH. If not settling in 48hrs call back - ?further ix if dehydrated.`,
  day2_consultation04: `45F. 1/7 SOB + R sided back pain on deep inspiration. Low grade fever (felt, not measured). Haemoptysis x2. Palpitations - aware of heartbeat. 2/52 fatigue, reduced exercise tolerance.
PMH: SLE
DH: methotrexate (last dose this AM)
NKDA
No long haul travel. No hx VTE, no FH VTE.
SH: desk job, has a cat
O/E (video): self-counted pulse ~66-74. Cap refill normal. Throat looked ok. No cervical LN on self-palpation.
Imp: ?LRTI / pneumonia. PE less likely but needs ax. Doesn't sound like lung Ca.
Plan: F2F GP review today - chest auscultation, BP, pulse, temp. Possible abx after exam. No Rx today. ?CXR f/u if not settling.`,
  day3_consultation09: `Numbness L arm >= 2/52, worsening. Started as tingling, now elbow to hand, 2nd-4th fingers palmar side. Mild weakness - harder to play piano. Occasional shoulder pain with boxing. No neck pain. Walking normal.
Episode of L eye peripheral visual field loss few weeks ago, lasted ~20 mins. Flu-like illness ~1/12 ago, off ~2/52. Occasional tiredness headaches, fatigue.
No seizures.
Tried massage, warm baths - no help. Takes ibuprofen PRN (sore knuckles R hand from boxing).
DH: vitamin D, melatonin PRN, iron (poor compliance)
FH: dad - hypothyroidism, autoimmune. Mum - T2DM, HTN, high cholesterol. Nil neuro FH.
Imp: ?MS - demyelination
Plan: urgent neurology referral (?MRI brain). SN: A&E if weakness spreads to legs, headaches, vomiting, fits, worsening vision.`,
  day1_consultation15: `45F, housekeeper (hotel). 3-4/12 hx sore, dry, cracked skin on palms. Itchy at times. Bleeds only when scratched. Worse recently, painful, unable to work past 3/7. Changed jobs 4/12 ago - cleaning products, doesn't always wear gloves. Mild dry skin on legs, longstanding.
Nil fever, N+V, bowel or urinary sx. Eating and drinking ok.
PMH: diabetes. No previous eczema/dermatitis dx.
DH: metformin
FH: diabetes. Nil skin problems.
SH: EtOH couple of pints/wk.
OTC: E45 - no help. Tried antihistamine - no help.
Imp: contact dermatitis (irritant)
Plan: wear gloves at all times when cleaning. Topical steroid + stronger emollient TDS-QDS for next 2/52. Rx sent to pharmacy. Review in 10-14 days if not better, sooner if spreading/worse.`,
  day2_consultation06: `Stung by wasp/bee on arm few minutes ago. Feels SOB (not acute), lip feels slightly swollen on R side, sore; tongue feels odd. Anxious.
No hx anaphylaxis, never had Epipen. Nil antihistamines taken yet.
PMH: eczema, occasional anxiety/panic
Allergies: penicillin. No food/animal allergies.
SH: computer scientist, has a cat
O/E (video): lips not visibly swollen, breathing comfortable, no stridor. Sting site on arm slightly red, blotchy, puncture mark, no obvious swelling. Throat viewed - ok.
Imp: localised reaction to insect sting. No features of anaphylaxis.
Plan: OTC chlorphenamine 4mg up to 6x/day or once-daily non-sedating antihistamine. SN: lip swelling, difficulty breathing, stridor -> A&E. If redness spreads/hot -> ?cellulitis, may need abx. No allergy testing needed. Info link re anaphylaxis.`,
  day3_consultation05: `Dizzy 2 hrs - vertigo (room spinning), constant since onset whilst making breakfast. Unsteady walking but no limb weakness. Tinnitus (buzzing) both ears, hearing ok. Nauseated, not vomited. No ear pain/discharge. Afebrile per pt. No recent viral illness.
Similar episode 1/12 ago lasting 5-10 mins.
PMH: premature ovarian failure - on HRT
Imp: labyrinthitis
Plan: Rx prochlorperazine 1 tab TDS, 10/7 supply. F2F GP appt in next few days - otoscopy, BP, gait. SN: limb weakness, sudden headache, severe vomiting -> A&E.`,
};
