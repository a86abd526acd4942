import { setFlagsFromString } from 'node:v8';
import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

let shared: Dispatcher | undefined;

/**
 * One connection pool per process. EnvHttpProxyAgent honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, which hospital
 * networks rely on, and behaves as a plain agent when none is set.
 */
export function getDispatcher(connectTimeoutMs: number): Dispatcher {
  if (!shared) {
    // undici parses HTTP with a WebAssembly build of llhttp, compiled at the first connection; V8's optimising tier
    // for it costs ~35 MB of RSS and start-up CPU, which a CLI making a handful of requests never earns back. The
    // baseline tier parses just as well. Set here, not at start-up: commands that send nothing skip loading node:v8.
    setFlagsFromString('--liftoff-only');
    shared = new EnvHttpProxyAgent({ connect: { timeout: connectTimeoutMs } });
  }
  return shared;
}

type Env = Record<string, string | undefined>;

/** NO_PROXY as undici reads it: `*`, or hosts (optionally with a port) matched exactly or as a domain suffix. */
function bypassed(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [name = '', entryPort] = entry.toLowerCase().replace(/^\*?\./, '.').split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      return name.startsWith('.') ? host.endsWith(name) || host === name.slice(1) : host === name;
    });
}

/**
 * The proxy a request to `origin` goes through, as `http://proxy:3128 (HTTPS_PROXY)` without any credentials, or
 * undefined when it goes direct. Errors use it: behind a proxy, a refused connection is the proxy's.
 */
export function describeProxyFor(origin: string, env: Env = process.env): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  const http = env.http_proxy ? ['http_proxy', env.http_proxy] : env.HTTP_PROXY ? ['HTTP_PROXY', env.HTTP_PROXY] : undefined;
  const https = env.https_proxy ? ['https_proxy', env.https_proxy] : env.HTTPS_PROXY ? ['HTTPS_PROXY', env.HTTPS_PROXY] : undefined;
  const chosen = url.protocol === 'https:' ? (https ?? http) : http;
  if (!chosen || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  try {
    return `${new URL(chosen[1]!).origin} (${chosen[0]})`;
  } catch {
    return chosen[0];
  }
}
