import type { Settings } from '../config/resolve-settings.js';
import type { CommandIo } from '../commands/io.js';
import type { HttpCoreOptions } from '../http/core.js';
import { resolveGatewayOptions, type GatewayFlags } from './gateway-options.js';
import type { NoteBackend } from './types.js';

export interface BackendExtras {
  gateway?: GatewayFlags;
  /** Shared by a batch so that one 429 pauses every worker. */
  rateGate?: HttpCoreOptions['rateGate'];
}

/** Loads only the chosen backend's code; gateway flags are refused for backends they do not apply to. */
export async function loadNoteBackend(settings: Settings, io: CommandIo, extras: BackendExtras = {}): Promise<NoteBackend> {
  const gateway = resolveGatewayOptions(extras.gateway ?? {}, settings.provider);
  switch (settings.provider) {
    case 'local':
      return (await import('./local-backend.js')).createLocalBackend();
    case 'soapnoteapi':
      return (await import('./soapnoteapi-backend.js')).createSoapNoteApiBackend(settings, io, extras.rateGate);
    default:
      return (await import('./gateway-backend.js')).createGatewayBackend(settings, io, gateway, extras.rateGate);
  }
}
