import { UsageError } from '../errors.js';

/** True for hosts that never leave this machine, where plain http cannot expose anything. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Parses a base URL given by a flag, variable or config key. Plain http is refused off loopback: patient data and
 * keys would cross the network in clear text.
 */
export function parseBaseUrl(raw: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`${source}: "${raw}" is not a URL`, { hint: 'use a full URL such as https://api.soapnoteapi.com' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${source}: unsupported protocol ${url.protocol} in ${url.origin}`, { hint: 'use https://' });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new UsageError(`${source}: plain http:// is only allowed for loopback hosts, not ${url.hostname}`, {
      hint: 'use https:// (or http://127.0.0.1 for a local emulator)',
    });
  }
  if (url.username || url.password) {
    throw new UsageError(`${source}: credentials in the URL are not allowed`, { hint: 'set the key with soap config set' });
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
