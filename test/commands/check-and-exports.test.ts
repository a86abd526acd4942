import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { documentBundleSchema } from '../export/fhir-r4-schema.js';

const FIXTURE = 'fixtures/transcripts/knee-injury.txt';
const { env } = useEmulator();
const dir = mkdtempSync(join(tmpdir(), 'soap-check-'));
const CONTEXT = join(dir, 'ctx.json');
writeFileSync(CONTEXT, JSON.stringify({ patient_info: { name: 'Alex Example', age: 58, gender: 'male' } }));

async function localNote(): Promise<Record<string, unknown>> {
  return JSON.parse((await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--json'])).stdout);
}

describe('soap check', () => {
  it('reports nothing for a note the offline engine wrote from the transcript', async () => {
    const path = join(dir, 'local.json');
    writeFileSync(path, JSON.stringify(await localNote()));
    const r = await runSoap(['check', path, '--transcript', FIXTURE, '--strict']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ Grounding check: every checked statement is supported by the transcript.\n');
  });

  it('catches a changed dose, a swapped side and an invented vital; --strict exits 6', async () => {
    const note = await localNote();
    const tampered = {
      ...note,
      subjective: String(note.subjective).replace('right knee', 'left knee'),
      objective: `${String(note.objective)}\nBP 150/95 mmHg.`,
      plan: String(note.plan).replace('500 mg', '850 mg'),
    };
    const path = join(dir, 'tampered.json');
    writeFileSync(path, JSON.stringify(tampered));
    const r = await runSoap(['check', path, '--transcript', FIXTURE, '--json', '--strict']);
    expect(r.code).toBe(6);
    const { grounding } = JSON.parse(r.stdout);
    expect(grounding).toEqual(expect.arrayContaining([
      expect.objectContaining({ section: 'subjective', kind: 'laterality' }),
      expect.objectContaining({ section: 'objective', kind: 'number', claim: expect.stringContaining('150/95') }),
      expect.objectContaining({ section: 'plan', kind: 'number', reason: expect.stringContaining('850 mg') }),
    ]));
    const human = await runSoap(['check', path, '--transcript', FIXTURE]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^⚠ Grounding check: \d+ statements are not supported by the transcript/);
    expect(human.stdout).toMatch(/\[Plan · number\].*\n {3}why: "850 mg" does not appear in the transcript \(it mentions 500 mg\)/);
  });

  it('refuses a file that is not a note, and a missing transcript (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    expect((await runSoap(['check', bad, '--transcript', FIXTURE])).stderr).toMatch(/bad\.json: \(top level\): has none of subjective/);
    const r = await runSoap(['check', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/required option '-t, --transcript <file>' not specified/);
  });
});

describe('--verify', () => {
  it('puts findings in a grounding field with --json, and --strict exits 6 on an unsupported note', async () => {
    // The emulator's plan invents "Follow up in 2 weeks", which this transcript never says.
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '--verify', '--strict'], { env: env() });
    expect(r.code).toBe(6);
    const note = JSON.parse(r.stdout);
    expect(note.grounding).toEqual(expect.arrayContaining([expect.objectContaining({ section: 'plan', kind: 'number', claim: expect.stringContaining('2 weeks') })]));
    const lenient = await runSoap(['note', FIXTURE, '-s', 'physician', '--verify'], { env: env() });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/\n⚠ Grounding check: \d+ statements? (is|are) not supported/);
  });

  it('is clean for the offline engine, and absent without --verify', async () => {
    const verified = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--json', '--strict']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout).grounding).toEqual([]);
    const plain = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--json']);
    expect(JSON.parse(plain.stdout).grounding).toBeUndefined();
  });

  it('works on stream (in the assembled note) and audio (against the service transcript)', async () => {
    const s = await runSoap(['stream', FIXTURE, '-s', 'physician', '--json', '--verify'], { env: env() });
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout.trim().split('\n').at(-1)!).grounding.length).toBeGreaterThan(0);
    const a = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician', '--json', '--strict'], { env: env() });
    expect(JSON.parse(a.stdout).grounding).toEqual(expect.any(Array));
    expect([0, 6]).toContain(a.code);
  });
});

describe('exports', () => {
  it('--format fhir writes a valid R4 document bundle with the patient from --context', async () => {
    const ctx = join(dir, 'ctx.json');
    writeFileSync(ctx, JSON.stringify({ patient_info: { name: 'Test Patient', age: 40, gender: 'female' } }));
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes', '--context', ctx, '--format', 'fhir'], { env: env() });
    expect(r.code).toBe(0);
    const bundle = documentBundleSchema.parse(JSON.parse(r.stdout));
    expect(bundle.type).toBe('document');
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types[0]).toBe('Composition');
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Condition', 'Device']));
    const composition = bundle.entry[0]!.resource as { section: { code: { coding: { code: string }[] } }[] };
    expect(composition.section.map((s) => s.code.coding[0]!.code)).toEqual(['61150-9', '61149-1', '51848-0', '18776-5']);
    expect(r.stdout).toContain('Test Patient');
  });

  it('--format fhir works for --out-dir batches too', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'soap-fhir-batch-'));
    writeFileSync(join(corpus, 'a.txt'), readFileSync(FIXTURE));
    writeFileSync(join(corpus, 'b.txt'), readFileSync('fixtures/transcripts/ankle-sprain.txt'));
    const out = mkdtempSync(join(tmpdir(), 'soap-fhir-out-'));
    const r = await runSoap(['note', corpus, '-s', 'physician', '--provider', 'local', '--format', 'fhir', '--out-dir', out]);
    expect(r.code).toBe(0);
    for (const name of ['a.soap.fhir.json', 'b.soap.fhir.json']) documentBundleSchema.parse(JSON.parse(readFileSync(join(out, name), 'utf8')));
  });

  it('--format fhir and markdown work for the offline engine and into --output', async () => {
    const out = join(dir, 'note.fhir.json');
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--format', 'fhir', '-o', out]);
    expect(r.code).toBe(0);
    documentBundleSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const md = await runSoap(['note', FIXTURE, '-s', 'physician', '--format', 'markdown', '--billing-codes', '--patient-summary'], { env: env() });
    expect(md.stdout).toMatch(/^# SOAP note\n/);
    expect(md.stdout).toContain('## Subjective');
    expect(md.stdout).toMatch(/\| ICD-10 \| [A-Z]\d/);
    expect(md.stdout).toContain('Recommended codes for review.');
    expect(md.stdout).toContain('## Patient summary');
  });

  it('--format fhir gives the same bytes on two runs for the same note: offline, and a SOAPNoteAPI note fetched twice', async () => {
    const args = ['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--format', 'fhir', '--context', CONTEXT];
    const [first, second] = [await runSoap(args), await runSoap(args)];
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const other = await runSoap(['note', 'fixtures/transcripts/ankle-sprain.txt', ...args.slice(2)]);
    expect(JSON.parse(other.stdout).id).not.toBe(JSON.parse(first.stdout).id);

    const made = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    const id = (JSON.parse(made.stdout) as { noteId: string }).noteId;
    const fetched = [await runSoap(['status', id, '--format', 'fhir'], { env: env() }), await runSoap(['status', id, '--format', 'fhir'], { env: env() })];
    expect(fetched[0]!.code).toBe(0);
    expect(fetched[1]!.stdout).toBe(fetched[0]!.stdout);
  });
});
