import { connectionOf, type Settings } from '../../config/resolve-settings.js';
import { checkSpecialty } from '../../config/specialty-check.js';
import type { ProviderDefinition } from '../../providers/index.js';
import type { CommandIo } from '../command-io.js';
import { createBackendRuntime } from './runtime.js';

/**
 * The specialty a run sends, checked before anything paid is sent: instantly for the built-in 24 and cached ids, else
 * against the service's own list (see checkSpecialty). A warning goes to stderr; a refusal throws (exit 2).
 */
export async function confirmSpecialty(specialty: string, choice: { settings: Settings; provider: ProviderDefinition }, io: CommandIo): Promise<string> {
  const connection = connectionOf(choice.settings);
  // The list may be fetched with the key (not through loadBackend): whatever the service says back is scrubbed of it.
  io.scrubber.addSecret(connection.service.key);
  const checked = await checkSpecialty(specialty, {
    env: io.ctx.env,
    provider: choice.provider,
    connection,
    runtime: createBackendRuntime(io),
    source: choice.settings.specialtySource,
  });
  if (checked.warning) io.warn(checked.warning);
  return checked.id;
}
