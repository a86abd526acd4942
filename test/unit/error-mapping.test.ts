import { describe, expect, it } from 'vitest';
import { AuthError, InsufficientBalanceError, InvalidResponseError, NotFoundError, RateLimitError } from '../../src/errors.js';
import { canonicalErrorCode, statusOfErrorCode } from '../../src/http/error-codes.js';
import { mapHttpError, parseErrorBody } from '../../src/http/error-mapping.js';
import { isRetryableStatus } from '../../src/http/retry-policy.js';

const FIELDS = { requestId: 'req_1', service: 'SOAPNoteAPI' };
const HINTS = { auth: 'check the key', notFound: 'notes expire' };
const map = (status: number, body: string, contentType = 'application/json') => mapHttpError(status, contentType, body, FIELDS, HINTS);

describe('SOAPNoteAPI error bodies, in each documented shape', () => {
  it('reads {error:{code,message,details}} with details an object (API docs) or an array (help center)', () => {
    // Seed 004's example, verbatim.
    expect(parseErrorBody('{"error":{"code":"invalid_api_key","message":"The API key is missing or invalid.","details":{}}}')).toEqual({
      code: 'invalid_api_key',
      message: 'The API key is missing or invalid.',
    });
    const helpCenter = JSON.stringify({
      error: { code: 'VALIDATION_ERROR', message: 'Request validation failed', details: [{ field: 'transcript', message: 'transcript (or shorthand_notes) is required' }] },
    });
    expect(parseErrorBody(helpCenter)).toEqual({ code: 'VALIDATION_ERROR', message: 'Request validation failed' });
  });

  it('reads the legacy {status:"error",error_code,message}', () => {
    const legacy = '{"status":"error","error_code":"UNAUTHORIZED","message":"Invalid API key provided…"}';
    expect(parseErrorBody(legacy)).toEqual({ code: 'UNAUTHORIZED', message: 'Invalid API key provided…' });
    const err = map(401, legacy);
    expect(err).toBeInstanceOf(AuthError);
    expect(err.message).toBe('SOAPNoteAPI 401 UNAUTHORIZED: Invalid API key provided…');
    expect(err.exitCode).toBe(3);
  });

  it('falls back to the HTTP status for a body that is not JSON', () => {
    expect(parseErrorBody('Unauthorized')).toBeUndefined();
    expect(map(401, 'Unauthorized', 'text/plain')).toBeInstanceOf(AuthError);
    expect(map(404, 'Not Found', 'text/plain')).toBeInstanceOf(NotFoundError);
    const proxy = map(502, '<html>Bad Gateway</html>', 'text/html');
    expect(proxy).toBeInstanceOf(InvalidResponseError);
    expect(proxy.message).toBe('SOAPNoteAPI answered HTTP 502 with an HTML page (a proxy or gateway may be in the way)');
    expect(isRetryableStatus(proxy.status, proxy.code)).toBe(true);
  });
});

describe('error codes compared without case', () => {
  it('normalises spellings to one code', () => {
    expect(canonicalErrorCode('insufficient_balance')).toBe('INSUFFICIENT_BALANCE');
    expect(canonicalErrorCode('Insufficient-Balance')).toBe('INSUFFICIENT_BALANCE');
    expect(canonicalErrorCode('invalid_api_key')).toBe('AUTHENTICATION_ERROR');
    expect(canonicalErrorCode('UNAUTHORIZED')).toBe('AUTHENTICATION_ERROR');
    expect(canonicalErrorCode('insufficient_quota')).toBe('INSUFFICIENT_BALANCE');
    expect(canonicalErrorCode(undefined)).toBeUndefined();
    expect(canonicalErrorCode('  ')).toBeUndefined();
    expect(statusOfErrorCode('method_not_allowed', 500)).toBe(405);
    expect(statusOfErrorCode('something_new', 500)).toBe(500);
  });

  it('insufficient_balance in lower case is out of credit (exit 4) and never retried', () => {
    const err = map(429, '{"error":{"code":"insufficient_balance","message":"Add funds","details":[]}}');
    expect(err).toBeInstanceOf(InsufficientBalanceError);
    expect(err.exitCode).toBe(4);
    expect(err.message).toBe('SOAPNoteAPI 429 insufficient_balance: Add funds');
    expect(isRetryableStatus(429, 'insufficient_balance')).toBe(false);
    // The code decides, whatever the status.
    expect(map(402, '{"error":{"code":"INSUFFICIENT_BALANCE","message":"x"}}')).toBeInstanceOf(InsufficientBalanceError);
  });

  it('invalid_api_key is an auth failure whatever the status; a plain 429 is a rate limit', () => {
    expect(map(400, '{"error":{"code":"invalid_api_key","message":"bad key","details":{}}}')).toBeInstanceOf(AuthError);
    expect(map(429, '{"error":{"code":"rate_limit_exceeded","message":"slow down"}}')).toBeInstanceOf(RateLimitError);
    expect(map(404, '{"error":{"code":"not_found","message":"gone"}}').hint).toBe('notes expire');
  });

  it('never retries a code no retry can fix, at any status; retries 429, 5xx and a bare 409', () => {
    for (const code of ['validation_error', 'AUTHENTICATION_ERROR', 'authorization_error', 'not_found', 'METHOD_NOT_ALLOWED', 'conflict', 'Insufficient_Balance']) {
      expect(isRetryableStatus(409, code), code).toBe(false);
    }
    expect(isRetryableStatus(409)).toBe(true);
    expect(isRetryableStatus(503, 'service_unavailable')).toBe(true);
    expect(isRetryableStatus(500, 'internal_error')).toBe(true);
    expect(isRetryableStatus(429, 'RATE_LIMIT_EXCEEDED')).toBe(true);
  });
});
