import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'soap-grounding-'));
const transcript = join(dir, 't.txt');
writeFileSync(transcript, ['[doctor] any allergies ?', '[patient] no .', '[doctor] your a1c came back at eight .', '[patient] okay .'].join('\n'));

describe('soap check', () => {
  it('--json gives each finding the transcript lines it consulted, with their text', async () => {
    const note = join(dir, 'note.json');
    writeFileSync(note, JSON.stringify({ objective: 'Hemoglobin A1c 10.' }));
    const r = await runSoap(['check', note, '--transcript', transcript, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).grounding).toEqual([
      expect.objectContaining({ kind: 'number', lines: [3], transcript_lines: [{ line: 3, text: '[doctor] your a1c came back at eight .' }] }),
    ]);
  });

  it('--context facts support the note; a malformed context file is a usage error', async () => {
    const note = join(dir, 'ctx-note.json');
    writeFileSync(note, JSON.stringify({ subjective: 'Allergic to penicillin. Takes atorvastatin.' }));
    const without = await runSoap(['check', note, '--transcript', transcript, '--json', '--strict']);
    expect(without.code).toBe(6);
    const context = join(dir, 'ctx.json');
    writeFileSync(context, JSON.stringify({ patient_info: { allergies: ['penicillin'], medications: ['atorvastatin'] } }));
    const withContext = await runSoap(['check', note, '--transcript', transcript, '--context', context, '--json', '--strict']);
    expect(withContext.code).toBe(0);
    expect(JSON.parse(withContext.stdout).grounding).toEqual([]);
    writeFileSync(context, JSON.stringify({ patient: 'x' }));
    const bad = await runSoap(['check', note, '--transcript', transcript, '--context', context]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ctx\.json/);
  });
});
