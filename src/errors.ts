import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** Base of every error `soap` reports: a message for one stderr line, a hint on what to do next, an exit code. */
export class SoapError extends Error {
  readonly exitCode: ExitCodeValue = ExitCode.failure;
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** Bad arguments or bad input, found before anything was sent. */
export class UsageError extends SoapError {
  override readonly exitCode = ExitCode.usage;
}

export interface ApiErrorFields {
  status: number;
  code: string | undefined;
  requestId: string | undefined;
  service: string;
}

/** The service answered with an error status (or an answer we cannot use). */
export class ApiError extends SoapError {
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly service: string;

  constructor(message: string, fields: ApiErrorFields, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options);
    this.status = fields.status;
    this.code = fields.code;
    this.requestId = fields.requestId;
    this.service = fields.service;
  }
}

export class AuthError extends ApiError {
  override readonly exitCode = ExitCode.auth;
}

export class NotFoundError extends ApiError {}

export class RateLimitError extends ApiError {}

/** A 429 that must never be retried: the account is out of credit. */
export class InsufficientBalanceError extends ApiError {
  override readonly exitCode = ExitCode.insufficientBalance;
}

/** The answer arrived but is not what the contract promises (bad JSON, wrong shape, HTML from a proxy). */
export class InvalidResponseError extends ApiError {}

export class ConnectionError extends SoapError {}

export class TimeoutError extends SoapError {}

/** An async job is still running; `resume` is the exact command that picks it up again. */
export class JobPendingError extends SoapError {
  override readonly exitCode = ExitCode.pending;
  readonly jobId: string;

  constructor(message: string, jobId: string, resume: string) {
    super(message, { hint: `resume with: ${resume}` });
    this.jobId = jobId;
  }
}

export class InterruptedError extends SoapError {
  override readonly exitCode = ExitCode.interrupted;
}

/** No key for the chosen service: nothing was sent. */
export class MissingKeyError extends SoapError {
  override readonly exitCode = ExitCode.auth;
}

/** The service ran an async job and reports it failed. */
export class JobFailedError extends SoapError {}

/** A stream that closed before its end marker: what arrived is shown, marked incomplete. */
export class StreamIncompleteError extends SoapError {}
