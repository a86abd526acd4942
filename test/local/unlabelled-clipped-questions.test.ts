import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { unfoldUnlabelledDialogue } from '../../src/local/unlabelled-dialogue.js';

// Invented visits pasted a turn a line with no labels (speech-to-text segments, plain lines), whose clinician goes down
// a list in clipped questions with no verb or subject to open them: "Sleep?", "Using anything for it?".
const roles = (text: string) => unfoldUnlabelledDialogue(readTranscript(text).turns).map((t) => `${t.role[0]}:${t.text}`);

describe('a clipped question ending a line', () => {
  it('is the clinician asking, and the next line answers it (timed segments)', () => {
    const text = [
      '[00:00.000 --> 00:02.500]  Hi Nadia, have a seat. How long has the shoulder been sore?',
      '[00:02.500 --> 00:05.000]  About a month. I reach up and it catches.',
      '[00:05.000 --> 00:07.000]  Any pins and needles down the arm?',
      '[00:07.000 --> 00:09.000]  No, nothing like that.',
      '[00:09.000 --> 00:11.000]  Good. Sleep?',
      '[00:11.000 --> 00:14.000]  Rubbish. Lying on that side wakes me up.',
      '[00:14.000 --> 00:16.000]  Right. Using anything for it?',
      '[00:16.000 --> 00:19.000]  Ibuprofen gel twice a day, it helps a bit.',
      '[00:19.000 --> 00:22.000]  Let me have a look. Lift your arm out to the side for me.',
      '[00:22.000 --> 00:25.000]  Painful arc from about sixty to one twenty degrees.',
      '[00:25.000 --> 00:29.000]  This looks like a rotator cuff tendinopathy. I will start you on some exercises.',
    ].join('\n');
    const read = roles(text);
    expect(read).toContain('p:Rubbish. Lying on that side wakes me up.');
    expect(read).toContain('p:Ibuprofen gel twice a day, it helps a bit.');
    const note = generateLocalNote(text);
    expect(note.subjective).toMatch(/ibuprofen gel/i);
    expect(note.plan).not.toMatch(/ibuprofen gel/i);
  });

  it('is the clinician asking in plain lines too', () => {
    const text = [
      'Come in, Mr Hale. What can I do for you today?',
      'It is my ankle, I turned it on the kerb on Friday.',
      'Ouch. Can you put weight on it?',
      'Just about, with a limp.',
      'Okay. Swelling?',
      'Up like a balloon the first night, a bit better now.',
      'And bruising down the side?',
      'Yes, purple all round the ankle bone.',
      'Let me press here. Tender over the ligament at the front, not over the bone.',
      'I think this is a sprain. Rest, ice and keep it raised for a few days.',
    ].join('\n');
    expect(roles(text)).toContain('p:Up like a balloon the first night, a bit better now.');
  });

  it("leaves a patient's echo of the plan with the patient", () => {
    const text = [
      'Morning Jo. How has the rash been since the cream?',
      'Better, it is not itching so much.',
      'Good. Is it still spreading at all?',
      'No, it has stayed on my elbows.',
      'Let me see. The patches are paler and flatter than last time.',
      'I want you to carry on with the cream twice a day for another week.',
      'Twice a day?',
      'Yes, morning and night, then stop.',
    ].join('\n');
    expect(roles(text)).toContain('p:Twice a day?');
  });

  it("leaves a patient's question made clear by the thing it means with the patient", () => {
    const text = [
      'Hello Priya, what seems to be the problem?',
      'My lower back went when I lifted a box on Monday.',
      'Any numbness or tingling in your legs?',
      'No, just the ache across the bottom.',
      'Let me see you bend forward. Stiff, but no pain down the leg.',
      'I would suggest an anti-inflammatory gel and keep moving gently.',
      'Does it sting? Rubbing it in?',
      'No, it feels cool, and it is fine with asthma, unlike the tablets.',
    ].join('\n');
    expect(roles(text)).toContain('p:Does it sting? Rubbing it in?');
    expect(roles(text)).toContain('c:No, it feels cool, and it is fine with asthma, unlike the tablets.');
  });
});
