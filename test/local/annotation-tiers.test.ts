import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

/** An EXMARaLDA-like file: a speaker table of codes, a common timeline of points, one tier a speaker. */
const TIMELINE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<basic-transcription>',
  ' <head>',
  '  <meta-information><project-name>Clinic</project-name></meta-information>',
  '  <speakertable>',
  '   <speaker id="SPK0"><abbreviation>DOC</abbreviation><sex value="f"/></speaker>',
  '   <speaker id="SPK1"><abbreviation>PAT</abbreviation><sex value="m"/></speaker>',
  '  </speakertable>',
  ' </head>',
  ' <basic-body>',
  '  <common-timeline>',
  '   <tli id="T0" time="0.0"/>',
  '   <tli id="T1" time="2.5"/>',
  '   <tli id="T2" time="5.0"/>',
  '   <tli id="T3" time="8.0"/>',
  '   <tli id="T4" time="11.0"/>',
  '   <tli id="T5" time="14.0"/>',
  '  </common-timeline>',
  '  <tier id="TIE0" speaker="SPK0" category="v" type="t" display-name="DOC [v]">',
  '   <event start="T0" end="T1">What brings you in today? </event>',
  '   <event start="T2" end="T3">How long has the cough lasted? </event>',
  '   <event start="T4" end="T5">We will get a chest x-ray and start an inhaler. </event>',
  '  </tier>',
  '  <tier id="TIE1" speaker="SPK1" category="v" type="t" display-name="PAT [v]">',
  '   <event start="T1" end="T2">I have a cough that keeps me awake. </event>',
  '   <event start="T3" end="T4">About three weeks now, worse at night. </event>',
  '  </tier>',
  ' </basic-body>',
  '</basic-transcription>',
].join('\n');

/** A generic layout: one track a speaker, clock times inline on each segment. */
const TRACKS = [
  '<?xml version="1.0"?>',
  '<session date="2025-02-01">',
  ' <track speaker="Dietitian">',
  '  <seg start="00:00:01.0" end="00:00:04.0">Tell me what you had for breakfast yesterday.</seg>',
  '  <seg start="00:00:09.0" end="00:00:12.0">Swap the juice for whole fruit and add some yoghurt.</seg>',
  '  <seg start="00:00:17.0" end="00:00:20.0">Let’s review your food diary in two weeks.</seg>',
  ' </track>',
  ' <track speaker="Client">',
  '  <seg start="00:00:04.5" end="00:00:08.5">Two slices of white toast and a big glass of orange juice.</seg>',
  '  <seg start="00:00:12.5" end="00:00:16.5">I can try that, I do like yoghurt.</seg>',
  ' </track>',
  '</session>',
].join('\n');

describe('annotation XML with one tier a speaker', () => {
  it.for([['timeline', TIMELINE], ['tracks', TRACKS]] as const)('%s: turns put back in time order, speakers from the tiers', ([, text]) => {
    const turns = readTranscript(text).turns;
    expect(turns.length).toBe(5);
    expect(turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient', 'clinician']);
    expect(turns.map((t) => t.text).join(' ')).not.toMatch(/^(?:DOC|PAT|f|m)$/m);
  });

  it('keeps tiers without times in document order', () => {
    const untimed = TRACKS.replace(/ start="[^"]*" end="[^"]*"/g, '');
    expect(readTranscript(untimed).turns.map((t) => t.text)[1]).toMatch(/^Swap the juice/);
  });
});
