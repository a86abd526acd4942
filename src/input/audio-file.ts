import { stat, access, constants } from 'node:fs/promises';
import { UsageError } from '../errors.js';

export type AudioFormat = 'mp3' | 'm4a' | 'mp4' | 'wav' | 'ogg' | 'webm' | 'flac';

/** What the services accept, keyed by what file-type reports for the bytes (not the name); the MIME type is sent. */
const SNIFFED: Record<string, { format: AudioFormat; mime: string }> = {
  mp3: { format: 'mp3', mime: 'audio/mpeg' },
  m4a: { format: 'm4a', mime: 'audio/mp4' },
  // An MP4 container (a video, or audio under a generic brand): SOAPNoteAPI's help center lists MP4 (March 2026).
  mp4: { format: 'mp4', mime: 'video/mp4' },
  wav: { format: 'wav', mime: 'audio/wav' },
  ogg: { format: 'ogg', mime: 'audio/ogg' },
  opus: { format: 'ogg', mime: 'audio/ogg' },
  oga: { format: 'ogg', mime: 'audio/ogg' },
  webm: { format: 'webm', mime: 'audio/webm' },
  flac: { format: 'flac', mime: 'audio/flac' },
};

export const ACCEPTED_FORMATS = 'MP3, M4A, MP4, WAV, OGG, WebM or FLAC';

export interface AudioFile {
  path: string;
  size: number;
  format: AudioFormat;
  mime: string;
  /** Seconds, when the headers say; undefined when they don't. */
  durationSec: number | undefined;
}

async function checkReadableFile(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
    await access(path, constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`, { hint: 'check the path' });
    throw new UsageError(`${path}: cannot be read (${code})`, { hint: "check the file's permissions" });
  }
  if (info.isDirectory()) throw new UsageError(`${path}: is a directory, not a recording`);
  // A pipe or a device has no size to check against the limit, and its bytes could not be read again for a retry.
  if (!info.isFile()) throw new UsageError(`${path}: is a pipe or a device, not a recording file`, { hint: 'save the recording to a file first' });
  if (info.size === 0) throw new UsageError(`${path}: is empty (0 bytes)`, { hint: 'check the recording was saved completely' });
  return info.size;
}

/**
 * Checks a recording before any byte is sent: readable, not empty, within `maxBytes`, and one of the accepted
 * formats by its magic bytes, whatever its name says; headers that cannot be parsed mean a truncated or corrupt copy.
 */
export async function inspectAudioFile(path: string, maxBytes: number, service: string): Promise<AudioFile> {
  const size = await checkReadableFile(path);
  if (size > maxBytes) {
    throw new UsageError(`${path}: ${(size / 1048576).toFixed(1)} MB is over ${service}'s ${(maxBytes / 1048576).toFixed(0)} MB limit`, {
      hint: 'compress it (e.g. ffmpeg -i in.wav -ac 1 -b:a 48k out.mp3) or use --provider assemblyai',
    });
  }
  const { fileTypeFromFile } = await import('file-type');
  const sniffed = await fileTypeFromFile(path);
  const accepted = sniffed && SNIFFED[sniffed.ext];
  if (!accepted) {
    const what = sniffed ? `${sniffed.ext.toUpperCase()} data (${sniffed.mime})` : 'not a recognised audio format';
    throw new UsageError(`${path}: is ${what}, not audio soap can send`, { hint: `give a ${ACCEPTED_FORMATS} recording` });
  }
  const { parseFile } = await import('music-metadata');
  let durationSec: number | undefined;
  try {
    const meta = await parseFile(path, { duration: true, skipCovers: true });
    durationSec = meta.format.duration;
  } catch (err) {
    throw new UsageError(`${path}: looks truncated or corrupt (${(err as Error).message})`, { hint: 'copy or export the recording again' });
  }
  return { path, size, format: accepted.format, mime: accepted.mime, durationSec };
}
