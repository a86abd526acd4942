import { describe, expect, it } from 'vitest';
import { checkGrounding, renderGroundingText, type GroundingFinding } from '../../src/grounding/index.js';
import { OFFLINE_NOTE, TRANSCRIPT } from './fixtures.js';

function changeFixture(section: keyof typeof OFFLINE_NOTE, from: string, to: string) {
  const text = OFFLINE_NOTE[section];
  if (!text.includes(from)) throw new Error(`fixture has no "${from}" in ${section}`);
  return { ...OFFLINE_NOTE, [section]: text.replace(from, to) };
}

function listKinds(findings: GroundingFinding[]): string[] {
  return findings.map((f) => f.kind);
}

describe('checkGrounding on a faithful note', () => {
  it('finds nothing in an offline-engine note copied from the transcript with normalised vitals', () => {
    expect(checkGrounding(OFFLINE_NOTE, TRANSCRIPT)).toEqual([]);
  });
});

describe('checkGrounding catches injected fabrications', () => {
  it('a changed dose, naming what the transcript says instead', () => {
    const findings = checkGrounding(changeFixture('plan', 'lisinopril 10 mg', 'lisinopril 20 mg'), TRANSCRIPT);
    expect(findings).toEqual([
      {
        section: 'plan',
        claim: '2. Continue lisinopril 20 mg daily.'.slice(3),
        kind: 'number',
        reason: '"20 mg" does not appear in the transcript (it mentions 10 mg, 400 mg)',
        // The lines where the transcript gives doses in mg: "lisinopril ten milligrams … ibuprofen four hundred".
        lines: [10, 17],
      },
    ]);
  });

  it('a swapped side', () => {
    const findings = checkGrounding(changeFixture('assessment', 'right knee', 'left knee'), TRANSCRIPT);
    expect(listKinds(findings)).toEqual(['laterality']);
    expect(findings[0]?.reason).toBe('"left knee" is not supported: the transcript gives the knee the right');
  });

  it('an invented vital sign', () => {
    const findings = checkGrounding(changeFixture('objective', '- Weight 80 kg', '- Weight 80 kg\n- Glucose 180 mg/dL'), TRANSCRIPT);
    expect(findings.map((f) => [f.kind, f.claim])).toEqual([['number', 'Glucose 180 mg/dL']]);
  });

  it('a changed blood pressure, compared with the blood pressure the transcript gives', () => {
    const findings = checkGrounding(changeFixture('objective', 'BP 130/85', 'BP 140/85'), TRANSCRIPT);
    expect(findings[0]?.reason).toBe('"140/85" is not what the transcript says for blood pressure (it says 130/85)');
    expect(findings[0]?.lines).toEqual([13]);
  });

  it('an invented medication, also by a brand name', () => {
    const findings = checkGrounding(changeFixture('plan', '4. Return', '4. Start metformin and Lipitor.\n5. Return'), TRANSCRIPT);
    expect(findings.map((f) => f.reason)).toEqual([
      'medication "metformin" is not mentioned in the transcript (nor glucophage)',
      'medication "lipitor" is not mentioned in the transcript (nor atorvastatin)',
    ]);
  });

  it('a flipped negation, both ways', () => {
    const denied = checkGrounding(changeFixture('subjective', 'The patient gets some chest pain', 'Denies chest pain. Gets pain'), TRANSCRIPT);
    expect(listKinds(denied)).toEqual(['negation']);
    expect(denied[0]?.reason).toMatch(/^the note denies "chest pain" but the transcript affirms it/);
    const affirmed = checkGrounding(changeFixture('subjective', 'Denies fever or chills.', 'Reports fever.'), TRANSCRIPT);
    expect(affirmed.map((f) => f.reason)).toEqual(['the note affirms "fever" but the transcript denies it ("any fever or chills? — no")']);
  });

  it('an invented code, but not the billing suggestions', () => {
    const note = { ...changeFixture('assessment', 'right knee.', 'right knee (S83.241A), visit 99214.'), billing_codes: { cpt: [{ code: '99214', description: 'Office visit' }] } };
    const findings = checkGrounding(note, TRANSCRIPT);
    expect(findings.map((f) => [f.kind, f.reason])).toEqual([
      ['code', 'ICD-10 code "S83.241A" does not appear in the transcript and is not one of the note\'s billing suggestions'],
    ]);
  });

  it('a changed duration is not excused by the same number in another unit', () => {
    const findings = checkGrounding(changeFixture('subjective', 'about three weeks', 'about 3 months'), TRANSCRIPT);
    // The reason names the times the transcript gives for the same complaint.
    expect(findings.map((f) => f.reason)).toEqual(['"3 months" does not appear in the transcript (it mentions 3 weeks, 2 weeks)']);
  });
});

