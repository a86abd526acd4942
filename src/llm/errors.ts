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

/**
 * The model stopped at its token limit (finish_reason `length` or `max_tokens`): whatever parses, the note is
 * incomplete and is not passed off as a note. The raw answer travels with the error, as for an unreadable one.
 */
export class IncompleteAnswerError extends ModelAnswerError {
  constructor(rawAnswer: string, what = 'answer') {
    super(`the model's ${what} was cut off at the token limit: the note is incomplete`, rawAnswer, {
      hint: 'the raw answer is shown as is; run again with a higher --max-tokens',
    });
  }
}
