import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { opensListItem, writePlainItemNumbers } from '../../src/text/list-markers.js';

const lines = (...l: string[]) => l.join('\n');

describe('keycap and circled item numbers read as plain numbers (stop 48)', () => {
  it('writes 1\u{FE0F}\u20E3, \u2461 and \u2778 as "N." and leaves other text alone', () => {
    expect(writePlainItemNumbers('3\u{FE0F}\u20E3 Ice the ankle')).toBe('3. Ice the ankle');
    expect(writePlainItemNumbers('\u2461 Elevate it')).toBe('2. Elevate it');
    expect(writePlainItemNumbers('\u2778Rest')).toBe('3. Rest');
    expect(writePlainItemNumbers('Take 2 tablets at 8.30')).toBe('Take 2 tablets at 8.30');
  });

  it('knows a line that opens a new item', () => {
    expect(opensListItem('2. Rest it')).toBe(true);
    expect(opensListItem('(3) Ice')).toBe(true);
    expect(opensListItem('\u2022 Elevate')).toBe(true);
    expect(opensListItem('2 weeks later it settled')).toBe(false);
  });
});

describe('a numbered plan inside one chat message keeps each item (stop 48)', () => {
  const plan = (one: string, two: string, three: string) => lines(
    '[02/05/2025, 10:01:10] Ola Brandt: Hi, the ankle is still puffy after the run',
    '[02/05/2025, 10:02:00] Coach Ines Vale: Thanks. Any pain walking?',
    '[02/05/2025, 10:02:40] Ola Brandt: A bit, 3 out of 10',
    "[02/05/2025, 10:04:12] Coach Ines Vale: Ok here's what to do.",
    `${one} Ice pack 15 minutes three times a day`,
    `${two} Keep the foot raised on a cushion in the evening`,
    `${three} No running for 10 days, cycling is fine`,
    '[02/05/2025, 10:05:00] Ola Brandt: Got it, thanks',
  );

  it('with keycap emoji markers', () => {
    const n = generateLocalNote(plan('1\u{FE0F}\u20E3', '2\u{FE0F}\u20E3', '3\u{FE0F}\u20E3'), { specialty: 'sports_coach' });
    expect(n.plan).toContain('Ice pack 15 minutes');
    expect(n.plan).toMatch(/^.*foot raised on a cushion in the evening\.$/m);
    expect(n.plan).toContain('No running for 10 days');
    expect(n.plan).not.toMatch(/\u20E3|evening 3/);
  });

  it('with circled numbers, and with plain numbers that would have run on', () => {
    const circled = generateLocalNote(plan('\u2460', '\u2461', '\u2462'), { specialty: 'sports_coach' });
    expect(circled.plan).toContain('Ice pack 15 minutes');
    expect(circled.plan).not.toMatch(/[\u2460-\u2462]/);
    const plain = generateLocalNote(plan('1.', '2.', '3.'), { specialty: 'sports_coach' });
    expect(plain.plan).not.toMatch(/a day 2|evening 3/);
  });
});

describe('direction marks of a phone export hide nothing (stop 48)', () => {
  it('reads the first message after a left-to-right mark as a message', () => {
    const t = lines(
      '\u200E[07/06/2025, 09:00:01] Sam Reid: Morning, is it ok to message about my knee',
      '[07/06/2025, 09:01:30] Physio Dana Kerr: Of course. What is it doing?',
      '[07/06/2025, 09:02:10] Sam Reid: \u200EIt clicks on the stairs and aches after',
    );
    const { turns } = readTranscript(t);
    expect(turns[0]!.text).not.toMatch(/^\[/);
    expect(turns[0]!.label).toBe('Sam Reid');
    const n = generateLocalNote(t, { specialty: 'physiotherapy' });
    expect(`${n.subjective}${n.objective}`).not.toContain('09:00:01');
  });
});
