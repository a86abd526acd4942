import { canonicalErrorCode } from './error-codes.js';

// Pure retry rules shared by every service client; see the README's "Retries" section.
const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_JITTER = 0.25;

export type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * An answer that means "out of credit", not "slow down": SOAPNoteAPI's INSUFFICIENT_BALANCE (in any case: its docs
 * spell codes both ways) and OpenAI's insufficient_quota (which OpenAI-compatible services copy). The code decides,
 * whatever the status, as SOAPNoteAPI's error guide asks.
 */
export function isOutOfCredit(code: string | undefined): boolean {
  return canonicalErrorCode(code) === 'INSUFFICIENT_BALANCE';
}

/** Codes that no retry can fix: the request, the key or the account must change first. */
const FINAL_CODES = new Set(['INSUFFICIENT_BALANCE', 'AUTHENTICATION_ERROR', 'AUTHORIZATION_ERROR', 'VALIDATION_ERROR', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'CONFLICT']);

/**
 * Whether an HTTP answer is worth another attempt: 408, 409, 429 and 5xx, unless its code says retrying cannot help
 * (out of credit, a bad key, a bad request, SOAPNoteAPI's CONFLICT of too many keys).
 */
export function isRetryableStatus(status: number, code?: string): boolean {
  const canonical = canonicalErrorCode(code);
  if (canonical !== undefined && FINAL_CODES.has(canonical)) return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Exponential backoff: 0.5 s · 2^n, capped at 8 s, minus up to 25 % jitter so clients don't retry in lockstep. */
export function computeBackoffMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_DELAY_MS * 2 ** retryIndex, MAX_BACKOFF_MS);
  return Math.round(base * (1 - MAX_JITTER * random()));
}

function readHeader(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The wait the server asked for, from `retry-after-ms` or `Retry-After` (seconds or an HTTP date), capped at 60 s. */
export function parseRetryAfterMs(headers: HeaderBag, now: number = Date.now()): number | undefined {
  const ms = readHeader(headers, 'retry-after-ms');
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) {
    return Math.min(Number(ms), MAX_RETRY_AFTER_MS);
  }
  const raw = readHeader(headers, 'retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.min(Number(raw) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(raw);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(date - now, 0), MAX_RETRY_AFTER_MS);
}

// --- issue 12 (gateways): AssemblyAI's LLM Gateway says when its 429 window ends in X-RateLimit-Reset ---
/**
 * The wait `X-RateLimit-Reset` asks for, capped at 60 s, when the window is spent (`X-RateLimit-Remaining` 0 or not
 * given: the header rides on every answer, and a 5xx with requests left is no reason to wait for the window).
 * Services write it as seconds to wait or as the Unix time the window resets (seconds, or milliseconds); a value too
 * large to be a wait is read as a time.
 */
export function parseRateLimitResetMs(headers: HeaderBag, now: number = Date.now()): number | undefined {
  const remaining = readHeader(headers, 'x-ratelimit-remaining')?.trim();
  if (remaining !== undefined && Number(remaining) > 0) return undefined;
  const raw = readHeader(headers, 'x-ratelimit-reset')?.trim();
  if (!raw || !/^\d+(\.\d+)?$/.test(raw)) return undefined;
  const value = Number(raw);
  const ms = value > 1e12 ? value - now : value > 1e9 ? value * 1000 - now : value * 1000;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
// --- end issue 12 (gateways) ---

/**
 * How long to wait before retry number `retryIndex` (0-based): the server's word if it gave one (Retry-After, then
 * X-RateLimit-Reset), else backoff.
 */
export function computeRetryDelayMs(
  retryIndex: number,
  headers: HeaderBag = {},
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  return parseRetryAfterMs(headers, now) ?? parseRateLimitResetMs(headers, now) ?? computeBackoffMs(retryIndex, random);
}
