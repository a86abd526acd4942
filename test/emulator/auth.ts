import { ApiError } from './api-error.js';

const BEARER_KEY = /^Bearer (snapi_sk_(?:test|live)_[A-Za-z0-9_]+)$/;

/**
 * Key suffixes script the account state, so tests need no key registry:
 * `…revoked` is a revoked key, `…broke` an account out of credit.
 */
export function checkAuthorization(header: string | string[] | undefined): void {
  const value = Array.isArray(header) ? header[0] : header;
  const match = BEARER_KEY.exec(value ?? '');
  if (!match?.[1]) {
    throw new ApiError(401, 'AUTHENTICATION_ERROR', 'The API key is missing or invalid. Key format: Bearer snapi_sk_...');
  }
  const lastSegment = match[1].split('_').at(-1) ?? '';
  if (lastSegment.endsWith('revoked')) {
    throw new ApiError(403, 'AUTHORIZATION_ERROR', 'This API key has been revoked. Create a new key in the dashboard.');
  }
  if (lastSegment.endsWith('broke')) {
    throw new ApiError(429, 'INSUFFICIENT_BALANCE', 'Insufficient balance. Add funds at your dashboard before retrying.');
  }
}
