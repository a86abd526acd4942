import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSEMBLYAI_TEST_KEY } from './index.js';

const RUNNERS = {
  assemblyai: fileURLToPath(new URL('./main.ts', import.meta.url)),
  openai: fileURLToPath(new URL('../openai/main.ts', import.meta.url)),
};

/** Starts a runner, calls it once, and stops it with SIGTERM; the answer's status and body. */
async function callRunner(main: string, args: string[], path: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = chunk.toString('utf8').trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const answer = { status: res.status, body: (await res.json()) as unknown };
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
    return answer;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

describe('standalone runners take --reading', () => {
  it('AssemblyAI --reading current requires speech_models', async () => {
    const r = await callRunner(RUNNERS.assemblyai, ['--reading', 'current'], '/v2/transcript', { audio_url: 'https://example.org/a.mp3' }, { authorization: ASSEMBLYAI_TEST_KEY });
    expect(r).toMatchObject({ status: 400, body: { error: expect.stringMatching(/speech_models is required/) } });
  });

  it('OpenAI-compatible --reading current answers with input_tokens usage', async () => {
    const r = await callRunner(RUNNERS.openai, ['--reading', 'current'], '/v1/chat/completions', { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }, {});
    expect(r.status).toBe(200);
    expect(r.body.usage).toHaveProperty('input_tokens');
  });
});
