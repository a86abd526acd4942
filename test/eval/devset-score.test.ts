import { describe, expect, it } from 'vitest';
import { factInText, matchesPhrase, normaliseTokens, parseEncounter, scoreEncounter } from './devset-score.js';
import { loadDevset } from './devset.js';

const FILE = [
  '# title: tiny synthetic case',
  '# split: heldout',
  '# specialty: physician',
  '# S: allerg* penicillin; pain 6/10; denies nausea|no nausea',
  '# O: troponin 0.04',
  '# A: otitis media',
  '# P: amoxicillin 500 mg|amoxicillin; follow up 2 weeks',
  '---',
  'Doctor: Any allergies?',
  'Patient: Penicillin.',
].join('\n');

describe('the development-set scorer', () => {
  const enc = parseEncounter('tiny', FILE);

  it('reads the header, the facts by section and the transcript', () => {
    expect(enc).toMatchObject({ id: 'tiny', split: 'heldout', specialty: 'physician', title: 'tiny synthetic case' });
    expect(enc.facts.map((f) => [f.section, f.text])).toEqual([
      ['subjective', 'allerg* penicillin'], ['subjective', 'pain 6/10'], ['subjective', 'denies nausea|no nausea'],
      ['objective', 'troponin 0.04'], ['assessment', 'otitis media'], ['plan', 'amoxicillin 500 mg|amoxicillin'],
      ['plan', 'follow up 2 weeks'],
    ]);
    expect(enc.transcript).toBe('Doctor: Any allergies?\nPatient: Penicillin.');
  });

  it('normalises numbers, units, plurals and function words', () => {
    expect(normaliseTokens('Amoxicillin five hundred milligrams, the PHQ-9 is 16 and 95 percent')).toEqual(
      ['amoxicillin', '500', 'mg', ',', 'phq', '9', '16', '95', '%'],
    );
    expect(normaliseTokens("Follow up in two weeks; she doesn't smoke.")).toEqual(['follow', 'up', '2', 'week', 'does', 'not', 'smoke']);
    expect(normaliseTokens('headaches headache aches boxes')).toEqual(['headache', 'headache', 'ache', 'box']);
  });

  it('needs the words in order and close together, within one clause', () => {
    expect(matchesPhrase(normaliseTokens('the right eardrum is red and bulging'), normaliseTokens('right eardrum red bulging'))).toBe(true);
    expect(matchesPhrase(normaliseTokens('bulging and red right eardrum'), normaliseTokens('right eardrum red bulging'))).toBe(false);
    expect(factInText(enc.facts[4]!, 'Otitis. Media noted.')).toBe(false);
    expect(matchesPhrase(normaliseTokens('pain in the knee that has been getting much worse at 6/10'), normaliseTokens('pain 6/10'))).toBe(false);
  });

  it('does not count a positive fact that the note negates', () => {
    expect(factInText(enc.facts[3]!, 'Troponin 0.04.')).toBe(true);
    expect(factInText(enc.facts[3]!, 'No troponin 0.04 drawn.')).toBe(false);
    expect(factInText(enc.facts[2]!, 'Denies nausea or vomiting.')).toBe(true);
    // A negation in an earlier comma part does not reach: "Not great, her troponin 0.04 came back".
    expect(factInText(enc.facts[3]!, 'Not great, troponin 0.04 came back.')).toBe(true);
  });

  it('scores a note: facts in the right section, facts elsewhere, and empty sections that have facts', () => {
    const score = scoreEncounter({
      subjective: 'Allergies: penicillin (hives).\nPain 6/10.',
      objective: '',
      assessment: 'Acute otitis media.',
      plan: 'Troponin 0.04. Amoxicillin 500 mg twice a day.',
    }, enc);
    expect(score.facts.map((f) => [f.fact.text, f.inSection, f.foundIn ?? null])).toEqual([
      ['allerg* penicillin', true, 'subjective'], ['pain 6/10', true, 'subjective'], ['denies nausea|no nausea', false, null],
      ['troponin 0.04', false, 'plan'], ['otitis media', true, 'assessment'], ['amoxicillin 500 mg|amoxicillin', true, 'plan'],
      ['follow up 2 weeks', false, null],
    ]);
    expect(score.sectionsWithFacts).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    expect(score.emptySections).toEqual(['objective']);
  });

  it('loads the whole development set, each encounter with a transcript and facts', () => {
    const all = loadDevset();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.filter((e) => e.split !== 'dev').length).toBeGreaterThanOrEqual(10);
    for (const e of all) {
      expect(e.transcript.trim().length, e.id).toBeGreaterThan(100);
      // MTS-Dialog examples are one section each, so a few facts; the others have a handful per section.
      expect(e.facts.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.facts.every((f) => f.alternatives.length > 0), e.id).toBe(true);
    }
  });

  it('seals the unseen split and every round not opened, and nothing opened', () => {
    const all = loadDevset();
    const sealedSplits = new Set(all.filter((e) => e.sealed).map((e) => e.split));
    expect(sealedSplits.has('unseen')).toBe(true);
    expect(sealedSplits.has('round-11')).toBe(true);
    for (const opened of ['dev', 'round-8', 'round-9', 'round-10']) expect(sealedSplits.has(opened), opened).toBe(false);
  });
});

describe('what states a fact in other words', () => {
  const fact = (text: string) => parseEncounter('f', `# S: ${text}\n---\nx`).facts[0]!;

  it('meets a fact\'s "no" with "denies", and not the other way round', () => {
    expect(factInText(fact('no fever'), 'The patient denies fever.')).toBe(true);
    expect(factInText(fact('no fever'), 'Fever since Tuesday.')).toBe(false);
    expect(factInText(fact('fever'), 'The patient denies fever.')).toBe(false);
  });

  it('reads "N/10" as "N out of 10", and not a blood pressure', () => {
    expect(factInText(fact('pain 9 out of 10'), 'Pain 9/10.')).toBe(true);
    expect(factInText(fact('pain 9 out of 10'), 'Pain 8/10.')).toBe(false);
    expect(factInText(fact('9 out of 10'), 'Blood pressure 129/100.')).toBe(false);
  });
});
