import { describe, expect, it } from 'vitest';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { isTalkAfterCuePrefix, stripCuePrefix } from '../../src/text/cue-prefixes.js';

const lines = (...l: string[]) => l.join('\n');

describe('a subtitle whose lines open with timing marks is weighed by its words, not refused as code', () => {
  it.for([
    ['tenth-second brackets with slash italics', lines(
      '[10][38]/Morning. Which ear is giving you trouble?',
      '[40][71]- The right one. It has been ringing for a fortnight.|- Any discharge or pain?',
      '[73][99]- A little ache at night, no discharge.',
      '[101][140]I will look in with the otoscope now.',
      '[142][170]The drum looks red and bulging, so this is a middle ear infection.',
      '[172][205]Take the antibiotic drops three times a day for a week.',
    )],
    ['braced cue numbers with a colour tag and a name in brackets', lines(
      '{0001}{c:$00ffff}[PHYSIO] How far can you bend the knee today?',
      '{0002}- About halfway, then it catches and swells.',
      '{0003}{c:$00ffff}[PHYSIO] The swelling is mild and the ligament feels stable.',
      '{0004}- Should I keep icing it after the exercises?',
      '{0005}{c:$00ffff}[PHYSIO] Yes, ice for fifteen minutes and do the straight leg raises daily.',
    )],
  ] as const)('%s passes the gate', ([, text]) => {
    expect(hasClinicalContent(text)).toBe(true);
  });

  it('a log whose lines open with bracketed times and levels is still refused', () => {
    const log = lines(
      '[1739261642][ERROR] Connection to the patient database timed out after 30 s',
      '[1739261643][WARN] Retrying pain score sync for ward 7',
      '[1739261649][INFO] Blood pressure feed reconnected for the night shift',
      '{1739261744}{E} medication table lock held by worker 3',
      '[12] retries=4 backoff=2000;',
    );
    expect(hasClinicalContent(log)).toBe(false);
  });

  it('arrays and braces of numbers keep reading as data', () => {
    expect(hasClinicalContent(lines('[1][2] 3 4 5', '{10}{20}{30}', '[4, 5, 6]', '{"pain": 3, "dose": 40}', '[7][8] = {x: 1};'))).toBe(false);
    expect(isTalkAfterCuePrefix('{10}{20} count = items.length;')).toBe(false);
    expect(isTalkAfterCuePrefix('[INFO] Knee pain is much better today')).toBe(false);
  });

  it('the words after the marks are the voice mark and style tag taken off', () => {
    expect(stripCuePrefix('{12}{90}{y:b}(KIM) Any fever since Monday?')).toBe('Any fever since Monday?');
    expect(stripCuePrefix('<00:00:04.200> - No fever at all.')).toBe('No fever at all.');
    expect(stripCuePrefix('Plain words with no marks at all.')).toBeUndefined();
  });
});
