import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'vitest';
import { buildDialogue, renderUtterances } from '../emulator/assemblyai/dialogue.js';
import { deriveAudioTranscript } from '../emulator/audio-handler.js';
import { runSoap } from '../helpers/run-cli.js';
import { AUDIO, startFor } from './endpoints.js';

/**
 * `soap audio` with a transcribing provider sends on text it never read from disk: the transcript the service wrote.
 * When the note step's server quotes that transcript back in an error, the quote is patient data like any other and
 * must come out scrubbed — in the failure line and in --debug traces.
 */

const sha256 = createHash('sha256').update(readFileSync(AUDIO)).digest('hex');

/** What each service transcribes the fixture to, as its emulator does (AssemblyAI's longest turn: the prompt quotes it whole). */
const TRANSCRIPTS = {
  assemblyai: renderUtterances(buildDialogue(sha256), undefined)
    .map((u) => u.text)
    .reduce((a, b) => (b.length > a.length ? b : a)),
  openai: deriveAudioTranscript(sha256, basename(AUDIO)),
} as const;

/** A run of the transcript long enough to be unmistakably the patient's words. */
function quoteOf(transcript: string): string {
  const start = Math.floor(transcript.length / 3);
  return transcript.slice(start, start + 60);
}

/** Every 20-character piece of the quote, 5 apart: none may be left in what is printed. */
function windowsOf(quote: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i + 20 <= quote.length; i += 5) pieces.push(quote.slice(i, i + 20));
  return pieces;
}

describe.concurrent('a note server quoting the transcript a service wrote: the quote never reaches stderr', () => {
  it.for(['assemblyai', 'openai'] as const)('soap audio --provider %s', async (service, { expect }) => {
    const run = await startFor(service);
    try {
      const quote = quoteOf(TRANSCRIPTS[service]);
      const body = JSON.stringify({ error: { message: `could not process the text near "${quote}"`, type: 'invalid_request_error', code: null } });
      run.emu.fault({ method: 'POST', path: /^\/v1\/chat\/completions$/, status: 422, rawBody: body, times: Infinity });
      const r = await runSoap(['--debug', 'audio', AUDIO, '-s', 'physician', '--provider', service, '--max-retries', '0'], { env: run.env });
      // Not vacuous: the transcript did go out to the note step, carrying the quoted run.
      const sent = run.emu.requests.filter((q) => q.path.endsWith('/chat/completions')).map((q) => q.body.toString('utf8'));
      expect(sent.join('\n')).toContain(JSON.stringify(quote).slice(1, -1));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.split('\n').find((l) => l.startsWith('✗ '))).toContain('[…]');
      expect(windowsOf(quote).filter((w) => r.stderr.includes(w))).toEqual([]);
    } finally {
      await run.emu.close();
    }
  });
});
