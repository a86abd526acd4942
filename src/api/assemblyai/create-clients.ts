import { MissingKeyError } from '../../errors.js';
import { HttpCore, type HttpCoreOptions } from '../../http/core.js';
import { readVersion } from '../../version.js';
import type { Settings } from '../../config/resolve-settings.js';
import { createDebugSink, type CommandIo } from '../../commands/io.js';
import { AssemblyAiClient, AssemblyAiGatewayClient, type AssemblyAiClients } from './client.js';

const KEY_HINT = 'export ASSEMBLYAI_API_KEY=… or run `soap config set assemblyai.key` (reads the key from stdin)';

/** Builds the speech API and LLM Gateway clients from resolved settings; refuses before sending anything without a key. */
export function createAssemblyAiClients(settings: Settings, io: CommandIo, rateGate?: HttpCoreOptions['rateGate']): AssemblyAiClients {
  const { key, keySource, baseUrl, gatewayUrl } = settings.assemblyai;
  if (!key) throw new MissingKeyError('no AssemblyAI key is set', { hint: KEY_HINT });
  const shared: Omit<HttpCoreOptions, 'service' | 'baseUrl' | 'hints'> = {
    // AssemblyAI takes the bare key, without "Bearer".
    headers: { authorization: key },
    userAgent: `soap/${readVersion()}`,
    maxRetries: settings.maxRetries,
    timeoutMs: settings.timeoutMs,
    signal: io.ctx.signal,
    debug: createDebugSink(io),
    rateGate,
  };
  const auth = `check the key (${keySource}); ${KEY_HINT}`;
  return {
    api: new AssemblyAiClient(
      new HttpCore({ ...shared, service: 'AssemblyAI', baseUrl, hints: { auth, notFound: 'no transcript with that id on this account; check the id' } }),
    ),
    gateway: new AssemblyAiGatewayClient(
      new HttpCore({
        ...shared,
        service: 'AssemblyAI LLM Gateway',
        baseUrl: gatewayUrl,
        hints: { auth: `${auth}; the LLM Gateway also needs a card on the account`, notFound: 'the transcript id is unknown or belongs to another account' },
      }),
    ),
  };
}
