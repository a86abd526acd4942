import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASSEMBLYAI_OTHER_KEY, ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, substituteTranscript, type AssemblyAiEmulator } from './index.js';

let emu: AssemblyAiEmulator;
beforeAll(async () => {
  emu = await startAssemblyAiEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

async function call(path: string, json?: unknown, key: string | null = ASSEMBLYAI_TEST_KEY): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = key === null ? {} : { authorization: key };
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${emu.url}${path}`, { method: json === undefined ? 'GET' : 'POST', headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text };
}

/** Creates a transcript of a web URL and polls it to completion. */
async function completedTranscript(options: Record<string, unknown> = {}, key = ASSEMBLYAI_TEST_KEY): Promise<any> {
  emu.transcript.pollsUntilDone = 0;
  const created = await call('/v2/transcript', { audio_url: 'https://example.org/visit.mp3', ...options }, key);
  expect(created.status).toBe(200);
  return (await call(`/v2/transcript/${created.body.id}`, undefined, key)).body;
}

describe('auth', () => {
  it('takes the bare key and refuses a Bearer header or none', async () => {
    expect((await call('/v2/transcript/x', undefined, `Bearer ${ASSEMBLYAI_TEST_KEY}`)).status).toBe(401);
    const none = await call('/v2/transcript/x', undefined, null);
    expect(none).toMatchObject({ status: 401, body: { error: 'Authentication error, API token missing/invalid' } });
    expect((await call('/v2/transcript/x')).status).toBe(404);
  });
});

describe('transcripts', () => {
  it('goes queued → processing → completed over the scripted polls', async () => {
    emu.transcript.pollsUntilDone = 3;
    const created = await call('/v2/transcript', { audio_url: 'https://example.org/a.mp3' });
    expect(created.body).toMatchObject({ status: 'queued', text: null });
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(`/v2/transcript/${created.body.id}`)).body.status);
    expect(statuses).toEqual(['queued', 'processing', 'processing', 'completed', 'completed']);
  });

  it('ends in error with the scripted message', async () => {
    emu.transcript = { pollsUntilDone: 1, finalStatus: 'error', errorMessage: 'audio too short' };
    const created = await call('/v2/transcript', { audio_url: 'https://example.org/a.mp3' });
    await call(`/v2/transcript/${created.body.id}`);
    expect((await call(`/v2/transcript/${created.body.id}`)).body).toMatchObject({ status: 'error', error: 'audio too short', text: null });
  });

  it('gives utterances only with speaker_labels', async () => {
    expect((await completedTranscript()).utterances).toBeNull();
    const labelled = await completedTranscript({ speaker_labels: true });
    expect(labelled.utterances.length).toBeGreaterThan(3);
    expect(labelled.utterances[0]).toMatchObject({ speaker: 'A', start: expect.any(Number), end: expect.any(Number) });
    expect(labelled.utterances.map((u: { text: string }) => u.text).join(' ')).toBe(labelled.text);
  });

  it('redacts the chosen policies, as hashes or entity names', async () => {
    const plain = (await completedTranscript()).text as string;
    const names = /Dr\. (Helen Park|Samuel Reyes)/.exec(plain)?.[0];
    expect(names).toMatch(/^Dr\. /);
    const hashed = (await completedTranscript({ redact_pii: true, redact_pii_policies: ['person_name'], redact_pii_sub: 'hash' })).text as string;
    expect(hashed).not.toContain(names);
    expect(hashed).toContain('#'.repeat(names!.length));
    expect(hashed).toMatch(/Northfield|Lakeside|Harbor/); // organisations were not asked for
    const named = (await completedTranscript({ redact_pii: true, redact_pii_policies: ['person_name', 'organization', 'occupation'], redact_pii_sub: 'entity_name' })).text as string;
    expect(named).toContain('[PERSON_NAME]');
    expect(named).toContain('[ORGANIZATION]');
    expect(named).toContain('[OCCUPATION]');
    expect(named).not.toMatch(/Northfield|Lakeside|Harbor|#/);
  });

  it('refuses redaction without policies, and a bad audio_url', async () => {
    expect((await call('/v2/transcript', { audio_url: 'https://example.org/a.mp3', redact_pii: true })).status).toBe(400);
    expect((await call('/v2/transcript', { audio_url: 'not a url' })).body).toEqual({ error: 'audio_url must be an http(s) URL' });
  });

  it("hides another account's transcripts", async () => {
    const created = await call('/v2/transcript', { audio_url: 'https://example.org/a.mp3' });
    expect((await call(`/v2/transcript/${created.body.id}`, undefined, ASSEMBLYAI_OTHER_KEY)).status).toBe(404);
  });
});

describe('LLM Gateway {{ transcript }} rules', () => {
  it('replaces only the first tag of the first message that has one', () => {
    const out = substituteTranscript(
      [
        { role: 'system', content: 'no tag here' },
        { role: 'user', content: 'A {{ transcript }} B {{ transcript }}' },
        { role: 'user', content: 'C {{ transcript }}' },
      ],
      'TEXT $& $1',
    );
    expect(out.map((m) => m.content)).toEqual(['no tag here', 'A TEXT $& $1 B {{ transcript }}', 'C {{ transcript }}']);
  });

  it('substitutes the plain text only, and leaves tag variants alone', async () => {
    const t = await completedTranscript({ speaker_labels: true });
    const content = 'x {{transcript}} {{ TRANSCRIPT }} {{  transcript  }} <transcript>\n{{ transcript }}\n</transcript>';
    const answer = await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages: [{ role: 'user', content }], transcript_id: t.id, max_tokens: 500 });
    expect(answer.status).toBe(200);
    const seen = emu.completions[0]?.messages[0]?.content ?? '';
    expect(seen).toBe(content.replace('{{ transcript }}', t.text));
    expect(seen).not.toContain('Speaker A');
  });

  it('answers 404 for an unknown or foreign transcript id, and leaves the tag alone without an id', async () => {
    const messages = [{ role: 'user', content: 'Summarise {{ transcript }}' }];
    expect((await call('/v1/chat/completions', { model: 'm', messages, transcript_id: 'nope' })).status).toBe(404);
    const t = await completedTranscript();
    expect((await call('/v1/chat/completions', { model: 'm', messages, transcript_id: t.id }, ASSEMBLYAI_OTHER_KEY)).status).toBe(404);
    expect((await call('/v1/chat/completions', { model: 'm', messages })).status).toBe(200);
    expect(emu.completions[0]?.messages[0]?.content).toBe('Summarise {{ transcript }}');
  });

  it('answers in the scripted style', async () => {
    const messages = [{ role: 'user', content: 'Use exactly these keys: "subjective", "objective", "assessment", "plan".\n<transcript>\nI have had a cough for 3 days. I recommend rest.\n</transcript>' }];
    const json = await call('/v1/chat/completions', { model: 'm', messages });
    expect(Object.keys(JSON.parse(json.body.choices[0].message.content))).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    emu.answerStyle = 'headings';
    const headings = (await call('/v1/chat/completions', { model: 'm', messages })).body.choices[0].message.content;
    expect(headings).toMatch(/## Subjective\n[\s\S]*## Plan\n/);
    emu.answerStyle = 'garbage';
    const garbage = (await call('/v1/chat/completions', { model: 'm', messages })).body.choices[0].message.content;
    expect(garbage).not.toMatch(/subjective|plan/i);
  });

  it('streams OpenAI-style chunks ending in [DONE], or stops short when truncated', async () => {
    const messages = [{ role: 'user', content: '<transcript>\nI have had a cough for 3 days.\n</transcript>' }];
    const whole = await call('/v1/chat/completions', { model: 'm', messages, stream: true });
    const events = whole.text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const content = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)).choices[0].delta.content ?? '').join('');
    expect(content).toBe(emu.completions[0]?.answer);
    emu.stream.truncateAfterEvents = 3;
    const cut = await call('/v1/chat/completions', { model: 'm', messages, stream: true });
    expect(cut.text.split('\n\n').filter(Boolean)).toHaveLength(3);
    expect(cut.text).not.toContain('[DONE]');
  });
});
