import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';

/**
 * Real UTF-16 files with a byte-order mark (as Windows tools save them) through the commands: each is sent decoded,
 * exactly as the same text saved as UTF-8 would be — transcripts, patient history, context and visits alike.
 */

const { emu, env } = useEmulator();
const dir = mkdtempSync(join(tmpdir(), 'soap-encodings-'));
const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');

type Encoding = 'utf-16le' | 'utf-16be';
function encode(text: string, encoding: Encoding): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'utf-16le' ? le : le.swap16();
}
function file(name: string, text: string, encoding: Encoding): string {
  const path = join(dir, name);
  writeFileSync(path, encode(text, encoding));
  return path;
}

/** The JSON body of the first request to `path`. */
function sent(path: string): Record<string, unknown> {
  const request = emu().requests.find((r) => r.path === path);
  expect(request, `no request to ${path}`).toBeDefined();
  return request!.json as Record<string, unknown>;
}

const ENCODINGS: Encoding[] = ['utf-16le', 'utf-16be'];

describe('UTF-16 files with a byte-order mark are sent decoded', () => {
  it.for(ENCODINGS)('a transcript (%s) through note', async (encoding) => {
    const r = await runSoap(['note', file(`t-${encoding}.txt`, TRANSCRIPT, encoding), '-s', 'physician', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(sent('/v1/note').transcript).toBe(TRANSCRIPT);
  });

  it.for(ENCODINGS)('a transcript (%s) through stream', async (encoding) => {
    const r = await runSoap(['stream', file(`s-${encoding}.txt`, TRANSCRIPT, encoding), '-s', 'physician', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(sent('/v1/stream/note').transcript).toBe(TRANSCRIPT);
  });

  it.for(ENCODINGS)('patient history and context (%s)', async (encoding) => {
    const history = 'Hypertension since 2019, on lisinopril 10 mg daily. Señora García’s knee surgery in 2021.';
    const context = { patient_info: { name: 'Zoë Ångström', age: 54 } };
    const r = await runSoap(
      ['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--json', '--patient-history', file(`h-${encoding}.txt`, history, encoding), '--context', file(`c-${encoding}.json`, JSON.stringify(context), encoding)],
      { env: env() },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(sent('/v1/note').context).toEqual({ ...context, patient_history: history });
  });

  it('visits (UTF-16LE) through summarize', async () => {
    const visits = { visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] };
    const r = await runSoap(['summarize', file('visits.json', JSON.stringify(visits), 'utf-16le'), '--provider', 'soapnoteapi', '--json'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(sent('/v1/visit-summary').visits).toEqual(visits.visits);
  });

  it('a batch mixing UTF-8, UTF-16LE and UTF-16BE transcripts', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), TRANSCRIPT);
    writeFileSync(join(folder, 'b.txt'), encode(TRANSCRIPT, 'utf-16le'));
    writeFileSync(join(folder, 'c.txt'), encode(TRANSCRIPT, 'utf-16be'));
    const r = await runSoap(['note', folder, '-s', 'physician', '--json', '--concurrency', '1'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const transcripts = emu()
      .requests.filter((q) => q.path === '/v1/note')
      .map((q) => (q.json as { transcript: string }).transcript);
    expect(transcripts).toEqual([TRANSCRIPT, TRANSCRIPT, TRANSCRIPT]);
  });
});
