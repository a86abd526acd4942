import { connectionOf } from '../../config/resolve-settings.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import type { AudioHooks, AudioOutcome, AudioSource, Backend } from '../../providers/index.js';
import type { ResumeContext } from '../shared/resume.js';
import type { AudioOptions } from './options.js';

/** The recording checked against the chosen service's limit (a URL goes as it is), then sent through the backend. */
export async function writeAudioNote(input: string, options: AudioOptions, backend: Backend, hooks: AudioHooks): Promise<AudioOutcome> {
  const { provider, settings } = options;
  const limit = provider.audioLimit!(connectionOf(settings));
  const source: AudioSource = /^https?:\/\//i.test(input) ? { url: input } : { file: await inspectAudioFile(input, limit.bytes, limit.service) };
  return backend.createAudioNote!(source, { specialty: options.specialty, ...(settings.template ? { template: settings.template } : {}) }, hooks);
}

/** What a resume command carries over from an audio run. */
export function audioResumeContext(options: AudioOptions): ResumeContext {
  return { provider: options.given.provider, providerOfJob: options.provider.id, baseUrl: options.given.baseUrl, specialty: options.specialty };
}
