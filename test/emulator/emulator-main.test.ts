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
      const match = /^SOAPNoteAPI emulator \(seeds reading\) listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(line);
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

  it('speaks the reading given with --reading, and refuses an unknown one (exit 2)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--reading', 'current'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [firstChunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /^SOAPNoteAPI emulator \(current reading\) listening on (\S+)\n$/.exec(firstChunk.toString('utf8'))?.[1];
      // The current reading's list is public and includes primary_care_physician.
      const res = await fetch(`${url}/v1/specialties`);
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('"value":"primary_care_physician"');
      child.kill('SIGTERM');
      await once(child, 'exit');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const bad = spawn(process.execPath, ['--import', 'tsx', MAIN, '--reading', 'tomorrow'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    bad.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const [code] = (await once(bad, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toBe('emulator: --reading must be one of seeds, current (got "tomorrow")\n');
  });
});
