import type { Reading } from './types.js';

/** The service's error envelope and the status/code pairs it uses. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_ERROR: 400,
  AUTHENTICATION_ERROR: 401,
  AUTHORIZATION_ERROR: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INSUFFICIENT_BALANCE: 429,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
};

// A plain 429 is the retryable rate limit; INSUFFICIENT_BALANCE must be asked for by code.
const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'AUTHENTICATION_ERROR',
  403: 'AUTHORIZATION_ERROR',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

const MESSAGE_BY_CODE: Record<string, string> = {
  VALIDATION_ERROR: 'Request validation failed.',
  AUTHENTICATION_ERROR: 'The API key is missing or invalid.',
  AUTHORIZATION_ERROR: 'This API key has been revoked.',
  NOT_FOUND: 'Resource not found.',
  METHOD_NOT_ALLOWED: 'Method not allowed.',
  CONFLICT: 'Conflict.',
  INSUFFICIENT_BALANCE: 'Insufficient balance. Add funds at your dashboard before retrying.',
  RATE_LIMIT_EXCEEDED: 'Rate limit exceeded. Retry after the time given in Retry-After.',
  INTERNAL_ERROR: 'Internal server error.',
  SERVICE_UNAVAILABLE: 'Service temporarily unavailable.',
};

export function lookupStatusForCode(code: string): number | undefined {
  return STATUS_BY_CODE[code];
}

export function lookupCodeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'ERROR');
}

export function describeCode(code: string): string {
  return MESSAGE_BY_CODE[code] ?? 'Request failed.';
}

/** The codes the current reading spells its own way (seed 004's example says invalid_api_key). */
const CURRENT_CODES: Record<string, string> = { AUTHENTICATION_ERROR: 'invalid_api_key' };

/**
 * The envelope in the reading's words: the seeds' upper-case codes with `details` an object; the help center's
 * lower-case codes with `details` an array of {field, message}.
 */
export function formatErrorBody(code: string, message: string, details: Record<string, unknown> = {}, reading: Reading = 'seeds'): string {
  if (reading === 'seeds') return JSON.stringify({ error: { code, message, details } });
  const list = typeof details.field === 'string' ? [{ field: details.field, message }] : [];
  return JSON.stringify({ error: { code: CURRENT_CODES[code] ?? code.toLowerCase(), message, details: list } });
}

export function createValidationError(field: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_ERROR', message, { field });
}
