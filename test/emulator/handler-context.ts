import type { NoteStore } from './note-store.js';
import type { ParsedBody } from './request-body.js';
import type { ResponseSink } from './response-sink.js';
import type { AudioOptions, Reading, RecordedRequest, StreamOptions } from './types.js';

/** Live settings: handlers read them per request, so tests may change them between calls. */
export interface HandlerSettings {
  stream: StreamOptions;
  audio: AudioOptions;
  reading: Reading;
}

export interface HandlerContext {
  record: RecordedRequest;
  params: Record<string, string>;
  body: ParsedBody;
  sink: ResponseSink;
  notes: NoteStore;
  settings: HandlerSettings;
  /** Aborted when the client goes away or the emulator closes. */
  signal: AbortSignal;
}

export type Handler = (ctx: HandlerContext) => Promise<void>;
