import type { CommandIo } from '../io.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { HttpCoreOptions } from '../../http/core.js';
import type { Progress } from '../../ui/progress.js';
import type { AudioOutcome } from './soapnoteapi-audio.js';
import type { AudioFlags } from './run.js';

/** One recording through whichever backend transcribes; only SOAPNoteAPI can leave a job pending (--no-wait). */
export async function writeAudioNote(
  file: string,
  settings: Settings & { specialty: string },
  flags: AudioFlags,
  io: CommandIo,
  progress: Progress,
  rateGate?: HttpCoreOptions['rateGate'],
): Promise<AudioOutcome | { note: Awaited<ReturnType<typeof import('./gateway-audio.js').writeGatewayAudioNote>> }> {
  if (settings.provider === 'soapnoteapi') {
    const { writeSoapNoteApiAudioNote } = await import('./soapnoteapi-audio.js');
    return writeSoapNoteApiAudioNote(file, settings, flags, io, progress, rateGate);
  }
  const { writeGatewayAudioNote } = await import('./gateway-audio.js');
  return { note: await writeGatewayAudioNote(file, settings, flags, io, progress, rateGate) };
}
