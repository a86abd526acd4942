import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges throughout.
describe('a combination written by its parts and said by its brand', () => {
  const inhaler = 'Doctor: Still on the Advair, two puffs morning and night?\nPatient: Yes, every day.';
  const pain = 'Surgeon: I will send you home with Norco for the first few days, one every six hours if you need it.';
  const heart = 'Nurse: And the Entresto, the 24/26, twice a day?\nPatient: Twice a day, yes.';

  it('reads each part as the product said', () => {
    expect(kinds({ subjective: 'Meds: fluticasone/salmeterol inhaler 2 puffs BID.' }, inhaler)).toEqual([]);
    expect(kinds({ plan: 'Hydrocodone-acetaminophen q6h PRN for a few days.' }, pain)).toEqual([]);
    expect(kinds({ subjective: 'Takes sacubitril-valsartan twice daily.' }, heart)).toEqual([]);
  });

  it('still catches a drug written on its own, or joined to a partner said only by its generic name', () => {
    expect(kinds({ subjective: 'Takes valsartan twice daily.' }, heart)).toContain('medication');
    expect(kinds({ subjective: 'Meds: salmeterol inhaler and montelukast.' }, inhaler)).toContain('medication');
    expect(kinds({ subjective: 'Meds: Advair and montelukast.' }, inhaler)).toContain('medication');
    const cipro = 'Pharmacist: The cipro you started on Monday pushes the warfarin up.';
    expect(kinds({ assessment: 'High INR from a ciprofloxacin-metoprolol interaction.' }, cipro)).toContain('medication');
    const generic = 'Doctor: You take lisinopril, ten milligrams, once a day.';
    expect(kinds({ subjective: 'Lisinopril-hydrochlorothiazide daily.' }, generic)).toContain('medication');
  });
});

describe('a level named as what is eaten', () => {
  const salt = 'Nurse: Your ankles are swollen again. That takeaway was a lot of salt, which holds the fluid.';
  const sugar = 'Dietitian: Let us swap the fizzy drinks for water and go easy on sweets.';
  const potassium = 'Doctor: Your kidneys are fine, but go steady on bananas and oranges for now.';

  it('does not read "high sodium intake" or "a low sugar diet" as a blood level', () => {
    expect(kinds({ assessment: 'Ankle swelling, likely from high sodium intake.' }, salt)).toEqual([]);
    expect(kinds({ plan: 'Low sugar diet; water instead of soft drinks.' }, sugar)).toEqual([]);
    expect(kinds({ plan: 'Limit high potassium foods for now.' }, potassium)).toEqual([]);
  });

  it('still catches the level as a diagnosis', () => {
    expect(kinds({ assessment: 'Hypernatremia.' }, salt)).toContain('diagnosis');
    expect(kinds({ assessment: 'High potassium.' }, potassium)).toContain('diagnosis');
  });
});

describe('a condition told in everyday words', () => {
  it('reads teeth grinding as bruxism, however said', () => {
    expect(kinds({ assessment: 'Bruxism.' }, 'Wife: He grinds his teeth every night, it wakes me up.')).toEqual([]);
    expect(kinds({ assessment: 'Bruxism.' }, 'Patient: My dentist says I grind my teeth when I am stressed.')).toEqual([]);
    expect(kinds({ assessment: 'Bruxism.' }, 'Dentist: These flat edges are from teeth grinding.')).toEqual([]);
  });

  it('still catches bruxism nobody spoke of', () => {
    expect(kinds({ assessment: 'Bruxism.' }, 'Dentist: The filling on the upper left has cracked, we will replace it.')).toContain('diagnosis');
  });
});