describe('checkGrounding details', () => {
  it('reads spelled numbers in the transcript: "a hundred and two", "one twenty over eighty", "five weeks"', () => {
    const transcript = '[doctor] temperature is a hundred and two , blood pressure one twenty over eighty .\n[patient] the cough started five weeks ago .';
    const note = { subjective: 'Cough for 5 wks.', objective: 'Temp 102 °F. BP 120/80 mmHg.', assessment: '', plan: '' };
    expect(checkGrounding(note, transcript)).toEqual([]);
  });

  it('trims long claims to about 120 characters around the offending phrase', () => {
    const long = `${'The patient describes a long history of intermittent knee trouble after sports. '.repeat(3)}Takes naproxen daily.`;
    const [finding] = checkGrounding({ subjective: long.replace(/\. /g, ', '), objective: '', assessment: '', plan: '' }, TRANSCRIPT);
    expect(finding?.claim.length).toBeLessThanOrEqual(121);
    expect(finding?.claim).toContain('naproxen');
  });

  it('does not flag hypothetical mentions or a symptom both affirmed and denied in one statement', () => {
    const note = { subjective: 'Had fever last week, denies fever today.', objective: '', assessment: '', plan: 'Return if fever or chest pain develops.' };
    expect(checkGrounding(note, TRANSCRIPT)).toEqual([]);
  });
});

describe('checkGrounding on clinician shorthand and ASR quirks', () => {
  const transcript = [
    '[doctor] how long have you had the cough ?',
    '[patient] about three days . i also get hay fever .',
    '[doctor] any fever ?',
    '[patient] no .',
    "[patient] and i ca n't stop itching .",
    "[doctor] you're on two . five of amlodipine ?",
  ].join('\n');

  it('reads British duration shorthand (3/7 = 3 days) and spoken decimals ("two . five")', () => {
    const note = { subjective: '3/7 hx of cough. Amlodipine 2.5 mg.', objective: '', assessment: '', plan: '' };
    expect(checkGrounding(note, transcript)).toEqual([]);
    expect(checkGrounding({ ...note, subjective: '2/52 hx of cough.' }, transcript).map((f) => f.reason)).toEqual([
      '"2 weeks" does not appear in the transcript (it mentions 3 days)',
    ]);
  });

  it('does not read "hay fever" as a fever or "can\'t stop itching" as a denial', () => {
    const note = { subjective: 'No fever. Reports itching.', objective: '', assessment: '', plan: '' };
    expect(checkGrounding(note, transcript)).toEqual([]);
  });
});

describe('renderGroundingText', () => {
  it('lists section, claim and reason of every finding', () => {
    const findings = checkGrounding(changeFixture('plan', 'lisinopril 10 mg', 'lisinopril 20 mg'), TRANSCRIPT);
    expect(renderGroundingText(findings)).toMatchInlineSnapshot(`
      "Grounding check: 1 statement is not supported by the transcript. Review before use.

      1. [Plan · number] Continue lisinopril 20 mg daily.
         why: "20 mg" does not appear in the transcript (it mentions 10 mg, 400 mg)
      "
    `);
  });

  it('says so when nothing was found', () => {
    expect(renderGroundingText([])).toBe('Grounding check: every checked statement is supported by the transcript.\n');
  });
});
