import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

const read = (lines: string[]) => readTranscript(lines.join('\n')).turns.map((t) => [t.role, t.label ?? '', t.text]);

describe('styled subtitle files (ASS/SSA) with the speaker in the Name field', () => {
  it('reads an Advanced SubStation file: captions as labelled turns, the script header and styles dropped', () => {
    const ass = [
      '[Script Info]',
      '; made with a subtitle editor',
      'Title: Knee review',
      'ScriptType: v4.00+',
      '',
      '[V4+ Styles]',
      'Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Alignment, MarginL, MarginR, MarginV, Encoding',
      'Style: Default,Verdana,40,&H00FFFFFF,0,2,10,10,20,1',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: 0,0:00:02.00,0:00:05.50,Default,Physio,0,0,0,,Which knee is bothering you, and since when?',
      'Dialogue: 0,0:00:05.50,0:00:09.10,Default,Marguerite,0,0,0,,The left one, since the hike,\\Nabout ten days ago.',
      'Comment: 0,0:00:09.10,0:00:09.90,Default,Physio,0,0,0,,(check the file name)',
      'Dialogue: 0,0:00:09.90,0:00:12.00,Default,Physio,0,0,0,,{\\i1}Any{\\i0} locking or giving way?',
      'Dialogue: 0,0:00:12.00,0:00:13.00,Default,Marguerite,0,0,0,,No, never.',
    ];
    const turns = read(ass);
    expect(turns.map(([role]) => role)).toEqual(['clinician', 'patient', 'clinician', 'patient']);
    expect(turns[1]).toEqual(['patient', 'Marguerite', 'The left one, since the hike, about ten days ago.']);
    expect(turns[2]![2]).toBe('Any locking or giving way?');
    expect(turns.some(([, , text]) => /Verdana|ScriptType|file name/.test(text!))).toBe(false);
  });

  it('reads an older SubStation Alpha file whose fields put the Actor elsewhere', () => {
    const ssa = [
      '[Script Info]',
      'ScriptType: v4.00',
      '[V4 Styles]',
      'Format: Name, Fontname, Fontsize',
      'Style: Talk,Tahoma,30',
      '[Events]',
      'Format: Marked, Start, End, Style, Actor, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: Marked=0,0:01:00.00,0:01:03.00,Talk,Nurse,0000,0000,0000,,How is the rash today, better or worse?',
      'Dialogue: Marked=0,0:01:03.00,0:01:06.00,Talk,Caller,0000,0000,0000,,Worse, it spread to my neck, sorry, I mean chest.',
      'Dialogue: Marked=0,0:01:06.00,0:01:08.00,Talk,Nurse,0000,0000,0000,,Any fever?',
    ];
    const turns = read(ssa);
    expect(turns.map(([, label]) => label)).toEqual(['Nurse', 'Caller', 'Nurse']);
    expect(turns[1]![2]).toBe('Worse, it spread to my neck, sorry, I mean chest.');
  });

  it('leaves a transcript that only mentions dialogue alone', () => {
    const plain = ['Doctor: Dialogue: that is what we need more of.', 'Patient: Agreed.', 'Doctor: Dialogue: again.'];
    expect(read(plain).map(([, label]) => label)).toEqual(['Doctor', 'Patient', 'Doctor']);
  });
});

describe('turns marked by short codes under a key', () => {
  it('writes each code as the role the key gives it and drops the key (one line, arrows)', () => {
    const keyed = [
      'Walk-in clinic — recording',
      'Speakers:  P1 = optometrist   P2 = patient   P3 = assistant',
      '',
      'P1 → Tell me about the blurry patch.',
      'P2 → Right eye, since yesterday evening. Like a smudge.',
      'P3 → Pressures are 15 and 16.',
      'P1 → Any flashes or floaters?',
      'P2 → No flashes.',
    ];
    const turns = read(keyed);
    expect(turns.map(([role]) => role)).toEqual(['clinician', 'patient', 'clinician', 'clinician', 'patient']);
    expect(turns[1]).toEqual(['patient', 'Patient', 'Right eye, since yesterday evening. Like a smudge.']);
    expect(turns.some(([, , text]) => text!.includes('optometrist'))).toBe(false);
  });

  it('reads a key written one code a line, with codes in brackets', () => {
    const keyed = [
      'X - vet',
      'Y - owner',
      '',
      '[X] How long has he been limping?',
      '[Y] Two days. He jumped off the sofa.',
      '[X] Is he eating?',
      '[Y] Yes, normally.',
    ];
    expect(read(keyed).map(([, label]) => label)).toEqual(['Vet', 'Owner', 'Vet', 'Owner']);
  });

  it('leaves text alone where codes open too few lines and no key names them', () => {
    const dictation = ['A > B on the chart means the left arm reading is higher.', 'Plan to recheck both arms.', 'Review in a month.', 'B > A would be unusual.'];
    expect(readTranscript(dictation.join('\n')).labelled).toBe(false);
  });
});

describe('turns marked by short codes with no key', () => {
  it('reads each code as a speaker whose role comes from what they say', () => {
    const coded = [
      'D ▸ What brings you in today?',
      'M ▸ My ankle. I went over on it at netball on Saturday.',
      'D ▸ Can you put weight on it?',
      'M ▸ A bit, it hurts though.',
    ];
    const turns = read(coded);
    expect(turns.map(([role]) => role)).toEqual(['clinician', 'patient', 'clinician', 'patient']);
    expect(turns[1]![2]).toBe('My ankle. I went over on it at netball on Saturday.');
  });
});
