import { SoapError } from '../errors.js';

/**
 * The model answered, but not in a shape we can split into sections. The answer was paid for, so it travels with
 * the error and the command can still hand it to the user.
 */
export class ModelAnswerError extends SoapError {
  readonly rawAnswer: string;

  constructor(message: string, rawAnswer: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { hint: options.hint ?? 'the raw answer is shown as is; run again or try --method whole', cause: options.cause });
    this.rawAnswer = rawAnswer;
  }
}
