import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { spawnSoap } from '../reliability/spawn-soap.js';

// What minifying the bundle (scripts/build.mjs) must not change: errors named after their class, where a batch
// report shows the name, and --debug stack traces that point at src/ through the source maps.

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the bundle', () => {
  it('keeps --debug stack traces readable: the error class and src/ files and lines', async () => {
    const r = await spawnSoap(['note', 'no-such-file.txt', '-s', 'physician', '--debug']);
    expect(r.code).toBe(2);
    const [line, ...stack] = r.stderr.trim().split('\n');
    expect(line).toBe('✗ no-such-file.txt: no such file — check the path');
    expect(stack[0]).toBe('UsageError: no-such-file.txt: no such file');
    expect(stack.join('\n')).toMatch(/\(.*src\/input\/read-text\.ts:\d+:\d+\)/);
    const quiet = await spawnSoap(['note', 'no-such-file.txt', '-s', 'physician']);
    expect(quiet.stderr).toBe('✗ no-such-file.txt: no such file — check the path\n');
  });

  it('names a failure in a batch report by its error class', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-bundle-'));
    const report = join(dir, 'run.ndjson');
    const r = await spawnSoap(
      ['note', 'fixtures/transcripts/knee-injury.txt', 'fixtures/transcripts/ankle-sprain.txt', '-s', 'physician', '--out-dir', join(dir, 'notes'), '--report', report, '--max-retries', '0'],
      { env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: `http://127.0.0.1:${await closedPort()}` } },
    );
    expect(r.code).toBe(5);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { status: string; error?: { code: string } });
    expect(lines.map((l) => [l.status, l.error?.code])).toEqual([
      ['failed', 'ConnectionError'],
      ['failed', 'ConnectionError'],
    ]);
  });
});
