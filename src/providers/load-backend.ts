import { MissingKeyError } from '../errors.js';
import type { Backend, BackendOptions, BackendRuntime, ConnectionSettings, ProviderDefinition } from './types.js';

/** Loads a provider's backend, refusing before anything is read or sent when it needs a key and none is set. */
export async function loadBackend(provider: ProviderDefinition, connection: ConnectionSettings, runtime: BackendRuntime, options: BackendOptions): Promise<Backend> {
  const key = provider.key;
  if (key && !connection.service.key && !key.optional?.(connection)) {
    // Where a key is optional, whether it is needed depends on the server, so the message names it.
    const where = key.optional && connection.service.urls.base_url ? ` for ${connection.service.urls.base_url.origin}` : '';
    throw new MissingKeyError(`no ${provider.label} key is set${where}`, { hint: key.hint });
  }
  return provider.load(connection, runtime, options);
}
