import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readJsonTranscript } from '../../src/text/json-transcript.js';

const read = (name: string) => readFileSync(new URL(`./speech-json/${name}`, import.meta.url), 'utf8');

// The visits the fixtures were written from, a turn a line (C the clinician, P the patient).
const VISITS = {
  throat: [
    'C Good morning, what brings you in today?',
    "P I've had a sore throat and a fever for three days, and it hurts to swallow.",
    'C Any cough or runny nose?',
    'P No cough. I took paracetamol but the fever keeps coming back.',
    'C Your tonsils are swollen with white patches and the glands in your neck are tender. This is strep throat.',
    "C I'm prescribing penicillin V 500 mg four times a day for ten days.",
    'P Okay, thank you.',
  ],
  uti: [
    'C Hi, how can I help today?',
    "P I've had burning when I pee and I'm going every hour since Monday.",
    'C Any fever or pain in your back?',
    'P No fever, no back pain.',
    'C Your urine dip shows nitrites and leukocytes. This is a urinary tract infection.',
    "C I'm prescribing nitrofurantoin 100 mg twice a day for five days.",
    'P Thanks, doctor.',
  ],
  asthma: [
    'C What seems to be the problem?',
    "P I've had a wheezy cough for two weeks and I get short of breath at night.",
    'C How often are you using your blue inhaler?',
    'P About four times a day now.',
    'C I can hear wheeze on both sides of your chest. Your asthma is not well controlled.',
    "C I'm prescribing a beclometasone inhaler, two puffs twice a day.",
    'P Okay, I will start it tonight.',
  ],
  back: [
    "C Tell me what's been going on.",
    'P My lower back has been aching for a week since I lifted a heavy box.',
    'C Does the pain go down your leg?',
    'P No, it stays in my back.',
    'C There is tenderness over the lower back muscles and your straight leg raise is normal. This is a muscular back strain.',
    "C I'm prescribing naproxen 500 mg twice a day with food for one week.",
    'P Great, thanks.',
  ],
};

/**
 * The turns a reader should give: each labelled with the service's name for the speaker; a word-level service runs a
 * speaker's consecutive words into one utterance, so the clinician's last two turns become one.
 */
function expectedTurns(visit: keyof typeof VISITS, clinician: string, patient: string, wordLevel: boolean): [string, string][] {
  const turns: [string, string][] = VISITS[visit].map((t) => [t.startsWith('C ') ? clinician : patient, t.slice(2)]);
  if (!wordLevel) return turns;
  return turns.reduce<[string, string][]>((out, [label, text]) => {
    const last = out.at(-1);
    if (last && last[0] === label) last[1] = `${last[1]} ${text}`;
    else out.push([label, text]);
    return out;
  }, []);
}

interface Case { file: string; visit: keyof typeof VISITS; clinician: string; patient: string; wordLevel: boolean; list: string; symptom: RegExp; drug: RegExp }

