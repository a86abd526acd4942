import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readJsonTranscript } from '../../src/text/json-transcript.js';

const read = (name: string) => readFileSync(new URL(`./speech-json/${name}`, import.meta.url), 'utf8');

/** The first word of a text as the service wrote it. */
const firstWord = (text: string) => text.split(' ')[0]!.replace(/[.,?!]$/, '');

const UTI = [
  'Hi, how can I help today?',
  "I've had burning when I pee and I'm going every hour since Monday.",
  'Any fever or pain in your back?',
  'No fever, no back pain.',
  'Your urine dip shows nitrites and leukocytes. This is a urinary tract infection.',
  "I'm prescribing nitrofurantoin 100 mg twice a day for five days.",
  'Thanks, doctor.',
];

describe('OpenAI verbose_json', () => {
  it('reads its segments, which name no speaker, as unlabelled lines, each on its own line', () => {
    const file = read('openai-verbose.json');
    const lines = file.split('\n');
    const json = readJsonTranscript(file)!;
    expect(json.map((u) => u.label)).toEqual(UTI.map(() => undefined));
    expect(json.map((u) => u.text)).toEqual(UTI);
    for (const u of json) expect(lines[u.line - 1]).toContain(`"text": " ${firstWord(u.text)}`);
    expect(readTranscript(file).labelled).toBe(false);
    const n = generateLocalNote(file);
    expect(n.subjective).toMatch(/burning when I pee/);
    expect(n.plan).toMatch(/nitrofurantoin 100 mg/);
  });

  it('reads results saved a line each (JSON Lines), such as Azure real-time results', () => {
    const azure = [
      { RecognitionStatus: 'Success', DisplayText: 'Any allergies?', Offset: 1200000, Duration: 9000000, SpeakerId: 'Guest-1' },
      { RecognitionStatus: 'Success', DisplayText: 'Penicillin gives me a rash.', Offset: 11200000, Duration: 14000000, SpeakerId: 'Guest-2' },
    ].map((r) => JSON.stringify(r)).join('\n');
    expect(readJsonTranscript(azure)).toEqual([{ label: 'Speaker 1', text: 'Any allergies?', line: 1 }, { label: 'Speaker 2', text: 'Penicillin gives me a rash.', line: 2 }]);
  });
});

describe('JSON that is not a transcript', () => {
  it('is not read as one: a package.json, a FHIR bundle, a JSON note, a transcription job\'s status', () => {
    const fhir = {
      resourceType: 'Bundle', type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Okafor', given: ['Ada'] }], text: { status: 'generated', div: '<div>Ada Okafor</div>' } } },
        { resource: { resourceType: 'Condition', id: 'c1', code: { text: 'Strep throat' }, note: [{ text: 'Sore throat and fever for three days.' }] } },
        { resource: { resourceType: 'MedicationRequest', id: 'm1', medicationCodeableConcept: { text: 'Penicillin V 500 mg' }, dosageInstruction: [{ text: 'four times a day for ten days' }] } },
      ],
    };
    const note = { subjective: 'Sore throat and fever for three days.', objective: 'Tonsillar exudate.', assessment: 'Strep throat.', plan: 'Penicillin V 500 mg four times a day.' };
    const job = { TranscriptionJob: { TranscriptionJobName: 'clinic-visit-0412', TranscriptionJobStatus: 'COMPLETED', Transcript: { TranscriptFileUri: 'https://s3.example.com/clinic-visit-0412.json' } } };
    for (const given of [readFileSync(new URL('../../package.json', import.meta.url), 'utf8'), JSON.stringify(fhir, null, 2), JSON.stringify(note, null, 2), JSON.stringify(job, null, 2)]) {
      expect(readJsonTranscript(given)).toBeUndefined();
    }
  });
});
