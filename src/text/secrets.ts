/**
 * The documented, public start of a key (`snapi_sk_live_`, `sk-`): the same for every user, so showing it gives
 * nothing away, and it tells the user which kind of key is meant.
 */
export function publicKeyPrefix(key: string): string {
  return /^(snapi_sk_(?:test|live)_|sk-)/.exec(key)?.[1] ?? '';
}

/** Shows enough of a secret to recognise it, never enough to use it: `snapi_sk_live_…ab12`. */
export function maskSecret(value: string): string {
  const prefix = publicKeyPrefix(value);
  return value.length <= prefix.length + 8 ? `${prefix}…` : `${prefix}…${value.slice(-4)}`;
}