const CASES: Case[] = [
  { file: 'amazon-transcribe.json', visit: 'throat', clinician: 'spk_0', patient: 'spk_1', wordLevel: false, list: 'audio_segments', symptom: /sore throat and a fever for 3 days/, drug: /penicillin V 500 mg/ },
  { file: 'amazon-transcribe-older.json', visit: 'uti', clinician: 'spk_0', patient: 'spk_1', wordLevel: true, list: 'items', symptom: /burning when the patient pees/, drug: /nitrofurantoin 100 mg/ },
  { file: 'amazon-transcribe-channels.json', visit: 'asthma', clinician: 'Channel 0', patient: 'Channel 1', wordLevel: true, list: 'channel_labels', symptom: /wheezy cough for 2 weeks/, drug: /beclometasone inhaler/ },
  { file: 'amazon-call-analytics.json', visit: 'back', clinician: 'Agent', patient: 'Customer', wordLevel: false, list: 'Transcript', symptom: /lower back has been aching for a week/, drug: /naproxen 500 mg/ },
  { file: 'healthscribe-transcript.json', visit: 'uti', clinician: 'Clinician', patient: 'Patient', wordLevel: false, list: 'TranscriptSegments', symptom: /burning when the patient pees/, drug: /nitrofurantoin 100 mg/ },
  { file: 'google-speech-v1.json', visit: 'asthma', clinician: 'Speaker 1', patient: 'Speaker 2', wordLevel: true, list: 'results', symptom: /wheezy cough for 2 weeks/, drug: /beclometasone inhaler/ },
  { file: 'google-speech-v2.json', visit: 'back', clinician: 'Speaker 1', patient: 'Speaker 2', wordLevel: true, list: 'results', symptom: /lower back has been aching for a week/, drug: /naproxen 500 mg/ },
  { file: 'azure-batch.json', visit: 'throat', clinician: 'Speaker 1', patient: 'Speaker 2', wordLevel: false, list: 'recognizedPhrases', symptom: /sore throat and a fever for 3 days/, drug: /penicillin V 500 mg/ },
  { file: 'speechmatics.json', visit: 'uti', clinician: 'Speaker 1', patient: 'Speaker 2', wordLevel: true, list: 'results', symptom: /burning when the patient pees/, drug: /nitrofurantoin 100 mg/ },
  { file: 'deepgram-paragraphs.json', visit: 'asthma', clinician: 'Speaker 0', patient: 'Speaker 1', wordLevel: false, list: 'paragraphs', symptom: /wheezy cough for 2 weeks/, drug: /beclometasone inhaler/ },
  { file: 'deepgram-words.json', visit: 'back', clinician: 'Speaker 0', patient: 'Speaker 1', wordLevel: true, list: 'words', symptom: /lower back has been aching for a week/, drug: /naproxen 500 mg/ },
  { file: 'assemblyai-words.json', visit: 'throat', clinician: 'Speaker A', patient: 'Speaker B', wordLevel: true, list: 'words', symptom: /sore throat and a fever for 3 days/, drug: /penicillin V 500 mg/ },
];

/** The line (from 1) of the first `"key":` in the file. */
const keyLine = (file: string, key: string) => file.split('\n').findIndex((l) => l.includes(`"${key}":`)) + 1;
/** The first word of a text as the service wrote it, without the punctuation some services keep apart. */
const firstWord = (text: string) => text.split(' ')[0]!.replace(/[.,?!]$/, '');

