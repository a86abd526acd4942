import { isLoopbackHost } from '../../http/base-url.js';
import { requireUrl, type ConnectionSettings, type RequestRuntime } from '../../http/connection.js';
import { HttpCore } from '../../http/core.js';
import { readVersion } from '../../version.js';
import { OpenAiClient } from './client.js';

/** Builds the client for an OpenAI-compatible server; without a key (loopback servers) no Authorization is sent. */
export function createOpenAiClient(connection: ConnectionSettings, runtime: RequestRuntime): OpenAiClient {
  const { key, keySource, keyHint } = connection.service;
  const baseUrl = requireUrl(connection.service, 'base_url');
  const local = isLoopbackHost(baseUrl.hostname);
  const core = new HttpCore({
    service: local ? `OpenAI-compatible server at ${baseUrl.host}` : 'OpenAI',
    baseUrl,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    userAgent: `soap/${readVersion()}`,
    maxRetries: connection.maxRetries,
    timeoutMs: connection.timeoutMs,
    hints: { auth: key ? `check the key (${keySource}); ${keyHint}` : `this server wants a key; ${keyHint}` },
    signal: runtime.signal,
    debug: runtime.debug,
    rateGate: runtime.rateGate,
  });
  return new OpenAiClient(core, /\/v1$/.test(baseUrl.pathname) ? '' : '/v1');
}
