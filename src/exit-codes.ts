// Exit codes are part of the interface: the README documents each one.
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  auth: 3,
  insufficientBalance: 4,
  batchPartial: 5,
  groundingFindings: 6,
  pending: 8,
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
