import { describe, expect, it } from 'vitest';
import { readJsonTranscript } from '../../src/text/json-transcript.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

/** A Discord-like export: the sender a nested profile, a join notice and an attachment with no words. */
const DISCORD_LIKE = JSON.stringify({
  guild: { name: 'Clinic' },
  messages: [
    { id: '1', type: 'GuildMemberJoin', content: '', author: { name: 'ben_k', nickname: 'Ben' } },
    { id: '2', type: 'Default', content: "Hi Ben, I'm Dr Hale. How is the rash on your forearm today?", author: { name: 'dr.hale', nickname: 'Dr Hale' } },
    { id: '3', type: 'Default', content: 'It is less red but still itchy at night.', author: { name: 'ben_k', nickname: 'Ben' } },
    { id: '4', type: 'Default', content: '', attachments: [{ fileName: 'arm.jpg' }], author: { name: 'ben_k', nickname: 'Ben' } },
    { id: '5', type: 'Default', content: 'Keep the hydrocortisone cream twice a day for five more days.', author: { name: 'dr.hale', nickname: 'Dr Hale' } },
  ],
}, null, 1);

/** An export's own list name, a `participant` key, and words as styled pieces. */
const PIECES = JSON.stringify({
  version: 2,
  session: {
    entries: [
      { t: 1, participant: 'Nurse Ada', said: [{ kind: 'plain', text: 'Morning Mr Gill, ' }, { kind: 'bold', text: 'how is your breathing' }, ' today?'] },
      { t: 3, participant: 'Mr Gill', said: ['Worse on the stairs, and my ankles are puffy again.'] },
      { t: 4, participant: 'System', said: '' },
      { t: 6, participant: 'Nurse Ada', said: ['I will ask the doctor to increase your water tablet.'] },
    ],
  },
}, null, 1);

describe('JSON documents of utterances with other senders and word shapes', () => {
  it.for([['discord-like', DISCORD_LIKE], ['pieces', PIECES]] as const)('%s: senders named, empty records skipped', ([, text]) => {
    const read = readJsonTranscript(text)!;
    expect(read.map((u) => u.label)).not.toContain(undefined);
    expect(read.every((u) => /\p{L}/u.test(u.text))).toBe(true);
    const reading = readTranscript(text);
    const said = (role: string) => reading.turns.filter((t) => t.role === role).map((t) => t.text).join(' ');
    expect(said('clinician')).toMatch(/hydrocortisone|water tablet/);
    expect(said('patient')).toMatch(/itchy at night|ankles are puffy/);
    expect(said('patient')).not.toMatch(/hydrocortisone|water tablet/);
    expect(said('clinician')).toMatch(/how is your breathing today|How is the rash/);
  });

  it('reads no utterances from a JSON record without words', () => {
    expect(readJsonTranscript(JSON.stringify({ order: { id: 3, lines: [{ code: 'A1', qty: 2 }, { code: 'B7', qty: 1 }] } }))).toBeUndefined();
  });
});
