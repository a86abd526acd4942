// The gateway wire format as documented now (API-delta.md B.4): answers, usage, finish reasons, error bodies, 429 waits.
import { describe, expect, it } from 'vitest';
import { addUsage, chatCompletionSchema, isTruncated, readChatAnswer, readUsage } from '../../src/api/chat/index.js';
import { AuthError, InsufficientBalanceError, InvalidResponseError } from '../../src/errors.js';
import { mapHttpError, parseErrorBody } from '../../src/http/error-mapping.js';
import { computeRetryDelayMs, parseRateLimitResetMs } from '../../src/http/retry-policy.js';

const answer = (body: unknown) => readChatAnswer(chatCompletionSchema.parse(body));

describe('readChatAnswer', () => {
  it('takes the first choice whose content is a non-empty string, with its finish_reason', () => {
    const read = answer({
      choices: [
        { message: { role: 'assistant', content: '' }, finish_reason: 'tool_use' },
        { message: { role: 'assistant', content: null } },
        { message: { role: 'assistant', content: 'Plan: rest.' }, finish_reason: 'end_turn' },
      ],
    });
    expect(read).toMatchObject({ text: 'Plan: rest.', finishReason: 'end_turn' });
  });

  it('reads content given as text parts, tolerates nulls and unknown fields, and an answer with no choices', () => {
    expect(answer({ id: null, model: null, choices: [{ message: { content: [{ type: 'text', text: 'A' }, { type: 'image' }, { type: 'text', text: 'B' }] }, finish_reason: null, logprobs: {} }], system_fingerprint: 'x' }).text).toBe('AB');
    expect(answer({ choices: [{ message: null, finish_reason: 'content_filter' }] })).toMatchObject({ text: '', finishReason: 'content_filter' });
    expect(answer({ choices: [] })).toEqual({ text: '', finishReason: undefined, usage: undefined, requestId: undefined });
    expect(chatCompletionSchema.safeParse({ id: 'c' }).success).toBe(false);
  });
});

describe('usage under either naming', () => {
  it('reads input/output (AssemblyAI) and prompt/completion (OpenAI) tokens into one shape', () => {
    expect(readUsage({ input_tokens: 10, output_tokens: 5, total_tokens: 15 })).toEqual({ input_tokens: 10, output_tokens: 5, total_tokens: 15 });
    expect(readUsage({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, prompt_tokens_details: {} })).toEqual({ input_tokens: 10, output_tokens: 5, total_tokens: 15 });
    expect(readUsage({ prompt_tokens: 10, completion_tokens: 5 })).toEqual({ input_tokens: 10, output_tokens: 5, total_tokens: 15 });
  });

  it('is absent, never a failure, when missing or malformed; adds up across requests', () => {
    for (const bad of [undefined, null, 'lots', { input_tokens: 'ten' }, { total_tokens: -1 }]) expect(readUsage(bad)).toBeUndefined();
    expect(answer({ choices: [{ message: { content: 'x' } }], usage: 'n/a' }).usage).toBeUndefined();
    const one = { input_tokens: 1, output_tokens: 2, total_tokens: 3 };
    expect(addUsage(addUsage(undefined, one), one)).toEqual({ input_tokens: 2, output_tokens: 4, total_tokens: 6 });
  });
});

describe('finish_reason', () => {
  it('is accepted whatever it says; length and max_tokens mean the answer was cut off', () => {
    expect(['length', 'max_tokens', 'MAX_TOKENS'].map(isTruncated)).toEqual([true, true, true]);
    expect(['stop', 'end_turn', 'tool_use', 'STOP', 'content_filter', undefined].map(isTruncated)).toEqual([false, false, false, false, false, false]);
  });
});

describe('gateway error bodies', () => {
  const hints = { auth: 'check the key' };
  const map = (status: number, body: unknown) => mapHttpError(status, 'application/json', JSON.stringify(body), { requestId: undefined, service: 'Gateway' }, hints);

  it('reads nested, flat and auth shapes, with the request id from the body', () => {
    expect(map(400, { error: { code: 400, message: 'model context limit exceeded', metadata: {} } })).toMatchObject({ message: 'Gateway 400: model context limit exceeded', code: undefined });
    expect(map(400, { code: 400, message: 'invalid request body', request_id: 'r-1', metadata: { errors: [{ field: 'messages' }] } })).toMatchObject({ message: 'Gateway 400: invalid request body', requestId: 'r-1' });
    const auth = map(401, { error: 'Invalid API key', status: 'error', request_id: 'r-2' });
    expect(auth).toBeInstanceOf(AuthError);
    expect(auth).toMatchObject({ message: 'Gateway 401: Invalid API key', requestId: 'r-2' });
  });

  it('leaves the other services\' bodies as they were', () => {
    expect(parseErrorBody(JSON.stringify({ error: { code: 'VALIDATION_ERROR', message: 'bad', details: {} } }))).toEqual({ code: 'VALIDATION_ERROR', message: 'bad' });
    expect(map(429, { error: { message: 'You exceeded your current quota.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } })).toBeInstanceOf(InsufficientBalanceError);
    expect(parseErrorBody(JSON.stringify({ error: 'Transcript not found' }))).toEqual({ code: undefined, message: 'Transcript not found' });
    expect(map(502, ['not', 'an', 'error'])).toBeInstanceOf(InvalidResponseError);
  });

  it('keeps a request id from the header over the body', () => {
    const err = mapHttpError(400, 'application/json', JSON.stringify({ code: 400, message: 'x', request_id: 'body' }), { requestId: 'header', service: 'Gateway' }, hints);
    expect(err.requestId).toBe('header');
  });
});

describe('X-RateLimit-Reset', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');

  it('is read as seconds to wait, or as a Unix time in seconds or milliseconds, capped at 60 s', () => {
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': '2' }, now)).toBe(2000);
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': String(now / 1000 + 3) }, now)).toBe(3000);
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': String(now + 1500) }, now)).toBe(1500);
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': '3600' }, now)).toBe(60_000);
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': 'soon' }, now)).toBeUndefined();
  });

  it('counts only when the window is spent, and Retry-After wins', () => {
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': '2', 'x-ratelimit-remaining': '0' }, now)).toBe(2000);
    expect(parseRateLimitResetMs({ 'x-ratelimit-reset': '2', 'x-ratelimit-remaining': '12' }, now)).toBeUndefined();
    expect(computeRetryDelayMs(0, { 'x-ratelimit-reset': '2', 'retry-after': '1' }, () => 0, now)).toBe(1000);
    expect(computeRetryDelayMs(0, { 'x-ratelimit-reset': '2' }, () => 0, now)).toBe(2000);
  });
});
