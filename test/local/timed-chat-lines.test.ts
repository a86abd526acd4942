import { describe, expect, it } from 'vitest';
import { readTimedChatLines } from '../../src/text/timed-chat-lines.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

const lines = (...l: string[]) => l.join('\n');

/** A Kakao-like export: a title, day lines, `date time, Name : words`, a photo and a notice, a wrapped message. */
const KAKAO_LIKE = lines(
  'Talk with Physio Dana saved 2025-03-02 19:40',
  '',
  '--------------- Sunday, March 2, 2025 ---------------',
  '2025-03-02 6:10 PM, Dana (Physiotherapist) : Dana (Physiotherapist) joined this chatroom.',
  '2025-03-02 6:11 PM, Dana (Physiotherapist) : Hi Omar, how is the knee after the new exercises?',
  '2025-03-02 6:15 PM, Omar : Stiff in the mornings, about twenty minutes.',
  'Stairs are easier than last week though.',
  '2025-03-02 6:15 PM, Omar : Photo',
  '2025-03-02 6:17 PM, Dana (Physiotherapist) : Good. Any swelling after the walks?',
  '2025-03-02 6:20 PM, Omar : A little around the kneecap in the evening.',
  '2025-03-02 6:22 PM, Dana (Physiotherapist) : Keep icing for ten minutes after each walk and add the step-ups twice a day.',
);

/** A Viber-like CSV copy: date, time, sender, phone, words; a quoted message over two lines. */
const VIBER_LIKE = lines(
  '05/04/2025,08:02:11,Nurse Ella,+441632960111,Good morning Mr Pike. Did you check your sugar before breakfast?',
  '05/04/2025,08:09:40,Ray Pike,+441632960222,"Yes, it was 11.2.',
  'I forgot the evening insulin last night."',
  '05/04/2025,08:10:05,Nurse Ella,+441632960111,Thanks for telling me. Take your usual morning dose now.',
  '05/04/2025,08:12:30,Ray Pike,+441632960222,Will do. Feeling a bit thirsty.',
  '05/04/2025,08:14:00,Nurse Ella,+441632960111,Drink water and check again before lunch. I will ring at noon.',
);

describe('chat histories of time, name and words fields', () => {
  it.for([['kakao-like', KAKAO_LIKE], ['viber-like', VIBER_LIKE]] as const)('%s: messages by sender, notices and placeholders dropped', ([, text]) => {
    const read = readTimedChatLines(text)!;
    expect(read).toBeDefined();
    expect(read.map((u) => u.text).join(' ')).not.toMatch(/joined this chatroom|^Photo$|\+44|saved 2025/);
    const reading = readTranscript(text);
    const said = (role: string) => reading.turns.filter((t) => t.role === role).map((t) => t.text).join(' ');
    expect(said('clinician')).toMatch(/step-ups|ring at noon/);
    expect(said('patient')).toMatch(/Stiff in the mornings|forgot the evening insulin/);
    expect(said('patient')).toMatch(/Stairs are easier|11\.2/);
    expect(said('patient')).not.toMatch(/step-ups|ring at noon/);
  });

  it('leaves Name: lines, a timetable and plain prose alone', () => {
    expect(readTimedChatLines(lines('09:02 Ana: my knee hurts', '09:03 Dr Lo: since when?', '09:04 Ana: two days'))).toBeUndefined();
    expect(readTimedChatLines(lines('09:00  Registration  Main desk', '09:30  Bloods  Room 2', '10:00  Scan  Radiology', '10:30  Review  Clinic 4'))).toBeUndefined();
    expect(readTimedChatLines(lines('Seen at 10:30, knee pain for two days.', 'No swelling.'))).toBeUndefined();
  });
});
