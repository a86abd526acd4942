// Error codes as services send them, compared without case and under one name, so that a decision never depends on
// how a service spells a code: SOAPNoteAPI's table says INSUFFICIENT_BALANCE, its own example `invalid_api_key`,
// its legacy docs UNAUTHORIZED. The code as sent stays in messages; only decisions use the canonical name.

/** Other spellings of a canonical code. */
const ALIASES: Readonly<Record<string, string>> = {
  INVALID_API_KEY: 'AUTHENTICATION_ERROR',
  UNAUTHORIZED: 'AUTHENTICATION_ERROR',
  UNAUTHENTICATED: 'AUTHENTICATION_ERROR',
  FORBIDDEN: 'AUTHORIZATION_ERROR',
  // OpenAI-compatible servers' "out of credit".
  INSUFFICIENT_QUOTA: 'INSUFFICIENT_BALANCE',
};

/** `insufficient_balance`, `Insufficient-Balance` and INSUFFICIENT_BALANCE are one code; undefined for none. */
export function canonicalErrorCode(code: string | undefined): string | undefined {
  const upper = code?.trim().toUpperCase().replace(/[\s.-]+/g, '_');
  return upper ? (ALIASES[upper] ?? upper) : undefined;
}

/** The HTTP status of each documented SOAPNoteAPI code, for an error that arrives without one (in a stream). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  VALIDATION_ERROR: 400,
  AUTHENTICATION_ERROR: 401,
  AUTHORIZATION_ERROR: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  INSUFFICIENT_BALANCE: 429,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** The status a code stands for; `fallback` for a code no table documents. */
export function statusOfErrorCode(code: string | undefined, fallback: number): number {
  return STATUS_OF_CODE[canonicalErrorCode(code) ?? ''] ?? fallback;
}
