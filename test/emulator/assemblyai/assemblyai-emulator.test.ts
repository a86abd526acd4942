import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ASSEMBLYAI_OTHER_KEY, ASSEMBLYAI_TEST_KEY, MEDICAL_LANGUAGE_WARNING, startAssemblyAiEmulator, substituteTranscript, type AssemblyAiEmulator } from './index.js';

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

describe('the current reading (API-delta.md, section B)', () => {
  beforeEach(() => {
    emu.reading = 'current';
  });
  const url = 'https://example.org/visit.mp3';

  it('requires speech_models, refuses the singular speech_model, and reports the model used with warnings', async () => {
    expect(await call('/v2/transcript', { audio_url: url })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/speech_models is required/) } });
    expect((await call('/v2/transcript', { audio_url: url, speech_model: 'best', speech_models: ['best'] })).status).toBe(400);
    emu.transcript.modelFallback = true;
    const t = await completedTranscript({ speech_models: ['universal-3-pro', 'universal-2'] });
    expect(t).toMatchObject({ speech_model_used: 'universal-2', metadata: { domain_used: null, warnings: [{ message: expect.stringMatching(/universal-3-pro does not support/) }] } });
    emu.reading = 'seeds';
    expect((await call('/v2/transcript', { audio_url: url })).status).toBe(200);
  });

  it('takes Medical Mode, skips it with the documented warning, or refuses the field by name', async () => {
    const medical = { speech_models: ['universal-3-pro', 'universal-2'], domain: 'medical-v1' };
    expect((await completedTranscript(medical)).metadata).toEqual({ domain_used: 'medical-v1', warnings: [] });
    emu.medical = 'unsupported-language';
    expect((await completedTranscript(medical)).metadata).toEqual({ domain_used: null, warnings: [{ message: MEDICAL_LANGUAGE_WARNING }] });
    emu.medical = 'refused';
    expect(await call('/v2/transcript', { audio_url: url, ...medical })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/"domain"/) } });
  });

  it('refuses speakers_expected together with speaker_options, and omits utterances when scripted', async () => {
    const both = { audio_url: url, speech_models: ['best'], speaker_labels: true, speakers_expected: 2, speaker_options: { min_speakers_expected: 2 } };
    expect((await call('/v2/transcript', both)).status).toBe(400);
    emu.transcript.utterances = false;
    expect((await completedTranscript({ speech_models: ['best'], speaker_labels: true, speakers_expected: 2 })).utterances).toBeNull();
  });

  it('has no transcript_id on the gateway: a flat 400 with a request id', async () => {
    const answer = await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: '{{ transcript }}' }], transcript_id: 'x' });
    expect(answer).toMatchObject({ status: 400, body: { code: 400, message: expect.stringMatching(/transcript_id/), request_id: expect.any(String), metadata: { errors: expect.any(Array) } } });
    expect(await call('/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'hi' }] }, 'wrong')).toMatchObject({
      status: 401,
      body: { error: expect.any(String), status: 'error', request_id: expect.any(String) },
    });
    emu.errorShape = 'nested';
    expect((await call('/v1/chat/completions', { model: 'm', messages: [] })).body).toEqual({ error: { code: 400, message: 'messages must be a non-empty array', metadata: {} } });
  });

  it('answers with an empty first choice, Claude finish reasons, input_tokens usage and a request id', async () => {
    const messages = [{ role: 'user', content: '<transcript>\nI have had a cough for 3 days. I recommend rest.\n</transcript>' }];
    const { body } = await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages, max_tokens: 900 });
    expect(body.choices[0].message.content).toBe('');
    expect(body.choices[1]).toMatchObject({ message: { content: emu.completions[0]?.answer }, finish_reason: 'end_turn' });
    expect(body.usage).toEqual({ input_tokens: expect.any(Number), output_tokens: expect.any(Number), total_tokens: expect.any(Number) });
    expect(body).toMatchObject({ request_id: expect.any(String), request: { model: 'claude-sonnet-4-6', max_tokens: 900 } });
    emu.truncate = true;
    const cut = (await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages })).body;
    expect(cut.choices[1].finish_reason).toBe('max_tokens');
    expect(cut.choices[1].message.content.length).toBeLessThan(body.choices[1].message.content.length);
    expect((await call('/v1/chat/completions', { model: 'gpt-5', messages })).body.choices[1].finish_reason).toBe('length');
  });

  it('refuses to stream a non-OpenAI model with a 400 naming stream; answers whole when told to ignore stream', async () => {
    const messages = [{ role: 'user', content: 'hello' }];
    expect(await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages, stream: true })).toMatchObject({ status: 400, body: { message: expect.stringMatching(/stream/) } });
    expect((await call('/v1/chat/completions', { model: 'gpt-4.1', messages, stream: true })).text).toMatch(/data: \[DONE\]\n\n$/);
    emu.streaming = 'json';
    expect((await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages, stream: true })).body.choices).toHaveLength(2);
    emu.models = ['claude-sonnet-4-6'];
    expect(await call('/v1/chat/completions', { model: 'claude-3-haiku-20240307', messages })).toMatchObject({ status: 400, body: { message: 'model claude-3-haiku-20240307 is not supported' } });
  });

  it('goes back to the start reading on reset', () => {
    emu.reset();
    expect(emu.reading).toBe('seeds');
  });
});

describe('the seeds reading', () => {
  it('answers with one choice, OpenAI usage names, and finish_reason stop or length', async () => {
    const messages = [{ role: 'user', content: 'hello' }];
    const { body } = await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages });
    expect(body.choices).toHaveLength(1);
    expect(body.choices[0].finish_reason).toBe('stop');
    expect(Object.keys(body.usage)).toEqual(['prompt_tokens', 'completion_tokens', 'total_tokens']);
    emu.truncate = true;
    expect((await call('/v1/chat/completions', { model: 'claude-sonnet-4-6', messages })).body.choices[0].finish_reason).toBe('length');
  });
});
