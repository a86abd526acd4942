import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('a WebVTT file pasted after blank lines', () => {
  it('still drops its header, so "Kind" and "Language" are no speakers', () => {
    const vtt = ['', '', 'WEBVTT', 'Kind: captions', 'Language: en', '',
      '1', '00:00:01.000 --> 00:00:04.000', '<v Nurse Ada>What has the cough been like?', '',
      '2', '00:00:04.500 --> 00:00:09.000', '<v Sam Reyes>Dry, mostly at night, for about three weeks.', '',
      '3', '00:00:09.500 --> 00:00:12.000', '<v Nurse Ada>Any fever with it?', ''].join('\n');
    const r = readTranscript(vtt);
    expect(Object.keys(r.speakers).sort()).toEqual(['Nurse Ada', 'Sam Reyes']);
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/captions|Language/);
  });
});
