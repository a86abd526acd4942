import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { extractNumberClaims } from '../../src/grounding/number-check.js';
import { extractQuantities } from '../../src/grounding/quantities.js';
import { normaliseTokens } from '../../src/grounding/tokenize.js';

// Servings of food and drink as quantities, and a written date after a weekday. Sentences of our own.
const note = (s: Partial<Record<'subjective' | 'plan', string>>) => ({ subjective: '', objective: '', assessment: '', plan: '', ...s });
const kinds = (n: ReturnType<typeof note>, t: string) => checkGrounding(n, t).map((f) => f.kind);

const DIET = [
  'Dietitian: Walk me through a normal day of drinks.',
  'Client: Two mugs of coffee in the morning, sometimes three. Then a can of cola at lunch.',
  'Client: And pasta most nights, a big plate, probably two cups of it.',
  "Dietitian: Let's aim for one cup of pasta, and fill the rest of the plate with salad.",
  'Dietitian: Your next appointment is Friday, June 9th at two.',
].join('\n');

describe('servings', () => {
  it('reads cups, glasses, pints and bottles as units, and a bare count just after one as more of it', () => {
    const read = (s: string) => extractQuantities(normaliseTokens(s)).map((q) => q.text);
    expect(read('4 pints on a Friday')).toEqual(['4 pints']);
    expect(read('two glasses of wine, sometimes three')).toEqual(['2 glasses', '3 glasses']);
  });
  it('flags a serving the conversation never gives', () => {
    expect(kinds(note({ plan: 'Pasta limited to 2 cups per meal.' }), DIET)).toEqual([]);
    expect(kinds(note({ plan: 'Pasta limited to 4 cups per meal.' }), DIET)).toContain('number');
  });
  it('passes the servings said, and a range whose top was said bare', () => {
    expect(kinds(note({ subjective: 'Coffee 2-3 cups each morning.' }), DIET)).toEqual([]);
    expect(kinds(note({ plan: 'Pasta 1 cup per meal with salad.' }), DIET)).toEqual([]);
  });
});

describe('cans and litres', () => {
  const FLUIDS = [
    'Nurse: How much are you drinking in a day?',
    'Patient: About three litres of water, and two cans of energy drink on shift.',
    'Nurse: Cut the energy drinks to one can, and keep the water going.',
  ].join('\n');
  it('flags a count of cans or litres the conversation never gives', () => {
    expect(kinds(note({ subjective: 'Water ~1.5 L/day; energy drinks 2 cans per shift.' }), FLUIDS)).toContain('number');
    expect(kinds(note({ subjective: 'Water ~3 L/day; energy drinks 4 cans per shift.' }), FLUIDS)).toContain('number');
  });
  it('passes the counts said, and litres where the conversation counts none', () => {
    expect(kinds(note({ subjective: 'Water ~3 L/day; energy drinks 2 cans per shift.' }), FLUIDS)).toEqual([]);
    expect(kinds(note({ subjective: 'Fluids ~1.5 L/day.' }), DIET)).toEqual([]);
  });
});

describe("a history's serving against the clinician's target", () => {
  const PUB = [
    'Doctor: How much on a Friday night?',
    'Patient: Four pints, maybe five if the football is on.',
    "Doctor: Let's try to get that down to two pints.",
  ].join('\n');
  it('flags the target written as what the patient drinks', () => {
    expect(kinds(note({ subjective: 'Alcohol: 2 pints on Friday nights.' }), PUB)).toContain('number');
  });
  it('passes the count the patient gave, and the target in the plan', () => {
    expect(kinds(note({ subjective: 'Alcohol: 4-5 pints on Friday nights.' }), PUB)).toEqual([]);
    expect(kinds(note({ plan: 'Reduce to 2 pints on Fridays.' }), PUB)).toEqual([]);
  });
});

describe('a date after a weekday', () => {
  it('is a date, not a ratio', () => {
    expect(kinds(note({ plan: 'Follow-up Friday 6/9 at 2 PM.' }), DIET)).toEqual([]);
  });
  it('leaves a GP duration a duration', () => {
    expect(extractNumberClaims('Review Tuesday 4/2.')).toEqual([]);
    expect(extractNumberClaims('Loose stools for 5/7.').map((c) => c.text)).toEqual(['5 days']);
  });
});
