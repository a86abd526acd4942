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
  /** Ctrl-C (SIGINT), as shells report a process it ended: 128 + 2. */
  interrupted: 130,
  /** stdout's reader went away (`| head`), as for a process SIGPIPE ended: 128 + 13. */
  outputClosed: 141,
  /** SIGTERM (what Kubernetes and systemd send before SIGKILL): 128 + 15. */
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