describe.each(CASES)('$file', ({ file: name, visit, clinician, patient, wordLevel, list, symptom, drug }) => {
  const file = read(name);
  const lines = file.split('\n');

  it('gives each speaker its role and the utterances in order, a new one at each change of speaker', () => {
    const r = readTranscript(file);
    expect(r.speakers).toEqual({ [clinician]: 'clinician', [patient]: 'patient' });
    expect(r.turns.map((t) => [t.label, t.text])).toEqual(expectedTurns(visit, clinician, patient, wordLevel));
    expect(r.turns.map((t) => t.role)).toEqual(r.turns.map((t) => (t.label === clinician ? 'clinician' : 'patient')));
  });

  it('numbers each utterance by the line its first word is written on, inside the list the service wrote', () => {
    for (const t of readTranscript(file).turns) {
      expect(lines[t.line - 1], `line ${t.line} for "${t.text}"`).toMatch(new RegExp(`:\\s*"${firstWord(t.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(t.line).toBeGreaterThan(keyLine(file, list));
    }
  });

  it('writes the note from it: the symptom in Subjective, its evidence on the patient\'s line, the prescription in Plan', () => {
    const n = generateLocalNote(file);
    expect(n.subjective).toMatch(symptom);
    expect(n.plan).toMatch(drug);
    const ev = n.evidence.subjective.find((e) => symptom.test(e.text));
    expect(ev).toBeDefined();
    const said = expectedTurns(visit, clinician, patient, wordLevel).find(([label]) => label === patient)![1];
    expect(lines[ev!.lines[0]! - 1]).toContain(`"${firstWord(said)}`);
  });
});

describe('other shapes of the same services', () => {
  it('reads OpenAI verbose_json segments, which name no speaker, as unlabelled lines, each on its own line', () => {
    const file = read('openai-verbose.json');
    const lines = file.split('\n');
    const json = readJsonTranscript(file)!;
    expect(json.map((u) => u.label)).toEqual(VISITS.uti.map(() => undefined));
    expect(json.map((u) => u.text)).toEqual(VISITS.uti.map((t) => t.slice(2)));
    for (const u of json) expect(lines[u.line - 1]).toContain(`"text": " ${firstWord(u.text)}`);
    const r = readTranscript(file);
    expect(r.labelled).toBe(false);
    const n = generateLocalNote(file);
    expect(n.subjective).toMatch(/burning when I pee/);
    expect(n.plan).toMatch(/nitrofurantoin 100 mg/);
  });

  it('reads minified output, all of it on line 1', () => {
    const file = JSON.stringify(JSON.parse(read('speechmatics.json')));
    const r = readTranscript(file);
    expect(r.turns.map((t) => t.text)).toEqual(expectedTurns('uti', 'S1', 'S2', true).map(([, text]) => text));
    expect(new Set(r.turns.map((t) => t.line))).toEqual(new Set([1]));
  });

  it('tolerates nulls and fields it does not know, and reads only what it uses', () => {
    const file = JSON.stringify({
      results: {
        transcripts: null, audio_segments: null, speaker_labels: { segments: [null, { items: null }] }, new_field: { x: [1, 2] },
        items: [
          null,
          { type: 'pronunciation', alternatives: null },
          { type: 'pronunciation', start_time: '0.1', alternatives: [{ content: 'Any', confidence: null }], speaker_label: 'spk_0' },
          { type: 'pronunciation', start_time: '0.4', alternatives: [{ content: 'rash' }], speaker_label: 'spk_0' },
          { type: 'punctuation', alternatives: [{ content: '?' }], speaker_label: null },
          { type: 'pronunciation', start_time: '1.2', alternatives: [{ content: 'No' }], speaker_label: 'spk_1', sentiment: 'NEUTRAL' },
          { type: 'punctuation', alternatives: [{ content: '.' }] },
        ],
      },
    }, null, 2);
    expect(readJsonTranscript(file)?.map((u) => [u.label, u.text])).toEqual([['spk_0', 'Any rash?'], ['spk_1', 'No.']]);
  });

  it('reads Speechmatics punctuation by what it attaches to, and a word of an unknown speaker as the last speaker\'s', () => {
    const word = (content: string, speaker: string) => ({ type: 'word', start_time: 0, end_time: 0, alternatives: [{ content, speaker }] });
    const mark = (content: string, attaches_to: string) => ({ type: 'punctuation', attaches_to, alternatives: [{ content, speaker: 'S1' }] });
    const file = JSON.stringify({ format: '2.9', results: [word('Take', 'S1'), word('it', 'UU'), word('twice', 'S1'), mark('-', 'both'), word('daily', 'S1'), mark('.', 'previous'), word('Okay', 'S2'), mark('.', 'previous')] });
    expect(readJsonTranscript(file)?.map((u) => [u.label, u.text])).toEqual([['Speaker 1', 'Take it twice-daily.'], ['Speaker 2', 'Okay.']]);
  });

  it('reads Azure fast transcription phrases, in the order given', () => {
    const file = JSON.stringify({
      durationMilliseconds: 9000,
      combinedPhrases: [{ text: 'Where does it hurt? Just under my ribs on the right.' }],
      phrases: [
        { speaker: 1, offsetMilliseconds: 400, durationMilliseconds: 1200, text: 'Where does it hurt?', locale: 'en-GB', confidence: 0.93 },
        { speaker: 2, offsetMilliseconds: 2100, durationMilliseconds: 2300, text: 'Just under my ribs on the right.', locale: 'en-GB', confidence: 0.9 },
      ],
    }, null, 2);
    expect(readJsonTranscript(file)).toEqual([{ label: 'Speaker 1', text: 'Where does it hurt?', line: 13 }, { label: 'Speaker 2', text: 'Just under my ribs on the right.', line: 21 }]);
  });

  it('reads Google results without diarization as a line each, and Azure real-time results saved a line each', () => {
    const google = JSON.stringify({ results: [{ alternatives: [{ transcript: 'my ankle is swollen', confidence: 0.9 }] }, { alternatives: [{ transcript: 'since I twisted it on Sunday' }] }] }, null, 2);
    expect(readJsonTranscript(google)?.map((u) => [u.label, u.text, u.line])).toEqual([[undefined, 'my ankle is swollen', 6], [undefined, 'since I twisted it on Sunday', 14]]);
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
