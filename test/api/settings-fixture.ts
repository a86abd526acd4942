import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionOf, resolveSettings, type CommonFlags, type Settings } from '../../src/config/resolve-settings.js';
import type { ConnectionSettings, RequestRuntime } from '../../src/http/connection.js';
import type { ProviderId } from '../../src/providers/index.js';

/**
 * Settings exactly as resolveSettings builds them from the environment (an empty config folder, no flags), so the
 * tests follow any change to the Settings shape. Pass ASSEMBLYAI_* / OPENAI_* variables.
 */
export function makeSettings(env: Record<string, string | undefined>, flags: CommonFlags = {}): Settings {
  return resolveSettings({ maxRetries: '2', timeout: '10', ...flags }, { SOAP_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'soap-config-')), ...env });
}

/** What a client of `provider` is built from, resolved from the environment as the CLI would. */
export function makeConnection(provider: ProviderId, env: Record<string, string | undefined>, flags: CommonFlags = {}): ConnectionSettings {
  return connectionOf(makeSettings(env, flags), provider);
}

export function makeRuntime(signal: AbortSignal = new AbortController().signal): RequestRuntime {
  return { signal };
}
