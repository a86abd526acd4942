/** Quotes a shell word only when it needs it, so printed commands can be pasted as they are. */
function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The exact command that picks a job up again, carrying the flags that chose the backend. */
export function buildResumeCommand(args: string[], flags: { provider?: string; baseUrl?: string }): string {
  const words = ['soap', ...args];
  if (flags.provider) words.push('--provider', flags.provider);
  if (flags.baseUrl) words.push('--base-url', flags.baseUrl);
  return words.map(quoteWord).join(' ');
}

/** `1m 05s` style elapsed time for progress lines. */
export function formatElapsed(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes ? `${minutes}m ${String(seconds).padStart(2, '0')}s` : `${seconds}s`;
}
