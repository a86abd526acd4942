import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** Base of every error `soap` reports: a message for one stderr line, a hint on what to do next, an exit code. */
export class SoapError extends Error {
  readonly exitCode: ExitCodeValue = ExitCode.failure;
  /** Set by the layer that knows what to do next: a command adds the resume command to a job's error. */
  hint: string | undefined;

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

/** What an async job makes: a note (SOAPNoteAPI), or a transcript the note is written from (AssemblyAI). */
export type JobKind = 'note' | 'transcript';

/** A paid job left running: what it is, so the command can print the exact command that resumes it. */
export interface JobRef {
  id: string;
  kind: JobKind;
}

/** An async job is still running after the wait the user allowed. */
export class JobPendingError extends SoapError {
  override readonly exitCode = ExitCode.pending;
  readonly job: JobRef;

  constructor(message: string, job: JobRef) {
    super(message);
    this.job = job;
  }
}

/** Ctrl-C; `job` names a paid job that goes on running, when there is one. */
export class InterruptedError extends SoapError {
  override readonly exitCode = ExitCode.interrupted;
  readonly job: JobRef | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown; job?: JobRef } = {}) {
    super(message, options);
    this.job = options.job;
  }
}

/** No key for the chosen service: nothing was sent. */
export class MissingKeyError extends SoapError {
  override readonly exitCode = ExitCode.auth;
}

/** The service ran an async job and reports it failed. */
export class JobFailedError extends SoapError {}

/** A stream that closed before its end marker: what arrived is shown, marked incomplete, and kept here. */
export class StreamIncompleteError extends SoapError {
  /** The text that had arrived (a model's partial answer), when the reader kept it. */
  readonly partialAnswer: string;

  constructor(message: string, options: { hint?: string; cause?: unknown; partialAnswer?: string } = {}) {
    super(message, { hint: options.hint ?? 'the connection dropped mid-answer; run the command again', cause: options.cause });
    this.partialAnswer = options.partialAnswer ?? '';
  }
}

/** stdout could no longer be written (its reader went away: `| head`, EPIPE) while a note was being handed over. */
export class OutputClosedError extends SoapError {}
