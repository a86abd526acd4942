import type { CommandIo } from '../io.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { HttpCoreOptions } from '../../http/core.js';
import type { Progress } from '../../ui/progress.js';
import type { AudioOutcome } from './soapnoteapi-audio.js';
import type { ProviderNote } from '../../providers/types.js';
import type { AudioFlags } from './run.js';

/** Everything a recording's trip through a backend needs besides the recording itself. */
export interface AudioRun {
  settings: Settings & { specialty: string };
  flags: AudioFlags;
  io: CommandIo;
  progress: Progress;
  /** Shared by a batch so that one 429 pauses every worker. */
  rateGate?: HttpCoreOptions['rateGate'];
}

/** One recording through whichever backend transcribes; only SOAPNoteAPI can leave a job pending (--no-wait). */
export async function writeAudioNote(file: string, run: AudioRun): Promise<AudioOutcome | { note: ProviderNote }> {
  if (run.settings.provider === 'soapnoteapi') return (await import('./soapnoteapi-audio.js')).writeSoapNoteApiAudioNote(file, run);
  return { note: await (await import('./gateway-audio.js')).writeGatewayAudioNote(file, run) };
}
