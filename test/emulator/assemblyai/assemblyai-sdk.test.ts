// The official SDK as a client: proof that the emulator speaks AssemblyAI's protocol, not just ours.
import { AssemblyAI, type PiiPolicy } from 'assemblyai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFakeAudio } from './fixtures.js';
import { ASSEMBLYAI_OTHER_KEY, ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator } from './index.js';

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

function sdk(apiKey = ASSEMBLYAI_TEST_KEY): AssemblyAI {
  return new AssemblyAI({ apiKey, baseUrl: emu.url, llmGatewayBaseUrl: emu.url });
}

const redacted = { redact_pii: true, redact_pii_policies: ['person_name', 'organization', 'occupation'] as PiiPolicy[], redact_pii_sub: 'hash' as const };

describe('AssemblyAI SDK against the emulator', () => {
  it('uploads a local file, transcribes it with speakers and redaction, and gets it again', async () => {
    const audio = writeFakeAudio();
    const client = sdk();
    const transcript = await client.transcripts.transcribe(
      { audio: audio.path, speech_models: ['universal-3-pro'], speaker_labels: true, ...redacted },
      { pollingInterval: 10 },
    );
    expect(transcript.status).toBe('completed');
    expect(emu.uploads).toEqual([{ sha256: audio.sha256, size: 64 * 1024 }]);
    expect(transcript.text).toMatch(/I have had .+ for \d+ days/);
    expect(transcript.text).toContain('####');
    expect(transcript.text).not.toMatch(/Dr\. (Helen|Samuel)|Northfield|Lakeside|Harbor|teacher|baker|supervisor/);
    expect(transcript.utterances?.map((u) => u.speaker).slice(0, 3)).toEqual(['A', 'B', 'A']);
    // queued, processing, completed: three polls with the default script
    expect(emu.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    const again = await client.transcripts.get(transcript.id);
    expect(again.text).toBe(transcript.text);
    expect(emu.requests[0]?.headers.authorization).toBe(ASSEMBLYAI_TEST_KEY);
  });

  it('accepts a public URL without uploading, and reports a failed transcript as status error', async () => {
    emu.transcript = { pollsUntilDone: 1, finalStatus: 'error', errorMessage: 'Download error: unsupported file type' };
    const transcript = await sdk().transcripts.transcribe({ audio: 'https://example.org/visit.mp3' }, { pollingInterval: 10 });
    expect(transcript.status).toBe('error');
    expect(transcript.error).toBe('Download error: unsupported file type');
    expect(emu.uploads).toEqual([]);
  });

  it('answers the LLM Gateway with the transcript substituted for the tag', async () => {
    const client = sdk();
    const transcript = await client.transcripts.transcribe({ audio: 'https://example.org/a.mp3' }, { pollingInterval: 10 });
    const answer = await client.llmGateway.chatCompletions({
      model: 'claude-sonnet-4-6',
      messages: [{ role: 'user', content: 'Write a SOAP note.\n\n<transcript>\n{{ transcript }}\n</transcript>' }],
      transcript_id: transcript.id,
      max_tokens: 1000,
    });
    const content = answer.choices[0]?.message?.content;
    expect(typeof content).toBe('string');
    expect(JSON.parse(String(content))).toHaveProperty('plan');
    expect(emu.completions[0]?.messages[0]?.content).toContain(transcript.text);
    expect(emu.completions[0]?.messages[0]?.content).not.toContain('{{ transcript }}');
  });

  it("refuses a wrong key and another account's transcript", async () => {
    await expect(sdk('aai-wrong').transcripts.get('whatever')).rejects.toThrow(/Authentication error/);
    const transcript = await sdk().transcripts.transcribe({ audio: 'https://example.org/a.mp3' }, { pollingInterval: 10 });
    await expect(
      sdk(ASSEMBLYAI_OTHER_KEY).llmGateway.chatCompletions({
        model: 'claude-sonnet-4-6',
        messages: [{ role: 'user', content: '{{ transcript }}' }],
        transcript_id: transcript.id,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
