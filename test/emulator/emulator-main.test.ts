import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_KEY } from './emulator-test-client.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('standalone runner', () => {
  it('prints its URL, serves requests and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--latency', '5'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [firstChunk] = (await once(child.stdout, 'data')) as [Buffer];
      const line = firstChunk.toString('utf8');
      const match = /^SOAPNoteAPI emulator listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(line);
      expect(match, line).not.toBeNull();
      const res = await fetch(`${match?.[1]}/v1/specialties`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
      expect(res.status).toBe(200);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
