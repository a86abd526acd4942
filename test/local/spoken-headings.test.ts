import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('dictation in one paragraph with headings spoken as one-word sentences', () => {
  const n = generateLocalNote('This is Dr Patel dictating a clinic letter for Sam Hughes. History. Sam is a 45-year-old plasterer '
    + 'with three months of pain in the right elbow, worse when gripping tools. It wakes him at night. Examination. Tender over the '
    + 'lateral epicondyle, pain on resisted wrist extension, full range of movement. Impression. Lateral epicondylitis. Plan. '
    + 'A forearm strap at work. He can carry on with light duties. Physiotherapy referral and review in six weeks.');

  it('places what follows each spoken heading under it', () => {
    expect(n.subjective).toMatch(/wakes him at night/);
    expect(n.objective).toMatch(/Tender over the lateral epicondyle/);
    expect(n.objective).not.toMatch(/wakes him/);
    expect(n.assessment).toMatch(/Lateral epicondylitis/);
    expect(n.plan).toMatch(/forearm strap/);
    expect(n.plan).toMatch(/carry on with light duties/);
  });

  it('writes neither the headings nor who is dictating as sentences', () => {
    expect(n.subjective).not.toMatch(/^(?:History|Examination)\.$/m);
    expect(`${n.subjective}${n.plan}`).not.toMatch(/dictating/);
  });
});
