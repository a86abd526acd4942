import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

// Visits written for these tests (invented people): a patient who speaks of her family as much as of herself, with a
// relative of the same surname beside her; the clinician calls the patient by her first name.
const COUNSELLING = [
  'Marta Quell (00:00:03): Come in, take a seat. You must be Fern?',
  'Fern Oduya (00:00:06): Yes, hi. This is my brother Colm, he drove me.',
  'Colm Oduya (00:00:09): I just sit in the corner, she does the talking.',
  "Marta Quell (00:00:13): That's fine. Your GP sent you about the bowel cancers in the family. Who had it?",
  "Fern Oduya (00:00:19): My dad had bowel cancer at forty-eight. He's fine now. His sister had womb cancer, she was fifty. I don't think she was ever tested.",
  'Colm Oduya (00:00:26): Our grandad had something in his bowel too, he was old though.',
  'Marta Quell (00:00:31): And have you had any symptoms yourself, Fern?',
  "Fern Oduya (00:00:35): Not that I know of. Some bloating, I think it's my diet. I'd like to know for my kids.",
  'Marta Quell (00:00:44): Thank you. I would like to offer you testing for Lynch syndrome today.',
].join('\n');

describe('the patient by the clinician\'s address', () => {
  it('reads the one the clinician greets and asks by first name as the patient, the relative beside her as other', () => {
    expect(readTranscript(COUNSELLING).speakers).toEqual({ 'Marta Quell': 'clinician', 'Fern Oduya': 'patient', 'Colm Oduya': 'other' });
  });

  it('reads a first-name layout the same way', () => {
    const plain = COUNSELLING.replace(/ Oduya| Quell| \(\d\d:\d\d:\d\d\)/g, '');
    expect(readTranscript(plain).speakers).toEqual({ Marta: 'clinician', Fern: 'patient', Colm: 'other' });
  });

  it('keeps a parent the clinician calls by name, who speaks of the child, as other', () => {
    const visit = [
      'Ingrid Salo: Hi Dora, come on in. How has Theo been since the weekend?',
      "Dora Wendt: He's been coughing at night and he won't eat much. His nose is running and she, his sister, has it too.",
      'Luca Wendt: He was up three times last night, I think.',
      "Ingrid Salo: Thanks, Dora. Has he had a temperature? I'll listen to his chest.",
      "Dora Wendt: He was hot on Sunday, I gave him some paracetamol and it came down. He's drinking okay.",
      'Ingrid Salo: His chest is clear. It looks like a viral cold, so fluids and rest.',
    ].join('\n');
    expect(readTranscript(visit).speakers['Dora Wendt']).toBe('other');
  });

  it('takes no one when the clinician speaks of the person rather than to them', () => {
    const spoken = COUNSELLING.replace('You must be Fern?', 'Is one of you Ms Oduya?').replace(', Fern?', '?');
    expect(readTranscript(spoken).speakers['Fern Oduya']).toBe('other');
  });
});
