import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import { loadDevset } from '../eval/devset.js';
import { loadGateSet, passesGate } from '../eval/clinical-gate.js';

const HERE = join(import.meta.dirname, 'non-clinical');
/** Texts with no clinical encounter in them: a recipe, a budget meeting, a support chat, sprint notes, lorem ipsum. */
const WRITTEN = readdirSync(HERE).map((f) => [f, readFileSync(join(HERE, f), 'utf8')] as const);
/** And files people point the tool at by mistake: the project's own package.json and source code. */
const FILES = ['package.json', 'src/local/index.ts', 'src/local/build-local-note.ts', 'tsconfig.json'].map((f) => [f, readFileSync(f, 'utf8')] as const);

describe('a text with no clinical encounter gives an empty note (issue 13, point 8)', () => {
  it.for([...WRITTEN, ...FILES])('%s: all four sections empty, no evidence', ([, text]) => {
    const note = generateLocalNote(text, { specialty: 'physician', patientSummary: true });
    expect([note.subjective, note.objective, note.assessment, note.plan]).toEqual(['', '', '', '']);
    expect(Object.values(note.evidence).flat()).toEqual([]);
    expect(note.patient_summary).toBe('');
  });

  it('a few words of clinical talk are still an encounter', () => {
    for (const text of [
      'Doctor: Any allergies?\nPatient: Penicillin.',
      'Patient seen for a sore throat for 2 days. Rapid strep positive. Amoxicillin 500 mg twice a day for 10 days.',
      'Nurse: What can I do for you?\nCaller: My son has had a fever of 102 since last night.',
    ]) {
      expect(hasClinicalContent(text), text).toBe(true);
      expect(generateLocalNote(text).subjective + generateLocalNote(text).plan).not.toBe('');
    }
  });

  it('every encounter of the development set passes the gate', () => {
    // (As the engine reads it: an HTML export's markup is read as text before the gate, see src/local/index.ts; a structured document of an unknown format by its words.)
    const refused = loadDevset().filter((e) => !hasClinicalContent(readDocumentText(e.transcript))).map((e) => e.id);
    expect(refused).toEqual([]);
  });

  it('every everyday-vocabulary encounter of the gate set passes, short or long (test/eval/gate-set/clinical)', () => {
    const texts = [...loadGateSet('clinical', 'tune'), ...loadGateSet('clinical', 'measure')];
    expect(texts.length).toBeGreaterThanOrEqual(40);
    expect(texts.filter((t) => !passesGate(t.text)).map((t) => t.id)).toEqual([]);
  });

  it('nearly every non-clinical text of the gate set is refused (test/eval/gate-set/non-clinical)', () => {
    const texts = [...loadGateSet('non-clinical', 'tune'), ...loadGateSet('non-clinical', 'measure')];
    // A dog groomer's booking call (paws, ears, nails) is as near to a vet visit as the set comes, and passes.
    expect(texts.filter((t) => passesGate(t.text)).length).toBeLessThanOrEqual(2);
  });
});

const lines = (...l: string[]) => l.join('\n');

describe('a visit in everyday words passes the gate, however few symptoms, medicines or clinician labels it has', () => {
  it.for([
    ['a keyworker session about drinking', lines(
      "Keyworker: How's the week been?",
      'Client: Three days without a drink. Then Saturday I had four cans with my brother.',
      'Keyworker: How were you in the mornings? Any shakes, sweating?',
      'Client: A bit shaky on Monday. Nothing like before.',
      "Keyworker: If the shakes get bad or you feel confused, go straight to A&E. Let's aim for four dry days this week.",
    )],
    ["a hospital social worker's talk of going home, by first names", lines(
      "Dana: I'm the social worker linked with the ward. Who helps with washing and dressing?",
      'Mr Harris: Nobody. I do it myself. Takes a while.',
      'Dana: The nurses said you had two falls at home before this admission.',
      'Mr Harris: I tripped on the rug. And once going to the toilet at night.',
      "Dana: I'd like to set up carers twice a day for six weeks, and ask about a pendant alarm.",
    )],
    ["a child's speech session in lower-case ASR", lines(
      'speaker 0: mum how has he been getting on with the games',
      "speaker 2: we do them most nights he gets frustrated when his sister can't understand him",
      'speaker 0: so today he got the k sounds right at the end of words about half the time',
      "speaker 0: he's a bit behind for three and a half but he's moving in the right direction",
    )],
    ['an owner and a vet about a horse, unlabelled', lines(
      "He's been off his feed since yesterday and he keeps looking round at his side.",
      'Any droppings today?',
      'One small pile, quite dry.',
      "It's colic. I'll give him something for the pain. Ring me if he starts rolling again.",
    )],
    ['a health visitor on a toddler\'s nights', lines(
      'HV: Tell me what a night looks like at the moment.',
      "Mum: He's up at eleven, then two, then four. We end up bringing him into our bed. We're all on our knees.",
      'HV: Is he having a bottle when he wakes? At his age he does not need milk in the night.',
      "HV: Sit by the cot until he's asleep and move the chair further away every few nights. I'll ring you in a fortnight.",
    )],
  ] as const)('%s', ([, text]) => {
    expect(hasClinicalContent(text)).toBe(true);
  });
});

describe('a text that is not a visit is refused, whatever clinical words it holds', () => {
  it.for([
    ['Python that triages patients by pain', lines(
      'from dataclasses import dataclass',
      '',
      'def triage(patient):',
      '    score = patient.pain + patient.fever',
      '    if score >= 7:',
      "        return 'urgent'",
      "    return 'routine'",
    )],
    ["a service's log about a patient record", lines(
      '2024-05-02T09:41:17.221Z INFO  [intake] patient 8812 pain score 7 chest pain',
      '2024-05-02T09:41:18.004Z WARN  [intake] blood pressure missing for patient 8812',
      '2024-05-02T09:42:03.117Z ERROR [intake] medication list failed to load: timeout',
    )],
    ['lorem ipsum with a few clinical words in it', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua patient pain. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.'],
    ["a fitness tracker's support chat about sleep and heart rate", lines(
      'Agent: Thanks for contacting PulseBand support. What seems to be the problem?',
      'Customer: My watch stopped tracking my sleep. The heart rate still shows during the day.',
      'Agent: Which version is the app? A few customers have seen this after the last firmware update.',
      "Agent: Restart the watch, then sync it in the app. If it still shows zero I'll arrange a replacement under warranty.",
    )],
    ['a football coach with his players ("Coach:" labels a health coach too)', lines(
      "Coach: Saturday we were too slow getting back into shape when we lost the ball. Danny, you were caught upfield twice.",
      'Danny: I know, I was knackered by the second half.',
      "Coach: Then we rotate earlier. Today it's the rondo, then penalties at the end. Goalies, you're doing handling drills first. Bibs on.",
    )],
    ['a job interview ("Interviewer:" is also a research nurse\'s label)', lines(
      'Interviewer: Can you tell us about a time you explained something complicated to someone non-technical?',
      'Candidate: Our operations manager wanted to know why delivery times were getting longer, so I made a simple map.',
      'Interviewer: What are your salary expectations?',
      'Candidate: Around thirty-eight thousand. What does a typical week look like in this team?',
    )],
  ] as const)('%s', ([, text]) => {
    expect(hasClinicalContent(text)).toBe(false);
  });
});
