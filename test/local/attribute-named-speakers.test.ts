import { describe, expect, it } from 'vitest';
import { readStructuredDocument } from '../../src/text/structured-documents.js';

const TURNS = [
  ['s1', 'Good morning, what can I do for you today?'],
  ['s2', 'My ankle has been swollen since the weekend.'],
  ['s1', 'Did you twist it, or did the swelling come on by itself?'],
  ['s2', 'I rolled it stepping off a kerb on Saturday.'],
] as const;

describe('an XML participant list naming each id in attributes gives the turns their speakers', () => {
  it('a Transcriber-like list: <Speaker id name/> and <Turn speaker>', () => {
    const xml = ['<?xml version="1.0"?>', '<Trans>', '<Speakers>', '<Speaker id="s1" name="Nurse" accent=""/>', '<Speaker id="s2" name="Caller" accent=""/>', '</Speakers>', '<Episode>',
      ...TURNS.map(([who, text]) => `<Turn speaker="${who}" startTime="0"><Sync time="0"/>\n${text}\n</Turn>`), '</Episode>', '</Trans>'].join('\n');
    const read = readStructuredDocument(xml)!;
    expect(read).toMatch(/^Nurse: Good morning/m);
    expect(read).toMatch(/^Caller: I rolled it/m);
  });

  it('another schema: <person id fullname/> and <u who>', () => {
    const xml = ['<?xml version="1.0"?>', '<session>', '<people>', '<person id="s1" fullname="Dr Aya Lind"/>', '<person id="s2" fullname="Omar Said"/>', '</people>',
      ...TURNS.map(([who, text]) => `<u who="${who}">${text}</u>`), '</session>'].join('\n');
    expect(readStructuredDocument(xml)).toMatch(/^Dr Aya Lind: Did you twist it/m);
  });

  it('an element with words of its own names no id', () => {
    const xml = ['<?xml version="1.0"?>', '<log>', '<entry id="s1" name="Opening" text="Hello, come and sit down over here please."/>',
      ...TURNS.map(([who, text]) => `<u who="${who}">${text}</u>`), '</log>'].join('\n');
    const read = readStructuredDocument(xml)!;
    expect(read).not.toMatch(/^Opening: Good morning/m);
    expect(read).toMatch(/^Speaker 1: Good morning/m);
  });
});
