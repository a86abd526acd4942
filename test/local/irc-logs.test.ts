import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readMessagingExport } from '../../src/text/messaging-exports.js';
import { nickAsLabel, readIrcLog } from '../../src/text/irc-logs.js';

// Chat-room logs written for these tests (invented people), in the layouts IRC clients and bridges save.
const said = (t: string) => readTranscript(t).turns.map((x) => x.text);

describe('IRC-style chat logs', () => {
  // HexChat-like: seconds in the time, joins and parts after a lone asterisk.
  const ROOM = [
    '14:02:10 * Tomas_Physio has joined #clinic-room-2',
    '14:02:31 * Wren.K has joined #clinic-room-2',
    "14:02:40 <Tomas_Physio> Afternoon Wren, the camera isn't playing so let's type. How is the shoulder?",
    '14:03:12 <Wren.K> still stiff, i cant reach the top shelf and it aches at night',
    '14:03:30 <Tomas_Physio> How many weeks since the fall?',
    '14:03:51 <Wren.K> about 5 weeks',
    '14:04:20 * Wren.K is now known as Wren_K2',
    '14:04:40 <Wren_K2> sorry laptop restarted',
    "14:05:05 <Tomas_Physio> I'd like you to do the pendulum swings three times a day and we'll review in 2 weeks.",
    '14:05:30 * Wren_K2 has quit (Client exited)',
  ].join('\n');

  it("reads each `<nick> words` line as that nick's message, the room's own lines as no one's", () => {
    const r = readTranscript(ROOM);
    expect(r.speakers).toEqual({ 'Tomas Physio': 'clinician', 'Wren K': 'patient' });
    expect(said(ROOM).join(' ')).not.toMatch(/joined|known as|quit|#clinic/);
    expect(said(ROOM)).toContain('still stiff, i cant reach the top shelf and it aches at night');
    // After a nick change the new nick is the same speaker.
    expect(r.turns.find((t) => t.text === 'sorry laptop restarted')?.role).toBe('patient');
    const n = generateLocalNote(ROOM);
    expect(n.subjective).toMatch(/top shelf/);
    expect(n.plan).toMatch(/pendulum swings/);
  });

  it('reads times without seconds, bracketed times, channel modes and padding, and a /me action', () => {
    const log = [
      '[09:15] -!- Ada_RN [~ada@clinic.example] has joined #wound-care',
      '[09:15] -!- bo.rivers [~bo@home.example] has joined #wound-care',
      '[09:16] <@Ada_RN> Morning Bo, has the dressing on your leg stayed dry?',
      '[09:16] < bo.rivers> mostly, but the edge has gone red and it throbs since yesterday',
      '[09:17]  * bo.rivers sends a photo of the leg',
      "[09:18] <@Ada_RN> Thanks. I'll ask the doctor to prescribe flucloxacillin and I'll visit tomorrow at 10.",
      '[09:19] <+bo.rivers> ok thank you',
    ].join('\n');
    const read = readIrcLog(log)!;
    expect(new Set(read.map((u) => u.label))).toEqual(new Set(['Ada RN', 'bo rivers']));
    expect(read.find((u) => u.text === 'sends a photo of the leg')?.label).toBe('bo rivers');
    expect(readTranscript(log).speakers).toEqual({ 'Ada RN': 'clinician', 'bo rivers': 'patient' });
    expect(generateLocalNote(log).plan).toMatch(/flucloxacillin/);
  });

  it('reads a role in a nick as the role, the way a label says it', () => {
    expect(nickAsLabel('Priya_Dietitian')).toBe('Priya Dietitian');
    expect(nickAsLabel('NurseKim')).toBe('Nurse Kim');
    expect(nickAsLabel('sam.rn2')).toBe('sam rn2');
    expect(nickAsLabel('@lena.p:example.org')).toBe('lena p');
    expect(nickAsLabel('Sam-RN|away')).toBe('Sam-RN');
    const log = '<Lou(OT)> How are you managing the stairs?\n<Dev_99> badly, my knee gives way on the way down\n<Lou(OT)> I will order a second rail.';
    expect(readTranscript(log).speakers).toEqual({ 'Lou(OT)': 'clinician', 'Dev 99': 'patient' });
  });

  it("writes a nick that opens a message as the name spoken to, and keeps a word before a colon that is nobody's nick", () => {
    const log = [
      '11:00 <Juno_Podiatry> Ellis_B: how are the heels since the new insoles?',
      "11:01 <Ellis_B> better, but my left heel still hurts first thing",
      '11:02 <Juno_Podiatry> Ellis_B, keep up the calf stretches twice a day.',
      '11:03 <Ellis_B> note: the insoles squeak',
    ].join('\n');
    expect(said(log)).toEqual(['Ellis, how are the heels since the new insoles?', 'better, but my left heel still hurts first thing', 'Ellis, keep up the calf stretches twice a day.', 'note: the insoles squeak']);
  });

  it('takes no HTML page, WebVTT voices, or a note quoting one line for a chat log', () => {
    const html = '<p>Doctor: How is the cough?</p>\n<p>Patient: Worse at night.</p>\n<b>Plan</b> inhaler';
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Dr Lee> How is the cough?\n\n00:02.000 --> 00:04.000\n<v Sam> Worse at night.';
    const note = 'Patient messaged the ward:\n<Sam> i feel worse\nSeen at 14:00, chest clear.\nPlan: review tomorrow.\nDischarged home with her daughter.';
    for (const t of [html, vtt, note]) expect(readIrcLog(t)).toBeUndefined();
    expect(readTranscript(vtt).speakers).toEqual({ 'Dr Lee': 'clinician', Sam: 'patient' });
  });
});

describe('a second person typing on the account holder\'s chat', () => {
  const SHARED = [
    '10:00 <Hal_Dietitian> Hi Mira, how have meals been since the diagnosis?',
    '10:01 <Mira_T> i keep skipping breakfast, i feel sick in the mornings',
    '10:02 <Mira_T> this is Oskar (partner) typing - she eats almost nothing until the evening',
    "10:03 <Hal_Dietitian> Thanks Oskar. Mira, I'd like you to try a small snack before 9am.",
    '10:04 <Mira_T> Oskar again - I will put crackers by the bed for her',
    '10:05 <Mira_T> ok i can try that',
  ].join('\n');

  it("gives the messages a companion signs to a label of the companion's own, the relation kept", () => {
    const r = readTranscript(SHARED);
    expect(r.speakers).toEqual({ 'Hal Dietitian': 'clinician', 'Mira T': 'patient', 'Oskar (partner)': 'other' });
    const turns = r.turns.map((t) => [t.role, t.text]);
    expect(turns).toContainEqual(['other', 'she eats almost nothing until the evening']);
    expect(turns).toContainEqual(['other', 'I will put crackers by the bed for her']);
    expect(turns).toContainEqual(['patient', 'ok i can try that']);
  });

  it("keeps a message that names someone without signing it the sender's", () => {
    const chat = SHARED.replace('this is Oskar (partner) typing - ', 'Oskar says ').replace('Oskar again - ', '');
    const r = readMessagingExport(chat)!;
    expect(new Set(r.map((u) => u.label))).toEqual(new Set(['Hal Dietitian', 'Mira T']));
  });
});

describe('a Matrix room bridged to IRC', () => {
  it('reads full Matrix ids as their local names, a "-RN" in a nick as a nurse', () => {
    const log = [
      '[2026-05-02 16:40:03] <@Cal-RN:example.org> Hi Noor, how is the wound on your shin today?',
      '[2026-05-02 16:41:10] <@noor.h:example.org> it is weeping a bit and my ankle is swollen',
      '[2026-05-02 16:42:00] <@Cal-RN:example.org> I will change the dressing tomorrow and please keep the leg raised.',
    ].join('\n');
    expect(readTranscript(log).speakers).toEqual({ 'Cal-RN': 'clinician', 'noor h': 'patient' });
  });
});
