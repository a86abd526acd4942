import { connectionOf } from '../../config/resolve-settings.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import type { AudioHooks, AudioOutcome, AudioRequest, AudioSource, Backend } from '../../providers/index.js';
import type { ResumeContext } from '../shared/resume.js';
import type { AudioOptions } from './options.js';
import { countPaidRequests, type RequestCount } from '../shared/request-count.js';

/**
 * The recording checked against the chosen service's limit (a URL goes as it is; a size only some of its servers
 * take is a warning), then sent through the backend with the request (`base`: context, codes… read once).
 */
export async function writeAudioNote(input: string, options: AudioOptions, base: AudioRequest, backend: Backend, hooks: AudioHooks): Promise<AudioOutcome> {
  const { provider, settings } = options;
  const limit = provider.audioLimit!(connectionOf(settings));
  const source: AudioSource = /^https?:\/\//i.test(input) ? { url: input } : { file: await inspectAudioFile(input, limit.bytes, limit.service) };
  if ('file' in source && limit.warn && source.file.size > limit.warn.bytes) {
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
    hooks.notice?.(`${input} is ${mb(source.file.size)}: ${limit.warn.why} (${mb(limit.warn.bytes)}); sending it, the service decides`);
  }
  return backend.createAudioNote!(source, { ...base, ...(options.showTranscript ? { include_transcript: true } : {}) }, hooks);
}

/** What a resume command carries over from an audio run. */
export function audioResumeContext(options: AudioOptions): ResumeContext {
  return { provider: options.given.provider, providerOfJob: options.provider.id, baseUrl: options.given.baseUrl, specialty: options.specialty };
}

/** The paid requests of one recording (a URL is not uploaded). */
export function countAudioRequests(input: string, options: AudioOptions): RequestCount {
  return countPaidRequests(options.provider.paidRequests, { kind: 'audio', method: options.backend.model.method, url: /^https?:\/\//i.test(input) });
}
