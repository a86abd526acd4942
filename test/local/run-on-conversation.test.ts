import { describe, expect, it } from 'vitest';
import { readRunOnConversation, splitSentences } from '../../src/text/run-on-conversation.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

/** A dental check written by a phone app as one paragraph. */
const DENTAL = 'Hi Marcus, come and sit down. What brings you in today? A tooth on the bottom left has been aching. Since when? '
  + 'About ten days. Is it worse with cold drinks? Yes, cold and sweet things set it off. Does it keep you up at night? '
  + 'No, it settles after a minute. Any swelling in the gum? No swelling. Okay. Open wide for me. Good. '
  + 'Your lower left molar has a cavity on the side, and the filling next to it is cracked. Right. '
  + 'I will take an X-ray to see how deep it goes. Bite down on this. Great. '
  + 'The decay has not reached the nerve, so a new filling should fix it. Will it hurt? '
  + 'You will be numb, so you should not feel it. Book a ninety-minute slot at the desk for next week. '
  + 'Use the sensitive toothpaste until then. Thanks, that sounds fine.';

/** A pharmacist's phone review with a husband answering, in other words and with other openers. */
const PHONE = 'Hello, is that Mr Ruiz? Speaking. I am calling about your wife\'s new inhaler. How has she been getting on with it? '
  + 'She uses it twice a day, morning and night. Any hoarse voice or sore mouth? A bit hoarse in the evenings. '
  + 'Does she rinse her mouth after each dose? Not always, she forgets. Right. '
  + 'Please get her to rinse and spit after every puff, that stops the hoarseness. Okay. '
  + 'Is she still using the blue reliever much? Maybe once a week now. That is a good sign the preventer is working. '
  + 'Has she had any night cough? None this month. Lovely. '
  + 'Keep going with both inhalers and ring us if the hoarseness lasts another two weeks. Will do, thanks.';

/** A dictated narrative: long sentences, one question, no turns. */
const DICTATED = 'Patient is a forty-two year old joiner seen today for review of low back pain which began three weeks ago after lifting a beam at work. '
  + 'He describes a constant ache across the lower back radiating into the left buttock but not below the knee, worse with bending and sitting for long periods. '
  + 'There is no saddle numbness, no change in bladder or bowel habit and no weakness in the legs by his account. '
  + 'On examination he walks with a normal gait, lumbar flexion is reduced to the mid shin, straight leg raise is negative on both sides and reflexes are symmetrical. '
  + 'Could this be a disc? It is more likely a muscular strain given the exam. '
  + 'Plan is graded activity, naproxen five hundred milligrams twice a day with food for one week, and physiotherapy referral, with review in four weeks or sooner if red flags appear.';

describe('a conversation run on in one unlabelled paragraph is cut into turns by what is said', () => {
  it.for([['dental', DENTAL], ['phone', PHONE]] as const)('%s: questions the clinician\'s, answers the other side\'s', ([, text]) => {
    const turns = readTranscript(readDocumentText(text)).turns;
    const roleOf = (re: RegExp) => turns.find((t) => re.test(t.text))?.role;
    expect(turns.length).toBeGreaterThan(10);
    if (text === DENTAL) {
      expect(roleOf(/has been aching/)).toBe('patient');
      expect(roleOf(/Is it worse with cold/)).toBe('clinician');
      expect(roleOf(/cavity on the side/)).toBe('clinician');
      expect(roleOf(/Will it hurt/)).toBe('patient');
      expect(roleOf(/sensitive toothpaste/)).toBe('clinician');
    } else {
      expect(roleOf(/twice a day, morning and night/)).toBe('patient');
      expect(roleOf(/rinse and spit/)).toBe('clinician');
      expect(roleOf(/once a week now/)).toBe('patient');
    }
  });

  it('a dictated narrative and a labelled paragraph are not cut', () => {
    expect(readRunOnConversation(DICTATED)).toBeUndefined();
    const labelled = DENTAL.replace('What brings you in today?', 'Dentist: What brings you in today?').replace('A tooth on', 'Patient: A tooth on');
    expect(readRunOnConversation(labelled)).toBeUndefined();
    expect(readRunOnConversation(DENTAL.split('. ').join('.\n\n'))).toBeUndefined();
  });

  it('sentences end at a stop, not at a title or a decimal', () => {
    expect(splitSentences('Dr. Ames saw you. The dose is 2.5 mg. Fine? Yes.')).toEqual(['Dr. Ames saw you.', 'The dose is 2.5 mg.', 'Fine?', 'Yes.']);
    expect(splitSentences('Any pain? No. Take the No. 4 bus home.')).toEqual(['Any pain?', 'No.', 'Take the No. 4 bus home.']);
  });
});
