import { describe, expect, it } from 'vitest';
import { computeBackoffMs, computeRetryDelayMs, isRetryableStatus, parseRetryAfterMs } from '../../src/http/retry-policy.js';

describe('isRetryableStatus', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('retries %i', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  it.each([400, 401, 403, 404, 405, 422])('never retries %i', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
  it('never retries a 429 out of credit', () => {
    expect(isRetryableStatus(429, 'INSUFFICIENT_BALANCE')).toBe(false);
    expect(isRetryableStatus(429, 'RATE_LIMITED')).toBe(true);
  });
});

describe('computeBackoffMs', () => {
  it('doubles from 0.5 s and caps at 8 s without jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => computeBackoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it('takes off at most 25 % as jitter', () => {
    expect(computeBackoffMs(0, () => 1)).toBe(375);
    expect(computeBackoffMs(4, () => 0.5)).toBe(7000);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it('prefers retry-after-ms', () => {
    expect(parseRetryAfterMs({ 'retry-after-ms': '150', 'retry-after': '9' }, now)).toBe(150);
  });
  it('reads seconds', () => {
    expect(parseRetryAfterMs({ 'retry-after': '3' }, now)).toBe(3000);
    expect(parseRetryAfterMs({ 'retry-after': '1.5' }, now)).toBe(1500);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfterMs({ 'retry-after': 'Sat, 21 Nov 2026 12:00:05 GMT' }, now)).toBe(5000);
    expect(parseRetryAfterMs({ 'retry-after': 'Sat, 21 Nov 2026 11:59:00 GMT' }, now)).toBe(0);
  });
  it('caps at 60 s', () => {
    expect(parseRetryAfterMs({ 'retry-after': '3600' }, now)).toBe(60_000);
    expect(parseRetryAfterMs({ 'retry-after-ms': '999999' }, now)).toBe(60_000);
    expect(parseRetryAfterMs({ 'retry-after': 'Sun, 22 Nov 2026 12:00:00 GMT' }, now)).toBe(60_000);
  });
  it('ignores garbage', () => {
    expect(parseRetryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(parseRetryAfterMs({}, now)).toBeUndefined();
  });
  it('falls back to backoff when the server gave no wait', () => {
    expect(computeRetryDelayMs(2, {}, () => 0, now)).toBe(2000);
    expect(computeRetryDelayMs(2, { 'retry-after': '1' }, () => 0, now)).toBe(1000);
  });
});
