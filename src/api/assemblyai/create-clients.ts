import { requireUrl, type ConnectionSettings, type RequestRuntime } from '../../http/connection.js';
import { HttpCore, type HttpCoreOptions } from '../../http/core.js';
import { readVersion } from '../../version.js';
import { AssemblyAiClient, AssemblyAiGatewayClient, type AssemblyAiClients } from './client.js';

/** Builds the speech API and LLM Gateway clients from resolved settings (the provider layer has checked a key is set). */
export function createAssemblyAiClients(connection: ConnectionSettings, runtime: RequestRuntime): AssemblyAiClients {
  const { key, keySource, keyHint } = connection.service;
  const shared: Omit<HttpCoreOptions, 'service' | 'baseUrl' | 'hints'> = {
    // AssemblyAI takes the bare key, without "Bearer".
    headers: { authorization: key ?? '' },
    userAgent: `soap/${readVersion()}`,
    maxRetries: connection.maxRetries,
    timeoutMs: connection.timeoutMs,
    signal: runtime.signal,
    debug: runtime.debug,
    rateGate: runtime.rateGate,
  };
  const auth = `check the key (${keySource}); ${keyHint}`;
  return {
    api: new AssemblyAiClient(
      new HttpCore({
        ...shared,
        service: 'AssemblyAI',
        baseUrl: requireUrl(connection.service, 'base_url'),
        hints: { auth, notFound: 'no transcript with that id on this account (unknown, or deleted); check the id' },
      }),
    ),
    gateway: new AssemblyAiGatewayClient(
      new HttpCore({
        ...shared,
        service: 'AssemblyAI LLM Gateway',
        baseUrl: requireUrl(connection.service, 'gateway_url'),
        hints: { auth: `${auth}; the LLM Gateway also needs a card on the account`, notFound: 'a transcript it was asked for is unknown or deleted; otherwise check ASSEMBLYAI_LLM_GATEWAY_URL and --model' },
      }),
    ),
  };
}
