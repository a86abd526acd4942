import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { READINGS } from '../helpers/readings.js';

const dir = mkdtempSync(join(tmpdir(), 'soap-visits-'));
function json(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return join(dir, name);
}

const VISITS = {
  patient_info: { name: 'Jane Doe', age: 62 },
  focus: 'diabetes management',
  visits: [
    { visit_date: '2026-02-15', provider: 'Dr. Smith', soap_note: { assessment: 'E11.65 Type 2 DM with hyperglycemia', plan: 'Increased Metformin to 1000mg BID.' } },
    { visit_date: '2026-01-10', provider: 'Dr. Smith', summary: 'Routine follow-up. A1C 7.8%, up from 7.2%.' },
  ],
};

describe.each(READINGS)('soap summarize (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });

  it('sends a visits file as it is and prints summary, findings and diagnoses', async () => {
    const r = await runSoap(['summarize', json('visits.json', VISITS)], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.path).toBe('/v1/visit-summary');
    expect(emu().requests[0]!.json).toEqual(VISITS);
    expect(r.stdout).toMatch(/^SUMMARY\n.*Jane Doe/);
    expect(r.stdout).toContain('\nKEY FINDINGS\n- ');
    expect(r.stdout).toMatch(/\nACTIVE DIAGNOSES\nE11\.65 +Type 2 DM with hyperglycemia/);
  });

  it('--json prints the object as returned; flags override the file', async () => {
    const r = await runSoap(['summarize', json('v2.json', VISITS), '--json', '--focus', 'kidney function', '--patient-name', 'J. D.', '--patient-age', '63'], { env: env() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['summary', 'key_findings', 'active_diagnoses']);
    expect(emu().requests[0]!.json).toMatchObject({ focus: 'kidney function', patient_info: { name: 'J. D.', age: 63 } });
  });

  it('turns note files into visits in date order, dated by field or file name', async () => {
    const a = json('2026-03-01-visit.json', { noteId: 'note_a', subjective: 'S1', objective: 'O1', assessment: 'A1', plan: 'P1' });
    const b = json('older.json', { visit_date: '2025-12-24', subjective: 'S0', objective: 'O0', assessment: 'I10 Essential hypertension', plan: 'P0' });
    const r = await runSoap(['summarize', a, b, '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toEqual({
      visits: [
        { visit_date: '2025-12-24', soap_note: { subjective: 'S0', objective: 'O0', assessment: 'I10 Essential hypertension', plan: 'P0' } },
        { visit_date: '2026-03-01', soap_note: { subjective: 'S1', objective: 'O1', assessment: 'A1', plan: 'P1' } },
      ],
    });
  });

  it('--date mtime dates note files by their modification day', async () => {
    const undated = json('undated.json', { subjective: 'S', objective: 'O', assessment: 'A', plan: 'P' });
    const r = await runSoap(['summarize', undated, '--date', 'mtime', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect((emu().requests[0]!.json as { visits: { visit_date: string }[] }).visits[0]!.visit_date).toBe(new Date().toISOString().slice(0, 10));
  });

  it.each([
    ['no visits', () => json('e.json', { visits: [] }), /e\.json: visits: needs at least one visit/],
    ['a visit without visit_date', () => json('nd.json', { visits: [{ summary: 'x' }] }), /nd\.json: visits\[0\]\.visit_date: /],
    ['an invalid date', () => json('bd.json', { visits: [{ visit_date: '2026-02-30', summary: 'x' }] }), /bd\.json: visits\[0\]\.visit_date: is not a real calendar date/],
    ['a non-ISO date', () => json('us.json', { visits: [{ visit_date: '02/15/2026', summary: 'x' }] }), /us\.json: visits\[0\]\.visit_date: must be an ISO date/],
    ['a visit with neither note nor summary', () => json('nn.json', { visits: [{ visit_date: '2026-01-01' }] }), /nn\.json: visits\[0\]: each visit needs a soap_note or a summary/],
    ['malformed JSON', () => json('bad.json', '{"visits": ['), /bad\.json: not valid JSON/],
    ['a file that is neither', () => json('other.json', { hello: 'world' }), /other\.json: \(top level\): is neither a visits file nor a note/],
  ])('refuses %s (exit 2, nothing sent)', async (_name, make, message) => {
    const r = await runSoap(['summarize', make()], { env: env() });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(emu().requests).toHaveLength(0);
  });

  it('refuses a bad --patient-age', async () => {
    const r = await runSoap(['summarize', json('ok.json', VISITS), '--patient-age', 'old'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--patient-age must be a whole number/);
  });

  it('renders a diagnosis whose description is null, and maps an error in either spelling', async () => {
    emu().fault({ path: '/v1/visit-summary', rawBody: JSON.stringify({ summary: 'S.', key_findings: [], active_diagnoses: [{ code: 'E11.65', description: null }], extra: 1 }) });
    const r = await runSoap(['summarize', json('nulls.json', VISITS)], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nACTIVE DIAGNOSES\nE11\.65\n/);
    expect(r.stdout).not.toContain('null');
    emu().fault({ path: '/v1/visit-summary', code: 'INSUFFICIENT_BALANCE', message: 'Add funds' });
    const broke = await runSoap(['summarize', json('broke.json', VISITS)], { env: env() });
    expect(broke.code).toBe(4);
    expect(broke.stderr).toMatch(reading === 'seeds' ? /429 INSUFFICIENT_BALANCE: Add funds/ : /429 insufficient_balance: Add funds/);
  });
});

describe('soap summarize on the notes soap note --json writes (offline, no flags)', () => {
  it('dates them by their visit_date, their own creation day, their name, else their modification day with a notice', async () => {
    const ok = (name: string, extra: Record<string, unknown>) => json(name, { provider: 'local', subjective: 'S', objective: 'O', assessment: 'Hypertension.', plan: 'P', ...extra });
    const files = [
      ok('a.json', { visit_date: '2026-01-05', created_at: '2026-03-01T10:00:00Z' }),
      ok('b.json', { created_at: '2026-02-07T23:10:00Z' }),
      ok('2026-03-09-visit.json', {}),
      ok('undated.json', { created_at: 'not a date' }),
    ];
    const r = await runSoap(['summarize', ...files, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('!'))).toEqual([
      `! ${files[3]}: no visit date in the file or its name; dated ${today}, the day it was last modified (add "visit_date" to set it)`,
    ]);
    const summary = JSON.parse(r.stdout) as { summary: string };
    expect(summary.summary.split('\n').slice(1).map((l) => l.slice(0, 10))).toEqual(['2026-01-05', '2026-02-07', '2026-03-09', today]);
    // A note on stdin has neither a name nor a modification day.
    const piped = await runSoap(['summarize', '-'], { stdin: JSON.stringify({ assessment: 'A.' }) });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/^✗ -: a note on stdin has no visit date — add "visit_date"/);
  });

  it("accepts the offline engine's own --json notes and lists the diagnoses their assessments name", async () => {
    const notes = await Promise.all(
      ['knee-injury', 'ankle-sprain'].map(async (name) => {
        const made = await runSoap(['note', `fixtures/transcripts/${name}.txt`, '--json']);
        expect(made.code, made.stderr).toBe(0);
        return json(`${name}.json`, made.stdout);
      }),
    );
    const r = await runSoap(['summarize', ...notes, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { active_diagnoses: diagnoses } = JSON.parse(r.stdout) as { active_diagnoses: { code: string; description: string }[] };
    expect(diagnoses).toEqual(expect.arrayContaining([{ code: '', description: 'diabetes' }, { code: '', description: 'right ankle sprain' }]));
    // Anatomy the lexicon counts as evidence ("tendon", "ligament") is not a diagnosis.
    expect(diagnoses.map((d) => d.description)).not.toEqual(expect.arrayContaining(['tendon']));
    const text = await runSoap(['summarize', ...notes]);
    expect(text.stdout).toMatch(/\nACTIVE DIAGNOSES\n(?:.+\n)*right ankle sprain\n/);
  });

  it('lists codes where an assessment has them, and names where it has none', async () => {
    const file = json('mixed.json', {
      visits: [
        { visit_date: '2026-01-10', soap_note: { assessment: 'I10 Essential hypertension, well controlled.', plan: 'Continue lisinopril. Check K+ (E87.6 ruled out).' } },
        { visit_date: '2026-02-15', soap_note: { assessment: 'Acute otitis media of the left ear.', plan: 'Amoxicillin.' } },
      ],
    });
    const r = await runSoap(['summarize', file, '--json']);
    const { active_diagnoses: diagnoses } = JSON.parse(r.stdout) as { active_diagnoses: { code: string; description: string }[] };
    expect(diagnoses).toEqual([{ code: 'I10', description: 'Essential hypertension' }, { code: '', description: 'acute otitis media' }]);
    expect((await runSoap(['summarize', file])).stdout).toMatch(/\nACTIVE DIAGNOSES\nI10 {2}Essential hypertension\n- {4}acute otitis media\n/);
  });
});
