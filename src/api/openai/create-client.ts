import { MissingKeyError } from '../../errors.js';
import { HttpCore, type HttpCoreOptions } from '../../http/core.js';
import { isLoopbackHost } from '../../http/base-url.js';
import { readVersion } from '../../version.js';
import type { Settings } from '../../config/resolve-settings.js';
import { createDebugSink, type CommandIo } from '../../commands/io.js';
import { OpenAiClient } from './client.js';

const KEY_HINT = 'export OPENAI_API_KEY=… or run `soap config set openai.key` (reads the key from stdin)';

/**
 * Builds the client for an OpenAI-compatible server. A key is required except on loopback, where local servers
 * (Ollama, vLLM, llama.cpp) usually run without one.
 */
export function createOpenAiClient(settings: Settings, io: CommandIo, rateGate?: HttpCoreOptions['rateGate']): OpenAiClient {
  const { key, keySource, baseUrl } = settings.openai;
  const local = isLoopbackHost(baseUrl.hostname);
  if (!key && !local) throw new MissingKeyError(`no OpenAI key is set for ${baseUrl.origin}`, { hint: KEY_HINT });
  const core = new HttpCore({
    service: local ? `OpenAI-compatible server at ${baseUrl.host}` : 'OpenAI',
    baseUrl,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    userAgent: `soap/${readVersion()}`,
    maxRetries: settings.maxRetries,
    timeoutMs: settings.timeoutMs,
    hints: { auth: key ? `check the key (${keySource}); ${KEY_HINT}` : `this server wants a key; ${KEY_HINT}` },
    signal: io.ctx.signal,
    debug: createDebugSink(io),
    rateGate,
  });
  return new OpenAiClient(core, /\/v1$/.test(baseUrl.pathname) ? '' : '/v1');
}
