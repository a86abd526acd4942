import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

let shared: Dispatcher | undefined;

/**
 * One connection pool per process. EnvHttpProxyAgent honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, which hospital
 * networks rely on, and behaves as a plain agent when none is set.
 */
export function getDispatcher(connectTimeoutMs: number): Dispatcher {
  shared ??= new EnvHttpProxyAgent({ connect: { timeout: connectTimeoutMs } });
  return shared;
}
