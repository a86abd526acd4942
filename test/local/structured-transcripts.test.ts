import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readYamlTranscript } from '../../src/text/yaml-transcript.js';
import { readHtmlText } from '../../src/text/html-text.js';
import { hasClinicalContent } from '../../src/local/clinical-content.js';

const YAML_BLOCK = `visit:
  clinic: Riverside foot care
  attendees:
    - Maren Oduya (podiatrist)
    - Tobias Kell (patient)
dialogue:
  - who: Maren
    start: 00:00:02
    words: "Hello Tobias, how have the heels been since the new insoles?"
  - who: Tobias
    words: Less sore in the mornings, but the right one still throbs after my shift.
  - words: >
      Let me press along the arch. Tender here, at the inner heel,
      no swelling.
    who: Maren
  - {who: Tobias, words: "Yes, that is the spot, it aches."}
  - who: Maren
    words: |
      Keep the insoles in every day.
      We will add calf stretches twice a day.
`;

describe('transcripts saved as YAML', () => {
  it('reads turns in block, folded and flow style, keys in either order, the roster giving roles', () => {
    const turns = readYamlTranscript(YAML_BLOCK)!;
    expect(turns.map((t) => t.label)).toEqual(['Maren (podiatrist)', 'Tobias (patient)', 'Maren (podiatrist)', 'Tobias (patient)', 'Maren (podiatrist)']);
    expect(turns[1]!.text).toBe('Less sore in the mornings, but the right one still throbs after my shift.');
    expect(turns[2]!.text).toBe('Let me press along the arch. Tender here, at the inner heel, no swelling.');
    expect(turns[3]!.text).toBe('Yes, that is the spot, it aches.');
    expect(turns[4]!.text).toBe('Keep the insoles in every day.\nWe will add calf stretches twice a day.');
    expect(turns.map((t) => t.line)).toEqual([9, 11, 13, 16, 19]);
    const read = readTranscript(YAML_BLOCK);
    expect(read.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient', 'clinician']);
    // The metadata is nobody's words.
    expect(read.turns.some((t) => /Riverside/.test(t.text))).toBe(false);
    expect(hasClinicalContent(YAML_BLOCK)).toBe(true);
  });

  it('takes roles from name/role pairs in the roster', () => {
    const yaml = 'speakers:\n  - name: Ines\n    role: nurse\n  - name: Bo\n    role: client\nturns:\n  - speaker: Ines\n    text: Any dizziness today?\n  - speaker: Bo\n    text: None at all.\n  - speaker: Ines\n    text: Good, your pressure is fine.\n';
    expect(readYamlTranscript(yaml)!.map((t) => t.label)).toEqual(['Ines (nurse)', 'Bo (client)', 'Ines (nurse)']);
  });

  it('leaves other YAML and plain text alone', () => {
    expect(readYamlTranscript('build:\n  steps:\n    - name: install\n      run: npm ci\n    - name: test\n      run: npm test\n')).toBeUndefined();
    expect(readYamlTranscript('Doctor: Any cough?\nPatient: - speaker: no, just a cold.\nDoctor: Fine.')).toBeUndefined();
    expect(readYamlTranscript('turns:\n  - speaker: Ana\n    text: Hi.\n  - speaker: Ana\n    text: Still me.\n  - speaker: Ana\n    text: And again.\n')).toBeUndefined();
  });
});

describe('speakers marked by HTML markup', () => {
  it('reads speaker and time elements, data-speaker attributes and definition lists as labels', () => {
    const spans = ['<div class="log">', ...['Wren', 'Dr Oyelaran', 'Wren', 'Dr Oyelaran'].map((n, i) => `<p><span class="speaker-name">${n}</span> <span class="timestamp">00:0${i}:10</span> Line ${i} about the rash &amp; the itch.</p>`), '</div>'].join('\n');
    expect(readHtmlText(spans).split('\n').filter((l) => l.trim() !== '')).toEqual(['Wren: Line 0 about the rash & the itch.', 'Dr Oyelaran: Line 1 about the rash & the itch.', 'Wren: Line 2 about the rash & the itch.', 'Dr Oyelaran: Line 3 about the rash & the itch.']);
    const data = '<ul>\n<li data-speaker="Nurse">Any pain?</li>\n<li data-speaker="Pat">A little.</li>\n<li data-speaker="Nurse">Where?</li>\n</ul>';
    expect(readHtmlText(data).split('\n').filter((l) => l.trim() !== '')).toEqual(['Nurse: Any pain?', 'Pat: A little.', 'Nurse: Where?']);
    const dl = '<dl>\n<dt>Coach</dt><dd>How is the ankle?</dd>\n<dt>Lia</dt><dd>Stiff in the morning.</dd>\n<dt>Coach</dt><dd>Ice it.</dd>\n</dl>';
    expect(readHtmlText(dl).split('\n').filter((l) => l.trim() !== '')).toEqual(['Coach: How is the ankle?', 'Lia: Stiff in the morning.', 'Coach: Ice it.']);
  });

  it('leaves a page with a lone name element as it was', () => {
    const page = '<div><p><span class="name">Harbour Clinic</span> opening hours</p><p>Monday to Friday</p><p>Call 0100 for bookings</p></div>';
    expect(readHtmlText(page)).not.toMatch(/Harbour Clinic:/);
  });
});

describe('a cast line and name-time-words lines', () => {
  const timed = ['Counsellor 00:00:03 Welcome back, how was the week?', 'Ossian 00:00:09 Rough, I barely slept.', 'Counsellor 00:00:15 What kept you up?', 'Ossian 00:00:20 Worrying about the exam.'];

  it('reads `Name time words` lines as labelled, and a cast line gives the named speaker a role', () => {
    const read = readTranscript(['Counsellor: Hana Brill · Client: Ossian Dahl · 45 min', ...timed].join('\n'));
    expect(read.turns.map((t) => t.label)).toEqual(['Counsellor', 'Ossian (Client)', 'Counsellor', 'Ossian (Client)']);
    expect(read.turns[1]!.text).toBe('Rough, I barely slept.');
    expect(read.speakers['Ossian (Client)']).toBe('patient');
  });

  it('keeps a log whose lines mostly do not open on a name and time, and a head line with one pair', () => {
    const log = ['Ward round notes', 'Beds reviewed in order', 'Harlow 09:30 stable overnight', 'Oxygen weaned to room air', 'Physio to see later today', 'Bed 4 awaiting scan', 'Harlow 11:00 mobilised'];
    expect(readTranscript(log.join('\n')).turns.map((t) => t.text)).toContain('Harlow 09:30 stable overnight');
    const one = readTranscript(['Counsellor: Hana Brill', ...timed].join('\n'));
    expect(one.turns[0]!.text).toBe('Hana Brill');
  });
});

describe('a diarised voice answering the clinician\'s named requests', () => {
  const visit = (helper: string[]) => [
    'Speaker A: Hello Reuben, have a seat. What brings you in today?',
    'Speaker B: My upper left tooth has ached for a week, worse with hot tea.',
    'Speaker A: Let me look. Open wide for me. Ines, can you pass me the mirror please?',
    `Speaker C: ${helper[0]}`,
    'Speaker A: There is a deep cavity on the upper left molar. Ines, could we get a bitewing of that side?',
    `Speaker C: ${helper[1]}`,
    'Speaker A: The decay reaches the nerve. We will start a root canal next week.',
    'Speaker B: Okay, thank you.',
  ].join('\n');

  it('is the colleague asked, a clinician', () => {
    expect(readTranscript(visit(['Here you are.', 'Sure, the sensor is ready. Bite gently on this tab for me.'])).speakers).toEqual({ 'Speaker A': 'clinician', 'Speaker B': 'patient', 'Speaker C': 'clinician' });
  });

  it('unless it speaks of someone as he or she, as a relative does', () => {
    expect(readTranscript(visit(['Here you are, he hates the dentist.', 'Sure, he will sit still now.'])).speakers['Speaker C']).toBe('other');
  });
});
