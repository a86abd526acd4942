import type { Settings } from '../config/resolve-settings.js';
import type { CommandIo } from '../commands/io.js';
import type { NoteBackend } from './types.js';

/** Loads only the chosen backend's code. */
export async function loadNoteBackend(settings: Settings, io: CommandIo): Promise<NoteBackend> {
  switch (settings.provider) {
    case 'local':
      return (await import('./local-backend.js')).createLocalBackend();
    case 'soapnoteapi':
      return (await import('./soapnoteapi-backend.js')).createSoapNoteApiBackend(settings, io);
    default:
      return (await import('./gateway-backend.js')).createGatewayBackend(settings, io);
  }
}
