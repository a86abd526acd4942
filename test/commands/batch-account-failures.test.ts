// A refused key fails every input alike, whichever service refuses it: the batch stops at once with exit 3.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';
import { runSoap } from '../helpers/run-cli.js';

let emu: OpenAiEmulator;
beforeAll(async () => {
  emu = await startOpenAiEmulator({ apiKey: OPENAI_TEST_KEY });
});
afterAll(() => emu.close());

describe('a batch against an OpenAI-compatible server with a refused key', () => {
  it('stops at the first 401 invalid_api_key with exit 3 and reports the rest NOT_STARTED', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'soap-oai-corpus-'));
    const text = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
    for (let i = 0; i < 6; i++) writeFileSync(join(corpus, `v${i}.txt`), `Visit ${i}. ${text}`);
    const report = `${corpus}.ndjson`;
    const r = await runSoap(['note', corpus, '-s', 'physician', '--provider', 'openai', '--concurrency', '1', '--report', report], {
      env: { OPENAI_API_KEY: 'sk-refused-0000', OPENAI_BASE_URL: emu.url },
    });
    expect(r.code, r.stderr).toBe(3);
    expect(emu.requests).toHaveLength(1);
    const codes = readFileSync(report, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { error: { code: string } }).error.code);
    expect(codes).toEqual(['invalid_api_key', ...Array(5).fill('NOT_STARTED')]);
  });
});
