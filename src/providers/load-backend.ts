import { MissingKeyError } from '../errors.js';
import type { Backend, BackendOptions, BackendRuntime, ConnectionSettings, ProviderDefinition } from './types.js';

/**
 * Loads a provider's backend, refusing before anything is read or sent when it needs a key and none is set. A key
 * that does not look like the documented ones only gets a warning: vendors change key formats, the service's 401
 * decides.
 */
export async function loadBackend(provider: ProviderDefinition, connection: ConnectionSettings, runtime: BackendRuntime, options: BackendOptions): Promise<Backend> {
  const key = provider.key;
  const { key: value, keySource } = connection.service;
  if (key && !value && !key.optional?.(connection)) {
    // Where a key is optional, whether it is needed depends on the server, so the message names it.
    const where = key.optional && connection.service.urls.base_url ? ` for ${connection.service.urls.base_url.origin}` : '';
    throw new MissingKeyError(`no ${provider.label} key is set${where}`, { hint: key.hint });
  }
  if (value && key?.shape && !key.shape.pattern.test(value)) {
    runtime.warn?.(`the key in ${keySource} is not of the documented shape (${key.shape.message}); sending it anyway, the service decides`);
  }
  return provider.load(connection, runtime, options);
}
